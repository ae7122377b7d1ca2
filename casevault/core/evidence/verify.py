"""Re-hashing stored attachments and recording what was found (custody and integrity)."""

from __future__ import annotations

from dataclasses import dataclass

from casevault.core.evidence import custody as custody
from casevault.core.evidence.chunks import stored_digest
from casevault.core.evidence.model import Attachment, VerifyResult
from casevault.core.progress import Progress
from casevault.core.records.audit import now
from casevault.core.vault.database import Database


@dataclass(frozen=True)
class Check:
    attachment: Attachment
    sha256: str  # of the bytes stored now
    size: int

    @property
    def ok(self) -> bool:
        return (self.sha256, self.size) == (self.attachment.sha256, self.attachment.size)


def rehash(db: Database, attachments: list[Attachment], progress: Progress | None) -> list[Check]:
    """Read every stored byte back (read-only); progress counts bytes over all of them."""
    total = sum(a.size for a in attachments)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    checks = []
    for attachment in attachments:
        digest, size = stored_digest(db, attachment.uuid, step)
        checks.append(Check(attachment, digest, size))
    return checks


def verify_results(db: Database, checks: list[Check]) -> list[VerifyResult]:
    codes = dict(db.execute("SELECT uuid, code FROM cases").fetchall()) if checks else {}
    return [
        VerifyResult(
            c.attachment.uuid, codes.get(c.attachment.case_uuid, ""), c.attachment.name, c.ok
        )
        for c in checks
    ]


def record_checks(db: Database, checks: list[Check]) -> None:
    """Integrity, time and a custody event ("verified" or "mismatch") for each check."""
    stamp = now()
    with db.transaction():
        for check in checks:
            db.execute(
                "UPDATE attachments SET integrity = ?, verified = ? WHERE uuid = ?",
                ("ok" if check.ok else "mismatch", stamp, check.attachment.uuid),
            )
        custody.record_many(
            db,
            [
                (c.attachment.uuid, "verified", f"sha256={c.sha256}")
                if c.ok
                else (c.attachment.uuid, "mismatch", f"found={c.sha256} size={c.size}")
                for c in checks
            ],
        )

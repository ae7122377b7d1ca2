"""Child process of the constant-memory test: a vault with SIZE_MB of attachments (or, with
`records`, of record text), exported.

Prints one JSON line: resident memory before the export, the most seen during
it (sampled on every progress report), and the export's size.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from casevault.core.evidence.store import AttachmentStore
from casevault.core.exchange import ExportOptions, export_vault
from casevault.core.exchange.keygen import keygen
from casevault.core.records.model import Case, Note
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.vault import Vault

MB = 1 << 20


def rss() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS")


def main() -> None:
    folder, size_mb = Path(sys.argv[1]), int(sys.argv[2])
    mode = sys.argv[3] if len(sys.argv) > 3 else "attachments"
    vault, _ = Vault.create(folder / "vault", "frase", bind_device=False, kdf=FLOOR)
    store = CaseStore(vault.db, Vocabularies.load())
    case = store.add(Case(code="BIG-1", title="Grande"))
    if mode == "attachments":
        attach(vault, case.uuid, folder, size_mb)
    else:
        history(vault, store.add(Note(case_uuid=case.uuid, date="2024-01-01", text="x")), size_mb)
    public = keygen(folder / "key.txt")
    baseline = rss()
    peak = [baseline]

    def progress(_done: int, _total: int) -> None:
        peak[0] = max(peak[0], rss())

    result = export_vault(
        vault, folder / "big.age", ExportOptions(), recipients=[public], progress=progress
    )
    vault.close()
    print(json.dumps({"baseline": baseline, "peak": peak[0], "size": result.size}))


def attach(vault: Vault, case_uuid: str, folder: Path, size_mb: int) -> None:
    """Random files of 32 MiB, taken in (and removed from the folder) one by one."""
    attachments = AttachmentStore(vault.db)
    for n in range(0, size_mb, 32):
        source = folder / f"file{n}.bin"
        with source.open("wb") as out:
            for _ in range(min(32, size_mb - n)):
                out.write(os.urandom(MB))
        attachments.add(case_uuid, source, remove_source=True)


def history(vault: Vault, note: Note, size_mb: int) -> None:
    # Earlier versions of a long note: record text that is exported but not indexed.
    for start in range(0, size_mb, 64):
        with vault.db.transaction():
            vault.db.executemany(
                "INSERT INTO field_history (record_uuid, field, version, saved, value) "
                "VALUES (?, 'text', ?, '2024-01-01T00:00:00.000Z', ?)",
                (
                    (note.uuid, n, os.urandom(MB // 2).hex())
                    for n in range(start, min(start + 64, size_mb))
                ),
            )


if __name__ == "__main__":
    main()

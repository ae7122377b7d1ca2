"""`casevault verify`: is every part of the vault intact?

Each check looks at one part of the vault (database pages, audit log,
attachment hashes) and returns a `Finding`. The report goes to standard
output, one line per part; exit status 0 if every part is sound, 4 if not.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casevault.cli.command import Parents, Subcommands, VaultCommand
from casevault.cli.terminal import say
from casevault.core.errors import ExitStatus, VaultError
from casevault.core.session import Session
from casevault.i18n.problem_text import shown
from casevault.i18n.text import fill, plural

translate = QCoreApplication.translate
MAX_DETAILS = 20
MAX_DETAIL_CHARS = 300


@dataclass(frozen=True)
class Finding:
    sound: bool
    summary: str
    details: list[str] = field(default_factory=list)


def database_pages(session: Session) -> Finding:
    pages, problems = session.check_pages()
    if not problems:
        return Finding(True, plural(translate("CLI", "OK, %n page(s) checked", None, pages), pages))
    count = len(problems)
    summary = translate("CLI", "DAMAGED OR ALTERED: %n problem(s) found", None, count)
    return Finding(False, plural(summary, count), problems)


def audit_chain(session: Session) -> Finding:
    chain = session.verify_audit()
    if chain.ok:
        summary = translate("CLI", "%n entry(ies), chain intact", None, chain.entries)
        return Finding(True, plural(summary, chain.entries))
    summary = translate(
        "CLI",
        "%n entry(ies), chain BROKEN at entry %1: an entry was altered, removed or reordered",
        None,
        chain.entries,
    )
    return Finding(False, fill(plural(summary, chain.entries), chain.first_broken))


def attachment_hashes(session: Session) -> Finding:
    """Re-hash every attachment. Verifications are recorded in each file's custody, unless
    one does not match: then nothing is written, so the altered vault stays as found."""
    results = session.attachments.verify(hold_on_mismatch=True)
    bad = [r for r in results if not r.ok]
    if not bad:
        summary = translate(
            "CLI", "OK, %n file(s) checked against their fingerprints", None, len(results)
        )
        return Finding(True, plural(summary, len(results)))
    summary = translate(
        "CLI",
        "ALTERED: %n file(s) changed since intake (SHA-256 fingerprint mismatch)",
        None,
        len(bad),
    )
    return Finding(False, plural(summary, len(bad)), [f"{r.case_code}: {r.name}" for r in bad])


# (the part of the vault, as the report names it; its check)
CHECKS: list[tuple[object, Callable[[Session], Finding]]] = [
    (QT_TRANSLATE_NOOP("CLI", "Database pages"), database_pages),
    (QT_TRANSLATE_NOOP("CLI", "Audit log"), audit_chain),
    (QT_TRANSLATE_NOOP("CLI", "Attachments"), attachment_hashes),
]


def _run(check: Callable[[Session], Finding], session: Session) -> Finding:
    try:
        return check(session)
    except VaultError as error:
        if error.exit_status != ExitStatus.INTEGRITY:
            raise
        # A part that cannot even be read is not sound: say so, and check the others.
        summary = translate(
            "CLI", "UNREADABLE: this part of the database is damaged or was altered"
        )
        return Finding(False, summary, [error.detail] if error.detail else [])


class Verify(VaultCommand):
    name = "verify"

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("CLI", "check that the vault is intact: database pages, audit log"),
            description=translate(
                "CLI",
                "Check the whole vault for damage or tampering: every page of the encrypted "
                "database and the chain of the audit log. Exit status 0 if all is sound, 4 if "
                "anything is damaged or was altered.\nWith --passphrase-stdin, standard input "
                "gives: the passphrase.",
            ),
        )

    def on_vault(self, session: Session) -> int:
        findings = [(translate("CLI", str(part)), _run(check, session)) for part, check in CHECKS]
        return _report(findings)


def _report(findings: list[tuple[str, Finding]]) -> int:
    out = sys.stdout
    for part, finding in findings:
        out.write(f"{part}: {finding.summary}\n")
        for detail in finding.details[:MAX_DETAILS]:
            out.write(f"  - {shown(detail, MAX_DETAIL_CHARS)}\n")
        hidden = len(finding.details) - MAX_DETAILS
        if hidden > 0:
            out.write("  - " + translate("CLI", "… and %n more", None, hidden) + "\n")
    sound = all(finding.sound for _part, finding in findings)
    verdict = (
        translate("CLI", "The vault is intact.")
        if sound
        else translate("CLI", "The vault is damaged or was altered.")
    )
    out.write(verdict + "\n")
    out.flush()
    if sound:
        return ExitStatus.DONE
    say(
        translate(
            "CLI",
            "Parts of this vault are damaged or were altered after they were written. Keep "
            "this copy unchanged (it may be evidence of tampering), and restore the vault "
            "from a backup to go on working.",
        )
    )
    return ExitStatus.INTEGRITY

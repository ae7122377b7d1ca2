"""Moving cases between vaults: export, import, keygen, recipients (backups: backups.py).

Core (casevault.core.exchange, through `session.exchange`) does the work; this
module asks for secrets in the order cli.md documents (the vault passphrase,
then the export's), shows progress on a terminal and prints the reports.
Standard output carries only what a script may keep: the export's
`SHA256  FILE` line, a public key.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from casevault.cli.command import Command, Parents, Subcommands, VaultCommand
from casevault.cli.terminal import CliError, ProgressLine, Secrets, percent, say
from casevault.core import exchange
from casevault.core.errors import ExitStatus
from casevault.core.exchange import ExportOptions, ImportPreview
from casevault.core.session import Session
from casevault.i18n.text import fill

translate = QCoreApplication.translate
MIB = 1 << 20


def key_options(parser: argparse.ArgumentParser) -> None:
    keys = parser.add_mutually_exclusive_group(required=True)
    keys.add_argument(
        "--identity",
        metavar=translate("CLI", "FILE"),
        type=Path,
        help=translate("CLI", "the age identity file (secret key) the export was made for"),
    )
    keys.add_argument(
        "--passphrase",
        action="store_true",
        help=translate("CLI", "the export was encrypted with a passphrase: ask for it"),
    )
    parser.add_argument(
        "--allow-unsigned",
        action="store_true",
        help=translate("CLI", "accept an export without its .sig file (its sender is unknown)"),
    )


def progress_line(label: str) -> ProgressLine:
    return ProgressLine(lambda done, total: f"{label} {percent(done, total):3d}%")


def _read_text(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(fill(translate("CLI", "Cannot read %1 (%2)."), path, what)) from exc


def export_keys(args: argparse.Namespace, secrets: Secrets) -> tuple[str | None, str | None]:
    """The export's key: an identity file's text, or its passphrase (asked now)."""
    if args.identity:
        return _read_text(args.identity, translate("CLI", "identity file")), None
    return None, secrets.ask(translate("CLI", "Passphrase of the export file: "))


def no_such_file(path: Path) -> None:
    if not path.is_file():
        raise CliError(fill(translate("CLI", "There is no file %1."), path))


# -- export ---------------------------------------------------------------------------
class Export(VaultCommand):
    name = "export"
    secrets_first = True

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        exporting = commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("CLI", "write an encrypted, signed export (age file) of the vault"),
            description=translate(
                "CLI",
                "Write the whole vault, or chosen cases, to an encrypted age file that the "
                "standard age tool can open, with a signature file (.sig) beside it. The file is "
                "checked after writing; a failure leaves no file behind.\nWithout --recipient, "
                "--recipients-file or --passphrase, the vault's saved recipients are used.\n"
                "With --passphrase-stdin, standard input gives: the vault passphrase, then (with "
                "--passphrase) the export passphrase.",
            ),
        )
        exporting.add_argument(
            "out", metavar=translate("CLI", "OUT"), type=Path, help=translate("CLI", "the new file")
        )
        exporting.add_argument(
            "--recipient",
            metavar=translate("CLI", "AGE1KEY"),
            action="append",
            help=translate("CLI", "encrypt to this age public key (repeat for several)"),
        )
        exporting.add_argument(
            "--recipients-file",
            metavar=translate("CLI", "FILE"),
            type=Path,
            help=translate("CLI", "encrypt to every age public key in this file, one per line"),
        )
        exporting.add_argument(
            "--passphrase",
            action="store_true",
            help=translate("CLI", "encrypt with a passphrase instead (asked for)"),
        )
        exporting.add_argument(
            "--case",
            metavar=translate("CLI", "CODE"),
            action="append",
            help=translate("CLI", "export only this case (repeat for several)"),
        )
        exporting.add_argument(
            "--no-attachments", action="store_true", help=translate("CLI", "leave attachments out")
        )
        exporting.add_argument(
            "--strip-metadata",
            action="store_true",
            help=translate(
                "CLI",
                "remove camera, GPS and author data from attached images and PDFs in the export",
            ),
        )
        exporting.add_argument(
            "--redact",
            action="store_true",
            help=translate(
                "CLI", "leave out people's names, contacts and birth dates (pseudonyms only)"
            ),
        )

    def check(self) -> None:
        out: Path = self.args.out
        if out.exists():
            raise CliError(
                fill(translate("CLI", "%1 already exists. Choose another file name."), out)
            )
        if not out.parent.is_dir():
            raise CliError(fill(translate("CLI", "The folder %1 does not exist."), out.parent))

    def on_vault(self, session: Session) -> int:
        args = self.args
        vault_exchange = session.exchange
        options = ExportOptions(
            case_uuids=self._case_uuids(session),
            attachments=not args.no_attachments,
            strip_metadata=args.strip_metadata,
            redact_identities=args.redact,
        )
        recipients = self._recipients(session)
        passphrase = None
        if args.passphrase:
            passphrase = self.secrets.ask_new(translate("CLI", "Passphrase for the export file: "))
        with progress_line(translate("CLI", "Exporting and checking:")) as progress:
            result = vault_exchange.export_vault(
                args.out,
                options,
                recipients=recipients,
                passphrase=passphrase,
                progress=progress,
            )
        key = vault_exchange.signing_public_key()
        fingerprint = vault_exchange.signing_fingerprint()
        say(
            fill(
                translate(
                    "CLI",
                    "Exported %1 records and %2 attachments to %3 (%4 MiB), checked after "
                    "writing. Signature: %5",
                ),
                result.records,
                result.attachments,
                result.path,
                f"{result.size / MIB:.1f}",
                result.signature_path,
            )
        )
        say(
            fill(
                translate("CLI", "Signed by this vault's key %1\nFingerprint: %2"),
                key,
                fingerprint,
            )
        )
        print(f"{result.sha256}  {result.path.name}")
        return ExitStatus.DONE

    def _recipients(self, session: Session) -> list[str]:
        args = self.args
        keys = list(args.recipient or [])
        if args.recipients_file:
            text = _read_text(args.recipients_file, translate("CLI", "recipients file"))
            keys += [
                line.strip()
                for line in text.splitlines()
                if line.strip() and not line.startswith("#")
            ]
        if not keys and not args.passphrase:
            keys = [r.public_key for r in session.exchange.list_recipients()]
        return keys

    def _case_uuids(self, session: Session) -> tuple[str, ...] | None:
        codes: list[str] | None = self.args.case
        if not codes:
            return None
        found = []
        for code in codes:
            case = session.cases.case_by_code(code)
            if case is None:
                raise CliError(fill(translate("CLI", "There is no case with the code %1."), code))
            found.append(case.uuid)
        return tuple(found)


# -- import ---------------------------------------------------------------------------
class Import(VaultCommand):
    name = "import"
    secrets_first = True

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        importing = commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("CLI", "check an export and merge it into the vault"),
            description=translate(
                "CLI",
                "Check an export's signature, decrypt it and verify every part before anything "
                "is written, show what would change, then merge it into the vault in one step. "
                "Records edited differently in both vaults are kept side by side as conflicts.\n"
                "With --passphrase-stdin, standard input gives: the vault passphrase, then (with "
                "--passphrase) the export passphrase.",
            ),
        )
        importing.add_argument(
            "file", metavar=translate("CLI", "IN"), type=Path, help=translate("CLI", "the export")
        )
        key_options(importing)
        importing.add_argument(
            "--dry-run", action="store_true", help=translate("CLI", "only show what would change")
        )
        importing.add_argument(
            "--trust-signer",
            metavar=translate("CLI", "LABEL"),
            help=translate("CLI", "after importing, mark the signing vault as trusted under LABEL"),
        )

    def check(self) -> None:
        no_such_file(self.args.file)

    def on_vault(self, session: Session) -> int:
        args = self.args
        vault_exchange = session.exchange
        identity, passphrase = export_keys(args, self.secrets)
        with progress_line(translate("CLI", "Checking:")) as progress:
            preview = vault_exchange.preview_import(
                args.file,
                identity_text=identity,
                passphrase=passphrase,
                allow_unsigned=args.allow_unsigned,
                progress=progress,
            )
        _report(preview, applied=False)
        if args.dry_run:
            say(translate("CLI", "Nothing was imported (--dry-run)."))
            return ExitStatus.DONE
        with progress_line(translate("CLI", "Importing:")) as progress:
            done = vault_exchange.apply_import(
                preview, identity_text=identity, passphrase=passphrase, progress=progress
            )
        if args.trust_signer and done.signer_public_key:
            vault_exchange.trust_signer(done.signer_public_key, args.trust_signer)
        _report(done, applied=True)
        return ExitStatus.DONE


def _report(preview: ImportPreview, applied: bool) -> None:
    if preview.signature_valid:
        trust = (
            translate("CLI", "trusted")
            if preview.signer_trusted
            else translate("CLI", "NOT marked as trusted: compare the fingerprint with the sender")
        )
        say(
            fill(
                translate("CLI", "Signed by vault %1, key fingerprint %2 (%3)."),
                preview.signer_vault_id,
                preview.signer_fingerprint,
                trust,
            )
        )
    else:
        say(translate("CLI", "Warning: this export has no signature; its sender is unknown."))
    say(fill(translate("CLI", "Exported at %1."), preview.exported_at))
    template = (
        translate("CLI", "Imported: %1 added, %2 updated, %3 unchanged, %4 in conflict.")
        if applied
        else translate("CLI", "Would import: %1 added, %2 updated, %3 unchanged, %4 in conflict.")
    )
    say(fill(template, preview.added, preview.updated, preview.unchanged, preview.conflicts))
    if preview.attachments:
        say(fill(translate("CLI", "New attachments: %1"), preview.attachments))
    if preview.cases:
        say(fill(translate("CLI", "Cases: %1"), ", ".join(preview.cases)))
    if applied and preview.conflicts:
        say(
            translate(
                "CLI",
                "Records in conflict keep your version for now; their version is kept beside "
                "it. Choose between them in the CaseVault window (Vault > Conflicts).",
            )
        )


# -- keygen, recipients ------------------------------------------------------------------
class Keygen(Command):
    name = "keygen"

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        keygen = commands.add_parser(
            cls.name,
            help=translate("CLI", "write an age identity file and print its public key"),
            description=translate(
                "CLI",
                "Write a new age identity (secret key) for the head office to a new file, readable "
                "only by you, and print its public key for the field teams. age-keygen keys work "
                "the same.",
            ),
        )
        keygen.add_argument(
            "out", metavar=translate("CLI", "OUT"), type=Path, help=translate("CLI", "the new file")
        )

    def run(self) -> int:
        public = exchange.keygen(self.args.out)
        say(
            fill(
                translate(
                    "CLI",
                    "Wrote the identity (secret key) to %1. Keep it safe: whoever has it can "
                    "read every export made for it. Give the public key below to the field "
                    "teams.",
                ),
                self.args.out,
            )
        )
        print(public)
        return ExitStatus.DONE


class Recipients(VaultCommand):
    name = "recipients"

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        recipients = commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("CLI", "list, add or remove the public keys exports are encrypted to"),
            description=translate(
                "CLI",
                "The head office's age public keys that exports and backups are encrypted to. "
                "Prints KEY<TAB>FINGERPRINT<TAB>LABEL per line.\nWith --passphrase-stdin, "
                "standard input gives: the passphrase.",
            ),
        )
        recipients.add_argument(
            "action", choices=["list", "add", "remove"], nargs="?", default="list"
        )
        recipients.add_argument("key", metavar=translate("CLI", "AGE1KEY"), nargs="?")
        recipients.add_argument("--label", metavar=translate("CLI", "LABEL"))

    def check(self) -> None:
        if self.args.action != "list" and not self.args.key:
            raise CliError(
                translate("CLI", "Give the age public key (age1…) to add or remove."),
                ExitStatus.USAGE,
            )

    def on_vault(self, session: Session) -> int:
        args = self.args
        vault_exchange = session.exchange
        if args.action == "add":
            vault_exchange.add_recipient(args.key, args.label or "")
        elif args.action == "remove":
            vault_exchange.remove_recipient(args.key)
        for recipient in vault_exchange.list_recipients():
            print(f"{recipient.public_key}\t{recipient.fingerprint}\t{recipient.label}")
        return ExitStatus.DONE


COMMANDS: tuple[type[Command], ...] = (Export, Import, Keygen, Recipients)

"""Full backups: `casevault backup` (write one now) and `restore` (a new vault from one).

A backup is a full export encrypted to the vault's saved recipients (core:
exchange/backup.py and restore.py, through `session.exchange` and
`Session.restore_backup`). Standard output carries the backup's
`SHA256  FILE` line, or the restored vault's recovery key.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from casevault.cli.command import Command, Parents, Subcommands, VaultCommand
from casevault.cli.exchange import export_keys, key_options, no_such_file, progress_line
from casevault.cli.terminal import say, show_recovery_key
from casevault.core.errors import ExitStatus
from casevault.core.session import Session
from casevault.i18n.text import fill

translate = QCoreApplication.translate


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(translate("CLI", "give a whole number of 1 or more"))
    return int(text)


class Restore(Command):
    name = "restore"

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        restoring = commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("CLI", "make a new vault from a full backup"),
            description=translate(
                "CLI",
                "Make a new vault in --vault DIR (which must be empty) from a full backup, with a "
                "new key and a new recovery key.\nWith --passphrase-stdin, standard input gives: "
                "the new vault's passphrase, then (with --passphrase) the backup's passphrase.",
            ),
        )
        restoring.add_argument(
            "file", metavar=translate("CLI", "IN"), type=Path, help=translate("CLI", "the backup")
        )
        key_options(restoring)

    def run(self) -> int:
        args = self.args
        no_such_file(args.file)
        new_passphrase = self.secrets.ask_new(
            translate("CLI", "New passphrase for the restored vault: ")
        )
        identity, passphrase = export_keys(args, self.secrets)
        say(translate("CLI", "Restoring. This can take a while for a large backup..."))
        with progress_line(translate("CLI", "Restoring:")) as progress:
            recovery = Session(self.folder).restore_backup(
                args.file,
                new_passphrase,
                identity_text=identity,
                passphrase=passphrase,
                allow_unsigned=args.allow_unsigned,
                progress=progress,
            )
        show_recovery_key(self.folder, recovery)
        return ExitStatus.DONE


class Backup(VaultCommand):
    name = "backup"

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        backing = commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("CLI", "write a full, checked backup to the backup folder now"),
            description=translate(
                "CLI",
                "Write a full encrypted backup to the vault's backup folder, check it, and keep "
                "only the newest ones. It is encrypted to the vault's saved recipients.\nWith "
                "--passphrase-stdin, standard input gives: the passphrase.",
            ),
        )
        backing.add_argument(
            "--folder",
            metavar=translate("CLI", "DIR"),
            type=Path,
            help=translate("CLI", "set the backup folder (kept for next time)"),
        )
        backing.add_argument(
            "--keep",
            metavar=translate("CLI", "N"),
            type=_positive,
            help=translate("CLI", "how many backups to keep (default 7; kept for next time)"),
        )

    def on_vault(self, session: Session) -> int:
        args = self.args
        vault_exchange = session.exchange
        if args.folder is not None or args.keep is not None:
            settings = vault_exchange.backup_settings()
            vault_exchange.save_backup_settings(
                type(settings)(
                    folder=args.folder.resolve() if args.folder else settings.folder,
                    on_quit=settings.on_quit,
                    daily=settings.daily,
                    keep=args.keep or settings.keep,
                    recipients=settings.recipients,
                ),
            )
        with progress_line(translate("CLI", "Backing up:")) as progress:
            result = vault_exchange.run_backup(progress=progress)
        say(fill(translate("CLI", "Backup written and checked: %1"), result.path))
        print(f"{result.sha256}  {result.path.name}")
        return ExitStatus.DONE


COMMANDS: tuple[type[Command], ...] = (Restore, Backup)

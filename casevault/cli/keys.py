"""A vault and its keys: init, info, passwd, recover, recovery-key, duress, wipe-after.

Every command here checks what it can before asking for a secret; a typed
passphrase is an unlock attempt like anywhere else (counted against the
failed-unlock limit; the duress passphrase wipes).
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication

from casevault.cli.command import Command, Parents, Subcommands, VaultCommand
from casevault.cli.terminal import (
    CliError,
    say,
    show_recovery_key,
    warn_if_weak,
    without_interruption,
)
from casevault.core.errors import ErrorKind, ExitStatus, VaultError
from casevault.core.session import Session, State
from casevault.i18n.messages import explain
from casevault.i18n.text import fill

translate = QCoreApplication.translate
MIB = 1024
WIPE_AFTER_CHOICES = ("off", "5", "10", "20")


def add_device_binding(parser: argparse.ArgumentParser, also_tie_help: str) -> None:
    """--device-binding / --no-device-binding (init and demo); None: as the keyring allows."""
    binding = parser.add_mutually_exclusive_group()
    binding.add_argument(
        "--device-binding",
        dest="device_binding",
        action="store_const",
        const=True,
        default=None,
        help=also_tie_help,
    )
    binding.add_argument(
        "--no-device-binding",
        dest="device_binding",
        action="store_const",
        const=False,
        help=translate("CLI", "protect the vault with the passphrase only"),
    )


def create_vault(command: Command) -> Session:
    """Make a new vault as `init` does and show its recovery key; return its session, open."""
    session = Session(command.folder)
    if session.state is not State.NO_VAULT:
        raise VaultError(ErrorKind.VAULT_EXISTS, str(command.folder))
    bind = _choose_device_binding(command.args.device_binding)
    passphrase = command.secrets.ask_new(translate("CLI", "New passphrase for the vault: "))
    warn_if_weak(passphrase)
    say(translate("CLI", "Creating the vault. This takes a few seconds..."))
    # Ctrl+C once the header may exist would leave a vault whose recovery key nobody saw.
    with without_interruption():
        recovery_key = session.create_open(passphrase, bind)
        try:
            show_recovery_key(command.folder, recovery_key)
        except BaseException:
            session.lock()
            raise
    return session


def _choose_device_binding(requested: bool | None) -> bool:
    available = Session.keyring_available()
    if requested is True and not available:
        raise CliError(
            explain(VaultError(ErrorKind.KEYRING_UNAVAILABLE))
            + "\n"
            + translate(
                "CLI",
                "To create a vault protected by the passphrase only, run the command "
                "again with --no-device-binding.",
            )
        )
    if requested is None and not available:
        say(
            translate(
                "CLI",
                "Note: this computer has no usable system keyring, so the vault will be "
                "protected by the passphrase only (not tied to this computer).",
            )
        )
    return available if requested is None else requested


class Init(Command):
    name = "init"

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        init = commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("CLI", "create a new vault and show its recovery key once"),
            description=translate(
                "CLI",
                "Create a new, empty vault protected by a passphrase, and show its recovery "
                "key once.\nWith --passphrase-stdin, standard input gives: the passphrase.",
            ),
        )
        add_device_binding(
            init,
            translate(
                "CLI",
                "also tie the vault to this computer with a key kept in the system keyring "
                "(default when a keyring is available)",
            ),
        )

    def run(self) -> int:
        create_vault(self).lock()
        return ExitStatus.DONE


class Info(Command):
    name = "info"

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        commands.add_parser(
            cls.name,
            parents=[parents.vault],
            help=translate("CLI", "show facts about the vault without unlocking it"),
            description=translate(
                "CLI",
                "Show facts about the vault read from its key file, without unlocking it: "
                "format, key derivation settings, key slots and device binding.",
            ),
        )

    def run(self) -> int:
        facts = Session(self.folder).info()
        if facts is None:
            raise VaultError(ErrorKind.VAULT_MISSING, str(self.folder))
        yes, no = translate("CLI", "on"), translate("CLI", "off")
        binding = (
            fill(
                translate("CLI", "%1 (the passphrase and this computer's keyring are both needed)"),
                yes,
            )
            if facts.device_bound
            else fill(translate("CLI", "%1 (passphrase only)"), no)
        )
        keyring = (
            fill(translate("CLI", "%1 (usable)"), facts.keyring_backend)
            if facts.keyring_backend
            else translate("CLI", "none usable")
        )
        rows = [
            (translate("CLI", "Vault folder"), str(facts.folder)),
            (translate("CLI", "Vault ID"), facts.vault_id),
            (translate("CLI", "Created"), facts.created),
            (translate("CLI", "Format version"), str(facts.format_version)),
            (translate("CLI", "Key derivation"), "Argon2id"),
            (
                translate("CLI", "Argon2id memory"),
                fill(translate("CLI", "%1 MiB"), facts.kdf.memory_kib // MIB),
            ),
            (translate("CLI", "Argon2id passes"), str(facts.kdf.iterations)),
            (translate("CLI", "Argon2id lanes"), str(facts.kdf.lanes)),
            (
                translate("CLI", "Key slots"),
                fill(
                    translate(
                        "CLI",
                        "%1 (their contents cannot be told apart: nobody can see which are in use)",
                    ),
                    facts.slot_count,
                ),
            ),
            (translate("CLI", "Device binding"), binding),
            (translate("CLI", "Keyring on this computer"), keyring),
        ]
        for label, value in rows:
            sys.stdout.write(f"{label}: {value}\n")
        sys.stdout.flush()
        return ExitStatus.DONE


class Passwd(Command):
    name = "passwd"

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("CLI", "change the passphrase (the case data is not touched)"),
            description=translate(
                "CLI",
                "Change the vault's passphrase. Only the key file changes; the case data "
                "stays exactly as it is and the recovery key keeps working.\n"
                "With --passphrase-stdin, standard input gives: the current passphrase, "
                "then the new one.",
            ),
        )

    def run(self) -> int:
        # The vault is not opened: the old passphrase is checked (and counted) by core.
        session = Session(self.folder)
        session.check_ready()
        old = self.secrets.ask(translate("CLI", "Current passphrase: "))
        new = self.secrets.ask_new(translate("CLI", "New passphrase: "))
        session.change_passphrase(old, new)
        say(
            translate(
                "CLI",
                "Passphrase changed. Use the new passphrase from now on; the recovery key "
                "still works.",
            )
        )
        warn_if_weak(new)
        return ExitStatus.DONE


class Recover(Command):
    name = "recover"

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("CLI", "set a new passphrase using the recovery key"),
            description=translate(
                "CLI",
                "Set a new passphrase using the recovery key written down when the vault "
                "was created (for a forgotten passphrase or a new laptop).\n"
                "With --passphrase-stdin, standard input gives: the recovery key, then the "
                "new passphrase.",
            ),
        )

    def run(self) -> int:
        session = Session(self.folder)
        was_bound = session.check_ready().device_bound
        key_text = self.secrets.ask(translate("CLI", "Recovery key: "))
        # Check the key before asking for a new passphrase (cheap: no Argon2id involved).
        session.check_recovery_key(key_text)
        new = self.secrets.ask_new(translate("CLI", "New passphrase: "))
        session.recover(key_text, new)
        say(translate("CLI", "Recovery done: the vault now opens with the new passphrase."))
        facts = session.info()
        if was_bound and facts is not None and not facts.device_bound:
            say(
                translate(
                    "CLI",
                    "This computer has no usable keyring, so the vault is now protected by "
                    "the passphrase only.",
                )
            )
        warn_if_weak(new)
        return ExitStatus.DONE


class RecoveryKey(VaultCommand):
    name = "recovery-key"
    secrets_first = True

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("CLI", "replace the recovery key with a new one, shown once"),
            description=translate(
                "CLI",
                "Make a new recovery key and show it once; the old recovery key stops "
                "working. Use it when the recovery key was lost or never written down (for "
                "example after a duress passphrase opened a new vault).\n"
                "With --passphrase-stdin, standard input gives: the passphrase.",
            ),
        )

    def on_vault(self, session: Session) -> int:
        key_text = session.keys.replace_recovery_key()
        out = sys.stdout
        out.write(translate("CLI", "New recovery key (shown only this once):") + "\n\n")
        out.write(f"    {key_text}\n\n")
        out.write(
            translate(
                "CLI",
                "Write this key on paper now and keep the paper away from this laptop.\n"
                "The old recovery key no longer opens the vault: destroy the old paper.",
            )
            + "\n"
        )
        out.flush()
        return ExitStatus.DONE


class Duress(VaultCommand):
    name = "duress"
    secrets_first = True

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        duress = commands.add_parser(
            cls.name,
            parents=[parents.vault],
            help=translate("CLI", "set or remove the duress passphrase"),
            description=translate(
                "CLI",
                "A duress passphrase, typed instead of the passphrase when unlocking (in the "
                "window or any command), destroys the vault without any sign and opens a new, "
                "empty vault that from then on opens with it. Nobody reading the vault's files "
                "can tell whether one is set.",
            ),
        )
        actions = duress.add_subparsers(
            dest="action", required=True, metavar=translate("CLI", "ACTION")
        )
        actions.add_parser(
            "set",
            parents=parents.both,
            help=translate("CLI", "set (or replace) the duress passphrase"),
            description=translate(
                "CLI",
                "Set or replace the duress passphrase. It must differ from the passphrase.\n"
                "With --passphrase-stdin, standard input gives: the passphrase, then the "
                "duress passphrase.",
            ),
        )
        actions.add_parser(
            "remove",
            parents=parents.both,
            help=translate("CLI", "remove the duress passphrase"),
            description=translate(
                "CLI",
                "Remove the duress passphrase: its key slot becomes random filler again.\n"
                "With --passphrase-stdin, standard input gives: the passphrase.",
            ),
        )

    def on_vault(self, session: Session) -> int:
        keys = session.keys
        if self.args.action == "set":
            keys.set_duress(self.secrets.ask_new(translate("CLI", "New duress passphrase: ")))
            say(
                translate(
                    "CLI",
                    "Duress passphrase set. Typed instead of the passphrase when unlocking, it "
                    "destroys this vault without any sign and opens a new, empty vault that "
                    "from then on opens with it. Nothing shows that it exists: remember it.",
                )
            )
            return ExitStatus.DONE
        had = keys.has_duress
        keys.remove_duress()
        say(
            translate("CLI", "Duress passphrase removed.")
            if had
            else translate("CLI", "This vault had no duress passphrase. Its key file was renewed.")
        )
        return ExitStatus.DONE


class WipeAfter(VaultCommand):
    name = "wipe-after"
    secrets_first = True

    @classmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        wipe_after = commands.add_parser(
            cls.name,
            parents=parents.both,
            help=translate("CLI", "wipe the vault after 5, 10 or 20 failed unlocks (or off)"),
            description=translate(
                "CLI",
                "Wipe the vault after this many wrong passphrases in a row, in the window or "
                "any command; off by default. The count is kept in the vault folder and "
                "survives restarts. Someone who copies the vault's files can still guess on "
                "the copy: a strong passphrase remains the real protection.\n"
                "With --passphrase-stdin, standard input gives: the passphrase.",
            ),
        )
        wipe_after.add_argument(
            "limit",
            choices=WIPE_AFTER_CHOICES,
            metavar=translate("CLI", "LIMIT"),
            help=translate("CLI", "off, 5, 10 or 20"),
        )

    def on_vault(self, session: Session) -> int:
        limit = None if self.args.limit == "off" else int(self.args.limit)
        session.keys.set_unlock_limit(limit)
        if limit is None:
            say(translate("CLI", "Failed unlocks no longer wipe this vault."))
        else:
            say(
                fill(
                    translate(
                        "CLI",
                        "This vault is now wiped after %1 wrong passphrases in a row. The "
                        "count survives restarts; a right passphrase starts it again.",
                    ),
                    limit,
                )
            )
        return ExitStatus.DONE


COMMANDS: tuple[type[Command], ...] = (
    Init,
    Info,
    Passwd,
    Recover,
    RecoveryKey,
    Duress,
    WipeAfter,
)

"""Commands that create a vault and manage its keys: init, info, passwd, recover.

Each command checks what it can before asking for a secret (is there a vault,
is its key file sound, is it free), so a person never types a passphrase for
nothing; core does the real work and raises `VaultError`s the caller explains.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from casevault.cli.terminal import CliError, Secrets, say, warn_if_weak, without_interruption
from casevault.core.errors import ErrorKind, ExitStatus, VaultError
from casevault.core.memory import zeroize
from casevault.core.vault import device
from casevault.core.vault import files as vault_files
from casevault.core.vault import unlock as vault_unlock
from casevault.core.vault import vault as vaults
from casevault.core.vault.header import Header
from casevault.core.vault.keyslots import unwrap_with_recovery
from casevault.core.vault.lockfile import VaultLock
from casevault.core.vault.recovery import parse_recovery_key
from casevault.i18n.messages import explain
from casevault.i18n.text import fill

translate = QCoreApplication.translate
MIB = 1024


def init(folder: Path, args: argparse.Namespace) -> int:
    create(folder, args).close()
    return ExitStatus.DONE


def create(folder: Path, args: argparse.Namespace) -> vaults.Vault:
    """Make a new vault as `init` does and show its recovery key; return it open."""
    if vault_files.exists(folder):
        raise VaultError(ErrorKind.VAULT_EXISTS, str(folder))
    bind = _choose_device_binding(args.device_binding)
    secrets = Secrets(args.passphrase_stdin)
    passphrase = secrets.ask_new(translate("CLI", "New passphrase for the vault: "))
    warn_if_weak(passphrase)
    say(translate("CLI", "Creating the vault. This takes a few seconds..."))
    # Ctrl+C once the header may exist would leave a vault whose recovery key nobody saw.
    with without_interruption():
        vault, recovery_key = vaults.Vault.create(folder, passphrase, bind_device=bind, kdf=None)
        try:
            _show_recovery_key(folder, recovery_key)
        except BaseException:
            vault.close()
            raise
    return vault


def unlock(folder: Path, args: argparse.Namespace, secrets: Secrets | None = None) -> vaults.Vault:
    """Open the vault with its passphrase (asked only once the vault is known to be usable).

    Core counts the attempt against the failed-unlock limit, and a duress passphrase
    wipes the vault and opens a fresh, empty one, exactly as in the window."""
    check_ready(folder)
    secrets = secrets or Secrets(args.passphrase_stdin)
    passphrase = secrets.ask(translate("CLI", "Passphrase: "))
    return vaults.Vault.unlock(folder, passphrase)


def _show_recovery_key(folder: Path, recovery_key: str) -> None:
    out = sys.stdout
    out.write(fill(translate("CLI", "Vault created in %1"), folder) + "\n\n")
    out.write(translate("CLI", "Recovery key (shown only this once):") + "\n\n")
    out.write(f"    {recovery_key}\n\n")
    out.write(
        translate(
            "CLI",
            "Write this key on paper now and keep the paper in a safe place, away from "
            "this laptop.\nIt is the only way back into the vault if you forget the "
            "passphrase or this laptop\nbreaks or is lost. CaseVault keeps no copy and "
            "cannot show it again.",
        )
        + "\n"
    )
    out.flush()


def _choose_device_binding(requested: bool | None) -> bool:
    available = device.is_available()
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


def info(folder: Path, _args: argparse.Namespace) -> int:
    facts = vault_files.info(folder)
    yes, no = translate("CLI", "on"), translate("CLI", "off")
    binding = (
        fill(
            translate("CLI", "%1 (the passphrase and this computer's keyring are both needed)"), yes
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


def passwd(folder: Path, args: argparse.Namespace) -> int:
    check_ready(folder)
    secrets = Secrets(args.passphrase_stdin)
    old = secrets.ask(translate("CLI", "Current passphrase: "))
    new = secrets.ask_new(translate("CLI", "New passphrase: "))
    vault_unlock.change_passphrase(folder, old, new)
    say(
        translate(
            "CLI",
            "Passphrase changed. Use the new passphrase from now on; the recovery key still works.",
        )
    )
    warn_if_weak(new)
    return ExitStatus.DONE


def recover(folder: Path, args: argparse.Namespace) -> int:
    header = check_ready(folder)
    secrets = Secrets(args.passphrase_stdin)
    key_text = secrets.ask(translate("CLI", "Recovery key: "))
    # Check the key before asking for a new passphrase (cheap: no Argon2id involved).
    key = parse_recovery_key(key_text)
    try:
        unwrap_with_recovery(header, key).discard()
    finally:
        zeroize(key)
    new = secrets.ask_new(translate("CLI", "New passphrase: "))
    vault_unlock.recover(folder, key_text, new)
    say(translate("CLI", "Recovery done: the vault now opens with the new passphrase."))
    if header.device_bound and not vault_files.read_header(folder).device_bound:
        say(
            translate(
                "CLI",
                "This computer has no usable keyring, so the vault is now protected by the "
                "passphrase only.",
            )
        )
    warn_if_weak(new)
    return ExitStatus.DONE


def check_ready(folder: Path) -> Header:
    """Refuse a missing, damaged or busy vault before any secret is asked for."""
    header = vault_files.read_header(folder)
    with VaultLock(folder):
        pass
    return header

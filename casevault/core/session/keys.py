"""The open vault's keys, as the window and the commands change them.

Slow steps (one Argon2id run: `check_passphrase`, `prepare_duress`) write nothing
and touch no database, so a worker thread may run them; the others are quick and
belong on the thread that owns the vault's connection.
"""

from __future__ import annotations

from casevault.core.vault.header import Header
from casevault.core.vault.vault import Vault


class VaultKeys:
    """Passphrase, recovery key, duress passphrase and unlock limit of one open vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def check_passphrase(self, passphrase: str) -> None:
        """Raise WrongKeyError unless it is this vault's passphrase (slow, writes nothing)."""
        self._vault.check_passphrase(passphrase)

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key under a new passphrase; the database is not touched."""
        self._vault.change_passphrase(new_passphrase)

    def replace_recovery_key(self) -> str:
        """A fresh recovery key, formatted to show once; the old one opens nothing more."""
        return self._vault.replace_recovery_key()

    @property
    def has_duress(self) -> bool:
        return self._vault.has_duress

    def set_duress(self, duress_passphrase: str) -> None:
        self._vault.set_duress(duress_passphrase)

    def prepare_duress(self, duress_passphrase: str) -> Header:
        """The slow half of `set_duress`, for a worker thread; `apply_duress` finishes it."""
        return self._vault.prepare_duress(duress_passphrase)

    def apply_duress(self, prepared: Header) -> None:
        self._vault.apply_duress(prepared)

    def remove_duress(self) -> None:
        self._vault.remove_duress()

    @property
    def unlock_limit(self) -> int | None:
        """Wipe after this many failed unlocks in a row (None: never)."""
        return self._vault.unlock_limit

    def set_unlock_limit(self, limit: int | None) -> None:
        self._vault.set_unlock_limit(limit)

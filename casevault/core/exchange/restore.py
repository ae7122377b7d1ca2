"""Restoring a full backup into a new vault, with a new data key and a new recovery key."""

from __future__ import annotations

import shutil
from pathlib import Path

from casevault.core.errors import ErrorKind, VaultError
from casevault.core.exchange import import_
from casevault.core.progress import Cancelled, Progress
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.kdf import KdfParams
from casevault.core.vault.vault import Vault


def restore_backup(
    path: Path,
    folder: Path,
    new_passphrase: str,
    *,
    identity_text: str | None = None,
    passphrase: str | None = None,
    bind_device: bool = False,
    kdf: KdfParams | None = None,
    allow_unsigned: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    vocabs: Vocabularies | None = None,
) -> str:
    """Make a new vault in `folder` holding everything in the backup; return its recovery key.

    The backup is read once, inside one transaction of the new vault; if it does not
    verify completely (or is not a full backup), the new vault is removed again.
    `vocabs`: what records are checked against (None: the process's shared copy).
    """
    if not path.is_file():
        raise VaultError(ErrorKind.IO_FAILED, str(path))
    if folder.exists() and any(folder.iterdir()):
        raise VaultError(ErrorKind.VAULT_EXISTS, str(folder))
    vault, recovery = Vault.create(folder, new_passphrase, bind_device=bind_device, kdf=kdf)
    try:
        db = vault.connect()
        try:
            keys = {"identity": identity_text, "passphrase": passphrase}
            with db.transaction():
                import_.run(
                    db,
                    path,
                    True,
                    keys,
                    allow_unsigned,
                    progress,
                    cancelled,
                    restore=True,
                    vocabs=vocabs,
                )
        finally:
            db.close()
    except BaseException:
        vault.close()
        _remove_vault(folder)
        raise
    vault.close()
    return recovery


def _remove_vault(folder: Path) -> None:
    """The folder was empty before: remove all of it (a half-restored vault is nothing)."""
    shutil.rmtree(folder, ignore_errors=True)

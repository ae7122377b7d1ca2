"""The vault folder's files: their names, and what can be read without unlocking.

<folder>/vault.header   wrapped data key (see header.py)
<folder>/vault.db       SQLCipher database keyed with the data key
<folder>/lock           advisory lock while a process has the vault open
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casevault.core.errors import ErrorKind, VaultError
from casevault.core.vault import device
from casevault.core.vault.header import VERSION, Header
from casevault.core.vault.kdf import KdfParams

HEADER_NAME = "vault.header"

DB_NAME = "vault.db"

DB_SIDE_FILES = ("vault.db-wal", "vault.db-shm", "vault.db-journal")


@dataclass(frozen=True)
class VaultInfo:
    """Facts readable without unlocking; nothing here is secret or about cases."""

    folder: Path
    vault_id: str
    created: str
    format_version: int
    kdf: KdfParams
    slot_count: int
    device_bound: bool
    keyring_backend: str | None


def header_path(folder: Path) -> Path:
    return folder / HEADER_NAME


def exists(folder: Path) -> bool:
    return header_path(folder).is_file()


def read_header(folder: Path) -> Header:
    try:
        return Header.read(header_path(folder))
    except FileNotFoundError as exc:
        raise VaultError(ErrorKind.VAULT_MISSING, str(folder)) from exc


def info(folder: Path) -> VaultInfo:
    header = read_header(folder)
    return VaultInfo(
        folder=folder,
        vault_id=header.vault_id,
        created=header.created,
        format_version=VERSION,
        kdf=header.kdf,
        slot_count=len(header.slots),
        device_bound=header.device_bound,
        keyring_backend=device.backend_name() if device.is_available() else None,
    )

"""Wrapping and unwrapping the data key with a passphrase or a recovery key.

Passphrase slots: Argon2id once per attempt (the costly step), then HKDF to a
slot key, mixing in this laptop's device secret when the vault is bound to it.
Recovery slot: HKDF of the 256-bit recovery key (already full-entropy).
"""

from __future__ import annotations

from dataclasses import dataclass

from casevault.core import device
from casevault.core.errors import ErrorKind, WrongKeyError
from casevault.core.header import (
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    Header,
    SlotType,
    derive_slot_key,
)
from casevault.core.kdf import derive, normalize_passphrase
from casevault.core.memory import zeroize


@dataclass
class Unwrapped:
    """What a passphrase opened: the slot's type and its 32-byte payload (zeroize it)."""

    slot_type: SlotType
    slot_index: int
    payload: bytearray

    def discard(self) -> None:
        zeroize(self.payload)


def passphrase_kek(header: Header, passphrase: str, device_secret: bytearray | None) -> bytearray:
    secret = normalize_passphrase(passphrase)
    try:
        stretched = derive(secret, header.salt, header.kdf)
    finally:
        zeroize(secret)
    ikm = stretched + (device_secret or bytearray())
    zeroize(stretched)
    try:
        return derive_slot_key(ikm, header.vault_id, b"passphrase-kek")
    finally:
        zeroize(ikm)


def recovery_kek(header: Header, recovery_key: bytearray) -> bytearray:
    return derive_slot_key(recovery_key, header.vault_id, b"recovery-kek")


def device_secret_for(header: Header) -> bytearray | None:
    """The device secret if this vault is bound; a missing one is a key problem (exit 3)."""
    if not header.device_bound:
        return None
    try:
        return device.load_secret(header.vault_id)
    except WrongKeyError:
        raise
    except Exception as exc:
        kind = getattr(exc, "kind", ErrorKind.DEVICE_SECRET_MISSING)
        raise WrongKeyError(kind, str(exc)) from exc


def unwrap_with_passphrase(header: Header, passphrase: str) -> Unwrapped:
    """The slow step (one Argon2id run); safe to call off the GUI thread."""
    secret = device_secret_for(header)
    try:
        kek = passphrase_kek(header, passphrase, secret)
    finally:
        zeroize(secret)
    try:
        opened = header.open_slots(kek)
    finally:
        zeroize(kek)
    if opened is None or opened[1] not in (SlotType.PASSPHRASE, SlotType.DURESS):
        if opened is not None:
            zeroize(opened[2])
        raise WrongKeyError(ErrorKind.WRONG_PASSPHRASE)
    index, slot_type, payload = opened
    return Unwrapped(slot_type, index, payload)


def unwrap_with_recovery(header: Header, recovery_key: bytearray) -> Unwrapped:
    kek = recovery_kek(header, recovery_key)
    try:
        opened = header.open_slots(kek)
    finally:
        zeroize(kek)
    if opened is None or opened[1] != SlotType.RECOVERY:
        if opened is not None:
            zeroize(opened[2])
        raise WrongKeyError(ErrorKind.WRONG_RECOVERY_KEY)
    index, slot_type, payload = opened
    return Unwrapped(slot_type, index, payload)


def seal_passphrase(
    header: Header, passphrase: str, dek: bytearray, device_secret: bytearray | None
) -> Header:
    kek = passphrase_kek(header, passphrase, device_secret)
    try:
        slot = header.seal_slot(kek, SlotType.PASSPHRASE, dek)
    finally:
        zeroize(kek)
    return header.with_slot(PASSPHRASE_SLOT, slot)


def seal_recovery(header: Header, recovery_key: bytearray, dek: bytearray) -> Header:
    kek = recovery_kek(header, recovery_key)
    try:
        slot = header.seal_slot(kek, SlotType.RECOVERY, dek)
    finally:
        zeroize(kek)
    return header.with_slot(RECOVERY_SLOT, slot)

"""Wrapping and unwrapping the data key with a passphrase or a recovery key.

Passphrase-type slots share one salt and one set of Argon2id parameters, so an
unlock attempt runs Argon2id exactly once (the costly step) and derives two
cheap HKDF keys from its output: the passphrase key (mixing in this laptop's
device secret when the vault is bound to it) and the duress key (never
device-bound, see docs/decisions.md). Both are tried on every slot; AES-GCM
tries cost microseconds. Recovery slot: HKDF of the 256-bit recovery key
(already full-entropy).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from casevault.core.errors import ErrorKind, VaultError, WrongKeyError
from casevault.core.memory import zeroize
from casevault.core.vault import device
from casevault.core.vault.header import (
    DURESS_SLOT,
    PASSPHRASE_SLOT,
    PAYLOAD_LENGTH,
    RECOVERY_SLOT,
    Header,
    Slot,
    SlotType,
    derive_slot_key,
)
from casevault.core.vault.kdf import derive, normalize_passphrase

PASSPHRASE_PURPOSE = b"passphrase-kek"
DURESS_PURPOSE = b"duress-kek"


@dataclass
class Unwrapped:
    """What a passphrase opened: the slot's type and its 32-byte payload (zeroize it)."""

    slot_type: SlotType
    slot_index: int
    payload: bytearray

    def discard(self) -> None:
        zeroize(self.payload)


def stretch(header: Header, passphrase: str) -> bytearray:
    """The one Argon2id run of an attempt (zeroize the result)."""
    secret = normalize_passphrase(passphrase)
    try:
        return derive(secret, header.salt, header.kdf)
    finally:
        zeroize(secret)


def passphrase_kek_from(
    header: Header, stretched: bytearray, device_secret: bytearray | None
) -> bytearray:
    ikm = stretched + (device_secret or bytearray())
    try:
        return derive_slot_key(ikm, header.vault_id, PASSPHRASE_PURPOSE)
    finally:
        zeroize(ikm)


def duress_kek_from(header: Header, stretched: bytearray) -> bytearray:
    """Never device-bound: recovery may re-bind the vault without knowing this passphrase."""
    return derive_slot_key(stretched, header.vault_id, DURESS_PURPOSE)


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
    """The slow step (one Argon2id run); safe to call off the GUI thread.

    Returns a PASSPHRASE unwrap (payload: the data key) or a DURESS one (payload:
    filler, the caller must wipe). The duress passphrase works even when the
    device secret cannot be read, since its slot is not device-bound.
    """
    secret: bytearray | None = None
    secret_error: VaultError | None = None
    try:
        secret = device_secret_for(header)
    except VaultError as exc:
        secret_error = exc
    try:
        stretched = stretch(header, passphrase)
    except BaseException:
        zeroize(secret)
        raise
    try:
        real = None
        if secret_error is None:
            kek = passphrase_kek_from(header, stretched, secret)
            try:
                real = _open_as(header, kek, SlotType.PASSPHRASE)
            finally:
                zeroize(kek)
        kek = duress_kek_from(header, stretched)
        try:
            # Always tried, so a right passphrase and a duress one take the same time.
            duress = _open_as(header, kek, SlotType.DURESS)
        finally:
            zeroize(kek)
    finally:
        zeroize(stretched)
        zeroize(secret)
    if real is not None:
        if duress is not None:
            duress.discard()
        return real
    if duress is not None:
        return duress
    if secret_error is not None:
        raise secret_error
    raise WrongKeyError(ErrorKind.WRONG_PASSPHRASE)


def _open_as(header: Header, kek: bytearray, wanted: SlotType) -> Unwrapped | None:
    opened = header.open_slots(kek)
    if opened is None:
        return None
    index, slot_type, payload = opened
    if slot_type != wanted:
        zeroize(payload)
        return None
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
    """Seal the data key under the passphrase; refuse one that opens the duress slot."""
    stretched = stretch(header, passphrase)
    try:
        duress_kek = duress_kek_from(header, stretched)
        try:
            clash = _open_as(header, duress_kek, SlotType.DURESS)
        finally:
            zeroize(duress_kek)
        if clash is not None:
            clash.discard()
            raise VaultError(ErrorKind.DURESS_SAME_AS_PASSPHRASE)
        kek = passphrase_kek_from(header, stretched, device_secret)
    finally:
        zeroize(stretched)
    try:
        slot = header.seal_slot(kek, SlotType.PASSPHRASE, dek)
    finally:
        zeroize(kek)
    return header.with_slot(PASSPHRASE_SLOT, slot)


def seal_duress(header: Header, duress_passphrase: str, device_secret: bytearray | None) -> Header:
    """Put a duress passphrase in slot 2 (payload: random filler, never the data key).

    One Argon2id run serves both the sealing and the check that the duress
    passphrase is not the real one (it must not open the passphrase slot).
    `device_secret` is the vault's, if bound: needed for that check only.
    """
    stretched = stretch(header, duress_passphrase)
    try:
        kek = passphrase_kek_from(header, stretched, device_secret)
        try:
            clash = _open_as(header, kek, SlotType.PASSPHRASE)
        finally:
            zeroize(kek)
        if clash is not None:
            clash.discard()
            raise VaultError(ErrorKind.DURESS_SAME_AS_PASSPHRASE)
        kek = duress_kek_from(header, stretched)
    finally:
        zeroize(stretched)
    filler = bytearray(secrets.token_bytes(PAYLOAD_LENGTH))
    try:
        slot = header.seal_slot(kek, SlotType.DURESS, filler)
    finally:
        zeroize(kek)
        zeroize(filler)
    return header.with_slot(DURESS_SLOT, slot)


def remove_duress(header: Header) -> Header:
    """Replace slot 2 with random filler, exactly like a slot that was never used."""
    return header.with_slot(DURESS_SLOT, Slot.filler())


def seal_recovery(header: Header, recovery_key: bytearray, dek: bytearray) -> Header:
    kek = recovery_kek(header, recovery_key)
    try:
        slot = header.seal_slot(kek, SlotType.RECOVERY, dek)
    finally:
        zeroize(kek)
    return header.with_slot(RECOVERY_SLOT, slot)

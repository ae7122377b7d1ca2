"""Every typed secret, in one place: unlock, passphrase change and recovery.

An unlock attempt: failed-unlock counter, one Argon2id run, duress.

`unwrap_for_unlock` is what the GUI (in its worker thread), the command line and
`casevault passwd` call with a typed passphrase. It

1. counts the attempt in `unlock.guard` before the slow step (see unlock_guard.py),
   wiping at once if an earlier attempt already used the last try;
2. runs Argon2id once and tries the passphrase key and the duress key on every slot;
3. on the real passphrase, returns the data key (the counter is reset when the
   vault is opened);
4. on the duress passphrase, wipes the vault (crypto-shred, wipe.py) and creates a
   fresh, empty vault in the same folder that opens with that same passphrase,
   then returns *its* data key: the caller opens it like any other vault and
   cannot tell the difference, nor can the person watching the screen;
5. on a wrong passphrase at the limit, wipes and raises UNLOCK_LIMIT_REACHED.

The fresh vault keeps the old one's Argon2id parameters (calibrated on this very
laptop, so unlocking takes as long as it used to, and no calibration run makes
the duress unlock slower), is bound to the keyring if the old one was (with a new
device secret) and has no duress slot: its header is four slots, two in use, two
of random filler, like any vault's. Its recovery key is generated and discarded,
since showing it would give the situation away (docs/decisions.md, "Duress").
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from casevault.core.errors import ErrorKind, VaultError, WrongKeyError
from casevault.core.memory import zeroize
from casevault.core.vault import device, unlock_guard
from casevault.core.vault.files import read_header
from casevault.core.vault.header import PASSPHRASE_SLOT, Header, SlotType
from casevault.core.vault.keyfile import create_files, rewrap
from casevault.core.vault.keyslots import Unwrapped, unwrap_with_passphrase, unwrap_with_recovery
from casevault.core.vault.lockfile import VaultLock
from casevault.core.vault.recovery import parse_recovery_key
from casevault.core.vault.wipe import wipe


def unwrap_for_unlock(folder: Path, header: Header, passphrase: str) -> Unwrapped:
    """The slow step of an unlock (may run in a worker thread; opens no database).

    Always returns a PASSPHRASE unwrap whose payload is the data key of the vault
    now in `folder` (after a duress passphrase: the fresh vault's).
    """
    if not passphrase:
        raise VaultError(ErrorKind.PASSPHRASE_EMPTY)
    with VaultLock(folder):  # say "in use" before counting and before the slow KDF
        pass
    guard = unlock_guard.count_attempt(folder, header.vault_id)
    if guard is not None and guard.failures > guard.limit:
        _wipe_for_limit(folder)
    try:
        unwrapped = unwrap_with_passphrase(header, passphrase)
    except VaultError as exc:
        if guard is not None:
            if exc.kind != ErrorKind.WRONG_PASSPHRASE:
                # Not a guess (a locked keyring, a missing device secret): not counted.
                unlock_guard.write(folder, replace(guard, failures=guard.failures - 1))
            elif guard.exhausted:
                _wipe_for_limit(folder)
        raise
    if unwrapped.slot_type is SlotType.DURESS:
        unwrapped.discard()
        return start_over(folder, header, passphrase)
    return unwrapped


def start_over(folder: Path, header: Header, passphrase: str) -> Unwrapped:
    """Wipe the vault and make a fresh, empty one that opens with `passphrase`."""
    bind = header.device_bound and device.is_available()
    wipe(folder)
    new_header, dek, recovery_key = create_files(
        folder, passphrase, bind_device=bind, kdf=header.kdf
    )
    zeroize(recovery_key)  # nobody may see it: see docs/decisions.md, "Duress"
    del new_header
    return Unwrapped(SlotType.PASSPHRASE, PASSPHRASE_SLOT, dek)


def _wipe_for_limit(folder: Path) -> None:
    wipe(folder)
    raise WrongKeyError(ErrorKind.UNLOCK_LIMIT_REACHED)


def change_passphrase(folder: Path, old_passphrase: str, new_passphrase: str) -> None:
    """Change the passphrase without opening the database (it stays byte-for-byte the same).

    The old passphrase is an unlock attempt like any other: counted by the
    failed-unlock guard, and a duress passphrase wipes (the fresh vault then gets
    the new passphrase, as the person watching expects).
    """
    header = read_header(folder)
    unwrapped = unwrap_for_unlock(folder, header, old_passphrase)
    try:
        with VaultLock(folder):
            header = read_header(folder)
            header.verify_mac(unwrapped.payload)
            rewrap(folder, header, new_passphrase, unwrapped.payload)
            # The old passphrase opened the vault: the counter starts again.
            unlock_guard.reset(folder, header.vault_id)
    finally:
        unwrapped.discard()


def check_recovery_key(header: Header, recovery_key_text: str) -> None:
    """Raise unless the text is a well-formed recovery key that opens this vault.

    Cheap (no Argon2id) and writes nothing: a command checks the key this way
    before it asks for a new passphrase."""
    recovery_key = parse_recovery_key(recovery_key_text)
    try:
        unwrap_with_recovery(header, recovery_key).discard()
    finally:
        zeroize(recovery_key)


def recover(folder: Path, recovery_key_text: str, new_passphrase: str) -> None:
    """Set a new passphrase using the recovery key.

    On a laptop where the vault's device secret is missing (a new machine), the
    vault is re-bound to this laptop's keyring if it has one, else made
    passphrase-only.
    """
    with VaultLock(folder):
        header = read_header(folder)
        recovery_key = parse_recovery_key(recovery_key_text)
        try:
            unwrapped = unwrap_with_recovery(header, recovery_key)
        finally:
            zeroize(recovery_key)
        dek = unwrapped.payload
        try:
            header.verify_mac(dek)
            rewrap(folder, header, new_passphrase, dek, rebind=True)
            unlock_guard.reset(folder, header.vault_id)  # the owner is back: count afresh
        finally:
            zeroize(dek)

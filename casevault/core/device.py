"""Device binding: a 32-byte secret in the operating system's keyring.

When enabled, the passphrase alone no longer opens the vault: the secret kept
by the OS keyring of this laptop is mixed into the key. Only keyrings that
really protect secrets qualify (Secret Service, macOS Keychain, Windows
Credential Locker); file-based, plaintext or "null" backends never do, and
where none exists the vault is passphrase-only and says so.
"""

from __future__ import annotations

import base64
import binascii
import secrets

import keyring
import keyring.backend
import keyring.errors

from casevault.core.errors import ErrorKind, VaultError
from casevault.core.memory import zeroize

SERVICE = "CaseVault device secret"
SECRET_BYTES = 32
_TRUSTED_BACKENDS = {
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
}


def _backend() -> keyring.backend.KeyringBackend | None:
    """The one trusted backend keyring would use, or None."""
    try:
        candidates = keyring.backend.get_all_keyring()
    except Exception:  # a broken backend module must not stop the app
        return None
    for backend in sorted(candidates, key=lambda b: b.priority, reverse=True):
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        if name in _TRUSTED_BACKENDS:
            return backend
    return None


def backend_name() -> str | None:
    backend = _backend()
    return None if backend is None else str(backend.name)


def is_available() -> bool:
    """True only if a trusted keyring is present and answers right now."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.get_password(SERVICE, "availability-probe")
    except Exception:  # locked, no D-Bus, or daemon gone: all mean "not available"
        return False
    return True


def _require() -> keyring.backend.KeyringBackend:
    backend = _backend()
    if backend is None:
        raise VaultError(ErrorKind.KEYRING_UNAVAILABLE)
    return backend


def create_secret(vault_id: str) -> bytearray:
    """Make and store a fresh device secret for this vault; return a copy to use now."""
    backend = _require()
    secret = bytearray(secrets.token_bytes(SECRET_BYTES))
    encoded = base64.b64encode(bytes(secret)).decode("ascii")
    try:
        backend.set_password(SERVICE, vault_id, encoded)
    except keyring.errors.KeyringError as exc:
        zeroize(secret)
        raise VaultError(ErrorKind.KEYRING_UNAVAILABLE, type(exc).__name__) from exc
    return secret


def load_secret(vault_id: str) -> bytearray:
    backend = _require()
    try:
        encoded = backend.get_password(SERVICE, vault_id)
    except keyring.errors.KeyringError as exc:
        raise VaultError(ErrorKind.KEYRING_UNAVAILABLE, type(exc).__name__) from exc
    if encoded is None:
        raise VaultError(ErrorKind.DEVICE_SECRET_MISSING)
    try:
        secret = bytearray(base64.b64decode(encoded, validate=True))
    except (binascii.Error, ValueError) as exc:
        raise VaultError(ErrorKind.DEVICE_SECRET_MISSING, "unreadable") from exc
    if len(secret) != SECRET_BYTES:
        zeroize(secret)
        raise VaultError(ErrorKind.DEVICE_SECRET_MISSING, "wrong length")
    return secret


def delete_secret(vault_id: str) -> bool:
    """Remove the secret; True if one was removed. Used by recovery and wipe."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.delete_password(SERVICE, vault_id)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError:
        return False
    return True

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
import contextlib
import secrets
import sys

import keyring
import keyring.backend
import keyring.errors

from casevault.core.errors import ErrorKind, VaultError
from casevault.core.memory import zeroize

SERVICE = "CaseVault device secret"
SECRET_BYTES = 32


def _trusted_backend_classes() -> list[type[keyring.backend.KeyringBackend]]:
    """The OS keyrings that protect secrets; keyring's own choice (which may be a
    plaintext file or the env-configured backend) is deliberately not consulted."""
    classes: list[type[keyring.backend.KeyringBackend]] = []
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        from keyring.backends import SecretService

        classes.append(SecretService.Keyring)
    elif sys.platform == "darwin":  # pragma: no cover - macOS only
        from keyring.backends import macOS

        classes.append(macOS.Keyring)
    elif sys.platform == "win32":  # pragma: no cover - Windows only
        from keyring.backends import Windows

        classes.append(Windows.WinVaultKeyring)
    return classes


def _backend() -> keyring.backend.KeyringBackend | None:
    """A trusted backend that is usable right now, or None (checked afresh every call)."""
    for cls in _trusted_backend_classes():
        with contextlib.suppress(Exception):  # a broken backend must not stop the app
            if cls.viable:
                return cls()
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

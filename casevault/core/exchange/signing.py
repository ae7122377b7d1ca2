"""The vault's Ed25519 signing key and the detached `.sig` file beside each export.

The key is made on first use and kept in `vault_meta`, inside the encrypted
database. A `.sig` file is five lines of text and a signature over them:

    casevault-signature-v1
    vault: <vault id>
    key: <public key, base64 of the 32 raw bytes>
    sha256: <SHA-256 of the whole age file, hex>
    size: <bytes of the age file>
    signature: <base64 Ed25519 signature over the five lines above, newlines included>

Signing the file's SHA-256 rather than the file itself keeps memory constant
(Ed25519 needs the whole message at once); checking needs only sha256sum and
an Ed25519 verifier (docs/export-format.md shows openssl and Python).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from casevault.core.errors import ErrorKind, IntegrityError
from casevault.core.memory import zeroize
from casevault.core.vault.database import Database

MAGIC = "casevault-signature-v1"
KEY_META = "signing_key"
TRUSTED_META = "trusted_signers"
MAX_SIG_BYTES = 4096


@dataclass(frozen=True)
class Signature:
    vault_id: str
    public_key: str
    sha256: str
    size: int


def _private_key(db: Database) -> Ed25519PrivateKey:
    """The vault's key, made and stored in the caller's database on first use."""
    row = db.execute("SELECT value FROM vault_meta WHERE key = ?", (KEY_META,)).fetchone()
    if row is not None:
        raw = bytearray(row[0])
        try:
            return Ed25519PrivateKey.from_private_bytes(bytes(raw))
        finally:
            zeroize(raw)
    key = Ed25519PrivateKey.generate()
    raw = bytearray(key.private_bytes_raw())
    try:
        with db.transaction():
            db.execute("INSERT OR IGNORE INTO vault_meta VALUES (?, ?)", (KEY_META, bytes(raw)))
    finally:
        zeroize(raw)
    return _private_key(db)  # the stored one, should another connection have been first


def public_text(key: Ed25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def fingerprint(public_key: str) -> str:
    """Eight groups of four hex digits of the key's SHA-256, for reading aloud."""
    digest = hashlib.sha256(public_key.encode()).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def public_key(db: Database) -> str:
    return public_text(_private_key(db).public_key())


def existing_public_key(db: Database) -> str | None:
    """The vault's public key if it has one already (never makes one: no write)."""
    row = db.execute("SELECT value FROM vault_meta WHERE key = ?", (KEY_META,)).fetchone()
    if row is None:
        return None
    raw = bytearray(row[0])
    try:
        return public_text(Ed25519PrivateKey.from_private_bytes(bytes(raw)).public_key())
    finally:
        zeroize(raw)


def _message(vault_id: str, key: str, sha256: str, size: int) -> bytes:
    return f"{MAGIC}\nvault: {vault_id}\nkey: {key}\nsha256: {sha256}\nsize: {size}\n".encode()


def signature_text(db: Database, vault_id: str, sha256: str, size: int) -> bytes:
    private = _private_key(db)
    message = _message(vault_id, public_text(private.public_key()), sha256, size)
    signed = base64.b64encode(private.sign(message)).decode()
    return message + f"signature: {signed}\n".encode()


def sig_path(path: Path) -> Path:
    return path.with_name(path.name + ".sig")


def read_signature(path: Path) -> Signature:
    """Parse and check a .sig file's own signature; the file's hash is the caller's to compare."""
    try:
        data = path.read_bytes()[: MAX_SIG_BYTES + 1]
    except FileNotFoundError as exc:
        raise IntegrityError(ErrorKind.SIGNATURE_MISSING, path.name) from exc
    if len(data) > MAX_SIG_BYTES:
        raise IntegrityError(ErrorKind.SIGNATURE_INVALID, "too long")
    try:
        lines = data.decode("ascii").split("\n")
        if len(lines) != 7 or lines[0] != MAGIC or lines[6] != "":
            raise ValueError("layout")
        fields = dict(line.split(": ", 1) for line in lines[1:6])
        if list(fields) != ["vault", "key", "sha256", "size", "signature"]:
            raise ValueError("fields")
        raw_key = base64.b64decode(fields["key"], validate=True)
        signed = base64.b64decode(fields["signature"], validate=True)
        size = int(fields["size"])
        if not fields["size"].isdigit() or len(fields["sha256"]) != 64:
            raise ValueError("values")
        int(fields["sha256"], 16)
        message = _message(fields["vault"], fields["key"], fields["sha256"], size)
        if message + f"signature: {fields['signature']}\n".encode() != data:
            raise ValueError("not canonical")
        Ed25519PublicKey.from_public_bytes(raw_key).verify(signed, message)
    except (ValueError, UnicodeDecodeError, binascii.Error, InvalidSignature) as exc:
        raise IntegrityError(ErrorKind.SIGNATURE_INVALID, path.name) from exc
    return Signature(fields["vault"], fields["key"], fields["sha256"].lower(), size)


# -- trusted signers ------------------------------------------------------------------
def trusted(db: Database) -> dict[str, str]:
    """Public key -> label of the signing keys the user marked as trusted."""
    row = db.execute("SELECT value FROM vault_meta WHERE key = ?", (TRUSTED_META,)).fetchone()
    return dict(json.loads(row[0])) if row else {}


def trust(db: Database, key: str, label: str) -> None:
    try:
        if len(base64.b64decode(key, validate=True)) != 32:
            raise ValueError(key)
    except (ValueError, binascii.Error) as exc:
        raise IntegrityError(ErrorKind.SIGNATURE_INVALID, "key") from exc
    with db.transaction():
        known = trusted(db)
        known[key] = label
        db.execute(
            "INSERT OR REPLACE INTO vault_meta VALUES (?, ?)",
            (TRUSTED_META, json.dumps(known, ensure_ascii=False)),
        )

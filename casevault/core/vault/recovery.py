"""Recovery keys: 256 random bits a person can write on paper and type back.

Shown as 14 groups of 4 Base32 characters (RFC 4648 alphabet, no padding):
32 key bytes plus a 3-byte SHA-256 check, so a typing mistake is reported as
a typo ("that is not a recovery key") rather than as a wrong key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets

from casevault.core.errors import ErrorKind, WrongKeyError
from casevault.core.memory import zeroize

KEY_BYTES = 32
CHECK_BYTES = 3
GROUP = 4
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_recovery_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_BYTES))


def format_recovery_key(key: bytearray) -> str:
    check = hashlib.sha256(bytes(key)).digest()[:CHECK_BYTES]
    text = base64.b32encode(bytes(key) + check).decode("ascii")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str) -> bytearray:
    """Accept the key as written down: any case, spaces or dashes, 0/1/8 for O/I/B."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    expected_chars = (KEY_BYTES + CHECK_BYTES) * 8 // 5
    if len(cleaned) != expected_chars:
        raise WrongKeyError(ErrorKind.MALFORMED_RECOVERY_KEY, f"{len(cleaned)} characters")
    try:
        raw = bytearray(base64.b32decode(cleaned))
    except (binascii.Error, ValueError) as exc:
        raise WrongKeyError(ErrorKind.MALFORMED_RECOVERY_KEY, "not Base32") from exc
    key = raw[:KEY_BYTES]
    check = bytes(raw[KEY_BYTES:])
    zeroize(raw)
    if not hmac.compare_digest(hashlib.sha256(bytes(key)).digest()[:CHECK_BYTES], check):
        zeroize(key)
        raise WrongKeyError(ErrorKind.MALFORMED_RECOVERY_KEY, "check digits")
    return key

"""Argon2id: turns a passphrase into a key-encryption key, slowly on purpose.

Parameters are chosen per vault at creation so that one derivation costs
about a second on the user's own laptop, and never fall below the floor of
256 MiB of memory and 3 passes: a header asking for less is refused, so an
attacker who edits the header cannot make the passphrase cheap to guess.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from casevault.core.errors import ErrorKind, IntegrityError, VaultError
from casevault.core.memory import zeroize

FLOOR_MEMORY_KIB = 256 * 1024
FLOOR_ITERATIONS = 3
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
LANES = 4
KEY_LENGTH = 32
SALT_LENGTH = 16
TARGET_SECONDS = 1.0


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int = LANES

    def check_floor(self) -> None:
        """Refuse parameters weaker than the floor, or absurd enough to freeze the machine."""
        if self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS:
            raise IntegrityError(
                ErrorKind.HEADER_WEAK_KDF, f"m={self.memory_kib} KiB, t={self.iterations}"
            )
        if (
            self.memory_kib > MAX_MEMORY_KIB
            or self.iterations > MAX_ITERATIONS
            or not 1 <= self.lanes <= 16
        ):
            raise IntegrityError(ErrorKind.HEADER_DAMAGED, "KDF parameters out of range")

    def as_dict(self) -> dict[str, int]:
        return {"m_kib": self.memory_kib, "t": self.iterations, "p": self.lanes}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> KdfParams:
        values = [data.get(name) for name in ("m_kib", "t", "p")]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise IntegrityError(ErrorKind.HEADER_DAMAGED, "KDF parameters")
        memory, iterations, lanes = (int(v) for v in values)  # type: ignore[call-overload]
        return cls(memory_kib=memory, iterations=iterations, lanes=lanes)


FLOOR = KdfParams(memory_kib=FLOOR_MEMORY_KIB, iterations=FLOOR_ITERATIONS)


def normalize_passphrase(passphrase: str) -> bytearray:
    """NFC-normalise and encode, so 'é' typed two different ways is the same passphrase."""
    if not passphrase:
        raise VaultError(ErrorKind.PASSPHRASE_EMPTY)
    return bytearray(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def derive(secret: bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id straight into a fresh bytearray that the caller must zeroize."""
    params.check_floor()
    out = bytearray(KEY_LENGTH)
    Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive_into(secret, out)  # type: ignore[arg-type]  # accepts any buffer
    return out


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Measure this machine once at the floor and add passes until a run takes ~target."""
    probe = bytearray(b"calibration")
    started = time.perf_counter()
    zeroize(derive(probe, b"\0" * SALT_LENGTH, FLOOR))
    elapsed = max(time.perf_counter() - started, 1e-3)
    per_pass = elapsed / FLOOR_ITERATIONS
    iterations = round(target_seconds / per_pass)
    iterations = max(FLOOR_ITERATIONS, min(MAX_ITERATIONS, iterations))
    return KdfParams(memory_kib=FLOOR_MEMORY_KIB, iterations=iterations)


def derive_probe() -> None:
    """A tiny Argon2id run that proves the primitive works (self-test only, not a key)."""
    out = bytearray(KEY_LENGTH)
    Argon2id(
        salt=b"\0" * SALT_LENGTH, length=KEY_LENGTH, iterations=1, lanes=1, memory_cost=64
    ).derive_into(b"probe", out)
    zeroize(out)

"""`vault.header`: the small JSON file that holds the wrapped data key.

Layout (canonical JSON, keys sorted, no spaces, one trailing newline):
    format, version, vault_id, created, kdf{salt,m_kib,t,p}, device_binding,
    slots[SLOT_COUNT]{nonce,ct}, mac, checksum

Every slot has the same size and no label. A slot is AES-256-GCM over
(type byte + 32-byte payload) with the header's fixed fields as associated
data; unused slots are random filler, so a reader cannot tell which slots are
in use. `checksum` (SHA-256 of the rest) catches any damaged byte before a
passphrase is tried, so corruption is never mistaken for a wrong passphrase;
`mac` (HMAC under a key derived from the data key) catches deliberate edits
that recomputed the checksum. The file must equal its canonical form byte for
byte.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field, replace
from enum import IntEnum
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casevault.core.atomic import write_atomic
from casevault.core.errors import ErrorKind, IntegrityError
from casevault.core.memory import zeroize
from casevault.core.vault.kdf import SALT_LENGTH, KdfParams

FORMAT = "casevault-header"
VERSION = 1
SLOT_COUNT = 4
NONCE_LENGTH = 12
PAYLOAD_LENGTH = 32
SLOT_PLAINTEXT_LENGTH = 1 + PAYLOAD_LENGTH
SLOT_CIPHERTEXT_LENGTH = SLOT_PLAINTEXT_LENGTH + 16
MAX_HEADER_BYTES = 64 * 1024
HEADER_FIELDS = {
    "format",
    "version",
    "vault_id",
    "created",
    "kdf",
    "device_binding",
    "slots",
    "mac",
    "checksum",
}


# Fixed positions. Every slot looks like random bytes, so a position says nothing
# about whether it is in use; fixed positions let recovery find what to replace.
PASSPHRASE_SLOT = 0
RECOVERY_SLOT = 1
DURESS_SLOT = 2


class SlotType(IntEnum):
    PASSPHRASE = 1
    RECOVERY = 2
    DURESS = 3


@dataclass(frozen=True)
class Slot:
    nonce: bytes
    ciphertext: bytes

    @classmethod
    def filler(cls) -> Slot:
        return cls(secrets.token_bytes(NONCE_LENGTH), secrets.token_bytes(SLOT_CIPHERTEXT_LENGTH))


@dataclass(frozen=True)
class Header:
    vault_id: str
    created: str
    salt: bytes
    kdf: KdfParams
    device_bound: bool
    slots: tuple[Slot, ...]
    mac: bytes = field(default=b"")

    # -- the parts that are authenticated by every slot ------------------------
    def fixed_fields(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "kdf": {"salt": _b64(self.salt), **self.kdf.as_dict()},
            "device_binding": self.device_bound,
        }

    def associated_data(self) -> bytes:
        """What every slot authenticates. Device binding is left out on purpose: recovery
        on a new laptop re-seals only the passphrase slot when it turns binding off."""
        fixed = self.fixed_fields()
        del fixed["device_binding"]
        return _canonical(fixed)

    def without_mac(self) -> dict[str, Any]:
        body = self.fixed_fields()
        body["slots"] = [{"nonce": _b64(s.nonce), "ct": _b64(s.ciphertext)} for s in self.slots]
        return body

    # -- slots -----------------------------------------------------------------
    def seal_slot(self, kek: bytearray, slot_type: SlotType, payload: bytearray) -> Slot:
        plaintext = bytearray([int(slot_type)]) + payload
        try:
            nonce = secrets.token_bytes(NONCE_LENGTH)
            ciphertext = AESGCM(kek).encrypt(nonce, plaintext, self.associated_data())
        finally:
            zeroize(plaintext)
        return Slot(nonce, ciphertext)

    def open_slots(self, kek: bytearray) -> tuple[int, SlotType, bytearray] | None:
        """Try every slot with one key; return (index, type, payload) of the one it opens."""
        aead = AESGCM(kek)
        aad = self.associated_data()
        plaintext = bytearray(SLOT_PLAINTEXT_LENGTH)
        for index, slot in enumerate(self.slots):
            try:
                # Straight into a mutable buffer: no immutable copy of the data key.
                aead.decrypt_into(slot.nonce, slot.ciphertext, aad, plaintext)
            except InvalidTag:
                continue
            try:
                slot_type = SlotType(plaintext[0])
            except ValueError:
                zeroize(plaintext)
                continue
            payload = plaintext[1:]
            zeroize(plaintext)
            return index, slot_type, payload
        zeroize(plaintext)
        return None

    def with_slot(self, index: int, slot: Slot) -> Header:
        slots = list(self.slots)
        slots[index] = slot
        return replace(self, slots=tuple(slots), mac=b"")

    # -- header MAC under the data key ----------------------------------------
    def signed(self, dek: bytearray) -> Header:
        return replace(self, mac=self._compute_mac(dek))

    def verify_mac(self, dek: bytearray) -> None:
        if not hmac.compare_digest(self.mac, self._compute_mac(dek)):
            raise IntegrityError(ErrorKind.HEADER_DAMAGED, "header authentication failed")

    def _compute_mac(self, dek: bytearray) -> bytes:
        mac_key = bytearray(32)
        HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"casevault/v1/header-mac"
        ).derive_into(dek, mac_key)
        try:
            return hmac.new(bytes(mac_key), _canonical(self.without_mac()), "sha256").digest()
        finally:
            zeroize(mac_key)

    # -- files -----------------------------------------------------------------
    def to_bytes(self) -> bytes:
        body = self.without_mac()
        body["mac"] = _b64(self.mac)
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return _canonical(body) + b"\n"

    def write(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

    @classmethod
    def read(cls, path: Path) -> Header:
        try:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_HEADER_BYTES + 1)
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise IntegrityError(ErrorKind.HEADER_DAMAGED, str(exc)) from exc
        return cls.parse(raw)

    @classmethod
    def parse(cls, raw: bytes) -> Header:
        if len(raw) > MAX_HEADER_BYTES:
            raise IntegrityError(ErrorKind.HEADER_DAMAGED, "too large")
        try:
            body = json.loads(raw.decode("ascii"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise IntegrityError(ErrorKind.HEADER_DAMAGED, "not valid JSON") from exc
        if not isinstance(body, dict) or set(body) != HEADER_FIELDS:
            raise IntegrityError(ErrorKind.HEADER_DAMAGED, "unexpected fields")
        checksum = body.pop("checksum")
        expected = hashlib.sha256(_canonical(body)).hexdigest()
        if not isinstance(checksum, str) or not hmac.compare_digest(checksum, expected):
            raise IntegrityError(ErrorKind.HEADER_DAMAGED, "checksum mismatch")
        if body.get("format") != FORMAT:
            raise IntegrityError(ErrorKind.HEADER_DAMAGED, "not a CaseVault header")
        if body.get("version") != VERSION:
            raise IntegrityError(ErrorKind.HEADER_UNSUPPORTED, str(body.get("version")))
        header = cls._from_body(body)
        if header.to_bytes() != raw:
            raise IntegrityError(ErrorKind.HEADER_DAMAGED, "not in canonical form")
        header.kdf.check_floor()
        return header

    @classmethod
    def _from_body(cls, body: dict[str, Any]) -> Header:
        kdf = body["kdf"]
        slots = body["slots"]
        if (
            not isinstance(body["vault_id"], str)
            or not isinstance(body["created"], str)
            or not isinstance(body["device_binding"], bool)
            or not isinstance(kdf, dict)
            or set(kdf) != {"salt", "m_kib", "t", "p"}
            or not isinstance(slots, list)
            or len(slots) != SLOT_COUNT
        ):
            raise IntegrityError(ErrorKind.HEADER_DAMAGED, "malformed fields")
        salt = _unb64(kdf["salt"], SALT_LENGTH)
        parsed_slots = []
        for slot in slots:
            if not isinstance(slot, dict) or set(slot) != {"nonce", "ct"}:
                raise IntegrityError(ErrorKind.HEADER_DAMAGED, "malformed slot")
            parsed_slots.append(
                Slot(
                    _unb64(slot["nonce"], NONCE_LENGTH), _unb64(slot["ct"], SLOT_CIPHERTEXT_LENGTH)
                )
            )
        return cls(
            vault_id=body["vault_id"],
            created=body["created"],
            salt=salt,
            kdf=KdfParams.from_dict(kdf),
            device_bound=body["device_binding"],
            slots=tuple(parsed_slots),
            mac=_unb64(body["mac"], 32),
        )


def derive_slot_key(ikm: bytearray, vault_id: str, purpose: bytes) -> bytearray:
    """HKDF step shared by every slot: binds the key to this vault and to one purpose."""
    key = bytearray(32)
    HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=vault_id.encode("ascii"),
        info=b"casevault/v1/" + purpose,
    ).derive_into(ikm, key)
    return key


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, length: int) -> bytes:
    if not isinstance(value, str):
        raise IntegrityError(ErrorKind.HEADER_DAMAGED, "expected base64 text")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise IntegrityError(ErrorKind.HEADER_DAMAGED, "bad base64") from exc
    if len(data) != length:
        raise IntegrityError(ErrorKind.HEADER_DAMAGED, "wrong field length")
    return data

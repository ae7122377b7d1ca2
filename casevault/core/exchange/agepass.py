"""age v1 files encrypted to a passphrase (the `scrypt` recipient), streamed.

pyrage streams files for X25519 recipients (`encrypt_io` / `decrypt_io`) but
its passphrase functions take and return whole byte strings, which a 1 GB
backup must never be. This module writes and reads the same format from the
age specification (https://age-encryption.org/v1) with the primitives of
`cryptography`: an scrypt stanza wrapping a random 16-byte file key, the
header MAC, and the STREAM payload (ChaCha20-Poly1305, 64 KiB chunks). The
standard `age` tool decrypts what it writes and the other way round (tests).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Callable
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from casevault.core.errors import ErrorKind, IntegrityError, WrongKeyError

INTRO = b"age-encryption.org/v1\n"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
CHUNK = 64 * 1024
TAG = 16
# age's own default (about a second); readers accept up to 2**20 (1 GiB of memory).
WORK_FACTOR = 18
MAX_WORK_FACTOR = 20
MAX_HEADER = 64 * 1024


class Reader(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class Source(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...

    def seek(self, offset: int, whence: int = 0, /) -> int: ...


class Writer(Protocol):
    def write(self, data: bytes, /) -> object: ...


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _unb64(text: bytes) -> bytes:
    if b"=" in text or b"\r" in text:
        raise _bad("padding")
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except ValueError as exc:
        raise _bad("base64") from exc
    if _b64(data) != text:
        raise _bad("non-canonical base64")
    return data


def check_base64(text: bytes) -> None:
    """IntegrityError unless `text` is canonical unpadded base64 (as age writes it)."""
    _unb64(text)


def _bad(detail: str) -> IntegrityError:
    return IntegrityError(ErrorKind.EXPORT_DAMAGED, f"age header: {detail}")


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _wrap_key(passphrase: str, salt: bytes, log_n: int) -> bytes:
    kdf = Scrypt(salt=SCRYPT_LABEL + salt, length=32, n=1 << log_n, r=8, p=1)
    return kdf.derive(passphrase.encode("utf-8"))


def _header_mac(file_key: bytes, header: bytes) -> bytes:
    return hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def encrypt(
    source: Reader, sink: Writer, passphrase: str, *, work_factor: int = WORK_FACTOR
) -> None:
    """Read `source` to its end and write it to `sink` as an age file for `passphrase`."""
    file_key = os.urandom(16)
    salt = os.urandom(16)
    body = ChaCha20Poly1305(_wrap_key(passphrase, salt, work_factor)).encrypt(
        b"\0" * 12, file_key, None
    )
    header = INTRO + b"-> scrypt " + _b64(salt) + b" %d\n" % work_factor + _b64(body) + b"\n---"
    sink.write(header + b" " + _b64(_header_mac(file_key, header)) + b"\n")
    nonce = os.urandom(16)
    sink.write(nonce)
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    counter = 0
    chunk = _read_full(source, CHUNK)
    while True:
        following = _read_full(source, CHUNK) if len(chunk) == CHUNK else b""
        last = not following
        sink.write(aead.encrypt(_nonce(counter, last), chunk, None))
        if last:
            return
        counter += 1
        chunk = following


def _read_full(source: Reader, size: int) -> bytes:
    parts: list[bytes] = []
    missing = size
    while missing:
        data = source.read(missing)
        if not data:
            break
        parts.append(data)
        missing -= len(data)
    return b"".join(parts)


def is_passphrase_file(head: bytes) -> bool:
    """Whether the first bytes of an age file name an scrypt (passphrase) stanza."""
    return head.startswith(INTRO + b"-> scrypt ")


def _read_header(source: Source) -> tuple[bytes, bytes, int, bytes, bytes]:
    """(header without MAC, salt, work factor, wrapped key, MAC) of a passphrase file."""
    lines: list[bytes] = []
    size = 0
    while True:
        line = source.readline(MAX_HEADER)
        size += len(line)
        if not line.endswith(b"\n") or size > MAX_HEADER:
            raise _bad("incomplete")
        lines.append(line)
        if line.startswith(b"---"):
            break
    if len(lines) != 4 or lines[0] != INTRO:
        raise _bad("not a passphrase file with a single stanza")
    args = lines[1].rstrip(b"\n").split(b" ")
    if len(args) != 4 or args[:2] != [b"->", b"scrypt"] or not args[3].isdigit():
        raise _bad("scrypt stanza")
    if args[3].startswith(b"0"):
        raise _bad("work factor")
    body = _unb64(lines[2].rstrip(b"\n"))
    mac_line = lines[3].rstrip(b"\n")
    if not mac_line.startswith(b"--- "):
        raise _bad("mac line")
    salt = _unb64(args[2])
    if len(salt) != 16 or len(body) != 32:
        raise _bad("stanza sizes")
    header = b"".join(lines[:3]) + b"---"
    return header, salt, int(args[3]), body, _unb64(mac_line[4:])


def decrypt(source: Source, sink: Callable[[bytes], object], passphrase: str) -> None:
    """Decrypt an age passphrase file from `source`, handing plaintext to `sink` chunk by chunk.

    A wrong passphrase raises WrongKeyError; anything altered or cut short,
    IntegrityError. Plaintext reaches `sink` only after its chunk's tag verified.
    """
    header, salt, log_n, body, mac = _read_header(source)
    if log_n > MAX_WORK_FACTOR:
        raise _bad("work factor too high")
    try:
        file_key = ChaCha20Poly1305(_wrap_key(passphrase, salt, log_n)).decrypt(
            b"\0" * 12, body, None
        )
    except InvalidTag as exc:
        raise WrongKeyError(ErrorKind.EXPORT_WRONG_KEY, "passphrase") from exc
    if not hmac.compare_digest(_header_mac(file_key, header), mac):
        raise _bad("header MAC")
    nonce = _read_full(source, 16)
    if len(nonce) != 16:
        raise IntegrityError(ErrorKind.EXPORT_DAMAGED, "payload cut short")
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    counter = 0
    chunk = _read_full(source, CHUNK + TAG)
    while True:
        following = _read_full(source, CHUNK + TAG) if len(chunk) == CHUNK + TAG else b""
        last = not following
        try:
            plain = aead.decrypt(_nonce(counter, last), chunk, None)
        except InvalidTag as exc:
            raise IntegrityError(ErrorKind.EXPORT_DAMAGED, f"chunk {counter}") from exc
        if plain or counter == 0:
            sink(plain)
        if last:
            if not plain and counter:
                raise IntegrityError(ErrorKind.EXPORT_DAMAGED, "empty last chunk")
            return
        counter += 1
        chunk = following

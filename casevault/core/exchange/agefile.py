"""Encrypting to age recipients or a passphrase, and decrypting, all streamed.

X25519 recipients and identities go through pyrage (`encrypt_io`,
`decrypt_io`); passphrases through `agepass` (pyrage has no streaming
passphrase functions). Before pyrage sees an X25519 file, `check_header`
reads its header by the age grammar and refuses what the reference
implementation refuses but pyrage accepts (a stanza without its final short
body line, tests/core/exchange/test_age_vectors.py). Exceptions raised by our
own readers and writers inside pyrage come back as the original exception, not
as pyrage's text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from typing import BinaryIO

import pyrage

from casevault.core.errors import ErrorKind, IntegrityError, VaultError, WrongKeyError
from casevault.core.exchange import agepass
from casevault.core.exchange.archive import TarStream

IDENTITY_PREFIX = "AGE-SECRET-KEY-1"
_ARGUMENT = re.compile(rb"[\x21-\x7e]+")
_BODY_COLUMNS = 64
RECIPIENT_PREFIX = "age1"


def parse_recipient(text: str) -> pyrage.x25519.Recipient:
    key = text.strip()
    if not key.startswith(RECIPIENT_PREFIX):
        raise VaultError(ErrorKind.INVALID_RECIPIENT, key[:80])
    try:
        return pyrage.x25519.Recipient.from_str(key)
    except pyrage.RecipientError as exc:
        raise VaultError(ErrorKind.INVALID_RECIPIENT, key[:80]) from exc


def parse_identities(text: str) -> list[pyrage.x25519.Identity]:
    """Every AGE-SECRET-KEY-1 line of an identity file (comments and blanks skipped)."""
    found = []
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith(IDENTITY_PREFIX):
            continue
        try:
            found.append(pyrage.x25519.Identity.from_str(line))
        except pyrage.IdentityError as exc:
            raise VaultError(ErrorKind.INVALID_IDENTITY) from exc
    if not found:
        raise VaultError(ErrorKind.INVALID_IDENTITY)
    return found


class _Source:
    """Reads from a TarStream for pyrage, keeping any exception raised while producing it."""

    def __init__(self, stream: TarStream) -> None:
        self.stream = stream
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1, /) -> bytes:
        try:
            return self.stream.read(size)
        except BaseException as exc:
            self.error = exc
            raise


class HashingWriter:
    """Writes to a file, hashing and counting what passes; keeps the first write error."""

    def __init__(self, target: BinaryIO) -> None:
        self.target = target
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.error: BaseException | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: bytes, /) -> int:
        try:
            self.target.write(data)
        except BaseException as exc:
            self.error = exc
            raise
        self.sha256.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        self.target.flush()


def encrypt(
    stream: TarStream,
    sink: HashingWriter,
    *,
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
) -> None:
    if passphrase is not None:
        if not passphrase:
            raise VaultError(ErrorKind.PASSPHRASE_EMPTY)
        agepass.encrypt(stream, sink, passphrase, work_factor=agepass.WORK_FACTOR)
        return
    if not recipients:
        raise VaultError(ErrorKind.NO_RECIPIENTS)
    parsed = [parse_recipient(r) for r in recipients]
    source = _Source(stream)
    try:
        pyrage.encrypt_io(source, sink, parsed)
    except pyrage.EncryptError as exc:
        raise (source.error or sink.error or exc) from exc


class _Plain:
    """pyrage's writer for decrypted bytes: hands them on, keeps our own exceptions."""

    def __init__(self, sink: Callable[[bytes], object]) -> None:
        self.sink = sink
        self.error: BaseException | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: bytes, /) -> int:
        try:
            self.sink(bytes(data))
        except BaseException as exc:
            self.error = exc
            raise
        return len(data)

    def flush(self) -> None:
        return None


def decrypt(
    source: agepass.Source,
    sink: Callable[[bytes], object],
    *,
    identity_text: str | None = None,
    passphrase: str | None = None,
) -> None:
    """Decrypt `source` (positioned at its start) into `sink`.

    WrongKeyError: the key or passphrase does not open it (or it needs the other kind);
    IntegrityError: anything altered or cut short.
    """
    head = source.read(len(agepass.INTRO) + 16)
    source.seek(0)
    if not head.startswith(agepass.INTRO):
        raise IntegrityError(ErrorKind.EXPORT_DAMAGED, "not an age file")
    if agepass.is_passphrase_file(head):
        if passphrase is None:
            raise WrongKeyError(ErrorKind.EXPORT_WRONG_KEY, "needs a passphrase")
        agepass.decrypt(source, sink, passphrase)
        return
    if identity_text is None:
        raise WrongKeyError(ErrorKind.EXPORT_WRONG_KEY, "needs an identity")
    identities = parse_identities(identity_text)
    check_header(source)
    source.seek(0)
    plain = _Plain(sink)
    try:
        pyrage.decrypt_io(source, plain, identities)
    except (pyrage.DecryptError, OSError) as exc:
        own = plain.error or getattr(source, "error", None)
        if isinstance(own, BaseException):
            raise own from exc
        if "No matching keys" in str(exc):
            raise WrongKeyError(ErrorKind.EXPORT_WRONG_KEY, "identity") from exc
        raise IntegrityError(ErrorKind.EXPORT_DAMAGED, str(exc)[:200]) from exc


def check_header(source: agepass.Source) -> None:
    """Read an age header (from the start of `source`) by the v1 grammar.

    Every stanza is "-> " and arguments of visible ASCII, then body lines of
    canonical unpadded base64, each 64 columns except the last, which is
    shorter (possibly empty) and must be there; then "--- " and the MAC.
    IntegrityError (damaged) for anything else. pyrage checks the rest.
    """
    size = 0

    def line() -> bytes:
        nonlocal size
        text = source.readline(agepass.MAX_HEADER)
        size += len(text)
        if not text.endswith(b"\n") or size > agepass.MAX_HEADER:
            raise _damaged("incomplete")
        return text[:-1]

    if line() + b"\n" != agepass.INTRO:
        raise _damaged("version line")
    current = line()
    while not current.startswith(b"---"):
        parts = current.split(b" ")
        if (
            parts[0] != b"->"
            or len(parts) < 2
            or not all(_ARGUMENT.fullmatch(a) for a in parts[1:])
        ):
            raise _damaged("stanza line")
        while True:
            body = line()
            if body.startswith((b"-> ", b"---")):
                raise _damaged("stanza without its final short line")
            if len(body) > _BODY_COLUMNS:
                raise _damaged("stanza body line too long")
            agepass.check_base64(body)
            if len(body) < _BODY_COLUMNS:
                break
        current = line()
    if not current.startswith(b"--- "):
        raise _damaged("mac line")


def _damaged(detail: str) -> IntegrityError:
    return IntegrityError(ErrorKind.EXPORT_DAMAGED, f"age header: {detail}")

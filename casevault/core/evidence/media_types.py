"""What kind of file an attachment is, judged from its first bytes, never its name.

Binary formats are recognised by their signatures (the `filetype` library's
table: images, audio, video, archives, PDF, office files). Text has no
signature, so a file none of those match counts as plain text when its start
decodes as UTF-8 / UTF-16 (with a byte-order mark) or as a Latin-1 style
single-byte text without control characters.
"""

from __future__ import annotations

import filetype

SNIFF_BYTES = 8192  # what filetype looks at; the text check uses the same window
UNKNOWN = "application/octet-stream"
TEXT = "text/plain"
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\f\x0b\x1a")
# Types whose names differ between libraries and the ones the app shows and plays.
_ALIASES = {"audio/x-wav": "audio/wav", "audio/x-flac": "audio/flac", "audio/m4a": "audio/mp4"}


def detect(head: bytes) -> str:
    """The media type of a file that starts with `head` (its first SNIFF_BYTES bytes)."""
    if not head:
        return UNKNOWN
    head = head[:SNIFF_BYTES]
    guessed = filetype.guess_mime(head)
    if guessed:
        return _ALIASES.get(str(guessed), str(guessed))
    return TEXT if looks_like_text(head) else UNKNOWN


def looks_like_text(head: bytes) -> bool:
    if head.startswith(_BOMS):
        return True
    if b"\0" in head:
        return False
    if any(byte < 0x20 and byte not in _ALLOWED_CONTROLS for byte in head):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the end of the window is still text.
        if exc.start < len(head) - 3:
            return _single_byte_text(head)
    return True


def _single_byte_text(head: bytes) -> bool:
    """Windows-1252 / Latin-1 text: bytes 0x80-0x9F are rare punctuation there."""
    odd = sum(
        1
        for byte in head
        if 0x80 <= byte <= 0x9F and byte not in b"\x80\x85\x91\x92\x93\x94\x96\x97"
    )
    return odd * 100 <= len(head)


def decode_text(data: bytes) -> str:
    """Text of a text/plain attachment: by its byte-order mark, else UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3:  # cut at the end of what was read
            return data[: exc.start].decode("utf-8")
    return data.decode("cp1252", "replace")

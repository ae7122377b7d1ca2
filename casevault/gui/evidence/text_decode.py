"""Which text encoding a plain-text attachment uses: UTF-8, UTF-16 or Latin-1."""

from __future__ import annotations

import codecs

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_utf16(data: bytes | bytearray) -> str:
    """UTF-16 without a byte-order mark: most ASCII text has a zero in every other byte."""
    sample = bytes(data[:4096])
    if len(sample) < 4:
        return ""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.4 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.4 and odd < half * 0.05:
        return "utf-16-be"
    return ""


def decode_text(data: bytes | bytearray) -> tuple[str, str]:
    """The text and the encoding it was read with. Never fails: Latin-1 reads any bytes."""
    for bom, encoding in BOMS:
        if bytes(data[: len(bom)]) == bom:
            return bytes(data).decode(encoding, errors="replace"), encoding
    guess = _looks_utf16(data)
    if guess:
        return bytes(data).decode(guess, errors="replace"), guess
    try:
        return bytes(data).decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return bytes(data).decode("latin-1"), "latin-1"

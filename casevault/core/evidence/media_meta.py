"""What an image or PDF says about itself (camera, time, position, author), and
copies of such files with those details removed.

`read_metadata` never decodes pixels or renders pages: it reads EXIF (Pillow)
and the PDF document information (pypdf) from a seekable stream, so it works
on attachments read chunk by chunk from the vault. `strip_metadata` is for
exports to people who must not learn where a photo was taken or who wrote a
document (see media_strip.py for the lossless JPEG and PNG surgery).
"""

from __future__ import annotations

import io
import logging
import math
import warnings
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any, cast

from casevault.core.evidence.media_strip import strip_metadata

__all__ = ["MediaInfo", "Readable", "read_metadata", "strip_metadata"]

Readable = IO[bytes] | io.RawIOBase  # a seekable binary file: open(..., "rb") or a ChunkReader

# pypdf reports oddities of damaged files through logging; they are not for the person.
_pypdf_log = logging.getLogger("pypdf")
_pypdf_log.addHandler(logging.NullHandler())
_pypdf_log.propagate = False

MAX_VALUE_CHARS = 200
PDF_TYPE = "application/pdf"

# EXIF tag numbers (TIFF/EXIF 2.32).
_MAKE, _MODEL, _SOFTWARE, _DATETIME, _ARTIST = 0x010F, 0x0110, 0x0131, 0x0132, 0x013B
_DESCRIPTION, _XP_TITLE, _XP_AUTHOR, _XP_SUBJECT = 0x010E, 0x9C9B, 0x9C9D, 0x9C9F
_EXIF_IFD, _GPS_IFD, _TAKEN = 0x8769, 0x8825, 0x9003


@dataclass(frozen=True)
class MediaInfo:
    """(key, value) pairs to show, and which of them reveal a position or a name."""

    metadata: tuple[tuple[str, str], ...] = ()
    warnings: frozenset[str] = frozenset()


def read_metadata(media_type: str, stream: Readable) -> MediaInfo:
    """Metadata of an image or PDF; an empty MediaInfo for other types or unreadable files."""
    try:
        with warnings.catch_warnings():
            # Huge images only warn (or raise) about decompression bombs: no pixel is decoded.
            warnings.simplefilter("ignore")
            if media_type.startswith("image/"):
                pairs = _image_pairs(stream)
            elif media_type == PDF_TYPE:
                pairs = _pdf_pairs(stream)
            else:
                return MediaInfo()
    except Exception:  # a damaged file has no metadata to show; its bytes are still kept
        return MediaInfo()
    cleaned = tuple((key, _clean(value)) for key, value in pairs if _clean(value))
    found = {key for key, _value in cleaned}
    return MediaInfo(cleaned, frozenset(found & {"gps", "author"}))


# -- images ---------------------------------------------------------------------------
def _image_pairs(stream: Readable) -> list[tuple[str, str]]:
    from PIL import Image  # Pillow is imported only when an image is looked at

    with Image.open(cast(IO[bytes], stream)) as image:
        exif = image.getexif()
        info = image.info
        width, height = image.size
    sub = exif.get_ifd(_EXIF_IFD)
    camera = " ".join(
        dict.fromkeys(_exif_text(exif.get(tag)).strip() for tag in (_MAKE, _MODEL) if exif.get(tag))
    )
    taken = _exif_time(sub.get(_TAKEN) or exif.get(_DATETIME))
    author = _exif_text(exif.get(_ARTIST)) or _xp(exif.get(_XP_AUTHOR)) or _text(info.get("Author"))
    title = (
        _exif_text(exif.get(_DESCRIPTION)) or _xp(exif.get(_XP_TITLE)) or _text(info.get("Title"))
    )
    return [
        ("camera", camera),
        ("taken", taken),
        ("gps", _gps(exif.get_ifd(_GPS_IFD))),
        ("software", _exif_text(exif.get(_SOFTWARE)) or _text(info.get("Software"))),
        ("width", str(width)),
        ("height", str(height)),
        ("author", author),
        ("title", title),
        ("subject", _xp(exif.get(_XP_SUBJECT))),
    ]


def _exif_time(value: Any) -> str:
    """'2024:03:15 10:20:30' → '2024-03-15 10:20:30' (a local time: EXIF has no zone)."""
    text = _text(value)
    if len(text) >= 19 and text[4] == ":" and text[7] == ":":
        return f"{text[:4]}-{text[5:7]}-{text[8:10]}{text[10:19]}"
    return text


def _gps(gps: Any) -> str:
    """GPS IFD → 'lat, lon' in decimal degrees, or '' if it holds no usable position."""
    try:
        lat = _degrees(gps[2], gps.get(1, "N"), "S")
        lon = _degrees(gps[4], gps.get(3, "E"), "W")
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return ""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return ""
    return f"{lat:.6f}, {lon:.6f}"


def _degrees(parts: Any, ref: Any, negative: str) -> float:
    degrees, minutes, seconds = (float(p) for p in parts)
    value = degrees + minutes / 60 + seconds / 3600
    if not math.isfinite(value):
        raise ValueError("not a number")
    side = ref.decode("ascii", "replace") if isinstance(ref, bytes) else str(ref)
    return -value if side.strip().upper() == negative else value


def _xp(value: Any) -> str:
    """Windows' XP* tags: UTF-16LE bytes (or a tuple of byte values)."""
    if isinstance(value, tuple):
        value = bytes(value)
    if isinstance(value, bytes):
        return value.decode("utf-16-le", "replace").rstrip("\0")
    return _text(value)


def _exif_text(value: Any) -> str:
    """EXIF ASCII fields hold UTF-8 in practice; Pillow hands them over as Latin-1."""
    text = _text(value)
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _clean(value: str) -> str:
    """One line, no control characters, not endless."""
    text = "".join(ch if ch.isprintable() else " " for ch in value)
    text = " ".join(text.split())
    return text[:MAX_VALUE_CHARS]


# -- PDF ------------------------------------------------------------------------------
def _pdf_pairs(stream: Readable) -> list[tuple[str, str]]:
    from pypdf import PdfReader

    reader = PdfReader(cast(IO[bytes], stream))
    if reader.is_encrypted:
        reader.decrypt("")  # opened without a password by viewers; others fail here
    info = reader.metadata
    pairs: list[tuple[str, str]] = []
    if info is not None:
        pairs += [
            ("author", _text(info.author)),
            ("creator", _text(info.creator)),
            ("producer", _text(info.producer)),
            ("title", _text(info.title)),
            ("subject", _text(info.subject)),
            ("created", _pdf_time(info, "/CreationDate")),
            ("modified", _pdf_time(info, "/ModDate")),
        ]
    pairs.append(("pages", str(len(reader.pages))))
    return pairs


def _pdf_time(info: Any, key: str) -> str:
    """A PDF date (D:20240315102030+01'00') as ISO 8601, or its raw text if malformed."""
    try:
        stamp: datetime | None = (
            info.creation_date if key == "/CreationDate" else info.modification_date
        )
    except (ValueError, TypeError):
        stamp = None
    return stamp.isoformat() if stamp is not None else _text(info.get(key))

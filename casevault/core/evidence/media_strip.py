"""Copies of images and PDFs without the details that identify a place or a person.

JPEG and PNG are edited losslessly: whole segments (JPEG) or chunks (PNG) that
carry EXIF, GPS, XMP, IPTC, comments or text are left out and every other byte
is copied as it is, so the picture decodes exactly as before. PDFs are
rewritten by pypdf without the document information dictionary and the XMP
stream. Other types come back unchanged.
"""

from __future__ import annotations

import io
import struct
import warnings

from casevault.core.errors import ErrorKind, VaultError

_JPEG_SOI = b"\xff\xd8"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Ancillary PNG chunks with free text, EXIF or a modification time.
_PNG_DROPPED = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}
_SOS, _EOI, _COM = 0xDA, 0xD9, 0xFE
_APP0, _APP2, _APP14, _APP15 = 0xE0, 0xE2, 0xEE, 0xEF
# APPn segments kept because decoders need them: JFIF, the colour profile, Adobe's colour transform.
_KEPT_APP_PREFIX = {_APP0: (b"JFIF\0", b"JFXX\0"), _APP2: (b"ICC_PROFILE\0",), _APP14: (b"Adobe",)}


def strip_metadata(media_type: str, data: bytes) -> bytes:
    """A copy of `data` without identifying metadata (JPEG, PNG, PDF); others unchanged.

    Raises VaultError(METADATA_NOT_REMOVED) when the file is too damaged (or, for a
    PDF, password-protected) to be taken apart: it must then not be shared as "clean".
    """
    try:
        if media_type == "image/jpeg":
            return _strip_jpeg(data)
        if media_type == "image/png":
            return _strip_png(data)
        if media_type == "application/pdf":
            return _strip_pdf(data)
    except VaultError:
        raise
    except Exception as exc:
        raise VaultError(ErrorKind.METADATA_NOT_REMOVED, type(exc).__name__) from exc
    return data


def _damaged(where: str) -> VaultError:
    return VaultError(ErrorKind.METADATA_NOT_REMOVED, where)


# -- JPEG -----------------------------------------------------------------------------
def _strip_jpeg(data: bytes) -> bytes:
    if not data.startswith(_JPEG_SOI):
        raise _damaged("jpeg start")
    out = bytearray(_JPEG_SOI)
    pos = 2
    size = len(data)
    while pos < size:
        if data[pos] != 0xFF:
            raise _damaged("jpeg marker")
        marker = data[pos + 1] if pos + 1 < size else _EOI
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == _EOI:  # anything after it (vendor trailers) is left out as well
            out += data[pos : pos + 2]
            return bytes(out)
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # no length field
            out += data[pos : pos + 2]
            pos += 2
            continue
        if pos + 4 > size:
            raise _damaged("jpeg segment")
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        end = pos + 2 + length
        if length < 2 or end > size:
            raise _damaged("jpeg segment length")
        if _keep_segment(marker, data[pos + 4 : end]):
            out += data[pos:end]
        pos = end
        if marker == _SOS:  # entropy-coded data follows, up to the next real marker
            scan_end = _scan_end(data, pos)
            out += data[pos:scan_end]
            pos = scan_end
    raise _damaged("jpeg end")


def _keep_segment(marker: int, body: bytes) -> bool:
    if marker == _COM:
        return False
    if _APP0 <= marker <= _APP15:
        return body.startswith(_KEPT_APP_PREFIX.get(marker, ()))
    return True


def _scan_end(data: bytes, pos: int) -> int:
    """Where the entropy-coded data starting at `pos` ends (0xFF00 and RSTn are inside it)."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            return len(data)
        following = data[pos + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            pos += 1
            continue
        return pos


# -- PNG ------------------------------------------------------------------------------
def _strip_png(data: bytes) -> bytes:
    if not data.startswith(_PNG_SIGNATURE):
        raise _damaged("png signature")
    out = bytearray(_PNG_SIGNATURE)
    pos = len(_PNG_SIGNATURE)
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise _damaged("png chunk length")
        if kind not in _PNG_DROPPED:
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            return bytes(out)
    raise _damaged("png end")


# -- PDF ------------------------------------------------------------------------------
def _strip_pdf(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise _damaged("pdf password")
        # A clone copies only what the document's root reaches: earlier revisions'
        # information dictionaries (incremental saves) are left behind as well.
        writer = PdfWriter(clone_from=reader)
        writer.metadata = None
        root = writer.root_object
        for key in ("/Metadata", "/PieceInfo"):
            root.pop(NameObject(key), None)
        for page in writer.pages:
            for key in ("/Metadata", "/PieceInfo"):
                page.pop(NameObject(key), None)
        out = io.BytesIO()
        writer.write(out)
    return out.getvalue()

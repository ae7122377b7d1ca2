"""The searchable words of plain-text and PDF attachments.

A search for a word inside an attached file finds its case: the file's name
and up to MAX_TEXT_CHARS characters of its text become one row of the search
index (written by core/records/index.py, inside the database). Deleting the
attachment deletes the row; FTS5 secure-delete overwrites it.
"""

from __future__ import annotations

import warnings
from typing import IO, cast

from casevault.core.evidence.media_meta import PDF_TYPE, Readable
from casevault.core.evidence.media_types import TEXT, decode_text
from casevault.core.progress import Cancelled

MAX_TEXT_CHARS = 256_000  # about 120 pages of prose: enough to find a document by its words
MAX_PDF_PAGES = 1000


def extract_text(media_type: str, stream: Readable, cancelled: Cancelled | None = None) -> str:
    """Searchable text of a text/plain or PDF attachment ('' for others or unreadable ones)."""
    if media_type == TEXT:
        # UTF-16 needs two bytes a character; a few more for a cut multi-byte one.
        return decode_text(stream.read(MAX_TEXT_CHARS * 2 + 4) or b"")[:MAX_TEXT_CHARS]
    if media_type == PDF_TYPE:
        return _pdf_text(stream, cancelled)
    return ""


def _pdf_text(stream: Readable, cancelled: Cancelled | None) -> str:
    from pypdf import PdfReader  # media_meta has quieted its logging

    parts: list[str] = []
    total = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(cast(IO[bytes], stream))
            if reader.is_encrypted and not reader.decrypt(""):
                return ""
            for number, page in enumerate(reader.pages):
                if number >= MAX_PDF_PAGES or total >= MAX_TEXT_CHARS:
                    break
                if cancelled is not None and cancelled():
                    break
                text = page.extract_text() or ""
                parts.append(text)
                total += len(text) + 1
    except Exception:  # a damaged PDF: what was read so far is still worth finding
        return "\n".join(parts)[:MAX_TEXT_CHARS]
    return "\n".join(parts)[:MAX_TEXT_CHARS]

"""Words of plain-text and PDF attachments in the search index (inside the database).

A search for a word inside an attached file finds its case: the file's name
and up to MAX_TEXT_CHARS characters of its text become one row of the FTS5
index, in the case's block of rowids (see store.py). Deleting the attachment
deletes the row; FTS5 secure-delete overwrites it.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import IO, cast

from casevault.core.evidence.media_meta import PDF_TYPE, Readable
from casevault.core.evidence.media_types import TEXT, decode_text
from casevault.core.records.store import next_search_rowid, remove_search_entry
from casevault.core.vault.database import Database

MAX_TEXT_CHARS = 256_000  # about 120 pages of prose: enough to find a document by its words
MAX_PDF_PAGES = 1000
RECORD_KIND = "attachment"


def extract_text(
    media_type: str, stream: Readable, cancelled: Callable[[], bool] | None = None
) -> str:
    """Searchable text of a text/plain or PDF attachment ('' for others or unreadable ones)."""
    if media_type == TEXT:
        # UTF-16 needs two bytes a character; a few more for a cut multi-byte one.
        return decode_text(stream.read(MAX_TEXT_CHARS * 2 + 4) or b"")[:MAX_TEXT_CHARS]
    if media_type == PDF_TYPE:
        return _pdf_text(stream, cancelled)
    return ""


def _pdf_text(stream: Readable, cancelled: Callable[[], bool] | None) -> str:
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


def index(db: Database, uuid: str, case_uuid: str, name: str, text: str) -> None:
    """The attachment's search row (name and text), inside the caller's transaction."""
    rowid = next_search_rowid(db, case_uuid)
    db.execute("INSERT INTO search_map VALUES (?, ?, ?)", (rowid, uuid, RECORD_KIND))
    body = " · ".join(part for part in (name, text) if part)
    db.execute("INSERT INTO search_index (rowid, body) VALUES (?, ?)", (rowid, body))


def unindex(db: Database, uuid: str) -> None:
    remove_search_entry(db, uuid)

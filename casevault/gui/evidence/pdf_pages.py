"""PDF pages drawn in memory with PDFium (pypdfium2): no file is read or written.

The document comes from a seekable stream (the attachment's reader, read on
demand) or from bytes; pages are rendered to QImages on the calling thread.
PDFium is not thread-safe, so every call into it holds one lock (thumbnails are
drawn in a worker while the viewer draws on the GUI thread).
"""

from __future__ import annotations

import io
import threading
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72.0
MAX_PIXELS = 40_000_000  # a page larger than this at the chosen zoom is drawn smaller
PDFIUM = threading.RLock()


class PdfError(Exception):
    """The PDF cannot be opened or a page cannot be drawn (damaged, encrypted, not a PDF)."""


class PdfPages:
    def __init__(self, source: io.RawIOBase | io.BufferedIOBase | bytes) -> None:
        self._source = source
        try:
            with PDFIUM:
                self._doc: Any = pdfium.PdfDocument(source)
                self.count = len(self._doc)
        except (pdfium.PdfiumError, TypeError, ValueError, OSError) as exc:
            if isinstance(source, io.IOBase):
                source.close()
            raise PdfError(str(exc)) from exc

    def page_size(self, index: int) -> tuple[float, float]:
        """Width and height of a page in points (1/72 inch)."""
        with PDFIUM:
            page = self._doc[index]
            try:
                width, height = page.get_size()
            finally:
                page.close()
        return float(width), float(height)

    def render(self, index: int, scale: float) -> QImage:
        """Page `index` (0-based) at `scale` pixels per point, as an image owned by Qt."""
        if self._doc is None:
            raise PdfError("closed")
        width, height = self.page_size(index)
        area = max(width * height * scale * scale, 1.0)
        if area > MAX_PIXELS:
            scale *= (MAX_PIXELS / area) ** 0.5
        with PDFIUM:
            return self._render(index, scale)

    def _render(self, index: int, scale: float) -> QImage:
        page = self._doc[index]
        try:
            bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
            try:
                image = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGBX8888
                    if bitmap.n_channels == 4
                    else QImage.Format.Format_RGB888,
                ).copy()  # Qt's own copy: the bitmap's buffer is freed just below
            finally:
                bitmap.close()
        except pdfium.PdfiumError as exc:
            raise PdfError(str(exc)) from exc
        finally:
            page.close()
        return image

    def close(self) -> None:
        with PDFIUM:
            if self._doc is not None:
                self._doc.close()
                self._doc = None
        if isinstance(self._source, io.IOBase):
            self._source.close()

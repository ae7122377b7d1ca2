"""Small pictures of attachments, made in memory and never cached on disk.

Images are decoded from their bytes with Qt's image reader (scaled while
decoding, within an allocation limit); PDFs show their first page drawn by
PDFium. Anything else, or a file that cannot be drawn, gets no thumbnail.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from casevault.gui.evidence.pdf_pages import PdfError, PdfPages

THUMB_SIZE = 64
IMAGE_LIMIT = 32 << 20  # images larger than this (bytes) get no thumbnail
PDF_LIMIT = 64 << 20
QImageReader.setAllocationLimit(256)  # MiB per decoded image: a crafted file cannot exhaust memory


def image_from_bytes(data: bytes | bytearray, fit: QSize | None = None) -> QImage:
    """Decode an image held in memory; scaled to fit `fit` while decoding. Null if unreadable."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # photos taken sideways stand up (EXIF orientation)
    if fit is not None and reader.size().isValid():
        reader.setScaledSize(reader.size().scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    array.fill(0)  # Qt's copy of the bytes, zeroed before it is freed
    return image


def pdf_first_page(source: io.RawIOBase | io.BufferedIOBase | bytes, edge: int) -> QImage:
    pages = PdfPages(source)
    try:
        width, height = pages.page_size(0)
        return pages.render(0, edge / max(width, height, 1.0))
    finally:
        pages.close()


def make_thumbnail(media_type: str, data: bytes | bytearray, edge: int = THUMB_SIZE) -> QImage:
    """A picture at most `edge` pixels wide and high, or a null QImage."""
    try:
        if media_type.startswith("image/") and len(data) <= IMAGE_LIMIT:
            image = image_from_bytes(data, QSize(edge, edge))
        elif media_type == "application/pdf" and len(data) <= PDF_LIMIT:
            image = pdf_first_page(bytes(data), edge)
        else:
            return QImage()
    except PdfError:
        return QImage()
    if image.isNull():
        return image
    if image.width() > edge or image.height() > edge:
        image = image.scaled(
            edge,
            edge,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def thumbnail_limit(media_type: str) -> int:
    """How many bytes make_thumbnail may be given for this type (0: no thumbnail)."""
    if media_type.startswith("image/"):
        return IMAGE_LIMIT
    if media_type == "application/pdf":
        return PDF_LIMIT
    return 0

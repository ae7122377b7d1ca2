"""The viewer's parts on real bytes: text decoding, the QIODevice, thumbnails, image
zoom, PDF pages drawn in memory, audio played from a device."""

from __future__ import annotations

import io
import threading

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QImage, QWheelEvent
from pytestqt.qtbot import QtBot

from casevault.gui.evidence import media_view
from casevault.gui.evidence.image_view import ImageView
from casevault.gui.evidence.pdf_pages import PdfError, PdfPages
from casevault.gui.evidence.pdf_view import PdfView
from casevault.gui.evidence.reader_device import ReaderDevice, StreamSource, ThreadedSource
from casevault.gui.evidence.text_decode import decode_text
from casevault.gui.evidence.thumbnails import make_thumbnail
from tests.helpers import evidence_samples as samples
from tests.helpers.waits import WAIT_MS


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Declaración de María".encode(), "utf-8"),
        ("\ufeffDeclaración".encode(), "utf-8-sig"),
        ("Declaración de María".encode("utf-16"), "utf-16"),
        ("Declaración de María".encode("utf-16-le"), "utf-16-le"),
        ("Declaración de María".encode("utf-16-be"), "utf-16-be"),
        ("Declaración de María".encode("latin-1"), "latin-1"),
    ],
)
def test_text_is_decoded_in_its_encoding(data: bytes, encoding: str) -> None:
    text, found = decode_text(data)
    assert found == encoding
    assert text.lstrip("\ufeff").startswith("Declaración")


def test_device_reads_and_seeks_like_a_file() -> None:
    data = bytes(range(256)) * 1000
    device = ReaderDevice(StreamSource(io.BytesIO(data), len(data)))
    assert device.size() == len(data)
    assert not device.isSequential()
    assert bytes(device.read(10).data()) == data[:10]
    assert device.seek(200_000)
    assert bytes(device.read(300).data()) == data[200_000:200_300]
    assert device.seek(len(data) - 5)
    assert bytes(device.readAll().data()) == data[-5:]
    assert device.atEnd()
    assert not device.seek(len(data) + 1)
    device.release()
    assert not device.isOpen()


def test_threaded_source_reads_on_its_own_thread_and_closes_there() -> None:
    data = b"0123456789" * 5000
    seen: dict[str, int] = {}

    class Reader(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            seen["read"] = threading.get_ident()
            return super().read(size)

    def opener():  # type: ignore[no-untyped-def]
        seen["opened"] = threading.get_ident()
        return Reader(data), lambda: seen.__setitem__("released", threading.get_ident())

    source = ThreadedSource(opener, len(data))
    device = ReaderDevice(source)
    device.seek(12_345)
    assert bytes(device.read(20).data()) == data[12_345:12_365]
    device.release()
    assert seen["opened"] == seen["read"] == seen["released"] != threading.get_ident()
    assert source.read_at(0, 10) == b""  # after release: nothing more


def test_threaded_source_whose_opener_fails_reads_nothing() -> None:
    def opener():  # type: ignore[no-untyped-def]
        raise OSError("gone")

    source = ThreadedSource(opener, 100)
    assert source.read_at(0, 10) == b""
    source.close()


def test_thumbnails_of_images_and_pdfs_are_small_and_others_have_none() -> None:
    photo = make_thumbnail("image/jpeg", bytearray(samples.jpeg(size=(640, 400))))
    assert (photo.width(), photo.height()) == (64, 40)
    assert photo.pixelColor(32, 5).red() > 150  # the red half is on top
    page = make_thumbnail("application/pdf", samples.pdf())
    assert max(page.width(), page.height()) == 64 and page.width() < page.height()
    assert make_thumbnail("text/plain", b"hello").isNull()
    assert make_thumbnail("image/jpeg", b"not a picture").isNull()
    assert make_thumbnail("application/pdf", b"%PDF-1.4 broken").isNull()


def test_image_view_fits_zooms_and_shows_one_to_one(qtbot: QtBot) -> None:
    view = ImageView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    image = QImage(QSize(1600, 1000), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    view.set_image(image)
    fitted = view.zoom()
    assert fitted < 0.3  # the whole picture in a 400x300 window
    view.zoom_in()
    assert view.zoom() == pytest.approx(fitted * 1.25)
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() == pytest.approx(fitted / 1.25)
    view.actual_size()
    assert view.zoom() == 1.0
    wheel = QWheelEvent(
        QPointF(100, 100),
        QPointF(view.mapToGlobal(QPoint(100, 100))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    view.wheelEvent(wheel)
    assert view.zoom() == pytest.approx(1.25)
    view.fit()
    assert view.zoom() == pytest.approx(fitted)
    view.release()
    assert not view.has_image()


def test_pdf_pages_are_drawn_in_memory_and_paged(qtbot: QtBot) -> None:
    pages = PdfPages(io.BytesIO(samples.pdf(pages=3)))
    view = PdfView(pages)
    qtbot.addWidget(view)
    view.resize(500, 700)
    view.show()
    view.start()
    assert view.page_count() == 3
    assert view.of_pages.text() == "of 3"
    assert not view.previous_button.isEnabled()
    assert view.image.has_image()
    fitted = view.zoom()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.current_page() == 2
    assert not view.next_button.isEnabled()
    view.actual_size()
    assert view.zoom() == 1.0
    view.zoom_in()
    assert view.zoom() == pytest.approx(1.25)
    view.fit()
    assert view.zoom() == pytest.approx(fitted)
    shown = view.image.scene().items()[0].pixmap().toImage()  # type: ignore[attr-defined]
    assert shown.pixelColor(shown.width() // 4, int(shown.height() * 0.12)).name() == "#000000"
    view.release()


def test_a_file_that_is_not_a_pdf_is_refused() -> None:
    with pytest.raises(PdfError):
        PdfPages(io.BytesIO(b"%PDF-1.4 nothing here"))


@pytest.mark.skipif(not media_view.available(), reason="Qt Multimedia cannot be loaded here")
def test_audio_plays_from_a_device_read_on_another_thread(qtbot: QtBot) -> None:
    data = samples.wav(seconds=3)
    closed: list[bool] = []

    def opener():  # type: ignore[no-untyped-def]
        return io.BytesIO(data), lambda: closed.append(True)

    device = ReaderDevice(ThreadedSource(opener, len(data)))
    view = media_view.MediaView(device, "audio/x-wav")
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.player.durationChanged, timeout=WAIT_MS):
        pass
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.player.position() > 200, timeout=WAIT_MS)
    assert view.position.maximum() == pytest.approx(3000, abs=50)
    assert view.play_button.text() == "&Pause"
    view.release()
    assert closed == [True]

"""Looking at an attachment inside the app; no plaintext is ever written to disk.

Images and text are read into memory (up to a limit), PDFs are drawn page by
page from the stored bytes, audio and video play from a device that reads the
vault on demand. Anything else can only be saved as a decrypted copy, after a
warning; nothing is ever handed to another program. The viewer closes itself
and lets go of everything it read when the main window is hidden for a lock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.core.errors import VaultError
from casevault.core.evidence.model import Attachment
from casevault.core.session import Session
from casevault.gui.evidence import media_view
from casevault.gui.evidence.image_view import ImageView
from casevault.gui.evidence.pdf_pages import PdfError, PdfPages
from casevault.gui.evidence.pdf_view import PdfView
from casevault.gui.evidence.reader_device import ReaderDevice, ThreadedSource
from casevault.gui.evidence.save_copy import save_decrypted_copy
from casevault.gui.evidence.text_decode import decode_text
from casevault.gui.evidence.thumbnails import image_from_bytes
from casevault.gui.jobs import describe
from casevault.gui.widgets.fields import ERROR_STYLE, HINT_STYLE
from casevault.gui.widgets.labels import plain_label
from casevault.i18n.text import fill

IMAGE_LIMIT = 256 << 20  # bytes of an image read into memory to show it
TEXT_LIMIT = 32 << 20


def view_kind(media_type: str) -> str:
    """ "image", "text", "pdf", "media" or "" (only a decrypted copy)."""
    if media_type.startswith("image/"):
        return "image"
    if media_type.startswith("text/"):
        return "text"
    if media_type == "application/pdf":
        return "pdf"
    if media_view.playable(media_type):
        return "media"
    return ""


class ViewerDialog(QDialog):
    def __init__(self, session: Session, attachment: Attachment, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self._session = session
        self.attachment = attachment
        self.kind = view_kind(attachment.media_type)
        self.view: QWidget | None = None
        self._watched: QObject | None = None
        self.setWindowTitle(fill(self.tr("%1 — CaseVault viewer"), attachment.name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 700)
        self.message = plain_label("", self)
        self.message.hide()
        self.fit_button = QPushButton(self.tr("&Fit"), self)
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"), self)
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"), self)
        self.actual_button = QPushButton(self.tr("&1:1"), self)
        self.actual_button.setToolTip(self.tr("Actual size"))
        self.save_button = QPushButton(self.tr("&Save decrypted copy…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.zoom_buttons = [
            self.fit_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.actual_button,
        ]
        tools = QHBoxLayout()
        for button in self.zoom_buttons:
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.save_button)
        tools.addWidget(self.close_button)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(tools)
        self._layout.addWidget(self.message)
        self.close_button.clicked.connect(self.close)
        self.save_button.clicked.connect(self.save_copy)
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self._show_content()
        for button, name in zip(
            self.zoom_buttons, ("fit", "zoom_out", "zoom_in", "actual_size"), strict=True
        ):
            button.setVisible(self.kind in ("image", "pdf") and self.view is not None)
            button.clicked.connect(lambda _=False, name=name: self._zoom(name))
        if parent is not None:
            self._watched = parent.window()
            self._watched.installEventFilter(self)

    # -- content --------------------------------------------------------------------------
    def _show_content(self) -> None:
        try:
            self.view = self._make_view()
        except (VaultError, PdfError) as error:
            self.view = None
            text = describe(error) if isinstance(error, VaultError) else ""
            self._say(text or self.tr("This PDF cannot be shown: it may be damaged."), error=True)
            return
        if self.view is None:
            self._say(
                self.tr(
                    "CaseVault cannot show this kind of file. To open it in another program, "
                    "save a decrypted copy — that copy is not protected."
                )
            )
            return
        self._layout.addWidget(self.view, 1)
        if isinstance(self.view, PdfView):
            self.view.failed.connect(lambda text: self._say(text, error=True))
            self.view.start()

    def _make_view(self) -> QWidget | None:
        store = self._session.attachments
        uuid = self.attachment.uuid
        if self.kind == "image":
            data = store.read_bytes(uuid, IMAGE_LIMIT)
            try:
                image = image_from_bytes(data)
            finally:
                data[:] = bytes(len(data))
            if image.isNull():
                raise PdfError("image")  # shown as "cannot be shown" below
            view = ImageView(self)
            view.setAccessibleName(self.tr("Picture"))
            view.set_image(image)
            return view
        if self.kind == "text":
            data = store.read_bytes(uuid, TEXT_LIMIT)
            try:
                text, encoding = decode_text(data)
            finally:
                data[:] = bytes(len(data))
            edit = QPlainTextEdit(self)
            edit.setReadOnly(True)
            edit.setFont(QFont("monospace"))
            edit.setAccessibleName(self.tr("Text of the file"))
            edit.setPlainText(text)
            self._say(fill(self.tr("Read as %1."), encoding.upper()))
            return edit
        if self.kind == "pdf":
            return PdfView(PdfPages(store.open(uuid)), self)
        if self.kind == "media":
            connection = self._session.worker()

            def opener():  # type: ignore[no-untyped-def]  # runs on the reader's thread
                connection.open()
                try:
                    return connection.attachments.open(uuid), connection.close
                except Exception:
                    connection.close()
                    raise

            device = ReaderDevice(ThreadedSource(opener, self.attachment.size))
            return media_view.MediaView(device, self.attachment.media_type, self)
        return None

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)
        self.message.setVisible(bool(text))

    def _zoom(self, name: str) -> None:
        if isinstance(self.view, ImageView | PdfView):
            getattr(self.view, name)()

    @Slot()
    def save_copy(self) -> None:
        save_decrypted_copy(self._session, self.attachment, self)

    # -- letting go -------------------------------------------------------------------------
    def release(self) -> None:
        """Stop playing, drop pictures, pages and text, end any reader thread."""
        view, self.view = self.view, None
        if view is None:
            return
        if isinstance(view, ImageView | PdfView | media_view.MediaView):
            view.release()
        elif isinstance(view, QPlainTextEdit):
            view.clear()
        view.hide()
        view.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The main window hidden by the program (lock, wipe, quit), not minimised by a person.
        if (
            watched is self._watched
            and event.type() == QEvent.Type.Hide
            and not event.spontaneous()
        ):
            self.close()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.release()
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        super().closeEvent(event)

"""PDF pages one at a time, drawn in memory at the zoom chosen (sharp at any size)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from casevault.gui.evidence.image_view import MAX_ZOOM, MIN_ZOOM, STEP, ImageView
from casevault.gui.evidence.pdf_pages import PdfError, PdfPages
from casevault.i18n.text import fill

SCREEN_DPI = 96.0


class PdfView(QWidget):
    failed = Signal(str)  # a page could not be drawn

    def __init__(self, pages: PdfPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: PdfPages | None = pages
        self._zoom = 1.0
        self._fitting = True
        self.image = ImageView(self, wheel_zooms=False)
        self.image.setAccessibleName(self.tr("PDF page"))
        self.previous_button = QPushButton(self.tr("&Previous page"), self)
        self.next_button = QPushButton(self.tr("&Next page"), self)
        self.page = QSpinBox(self)
        self.page.setRange(1, max(pages.count, 1))
        self.page.setAccessibleName(self.tr("Page number"))
        self.of_pages = QLabel(fill(self.tr("of %1"), str(pages.count)), self)
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.page)
        row.addWidget(self.of_pages)
        row.addWidget(self.next_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.image, 1)
        self.previous_button.clicked.connect(lambda: self.page.setValue(self.page.value() - 1))
        self.next_button.clicked.connect(lambda: self.page.setValue(self.page.value() + 1))
        self.page.valueChanged.connect(self._show_page)

    def current_page(self) -> int:
        """0-based."""
        return self.page.value() - 1

    def page_count(self) -> int:
        return self._pages.count if self._pages is not None else 0

    def zoom(self) -> float:
        return self._zoom

    def start(self) -> None:
        self._show_page(self.page.value())

    # -- the zoom buttons of the viewer --------------------------------------------------
    def fit(self) -> None:
        self._fitting = True
        self._draw()

    def actual_size(self) -> None:
        self._set_zoom(1.0)

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom * STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom / STEP)

    def _set_zoom(self, zoom: float) -> None:
        self._fitting = False
        self._zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM / 4)
        self._draw()

    @Slot(int)
    def _show_page(self, _number: int) -> None:
        self.previous_button.setEnabled(self.page.value() > 1)
        self.next_button.setEnabled(self.page.value() < self.page_count())
        self._draw()

    def _fit_zoom(self) -> float:
        assert self._pages is not None
        width, height = self._pages.page_size(self.current_page())
        view = self.image.viewport().rect()
        points_to_px = SCREEN_DPI / 72.0
        return max(
            MIN_ZOOM,
            min(view.width() / (width * points_to_px), view.height() / (height * points_to_px)),
        )

    def _draw(self) -> None:
        if self._pages is None:
            return
        try:
            if self._fitting:
                self._zoom = self._fit_zoom()
            image = self._pages.render(self.current_page(), self._zoom * SCREEN_DPI / 72.0)
        except PdfError:
            self.image.release()
            self.failed.emit(self.tr("This page cannot be shown: the PDF may be damaged."))
            return
        self.image.set_image(image, keep_zoom=True)
        self.image.resetTransform()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if self._fitting and self._pages is not None:
            self._draw()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self._fitting:
            self._draw()  # the window's real size is known only now

    def release(self) -> None:
        self.image.release()
        if self._pages is not None:
            self._pages.close()
            self._pages = None

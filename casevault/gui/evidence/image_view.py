"""A picture that fits the window or zooms: buttons, keys and the mouse wheel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.02, 32.0


class ImageView(QGraphicsView):
    zoom_changed = Signal(float)  # 1.0 is one image pixel per screen pixel

    def __init__(self, parent: QWidget | None = None, *, wheel_zooms: bool = True) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._item: QGraphicsPixmapItem | None = None
        self._fitting = True
        self._wheel_zooms = wheel_zooms
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)

    def set_image(self, image: QImage, *, keep_zoom: bool = False) -> None:
        """Show an image; without `keep_zoom` it is fitted to the window."""
        self._scene.clear()
        self._item = self._scene.addPixmap(QPixmap.fromImage(image))
        self._scene.setSceneRect(self._item.boundingRect())
        if keep_zoom:
            self.zoom_changed.emit(self.zoom())
        else:
            self.fit()

    def has_image(self) -> bool:
        return self._item is not None

    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        """The whole image in the window (never enlarged past 1:1)."""
        self._fitting = True
        if self._item is None:
            return
        self.resetTransform()
        rect = self._item.boundingRect()
        view = self.viewport().rect()
        if rect.width() > view.width() or rect.height() > view.height():
            self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.zoom())

    def actual_size(self) -> None:
        self._fitting = False
        self.resetTransform()
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self._zoom_by(STEP)

    def zoom_out(self) -> None:
        self._zoom_by(1 / STEP)

    def _zoom_by(self, factor: float) -> None:
        if self._item is None:
            return
        self._fitting = False
        target = min(max(self.zoom() * factor, MIN_ZOOM), MAX_ZOOM)
        self.scale(target / self.zoom(), target / self.zoom())
        self.zoom_changed.emit(self.zoom())

    def release(self) -> None:
        """Drop the picture (its pixels are freed with the scene's item)."""
        self._scene.clear()
        self._item = None

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if not (self._wheel_zooms or ctrl):
            super().wheelEvent(event)
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self._zoom_by(STEP**steps)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._fitting:
            self.fit()

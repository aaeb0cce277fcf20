"""A screenshot with the clicks drawn where they happened: fit or zoom, and rectangles for redaction.

Scene coordinates are the image's own pixels, so rectangles drawn here are exactly what
`app.vault.redaction.redact_frame` blacks out.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsView

from app.ui.i18n import translate

_ZOOM_STEP = 1.25
_CLICK_RADIUS = 18.0


class FrameViewer(QGraphicsView):
    """Shows one screenshot. In redaction mode a drag draws a rectangle to black out."""

    rectsChanged = Signal(int)  # how many redaction rectangles are drawn
    zoomChanged = Signal(float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#2b2f36"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Screenshots", "Screenshot"))
        self.setAccessibleDescription(translate("Screenshots", "The selected screenshot; clicks are marked with circles."))
        self._pixmap_item = None
        self._image_rect = QRectF()
        self._fit = True
        self._redacting = False
        self._drag_origin: QPointF | None = None
        self._drawing: QGraphicsRectItem | None = None
        self._rects: list[QGraphicsRectItem] = []
        self._placeholder = self.scene().addText("")

    # -- content -------------------------------------------------------------------------------

    def show_image(self, image: QImage | None, clicks: list[tuple[float, float, str]] = (), message: str = "") -> None:
        """Show `image` (None: `message`) with clicks at image coordinates (x, y, button)."""
        scene = self.scene()
        scene.clear()
        self._rects, self._drawing, self._pixmap_item = [], None, None
        self.rectsChanged.emit(0)
        if image is None or image.isNull():
            self._placeholder = scene.addText(message or translate("Screenshots", "No screenshot"))
            self._placeholder.setDefaultTextColor(QColor("#dee2e6"))
            self._image_rect = QRectF()
            scene.setSceneRect(self._placeholder.boundingRect())
            self.resetTransform()
            return
        self._pixmap_item = scene.addPixmap(QPixmap.fromImage(image))
        self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._image_rect = QRectF(0, 0, image.width(), image.height())
        scene.setSceneRect(self._image_rect)
        for x, y, button in clicks:
            colour = QColor("#ff2d55") if button == "left" else QColor("#ffb700")
            pen = QPen(colour, 3)
            pen.setCosmetic(True)
            fill = QColor(colour)
            fill.setAlpha(70)
            r = _CLICK_RADIUS
            scene.addEllipse(x - r, y - r, 2 * r, 2 * r, pen, QBrush(fill))
            scene.addEllipse(x - 2, y - 2, 4, 4, pen, QBrush(colour))
        self._apply_zoom()

    def has_image(self) -> bool:
        return self._pixmap_item is not None

    # -- zoom ----------------------------------------------------------------------------------

    def fit(self) -> None:
        self._fit = True
        self._apply_zoom()

    def zoom_in(self) -> None:
        self._zoom_by(_ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_by(1 / _ZOOM_STEP)

    def zoom(self) -> float:
        return self.transform().m11()

    def _zoom_by(self, factor: float) -> None:
        if not self.has_image():
            return
        self._fit = False
        new = max(0.05, min(8.0, self.zoom() * factor))
        self._apply_zoom()
        self.resetTransform()
        self.scale(new, new)
        self.zoomChanged.emit(new)

    def _apply_zoom(self) -> None:
        # Fitted, the whole image shows: no scroll bars (they would shrink the viewport after the fit).
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if self._fit else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)
        if self._fit and self.has_image():
            self.fitInView(self._image_rect, Qt.AspectRatioMode.KeepAspectRatio)
            self.zoomChanged.emit(self.zoom())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._apply_zoom()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_zoom()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._zoom_by(_ZOOM_STEP if event.angleDelta().y() > 0 else 1 / _ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    # -- redaction rectangles ------------------------------------------------------------------

    def set_redacting(self, on: bool) -> None:
        self._redacting = on
        self.setDragMode(QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)
        if not on:
            self.clear_rects()

    def is_redacting(self) -> bool:
        return self._redacting

    def add_rect(self, rect: QRectF) -> None:
        """Add a redaction rectangle (image coordinates; clipped to the image)."""
        clipped = rect.normalized().intersected(self._image_rect)
        if clipped.width() < 2 or clipped.height() < 2:
            return
        item = self.scene().addRect(clipped, _rect_pen(), QBrush(QColor(0, 0, 0, 200)))
        self._rects.append(item)
        self.rectsChanged.emit(len(self._rects))

    def rects(self) -> list[QRect]:
        """The drawn rectangles in image pixels."""
        return [item.rect().toAlignedRect() for item in self._rects]

    def clear_rects(self) -> None:
        for item in self._rects:
            self.scene().removeItem(item)
        self._rects = []
        self.rectsChanged.emit(0)

    def mousePressEvent(self, event) -> None:
        if self._redacting and self.has_image() and event.button() == Qt.MouseButton.LeftButton:
            self._drag_origin = self.mapToScene(event.position().toPoint())
            self._drawing = self.scene().addRect(QRectF(self._drag_origin, self._drag_origin), _rect_pen())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drawing is not None and self._drag_origin is not None:
            self._drawing.setRect(QRectF(self._drag_origin, self.mapToScene(event.position().toPoint())).normalized())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._drawing is not None:
            rect = self._drawing.rect()
            self.scene().removeItem(self._drawing)
            self._drawing, self._drag_origin = None, None
            self.add_rect(rect)
            event.accept()
            return
        super().mouseReleaseEvent(event)


def _rect_pen() -> QPen:
    pen = QPen(QColor("#ff2d55"), 2, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen

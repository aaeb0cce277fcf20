"""A screenshot with the clicks drawn where they happened: fit or zoom, rectangles for redaction, and
the words a suggestion found boxed ("Needs a look").

Scene coordinates are the image's own pixels, so rectangles drawn here are exactly what
`app.vault.redaction.redact_frame` blacks out. Rectangles can be drawn with the mouse (drag) or
with the keyboard alone: R starts one in the middle of what is shown, the arrows move it,
Shift+arrows resize it (Ctrl for fine steps), Enter keeps it, Escape drops it, Delete removes
the one being drawn or else the last one kept. Left clicks are circles, other buttons squares,
so the button is told by shape as well as colour.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QAccessible, QBrush, QColor, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsView

from app.ui.accessibility import announce_as
from app.ui.focus_frame import FocusFramed
from app.ui.i18n import translate
from app.ui.retranslate import Retranslating

_ZOOM_STEP = 1.25
_CLICK_RADIUS = 18.0
MARK_COLOUR = QColor("#ff8c00")  # a suggestion's boxes: orange, apart from clicks and redaction rectangles
_KEY_STEP = 10.0  # image pixels per arrow press (1 with Ctrl)
_ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
# Keys the viewer keeps while redacting, before the window's shortcuts (R, Delete) see them.
_REDACTION_KEYS = {Qt.Key.Key_R, Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter,
                   Qt.Key.Key_Escape, *_ARROWS}


class FrameViewer(Retranslating, FocusFramed, QGraphicsView):
    """Shows one screenshot. In redaction mode a drag draws a rectangle to black out."""

    rectsChanged = Signal(int)  # how many redaction rectangles are drawn
    zoomChanged = Signal(float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        # No background brush of our own: the viewport fills with the palette's Base (dark and
        # high-contrast themes included).
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The viewport is not a control of its own (a click on it still focuses the viewer). It
        # forwards focus to the viewer, so its policy is set first: setting it passes to the viewer too.
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.say(self.setAccessibleName, lambda: translate("Screenshots", "Screenshot"))
        announce_as(self, QAccessible.Role.Canvas)  # a picture one can draw on, not an anonymous area
        self._pixmap_item = None
        self._image_rect = QRectF()
        self._fit = True
        self._redacting = False
        self._drag_origin: QPointF | None = None
        self._drawing: QGraphicsRectItem | None = None
        self._rects: list[QGraphicsRectItem] = []
        self._marks: list[QGraphicsRectItem] = []
        self._draft: QGraphicsRectItem | None = None  # the rectangle being drawn with the keyboard
        self._placeholder = self.scene().addText("")
        self._describe_draft()

    # -- content -------------------------------------------------------------------------------

    def show_image(self, image: QImage | None, clicks: list[tuple[float, float, str]] = (), message: str = "",
                   marks: tuple[tuple[int, int, int, int], ...] = ()) -> None:
        """Show `image` (None: `message`) with clicks at image coordinates (x, y, button) and `marks`
        (x, y, w, h: words a suggestion found) boxed."""
        scene = self.scene()
        scene.clear()
        self._rects, self._marks, self._drawing, self._pixmap_item, self._draft = [], [], None, None, None
        self.rectsChanged.emit(0)
        if image is None or image.isNull():
            self._placeholder = scene.addText(message or translate("Screenshots", "No screenshot"))
            self._placeholder.setDefaultTextColor(self.palette().color(QPalette.ColorRole.Text))
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
            if button == "left":
                scene.addEllipse(x - r, y - r, 2 * r, 2 * r, pen, QBrush(fill))
            else:
                scene.addRect(x - r, y - r, 2 * r, 2 * r, pen, QBrush(fill))
            scene.addEllipse(x - 2, y - 2, 4, 4, pen, QBrush(colour))
        self._marks = [scene.addRect(QRectF(*box).adjusted(-2, -2, 2, 2), _mark_pen(), QBrush(_mark_fill()))
                       for box in marks]
        self._apply_zoom()

    def has_image(self) -> bool:
        return self._pixmap_item is not None

    def marks(self) -> list[QRect]:
        """The boxed words' rectangles as drawn (image pixels, with their margin)."""
        return [item.rect().toAlignedRect() for item in self._marks]

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
        self._describe_draft()

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
        self.drop_draft()
        for item in self._rects:
            self.scene().removeItem(item)
        self._rects = []
        self.rectsChanged.emit(0)

    def remove_last_rect(self) -> None:
        if self._rects:
            self.scene().removeItem(self._rects.pop())
            self.rectsChanged.emit(len(self._rects))

    # -- redaction with the keyboard ---------------------------------------------------------

    def start_draft(self) -> None:
        """A new rectangle, a quarter of the part of the image on screen, in its middle."""
        if not (self._redacting and self.has_image()):
            return
        self.drop_draft()
        shown = self.mapToScene(self.viewport().rect()).boundingRect().intersected(self._image_rect)
        if shown.isEmpty():
            shown = self._image_rect
        width, height = max(shown.width() / 4, 8.0), max(shown.height() / 4, 8.0)
        rect = QRectF(shown.center().x() - width / 2, shown.center().y() - height / 2, width, height)
        self._draft = self.scene().addRect(rect, _draft_pen(self.palette()), QBrush(QColor(0, 0, 0, 120)))
        self._describe_draft()

    def draft_rect(self) -> QRect | None:
        """The rectangle being drawn with the keyboard, in image pixels (None: none)."""
        return self._draft.rect().toAlignedRect() if self._draft is not None else None

    def move_draft(self, dx: float, dy: float) -> None:
        if self._draft is None:
            return
        rect = self._draft.rect().translated(dx, dy)
        bounds = self._image_rect
        rect.moveLeft(min(max(rect.left(), bounds.left()), bounds.right() - rect.width()))
        rect.moveTop(min(max(rect.top(), bounds.top()), bounds.bottom() - rect.height()))
        self._draft.setRect(rect)
        self._describe_draft()

    def resize_draft(self, dw: float, dh: float) -> None:
        if self._draft is None:
            return
        rect = self._draft.rect()
        bounds = self._image_rect
        rect.setWidth(min(max(rect.width() + dw, 2.0), bounds.right() - rect.left()))
        rect.setHeight(min(max(rect.height() + dh, 2.0), bounds.bottom() - rect.top()))
        self._draft.setRect(rect)
        self._describe_draft()

    def commit_draft(self) -> None:
        if self._draft is None:
            return
        rect = self._draft.rect()
        self.drop_draft()
        self.add_rect(rect)

    def drop_draft(self) -> None:
        if self._draft is not None:
            self.scene().removeItem(self._draft)
            self._draft = None
            self._describe_draft()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "_draft"):
            self._describe_draft()

    def _describe_draft(self) -> None:
        # Screen readers hear the rectangle's place and size as it changes.
        rect = self.draft_rect()
        if rect is None:
            self.setAccessibleDescription(translate("Screenshots", "The selected screenshot; left clicks are circles, "
                                                    "other clicks squares. While redacting, R starts a rectangle."))
            return
        self.setAccessibleDescription(translate("Screenshots", "Rectangle at %1, %2, %3 by %4 pixels. Arrows move it, "
                                                "Shift+arrows resize it, Enter keeps it, Escape drops it.")
                                      .replace("%1", str(rect.x())).replace("%2", str(rect.y()))
                                      .replace("%3", str(rect.width())).replace("%4", str(rect.height())))

    def event(self, event) -> bool:
        # While redacting, R, Delete, Enter and the arrows belong to the rectangle, not to the
        # review window's shortcuts (R would leave the tool, Delete would delete the segment).
        if event.type() == QEvent.Type.ShortcutOverride and self._redacting and self.has_image() \
                and Qt.Key(event.key()) in _REDACTION_KEYS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if not (self._redacting and self.has_image()) or not self._on_redaction_key(event):
            super().keyPressEvent(event)

    def _on_redaction_key(self, event) -> bool:
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_R:
            self.start_draft()
        elif key in _ARROWS and self._draft is not None:
            dx, dy = _ARROWS[Qt.Key(key)]
            step = 1.0 if modifiers & Qt.KeyboardModifier.ControlModifier else _KEY_STEP
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.resize_draft(dx * step, dy * step)
            else:
                self.move_draft(dx * step, dy * step)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._draft is not None:
            self.commit_draft()
        elif key == Qt.Key.Key_Escape and self._draft is not None:
            self.drop_draft()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self._draft is not None:
                self.drop_draft()
            else:
                self.remove_last_rect()
        else:
            return False
        event.accept()
        return True

    # -- focus -------------------------------------------------------------------------------

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


def _draft_pen(palette: QPalette) -> QPen:
    """The keyboard's rectangle: thicker, in the palette's highlight colour, until Enter keeps it."""
    pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen


def _rect_pen() -> QPen:
    pen = QPen(QColor("#ff2d55"), 2, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen


def _mark_pen() -> QPen:
    pen = QPen(MARK_COLOUR, 3)
    pen.setCosmetic(True)  # as thick at any zoom: a small word stays visible on a fitted 4K frame
    return pen


def _mark_fill() -> QColor:
    fill = QColor(MARK_COLOUR)
    fill.setAlpha(40)
    return fill

"""The screenshots of a segment: viewer, previous/next, a scrubber over the segment's time, a film
strip of thumbnails, zoom, and the redaction tool (draw rectangles, then black them out)."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QSlider, QToolButton, QVBoxLayout, QWidget

from app.ui.i18n import translate
from app.ui.models.frame_strip_model import FrameStripModel
from app.ui.models.labels import clock_seconds
from app.ui.models.thumbnails import THUMBNAIL_WIDTH, ImageCache, decode
from app.ui.retranslate import Retranslating, refresh_words
from app.ui.review.frame_viewer import FrameViewer
from app.vault.queries import ClickMark, FrameInfo, SegmentDetail

_SCRUB_STEPS_PER_S = 10

Box = tuple[int, int, int, int]
PREFILL_MARGIN = 2  # pixels around a suggested word's box: antialiased glyph edges are covered too


def clicks_in_frame(frame: FrameInfo, since: float, until: float,
                    clicks: tuple[ClickMark, ...]) -> list[tuple[float, float, str]]:
    """Clicks made in [since, until) — while `frame` was the latest screenshot — in image pixels."""
    return [((c.x - frame.left) * frame.scale, (c.y - frame.top) * frame.scale, c.button)
            for c in clicks if since <= c.t < until]


class ScreenshotPanel(Retranslating, QWidget):
    """`set_detail(detail)` shows a segment's screenshots; emits `redactRequested(frame_id, rects)`."""

    redactRequested = Signal(int, list)
    frameShown = Signal(int)  # frame id

    def __init__(self, runner, cache: ImageCache, parent=None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._cache = cache  # full-size images, memory only
        self._detail: SegmentDetail | None = None
        self._row = -1
        self._generation = 0
        self._marks: tuple[int, tuple[Box, ...]] | None = None  # (frame id, boxes) to draw on that frame
        self._prefill: tuple[int, tuple[Box, ...]] | None = None  # redaction rectangles waiting for their frame
        self.viewer = FrameViewer(self)
        self.strip_model = FrameStripModel(runner, ImageCache(400), self)

        self.previous_button = self._tool(lambda: translate("Screenshots", "◀ Previous"),
                                          lambda: translate("Screenshots", "Previous screenshot ( [ )"), self.previous_frame)
        self.next_button = self._tool(lambda: translate("Screenshots", "Next ▶"),
                                      lambda: translate("Screenshots", "Next screenshot ( ] )"), self.next_frame)
        self.scrubber = QSlider(Qt.Orientation.Horizontal, self)
        self.say(self.scrubber.setAccessibleName, lambda: translate("Screenshots", "Time in segment"))
        self.say(self.scrubber.setAccessibleDescription, lambda: translate(
            "Screenshots", "Moves through the segment's time; shows the screenshot of that moment."))
        self.scrubber.valueChanged.connect(self._on_scrub)
        self.position_label = QLabel(self)
        self.say(self.position_label.setAccessibleName, lambda: translate("Screenshots", "Screenshot position"))
        self.fit_button = self._tool(lambda: translate("Screenshots", "Fit"),
                                     lambda: translate("Screenshots", "Fit the screenshot in the view (Ctrl+0)"), self.viewer.fit)
        self.zoom_in_button = self._tool(lambda: "＋", lambda: translate("Screenshots", "Zoom in (Ctrl++)"),
                                         self.viewer.zoom_in)
        self.say(self.zoom_in_button.setAccessibleName, lambda: translate("Screenshots", "Zoom in"))
        self.zoom_out_button = self._tool(lambda: "－", lambda: translate("Screenshots", "Zoom out (Ctrl+-)"),
                                          self.viewer.zoom_out)
        self.say(self.zoom_out_button.setAccessibleName, lambda: translate("Screenshots", "Zoom out"))
        self.redact_button = self._tool(lambda: translate("Screenshots", "Redact areas…"), lambda: translate(
            "Screenshots", "Draw rectangles to black out on this screenshot (R)"), None, checkable=True)
        self.redact_button.toggled.connect(self.set_redacting)
        self.apply_button = QPushButton(self)  # its text counts the rectangles (_on_rects)
        self.say(self.apply_button.setAccessibleName, lambda: translate("Screenshots", "Black out the drawn areas"))
        self.say(self.apply_button.setToolTip, lambda: translate(
            "Screenshots", "Replace the stored screenshot with one where the drawn areas are black. The original is "
                           "not kept."))
        self.apply_button.clicked.connect(self._request_redaction)
        self.clear_button = self._tool(lambda: translate("Screenshots", "Clear"),
                                       lambda: translate("Screenshots", "Remove the drawn rectangles"), self.viewer.clear_rects)
        self.viewer.rectsChanged.connect(self._on_rects)

        self.strip = QListView(self)
        self.say(self.strip.setAccessibleName, lambda: translate("Screenshots", "Screenshots of this segment"))
        self.say(self.strip.setAccessibleDescription, lambda: translate(
            "Screenshots", "Every screenshot of the segment with its time; the selected one is shown above"))
        self.strip.setModel(self.strip_model)
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        icon = QSize(THUMBNAIL_WIDTH * 3 // 4, THUMBNAIL_WIDTH * 27 // 64)
        self.strip.setIconSize(icon)
        self.strip.setGridSize(QSize(icon.width() + 12, icon.height() + self.fontMetrics().height() + 10))
        self.strip.setUniformItemSizes(True)
        self.strip.setMovement(QListView.Movement.Static)
        self.strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip.setFixedHeight(self.strip.gridSize().height() + self.strip.horizontalScrollBar().sizeHint().height()
                                  + 2 * self.strip.frameWidth() + 4)
        self.strip.selectionModel().currentChanged.connect(lambda current, _old: self.show_frame(current.row()))

        controls = QHBoxLayout()
        for widget in (self.previous_button, self.next_button):
            controls.addWidget(widget)
        controls.addWidget(self.scrubber, 1)
        controls.addWidget(self.position_label)
        redaction = QHBoxLayout()
        for widget in (self.fit_button, self.zoom_out_button, self.zoom_in_button):
            redaction.addWidget(widget)
        redaction.addStretch(1)
        for widget in (self.redact_button, self.clear_button, self.apply_button):
            redaction.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(redaction)
        layout.addWidget(self.viewer, 1)
        layout.addLayout(controls)
        layout.addWidget(self.strip)
        # Tab follows what the eye sees: the tool row, the screenshot, the time controls, the strip.
        chain = (self.fit_button, self.zoom_out_button, self.zoom_in_button, self.redact_button, self.clear_button,
                 self.apply_button, self.viewer, self.previous_button, self.next_button, self.scrubber, self.strip)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._on_rects(0)
        self.set_detail(None)

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "strip"):
            return
        refresh_words(self.strip_model)
        self._on_rects(len(self.viewer.rects()))
        if not (self._detail and self._detail.frames):
            self._show_placeholder()

    def _tool(self, text: Callable[[], str], tip: Callable[[], str], slot, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        self.say(button.setText, text)
        self.say(button.setToolTip, tip)
        self.say(button.setAccessibleName, lambda: text().strip("◀▶ …"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setCheckable(checkable)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    # -- segment and frame -------------------------------------------------------------------

    def set_detail(self, detail: SegmentDetail | None, keep_row: bool = False) -> None:
        row = max(self._row, 0) if keep_row else 0
        self._detail = detail
        self._row = -1
        frames = detail.frames if detail else ()
        self.strip_model.set_frames(frames, detail.segment.start if detail else 0.0)
        span = int((detail.segment.end - detail.segment.start) * _SCRUB_STEPS_PER_S) if detail else 0
        self.scrubber.blockSignals(True)
        self.scrubber.setRange(0, max(span, 0))
        self.scrubber.setValue(0)
        self.scrubber.blockSignals(False)
        for widget in (self.previous_button, self.next_button, self.scrubber, self.redact_button):
            widget.setEnabled(bool(frames))
        if not frames:
            self.redact_button.setChecked(False)
            self._show_placeholder()
            self.position_label.setText("")
            return
        self.show_frame(min(row, len(frames) - 1))

    def _show_placeholder(self) -> None:
        self.viewer.show_image(None, message=translate("Screenshots", "No screenshots in this segment") if self._detail
                               else translate("Screenshots", "Select a segment"))

    def current_frame(self) -> FrameInfo | None:
        return self.strip_model.frame(self._row)

    def set_marks(self, frame_id: int | None, boxes: tuple[Box, ...] = ()) -> None:
        """Box `boxes` (image pixels) whenever the frame `frame_id` is shown; None: no boxes."""
        self._marks = (frame_id, tuple(boxes)) if frame_id is not None else None

    def show_frame_id(self, frame_id: int) -> bool:
        """Show the screenshot `frame_id` of this segment (redrawn, so new marks show); False if absent."""
        row = self.strip_model.row_of(frame_id)
        if row < 0:
            return False
        self._row = -1 if row == self._row else self._row
        self.show_frame(row)
        return True

    def show_frame(self, row: int) -> None:
        frame = self.strip_model.frame(row)
        if frame is None or row == self._row:
            return
        self._row = row
        self.strip.setCurrentIndex(self.strip_model.index(row))
        detail = self._detail
        frames = detail.frames
        # The first screenshot also carries clicks made before it was taken; the last, those after.
        since = frame.t if row > 0 else float("-inf")
        until = frames[row + 1].t if row + 1 < len(frames) else float("inf")
        offset = frame.t - detail.segment.start
        self.position_label.setText(f"{row + 1} / {len(frames)} · {clock_seconds(frame.t)} "
                                    f"(+{int(offset) // 60}:{int(offset) % 60:02d})")
        self.scrubber.blockSignals(True)
        self.scrubber.setValue(int(offset * _SCRUB_STEPS_PER_S))
        self.scrubber.blockSignals(False)
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row + 1 < len(frames))
        clicks = clicks_in_frame(frame, since, until, detail.clicks)
        image = self._cache.get(frame.id)
        if image is not None:
            self._display(frame, image, clicks)
            return
        self._generation += 1
        generation = self._generation
        self.viewer.show_image(None, message=translate("Screenshots", "Loading…"))

        def decoded(found):  # on the reader's thread, not the GUI's
            return decode(found[1]) if found else None

        self._runner.read(lambda reader: reader.frame_image(frame.id, decoded),
                          lambda img: self._on_loaded(generation, frame, img, clicks))

    def _on_loaded(self, generation: int, frame: FrameInfo, image, clicks) -> None:
        if image is None or image.isNull():
            self.viewer.show_image(None, message=translate("Screenshots", "This screenshot could not be read"))
            return
        self._cache.put(frame.id, image)
        if generation == self._generation:
            self._display(frame, image, clicks)

    def _display(self, frame: FrameInfo, image, clicks) -> None:
        redacting = self.redact_button.isChecked()
        marks = self._marks[1] if self._marks is not None and self._marks[0] == frame.id else ()
        self.viewer.show_image(image, clicks, marks=marks)
        self.viewer.set_redacting(redacting)
        if redacting and self._prefill is not None and self._prefill[0] == frame.id:
            for box in self._prefill[1]:
                self.viewer.add_rect(QRectF(*box).adjusted(-PREFILL_MARGIN, -PREFILL_MARGIN, PREFILL_MARGIN, PREFILL_MARGIN))
            self._prefill = None
        self.frameShown.emit(frame.id)

    def next_frame(self) -> None:
        if self._detail and self._row + 1 < len(self._detail.frames):
            self.show_frame(self._row + 1)

    def previous_frame(self) -> None:
        if self._row > 0:
            self.show_frame(self._row - 1)

    def _on_scrub(self, value: int) -> None:
        if not self._detail or not self._detail.frames:
            return
        at = self._detail.segment.start + value / _SCRUB_STEPS_PER_S
        row = max(0, sum(1 for f in self._detail.frames if f.t <= at) - 1)
        self.show_frame(row)

    # -- redaction -----------------------------------------------------------------------------

    def start_redaction(self, frame_id: int, boxes: tuple[Box, ...]) -> bool:
        """The redaction tool on screenshot `frame_id` with `boxes` already drawn, to adjust and
        black out; False if this segment has no such screenshot."""
        row = self.strip_model.row_of(frame_id)
        if row < 0:
            return False
        self._prefill = (frame_id, tuple(boxes))
        self.set_redacting(True)
        self.show_frame_id(frame_id)  # drawn again, now with the rectangles (at once if cached)
        return True

    def set_redacting(self, on: bool) -> None:
        if self.redact_button.isChecked() != on:
            self.redact_button.setChecked(on)  # comes back here through toggled
            return
        if not on:
            self._prefill = None
        self.viewer.set_redacting(on)
        self._on_rects(len(self.viewer.rects()))

    def _on_rects(self, count: int) -> None:
        self.apply_button.setEnabled(count > 0)
        self.clear_button.setEnabled(count > 0)
        self.apply_button.setText(translate("Screenshots", "Black out %n area(s)", None, count) if count
                                  else translate("Screenshots", "Black out"))
        self.clear_button.setVisible(self.redact_button.isChecked())
        self.apply_button.setVisible(self.redact_button.isChecked())

    def _request_redaction(self) -> None:
        frame = self.current_frame()
        rects = self.viewer.rects()
        if frame is not None and rects:
            self.redactRequested.emit(frame.id, [(r.x(), r.y(), r.width(), r.height()) for r in rects])

    def forget_frame(self, frame_id: int) -> None:
        """Drop every cached copy of a frame (after it was redacted) so the stored version is shown."""
        self._cache.discard(frame_id)
        self.strip_model.forget_thumbnail(frame_id)

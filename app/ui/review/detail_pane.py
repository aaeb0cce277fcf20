"""The right-hand side of the review window: what one segment holds, in three tabs."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import Clock
from app.policy.model import ReleasePolicy
from app.policy.release.gate import GateHolds
from app.ui.colours import badge_colours, css
from app.ui.i18n import translate
from app.ui.models.app_icons import AppIconProvider
from app.ui.models.event_list_model import EventListModel
from app.ui.models.labels import counts_words, day_text, duration, flag_label, state_badge, time_span
from app.ui.models.thumbnails import ImageCache
from app.ui.retranslate import Retranslating, refresh_words
from app.ui.review.screenshot_panel import ScreenshotPanel
from app.ui.review.text_panel import TypedTextPanel
from app.ui.review.timeline_view import BADGE_STATES
from app.ui.shown_text import plain_label, tooltip
from app.vault.queries import SegmentDetail, SegmentRow


class DetailPane(Retranslating, QWidget):
    """Header (application, title, time, counts, state) and tabs: screenshots, typed text, raw events."""

    def __init__(self, runner, clock: Clock, policy: ReleasePolicy | None, icons: AppIconProvider,
                 parent=None, holds: GateHolds = GateHolds()) -> None:
        super().__init__(parent)
        self._clock, self._policy, self._icons, self._holds = clock, policy, icons, holds
        self.detail: SegmentDetail | None = None
        self.icon = QLabel(self)
        # Titles, app names and flag notes are captured text: shown literally (shown_text.py).
        self.app_label = plain_label(parent=self)
        self.say(self.app_label.setAccessibleName, lambda: translate("DetailPane", "Application"))
        font = self.app_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.app_label.setFont(font)
        self.title_label = plain_label(parent=self)
        self.say(self.title_label.setAccessibleName, lambda: translate("DetailPane", "Window title"))
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = plain_label(parent=self)
        self.say(self.facts_label.setAccessibleName, lambda: translate("DetailPane", "Time and counts"))
        self.badge_label = plain_label(parent=self)
        self.say(self.badge_label.setAccessibleName, lambda: translate("DetailPane", "Review state"))

        self.screenshots = ScreenshotPanel(runner, ImageCache(12), self)  # ~2 MB each at 960×540
        self.text_panel = TypedTextPanel(self)
        self.events_model = EventListModel(runner, parent=self)
        self.events_view = QTableView(self)
        self.events_view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.events_view.setModel(self.events_model)
        self.say(self.events_view.setAccessibleName, lambda: translate("DetailPane", "Raw input events"))
        self.say(self.events_view.setAccessibleDescription, lambda: translate(
            "DetailPane", "Every key and click of the segment, in time order"))
        self.events_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_view.verticalHeader().setVisible(False)
        self.events_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.events_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs = QTabWidget(self)
        self.say(self.tabs.setAccessibleName, lambda: translate("DetailPane", "Segment details"))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the tab bar takes the keyboard (see releases_window)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # A tab's tooltip is what assistive technology reads as its description.
        for index, (page, name, tip) in enumerate((
                (self.screenshots, lambda: translate("DetailPane", "&Screenshots"),
                 lambda: translate("DetailPane", "The screenshots, with the clicks and the redaction tool")),
                (self.text_panel, lambda: translate("DetailPane", "&Typed text"),
                 lambda: translate("DetailPane", "What was typed, and masking parts of it")),
                (self.events_view, lambda: translate("DetailPane", "&Events"),
                 lambda: translate("DetailPane", "Every key and click, in time order")))):
            self.tabs.addTab(page, "")
            self.say(lambda text, index=index: self.tabs.setTabText(index, text), name)
            self.say(lambda text, index=index: self.tabs.setTabToolTip(index, text), tip)

        header = QGridLayout()
        header.addWidget(self.icon, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.app_label, 0, 1)
        header.addWidget(self.badge_label, 0, 2, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.title_label, 1, 1, 1, 2)
        header.addWidget(self.facts_label, 2, 1, 1, 2)
        header.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.show_detail(None)

    def _describe_labels(self) -> None:
        # The labels are named by what they hold ("Window title"); their description is the content,
        # so a screen reader says both.
        for label in (self.app_label, self.title_label, self.facts_label):
            label.setAccessibleDescription(label.text())

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "events_model"):
            self._show_header(self.detail)
            refresh_words(self.events_model)

    def show_detail(self, detail: SegmentDetail | None, keep_frame: bool = False) -> None:
        same = detail is not None and self.detail is not None and detail.segment.id == self.detail.segment.id
        self.detail = detail
        self._show_header(detail)
        if detail is None:
            self.screenshots.set_detail(None)
            self.text_panel.set_text("", None)
            self.events_model.set_segment(None)
            return
        seg = detail.segment
        self.screenshots.set_detail(detail, keep_row=keep_frame and same)
        self.text_panel.set_text(detail.typed_text, seg.keystroke_mode)
        self.events_model.set_segment(seg.id, seg.start)  # a text redaction rewrites events too
        if self.events_model.canFetchMore():
            self.events_model.fetchMore()

    def update_segment(self, row: SegmentRow) -> None:
        """A fresher row of the segment shown (its state, or what the gate waits for): the header follows."""
        if self.detail is not None and self.detail.segment.id == row.id and self.detail.segment != row:
            self.detail = replace(self.detail, segment=row)
            self._show_header(self.detail)

    def set_gate(self, policy: ReleasePolicy | None, holds: GateHolds) -> None:
        self._policy, self._holds = policy, holds
        self._show_header(self.detail)

    def _show_header(self, detail: SegmentDetail | None) -> None:
        """Application, title, time and counts, and the state badge: in the language now installed."""
        if detail is None:
            self.icon.clear()
            self.app_label.setText(translate("DetailPane", "Nothing selected"))
            self.title_label.setText(translate("DetailPane", "Select a segment in the timeline to see what was captured."))
            self.facts_label.setText("")
            self.badge_label.setText("")
            self.badge_label.setStyleSheet("")
            self._describe_labels()
            return
        seg = detail.segment
        size = self.fontMetrics().height() * 2
        self.icon.setPixmap(self._icons.icon(seg.app).pixmap(size, size))
        self.app_label.setText(seg.app or translate("DetailPane", "unknown application"))
        self.title_label.setText(seg.title or translate("DetailPane", "(no window title)"))
        redacted = (" · " + translate("DetailPane", "%n redaction(s)", None, len(detail.redactions))
                    if detail.redactions else "")
        self.facts_label.setText(
            f"{day_text(seg.start)} {time_span(seg.start, seg.end)} ({duration(seg.start, seg.end)}) · "
            f"{counts_words(seg.keys, seg.clicks, seg.frames).replace(', ', ' · ')}{redacted}")
        badge = state_badge(seg, self._policy, self._clock.now(), self._holds)
        note = f" — “{seg.flag_note}”" if seg.flag_note else ""
        category = f" ({flag_label(seg.flag_category)})" if seg.flag_category and seg.state.value != "flagged" else ""
        self.badge_label.setText(f" {badge.text}{category}{note} ")
        self.badge_label.setToolTip(tooltip(badge.tooltip))
        self.badge_label.setAccessibleDescription(badge.tooltip)
        if seg.state.value in BADGE_STATES:
            background, foreground = (css(c) for c in badge_colours(seg.state.value, self.palette()))
        else:
            background, foreground = "transparent", "palette(text)"
        self.badge_label.setStyleSheet(f"background:{background};color:{foreground};border:1px solid {foreground};"
                                       "border-radius:4px;padding:2px 6px;")
        self._describe_labels()

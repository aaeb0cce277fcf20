"""The review window: the timeline of what was captured, filters and search, the detail of a segment,
and the actions on it. Built from `ReviewServices`; the tray opens it ("Review captures…") and
listens to `changed` to update its count. It reads through a `VaultReader` and changes the vault
only through the operations (it never opens a connection of its own)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Change, ChangeKind
from app.core.clock import Clock
from app.core.errors import KnownError
from app.core.model import SegmentState
from app.policy.model import ReleasePolicy
from app.policy.release.gate import GateHolds
from app.ui.i18n import translate
from app.ui.models.app_icons import AppIconProvider
from app.ui.models.filter_models import AppChoiceModel, DayChoiceModel
from app.ui.models.labels import moments_text, state_label
from app.ui.models.roles import KIND_DAY, KIND_SEGMENT, Roles
from app.ui.models.timeline_model import TimelineModel
from app.ui.retranslate import Retranslating, refresh_words
from app.ui.review.actions import ReviewActions
from app.ui.review.detail_pane import DetailPane
from app.ui.review.needs_a_look import NeedsALookPanel
from app.ui.review.review_flows import ReviewFlows
from app.ui.review.timeline_view import TimelineView
from app.ui.tasks import Reads
from app.vault.queries import DaySummary, SegmentRow, TimelineFilter
from app.vault.reader import VaultReader

SEARCH_DELAY_MS = 150  # typing pauses this long before the search runs (Enter runs it at once)


@dataclass(frozen=True)
class ReviewServices:
    """What the review window needs, built by the composition root.

    `operations`: the one route for changes (app/control/operations.py `Operations` in the desktop
    app; `RemoteOperations`/routed operations when `airlock review` runs on its own).
    """

    reader: VaultReader
    operations: object
    clock: Clock
    release_policy: ReleasePolicy | None = None
    holds: GateHolds = GateHolds()  # the gate's holds on this computer: the badges say what it says


class ReviewWindow(Retranslating, QMainWindow):
    """See exactly what was captured, then delete, flag, redact and approve it."""

    changed = Signal()  # the vault changed (counts, states): the tray refreshes its count
    closed = Signal()

    def __init__(self, services: ReviewServices, runner=None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.say(self.setWindowTitle, lambda: translate("ReviewWindow", "Review captures"))
        self.say(self.setAccessibleName, lambda: translate("ReviewWindow", "Review captures"))
        self.runner = runner or Reads(services.reader, self)
        self.runner.failed.connect(self.show_error)
        icons = AppIconProvider()
        self.model = TimelineModel(self.runner, services.clock, services.release_policy, icons, parent=self,
                                   holds=services.holds)
        self.day_choices = DayChoiceModel(self.runner, self)
        self.app_choices = AppChoiceModel(self.runner, icons, self)
        self.review_actions = ReviewActions(services.operations, self.runner, self)
        self.review_actions.changed.connect(lambda change: self._on_changed(change))
        self._detail_generation = 0
        self._selected_on_load = False
        self._stale = False

        self.search = QLineEdit(self)
        self.say(self.search.setPlaceholderText, lambda: translate("ReviewWindow", "Search typed text and window "
                                                                            "titles  (Ctrl+F)"))
        self.say(self.search.setAccessibleName, lambda: translate("ReviewWindow", "Search"))
        self.say(self.search.setAccessibleDescription, lambda: translate(
            "ReviewWindow", "Typed text and window titles; Enter searches, Down goes to the results"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.search.installEventFilter(self)  # Down goes from the search to its results
        self.day_filter = self._combo(lambda: translate("ReviewWindow", "Day"), self.day_choices)
        self.say(self.day_filter.setAccessibleDescription, lambda: translate("ReviewWindow", "Show only this day"))
        self.app_filter = self._combo(lambda: translate("ReviewWindow", "Application"), self.app_choices)
        self.say(self.app_filter.setAccessibleDescription, lambda: translate("ReviewWindow",
                                                                             "Show only this application"))
        self.state_filter = QComboBox(self)
        self.say(self.state_filter.setAccessibleName, lambda: translate("ReviewWindow", "State"))
        self.say(self.state_filter.setAccessibleDescription, lambda: translate("ReviewWindow",
                                                                               "Show only segments in this state"))
        self.state_filter.addItem("", None)
        self.say(lambda text: self.state_filter.setItemText(0, text), lambda: translate("ReviewWindow", "All states"))
        for row, state in enumerate((SegmentState.HELD, SegmentState.FLAGGED, SegmentState.APPROVED,
                                     SegmentState.RELEASED), start=1):
            self.state_filter.addItem("", state)
            self.say(lambda text, row=row: self.state_filter.setItemText(row, text), lambda state=state: state_label(state))
        self.state_filter.currentIndexChanged.connect(self.apply_filters)

        self.view = TimelineView(self)
        self.view.setModel(self.model)
        self.model.daysLoaded.connect(self._on_days_loaded)
        self.model.pageLoaded.connect(self._on_page_loaded)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.detail = DetailPane(self.runner, services.clock, services.release_policy, icons, self, services.holds)
        self.model.dataChanged.connect(self._follow_segment_row)
        self.flows = ReviewFlows(self)
        self.needs = NeedsALookPanel(self.runner, self)
        self.needs.current.connect(self._on_suggestion)
        self.needs.counted.connect(self._on_needs_counted)
        self.needs.redact.connect(self.flows.redact_suggestion)
        self.needs.flag.connect(self.flows.flag_suggestion)
        self.needs.dismiss.connect(self.flows.dismiss_suggestion)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for label, combo in ((lambda: translate("ReviewWindow", "&Day:"), self.day_filter),
                              (lambda: translate("ReviewWindow", "A&pplication:"), self.app_filter),
                              (lambda: translate("ReviewWindow", "S&tate:"), self.state_filter)):
            caption = QLabel(self)
            self.say(caption.setText, label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo, 1)
        timeline = QWidget(self)
        timeline_layout = QVBoxLayout(timeline)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addLayout(filters)
        timeline_layout.addWidget(self.view, 1)
        # The filters belong to the timeline; "Needs a look" is its own list beside it.
        self.views = QTabWidget(self)
        self.say(self.views.setAccessibleName, lambda: translate("ReviewWindow", "Views"))
        # The keyboard goes to the tab bar (announced as tabs), not to the frame around the pages,
        # which assistive technology announces as an anonymous filler (see releases_window).
        self.views.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.views.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.views.addTab(timeline, "")
        self.views.addTab(self.needs, "")  # its text carries the count (_on_needs_counted)
        self.say(lambda text: self.views.setTabText(self.TIMELINE, text), lambda: translate("ReviewWindow", "T&imeline"))
        self.say(lambda text: self.views.setTabToolTip(self.TIMELINE, text), lambda: translate(
            "ReviewWindow", "The timeline of what was captured"))
        self.say(lambda text: self.views.setTabToolTip(self.NEEDS_A_LOOK, text), lambda: translate(
            "ReviewWindow", "Moments that look sensitive, to redact, flag or dismiss"))
        self.views.currentChanged.connect(self._on_view_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.setCentralWidget(self.splitter)
        self.counts_label = QLabel(self)
        self.say(self.counts_label.setAccessibleName, lambda: translate("ReviewWindow", "Totals"))
        self._state_counts = ""
        self._counts: dict[str, int] | None = None
        self.statusBar().addPermanentWidget(self.counts_label)
        self._build_actions()
        em = self.fontMetrics().height()
        self.resize(em * 100, em * 54)
        self.splitter.setSizes([em * 56, em * 44])
        # The timeline has the keyboard when the window opens, so N/P, Delete, F and A act at once
        # (in the search box they would type letters); Ctrl+F goes to the search.
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._on_needs_counted(0)
        self.reload_all()

    def retranslate(self) -> None:
        """The bound texts, then the words that come with data: the models' rows and headers, the
        counts, the segment shown (app/ui/retranslate.py)."""
        super().retranslate()
        if not hasattr(self, "detail"):
            return
        for model in (self.model, self.day_choices, self.app_choices, self.needs.model):
            refresh_words(model)
        self._on_needs_counted(self.needs.count())
        if self._counts is not None:
            self._show_counts(self._counts)

    def _combo(self, name: Callable[[], str], model) -> QComboBox:
        combo = QComboBox(self)
        self.say(combo.setAccessibleName, name)
        combo.setModel(model)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def _build_actions(self) -> None:
        toolbar = QToolBar(self)
        self.say(toolbar.setWindowTitle, lambda: translate("ReviewWindow", "Actions"))
        self.say(toolbar.setAccessibleName, lambda: translate("ReviewWindow", "Actions"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        menu = self.menuBar().addMenu("")
        self.say(menu.setTitle, lambda: translate("ReviewWindow", "&Segment"))
        go = self.menuBar().addMenu("")
        self.say(go.setTitle, lambda: translate("ReviewWindow", "&Go"))
        f = self.flows

        def act(text: Callable[[], str], keys, slot, tip: Callable[[], str], target=(toolbar, menu)) -> QAction:
            action = QAction(self)
            self.say(action.setText, text)
            action.setShortcuts([QKeySequence(k) for k in keys])
            def keys_text() -> str:  # key names in the language too ("Entf" for Delete)
                return " or ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            self.say(action.setToolTip, lambda: f"{tip()} ({keys_text()})")
            self.say(action.setStatusTip, tip)
            action.triggered.connect(slot)
            for place in target:
                place.addAction(action)
            return action

        self.delete_action = act(lambda: translate("ReviewWindow", "&Delete…"), [QKeySequence.StandardKey.Delete], f.delete_selected,
                                 lambda: translate("ReviewWindow", "Delete the selected segments or days for good"))
        self.flag_action = act(lambda: translate("ReviewWindow", "&Flag…"), ["F"], f.flag_selected, lambda: translate("ReviewWindow", "Flag as sensitive: it never leaves"))
        self.unflag_action = act(lambda: translate("ReviewWindow", "&Unflag"), ["Shift+F"], f.unflag_selected, lambda: translate("ReviewWindow", "Remove the sensitive flag"))
        self.approve_action = act(lambda: translate("ReviewWindow", "&Approve"), ["A"], f.approve_selected, lambda: translate("ReviewWindow", "Approve for release after the hold"))
        self.redact_action = act(lambda: translate("ReviewWindow", "&Redact…"), ["R"], f.toggle_redaction,
                                 lambda: translate("ReviewWindow", "Draw rectangles on the screenshot to black them out"))
        self.mask_action = act(lambda: translate("ReviewWindow", "&Mask selected text"), ["Ctrl+M"], self.detail.text_panel.request_mask,
                               lambda: translate("ReviewWindow", "Mask the selected typed text"), target=(menu,))
        self.range_action = act(lambda: translate("ReviewWindow", "&Time range…"), ["Ctrl+T"], f.act_on_range, lambda: translate("ReviewWindow", "Delete, flag or approve a time range"))
        toolbar.addSeparator()
        act(lambda: translate("ReviewWindow", "&Next"), ["N", "Alt+Down"], lambda: self.step(1), lambda: translate("ReviewWindow", "Next segment"), target=(go,))
        act(lambda: translate("ReviewWindow", "&Previous"), ["P", "Alt+Up"], lambda: self.step(-1), lambda: translate("ReviewWindow", "Previous segment"), target=(go,))
        act(lambda: translate("ReviewWindow", "Next screenshot"), ["]"], self.detail.screenshots.next_frame, lambda: translate("ReviewWindow", "Next screenshot"), target=(go,))
        act(lambda: translate("ReviewWindow", "Previous screenshot"), ["["], self.detail.screenshots.previous_frame, lambda: translate("ReviewWindow", "Previous screenshot"), target=(go,))
        act(lambda: translate("ReviewWindow", "Zoom in"), [QKeySequence.StandardKey.ZoomIn], self.detail.screenshots.viewer.zoom_in, lambda: translate("ReviewWindow", "Zoom in"), target=(go,))
        act(lambda: translate("ReviewWindow", "Zoom out"), [QKeySequence.StandardKey.ZoomOut], self.detail.screenshots.viewer.zoom_out, lambda: translate("ReviewWindow", "Zoom out"), target=(go,))
        act(lambda: translate("ReviewWindow", "Fit screenshot"), ["Ctrl+0"], self.detail.screenshots.viewer.fit, lambda: translate("ReviewWindow", "Fit the screenshot"), target=(go,))
        act(lambda: translate("ReviewWindow", "&Search"), [QKeySequence.StandardKey.Find], self.focus_search, lambda: translate("ReviewWindow", "Search typed text and titles"), target=(go,))
        act(lambda: translate("ReviewWindow", "T&imeline"), ["Ctrl+1"], lambda: self.show_view(self.TIMELINE),
            lambda: translate("ReviewWindow", "The timeline of what was captured"), target=(go,))
        act(lambda: translate("ReviewWindow", "Needs a &look"), ["Ctrl+2"], lambda: self.show_view(self.NEEDS_A_LOOK),
            lambda: translate("ReviewWindow", "Moments that look sensitive, to redact, flag or dismiss"), target=(go,))
        act(lambda: translate("ReviewWindow", "Re&load"), [QKeySequence.StandardKey.Refresh], self.reload_all, lambda: translate("ReviewWindow", "Read the vault again"), target=(go,))
        self.detail.screenshots.redactRequested.connect(f.confirm_frame_redaction)
        self.detail.screenshots.redact_button.toggled.connect(f.redaction_toggled)
        self.detail.text_panel.maskRequested.connect(f.confirm_text_mask)
        self._update_actions()

    # -- loading -------------------------------------------------------------------------------

    def reload_all(self) -> None:
        self.model.reload()
        self.day_choices.load()
        self.app_choices.load()
        self.needs.reload()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        self.runner.read(lambda reader: reader.state_counts(), self._show_counts)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self._state_counts = " · ".join(f"{QLocale().toString(counts.get(s.value, 0))} {state_label(s).lower()}"
                                        for s in (SegmentState.HELD, SegmentState.FLAGGED, SegmentState.APPROVED,
                                                  SegmentState.RELEASED))
        self._show_totals()

    def current_filter(self) -> TimelineFilter:
        return TimelineFilter(
            day=self.day_choices.value_at(self.day_filter.currentIndex()),  # row 0 ("All days") is None
            app=self.app_choices.value_at(self.app_filter.currentIndex()),
            state=SegmentState(self.state_filter.currentData()) if self.state_filter.currentIndex() > 0 else None,
            text=self.search.text(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.current_filter:
            self.detail.show_detail(None)
            self.model.set_filter(flt)

    def _on_days_loaded(self) -> None:
        if self.model.rowCount():
            self.view.expand(self.model.index(0, 0))  # the newest day; its first page is fetched
        count = sum(self.model.item(self.model.index(r, 0)).segments for r in range(self.model.rowCount()))
        if self.model.current_filter.text.strip():
            self.statusBar().showMessage(translate("ReviewWindow", "%n matching segment(s)", None, count))

    def _on_page_loaded(self, row: int) -> None:
        self.view.fetch_if_near_end()
        # Open on the first segment. The timeline may already have made the day row current (a
        # view that gets the keyboard with no current row takes the first one): step from there.
        if not self._selected_on_load and row == 0 and self.view.currentIndex().data(Roles.KIND) != KIND_SEGMENT:
            self._selected_on_load = True
            self.step_timeline(1)  # also when "Needs a look" is shown: its own selection stays

    # -- selection and detail -------------------------------------------------------------------

    def selection(self) -> tuple[list[SegmentRow], list[DaySummary]]:
        segments, days = [], []
        for index in self.view.selectionModel().selectedRows(0):
            kind = index.data(Roles.KIND)
            if kind == KIND_SEGMENT:
                segments.append(index.data(Roles.ITEM))
            elif kind == KIND_DAY:
                days.append(index.data(Roles.ITEM))
        return segments, days

    def _update_actions(self) -> None:
        segments, days = self.selection()
        # On "Needs a look" the selection is a suggestion: its own buttons answer it.
        anything = bool(segments or days) and self.views.currentIndex() == self.TIMELINE
        for action in (self.delete_action, self.flag_action, self.unflag_action, self.approve_action):
            action.setEnabled(anything)
        self.redact_action.setEnabled(self.detail.detail is not None and bool(self.detail.detail.frames))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.views.currentIndex() != self.TIMELINE:
            return  # the detail pane shows the selected suggestion's segment
        if current.data(Roles.KIND) == KIND_SEGMENT:
            self.load_detail(current.data(Roles.SEGMENT_ID))
        else:
            self._detail_generation += 1
            self.detail.show_detail(None)
            self._update_actions()

    def load_detail(self, segment_id: int, keep_frame: bool = False, frame_id: int | None = None,
                    then: Callable[[], None] | None = None) -> None:
        """Show a segment in the detail pane; at its screenshot `frame_id` if given; `then` once shown."""
        self._detail_generation += 1
        generation = self._detail_generation

        def show(detail) -> None:
            if generation == self._detail_generation:
                self.detail.show_detail(detail, keep_frame)
                if detail is not None and frame_id is not None:
                    self.detail.tabs.setCurrentWidget(self.detail.screenshots)
                    self.detail.screenshots.show_frame_id(frame_id)
                self._update_actions()
                if then is not None:
                    then()

        self.runner.read(lambda reader: reader.segment_detail(segment_id), show)

    def step(self, direction: int) -> None:
        """N and P: the next (1) or previous (-1) segment, or moment on "Needs a look"."""
        if self.views.currentIndex() == self.NEEDS_A_LOOK:
            self.needs.step(direction)
        else:
            self.step_timeline(direction)

    def step_timeline(self, direction: int) -> None:
        """Move to the next (1) or previous (-1) segment, opening days on the way."""
        index = self.view.currentIndex()
        if not index.isValid():
            index = self.model.index(0, 0) if direction > 0 else QModelIndex()
            if index.isValid() and index.data(Roles.KIND) == KIND_DAY:
                self.view.expand(index)
        else:
            index = self.view.indexBelow(index) if direction > 0 else self.view.indexAbove(index)
        while index.isValid():
            if index.data(Roles.KIND) == KIND_SEGMENT:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return
            if index.data(Roles.KIND) == KIND_DAY and not self.view.isExpanded(index):
                self.view.expand(index)
            index = self.view.indexBelow(index) if direction > 0 else self.view.indexAbove(index)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self.focus_results()
            return True
        return super().eventFilter(watched, event)

    def focus_results(self) -> None:
        """The timeline takes the keyboard, on the first segment shown if none is current."""
        self.apply_filters()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.view.currentIndex().data(Roles.KIND) != KIND_SEGMENT:
            self.view.setCurrentIndex(QModelIndex())
            self.step(1)

    def focus_search(self) -> None:
        self.show_view(self.TIMELINE)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- needs a look ---------------------------------------------------------------------------

    TIMELINE, NEEDS_A_LOOK = 0, 1

    def show_view(self, which: int) -> None:
        """The timeline or "Needs a look", with the keyboard in its list."""
        self.views.setCurrentIndex(which)
        (self.view if which == self.TIMELINE else self.needs.list).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_view_changed(self, which: int) -> None:
        self.detail.screenshots.set_redacting(False)
        if which == self.NEEDS_A_LOOK:
            self._on_suggestion(self.needs.selected())
            return
        self.detail.screenshots.set_marks(None)
        self._on_current_changed(self.view.currentIndex(), QModelIndex())
        self._update_actions()

    def _on_suggestion(self, suggestion) -> None:
        """Show the suggested moment: its segment, at its screenshot, with the words boxed."""
        if self.views.currentIndex() != self.NEEDS_A_LOOK:
            return
        if suggestion is None:
            self._detail_generation += 1
            self.detail.screenshots.set_marks(None)
            self.detail.show_detail(None)
            self._update_actions()
            return
        self.detail.screenshots.set_marks(suggestion.frame_id, suggestion.boxes)  # no frame (typed text): no boxes
        shown = self.detail.detail
        same = shown is not None and shown.segment.id == suggestion.segment_id
        typed = suggestion.frame_id is None and "typed" in suggestion.sources
        # Found in what was typed: that text shows (to mask it); else the screenshot with the words boxed.
        self.load_detail(suggestion.segment_id, keep_frame=same, frame_id=suggestion.frame_id,
                         then=(lambda: self.detail.tabs.setCurrentWidget(self.detail.text_panel)) if typed else None)

    def _on_needs_counted(self, count: int) -> None:
        self.views.setTabText(self.NEEDS_A_LOOK, translate("ReviewWindow", "Needs a &look (%1)").replace(
            "%1", QLocale().toString(count)) if count else translate("ReviewWindow", "Needs a &look"))
        self._show_totals()

    def _show_totals(self) -> None:
        """"2 moments need a look · 415 held · 15 flagged · …" in the status bar."""
        count = self.needs.count()
        self.counts_label.setText(" · ".join(filter(None, (moments_text(count) if count else "", self._state_counts))))

    # -- after an action -----------------------------------------------------------------------

    def set_gate(self, policy: ReleasePolicy | None, holds: GateHolds) -> None:
        """The gate's rules on this computer changed (the employee tightened them in settings):
        a longer hold, explicit approval, holding what was not read yet."""
        self.model.set_gate(policy, holds)
        self.detail.set_gate(policy, holds)

    def refresh_waiting(self) -> None:
        """What the gate waits for moved by itself (a segment ended, a screenshot was read, a moment
        was suggested): the badges of segments that may still leave are read again."""
        if self.isVisible():
            self.model.refresh_waiting()

    def _follow_segment_row(self, top_left, _bottom_right=None, _roles=None) -> None:
        item = self.model.item(top_left)
        if isinstance(item, SegmentRow):
            self.detail.update_segment(item)

    def on_vault_changed(self, change: Change) -> None:
        """A change made here or elsewhere (the tray, the CLI): show the vault as it now is."""
        if not self.isVisible():
            self._stale = True  # reload when it is shown again
            return
        self._on_changed(change, announce=False)

    def _on_changed(self, change: Change, announce: bool = True) -> None:
        if change.kind not in (ChangeKind.DELETE, ChangeKind.FLAG, ChangeKind.UNFLAG, ChangeKind.APPROVE,
                               ChangeKind.REDACT, ChangeKind.DISMISS):
            return
        if change.structural or (change.kind is ChangeKind.REDACT and self.model.current_filter.text.strip()):
            self.model.reload()
        else:
            self.model.refresh_segments(change.segment_ids)
        if change.frame_id is not None:
            self.detail.screenshots.forget_frame(change.frame_id)
        shown = self.detail.detail
        if shown is not None and (shown.segment.id in change.segment_ids or change.structural):
            self.load_detail(shown.segment.id, keep_frame=True)
        if change.kind is ChangeKind.DELETE:
            self.day_choices.load()
            self.app_choices.load()
        self.needs.reload()  # an answer settles a suggestion; a delete takes its segment's with it
        self.refresh_counts()
        if announce:
            self.changed.emit()

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, KnownError):
            text, hint = error.message, error.hint
        else:
            text = translate("ReviewWindow", "Something went wrong while reading or changing the vault.")
            hint = translate("ReviewWindow", "Nothing was lost; try again.")
        self.statusBar().showMessage(text, 10_000)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("ReviewWindow", "Airlock"), text, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(hint)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:  # reopened from the tray: capture went on meanwhile
            self._stale = False
            self.reload_all()

    def closeEvent(self, event) -> None:
        self.runner.close()
        self._stale = True
        self.closed.emit()
        super().closeEvent(event)

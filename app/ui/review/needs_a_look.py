""""Needs a look": the moments Airlock found that look sensitive, beside the timeline.

Each open suggestion is listed with its category, the reason in words and its segment's time;
the selected one's screenshot shows in the detail pane with the matched words boxed. Three
one-click answers: redact the boxes (the redaction tool opens pre-filled), flag the segment with
the category, or "not sensitive". The window does the work (`ReviewFlows`); this panel lists and asks.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListView, QPushButton, QVBoxLayout, QWidget

from app.policy.detectors.matching import reason_words
from app.ui.i18n import translate
from app.ui.models.labels import category_label, moments_text
from app.ui.models.suggestion_model import SuggestionListModel
from app.ui.shown_text import menu_text, plain_label
from app.vault.queries import Suggestion


class NeedsALookPanel(QWidget):
    """`current(Suggestion | None)` when the selection moves; `redact`/`flag`/`dismiss(Suggestion)` on a click."""

    current = Signal(object)
    redact = Signal(object)
    flag = Signal(object)
    dismiss = Signal(object)
    counted = Signal(int)  # how many moments wait, after each load

    def __init__(self, runner, parent=None) -> None:
        super().__init__(parent)
        self.model = SuggestionListModel(runner, self)
        self.model.loaded.connect(self._on_loaded)
        self._wanted: int | None = None  # the suggestion to keep selected across a reload
        self._wanted_row = 0  # else the row it was on (the next moment moves up into it)
        self.heading = plain_label(moments_text(0), self)  # read out as its text: the count
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = plain_label(translate("NeedsALook", "Airlock read your screenshots on this computer and found "
                                                 "these moments that look sensitive. Look at each before the "
                                                 "next release."), self)
        self.explanation.setWordWrap(True)
        self.progress = plain_label("", self)  # "Reading screenshots: 420 of 1,310" (the background worker)
        self.progress.setAccessibleName(translate("NeedsALook", "Reading screenshots"))
        self.progress.setVisible(False)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(translate("NeedsALook", "Suggested moments"))
        self.list.setAccessibleDescription(translate("NeedsALook", "Each moment's category, time and why it was "
                                                     "suggested. Its screenshot shows on the right with the "
                                                     "words boxed."))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.selectionModel().currentChanged.connect(lambda index, _old: self._on_current(index.row()))
        self.reason = plain_label("", self)  # words seen on screen: shown literally
        self.reason.setAccessibleName(translate("NeedsALook", "Why it needs a look"))
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.redact_button = self._button(translate("NeedsALook", "&Redact these…"), translate(
            "NeedsALook", "Black out the boxed words: the redaction tool opens with them marked, so you can adjust "
                          "before anything changes."), self.redact)
        self.flag_button = self._button(translate("NeedsALook", "&Flag"), translate(
            "NeedsALook", "Flag this segment as sensitive: flagged segments never leave."), self.flag)
        self.dismiss_button = self._button(translate("NeedsALook", "&Not sensitive"), translate(
            "NeedsALook", "Nothing sensitive here: the suggestion goes away and the segment is reviewed like any "
                          "other."), self.dismiss)
        buttons = QHBoxLayout()
        for button in (self.redact_button, self.flag_button, self.dismiss_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.progress)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        self._on_current(-1)

    def _button(self, text: str, tip: str, signal) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tip)
        button.clicked.connect(lambda: self._ask(signal))
        return button

    def _ask(self, signal) -> None:
        suggestion = self.selected()
        if suggestion is not None:
            signal.emit(suggestion)

    def set_progress(self, words: str) -> None:
        """How far the background worker has read ("" when it does not run here)."""
        self.progress.setText(words)
        self.progress.setVisible(bool(words))

    # -- loading and selection -----------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected()
        self._wanted = selected.id if selected is not None else None
        self._wanted_row = max(self.list.currentIndex().row(), 0)
        self.model.reload()

    def count(self) -> int:
        return self.model.rowCount()

    def selected(self) -> Suggestion | None:
        return self.model.suggestion(self.list.currentIndex().row())

    def _on_loaded(self, count: int) -> None:
        self.heading.setText(moments_text(count))
        # Keep the one that was selected; if it was answered, the next one takes its place.
        row = self.model.row_of(self._wanted) if self._wanted is not None else -1
        if row < 0 and count:
            row = min(self._wanted_row, count - 1)
        if row >= 0:
            self.select_row(row)
        else:
            self._on_current(-1)
        self.counted.emit(count)

    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        moved = index != self.list.currentIndex()
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)
        if not moved:
            self._on_current(row)  # the row stayed but after a reload its moment may be another

    def step(self, direction: int) -> None:
        """The next (1) or previous (-1) moment (N and P while this view is shown)."""
        row = self.list.currentIndex().row() + direction
        if 0 <= row < self.model.rowCount():
            self.select_row(row)

    def _on_current(self, row: int) -> None:
        suggestion = self.model.suggestion(row)
        for button in (self.redact_button, self.flag_button, self.dismiss_button):
            button.setEnabled(suggestion is not None)
        # Only words seen on a screenshot have boxes; typed text or a title is flagged or masked instead.
        self.redact_button.setEnabled(suggestion is not None and suggestion.frame_id is not None
                                      and bool(suggestion.boxes))
        if suggestion is None:
            self.reason.setText("" if self.model.rowCount() else translate(
                "NeedsALook", "Nothing waits for a look. Airlock keeps reading new screenshots and lists here what "
                              "looks sensitive."))
            self.flag_button.setText(translate("NeedsALook", "&Flag"))
            self.flag_button.setAccessibleName(translate("NeedsALook", "Flag"))
        else:
            self.reason.setText(reason_words(suggestion.reason))
            label = category_label(suggestion.category)
            self.flag_button.setText(translate("NeedsALook", "&Flag as %1").replace("%1", menu_text(label)))
            self.flag_button.setAccessibleName(translate("NeedsALook", "Flag as %1").replace("%1", label))
        # Named by what it holds; its description is the content, so a screen reader says both.
        self.reason.setAccessibleDescription(self.reason.text() or translate(
            "NeedsALook", "The words that made Airlock suggest the selected moment"))
        self.current.emit(suggestion)

"""The moments that need a look: each open suggestion with its category, reason and segment time.

The reason quotes words seen on screen: it is shown (as plain text), never logged.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.policy.detectors.matching import reason_words
from app.ui.models.labels import category_label, day_and_time
from app.ui.models.roles import Roles
from app.vault.queries import Suggestion

Index = QModelIndex | QPersistentModelIndex


class SuggestionListModel(QAbstractListModel):
    """Open suggestions, oldest moment first. `loaded(count)` after each (re)load."""

    loaded = Signal(int)

    def __init__(self, runner, parent=None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._rows: list[Suggestion] = []
        self._generation = 0

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._runner.read(lambda reader: reader.suggestions(), lambda found: self._show(generation, found))

    def _show(self, generation: int, suggestions: list[Suggestion]) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        self.beginResetModel()
        self._rows = list(suggestions)  # oldest moment first
        self.endResetModel()
        self.loaded.emit(len(self._rows))

    def suggestion(self, row: int) -> Suggestion | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, suggestion_id: int) -> int:
        return next((row for row, s in enumerate(self._rows) if s.id == suggestion_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        suggestion = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{heading(suggestion)}\n{reason_words(suggestion.reason)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return None  # the reason shows in full below the list; a tooltip would guess at markup
        if role == Roles.ITEM:
            return suggestion
        if role == Roles.SEGMENT_ID:
            return suggestion.segment_id
        if role == Roles.FRAME_ID:
            return suggestion.frame_id
        return None


def heading(suggestion: Suggestion) -> str:
    """"Health · Wed 15 May 10:32 · thunderbird"."""
    category = category_label(suggestion.category)
    parts = [category[:1].upper() + category[1:], day_and_time(suggestion.segment_start)]
    if suggestion.app:
        parts.append(suggestion.app)
    return " · ".join(parts)

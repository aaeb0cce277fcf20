"""Choices for the timeline's filters: days and applications (an "All …" entry, then what exists)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.ui.i18n import translate
from app.ui.models.app_icons import AppIconProvider
from app.ui.models.labels import day_title, medium_day
from app.ui.models.roles import Roles
from app.ui.shown_text import tooltip
from app.vault import queries
from app.vault.queries import TimelineFilter

Index = QModelIndex | QPersistentModelIndex


class FilterChoiceModel(QAbstractListModel):
    """Row 0 selects everything (value None); the others come from a query run by the task runner."""

    loaded = Signal()

    def __init__(self, runner, all_label: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._all_label = all_label
        self._found: list = []
        self._choices: list[tuple[Any, str, str]] = []  # (value, label, accessible text)
        self._generation = 0

    def _query(self) -> Callable[[Any], list]:
        raise NotImplementedError

    def _choice(self, value) -> tuple[Any, str, str]:
        raise NotImplementedError

    def load(self) -> None:
        self._generation += 1
        generation = self._generation
        self._runner.read(self._query(), lambda found: self._on_loaded(generation, found))

    def _on_loaded(self, generation: int, found: list) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._found = found
        self._choices = [self._choice(value) for value in found]
        self.endResetModel()
        self.loaded.emit()

    def retranslate(self) -> None:
        """The choices' words in the language now installed (`refresh_words` tells the views)."""
        self._choices = [self._choice(value) for value in self._found]

    def value_at(self, row: int):
        return self._choices[row - 1][0] if 0 < row <= len(self._choices) else None

    def row_of(self, value) -> int:
        for row, (choice, _label, _text) in enumerate(self._choices, start=1):
            if choice == value:
                return row
        return 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() <= len(self._choices):
            return None
        if index.row() == 0:
            value, label, text = None, self._all_label(), self._all_label()
        else:
            value, label, text = self._choices[index.row() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:  # app names come from outside: shown literally
            return tooltip(text)
        if role == Roles.FILTER_VALUE:
            return value
        return self._decoration(value) if role == Qt.ItemDataRole.DecorationRole else None

    def _decoration(self, value):
        return None


class DayChoiceModel(FilterChoiceModel):
    """All days that hold anything, newest first."""

    def __init__(self, runner, parent=None) -> None:
        super().__init__(runner, lambda: translate("ReviewWindow", "All days"), parent)

    def _query(self):
        return lambda reader: reader.days(TimelineFilter())

    def _choice(self, summary: queries.DaySummary):
        segments = translate("ReviewWindow", "%n segment(s)", None, summary.segments)
        return summary.day, medium_day(summary.day), f"{day_title(summary.day)}, {segments}"


class AppChoiceModel(FilterChoiceModel):
    """All captured applications, most used first."""

    def __init__(self, runner, icons: AppIconProvider | None = None, parent=None) -> None:
        super().__init__(runner, lambda: translate("ReviewWindow", "All applications"), parent)
        self._icons = icons or AppIconProvider()

    def _query(self):
        return lambda reader: reader.applications()

    def _choice(self, count: queries.AppCount):
        name = count.app or translate("ReviewWindow", "unknown")
        segments = translate("ReviewWindow", "%n segment(s)", None, count.segments)
        return count.app, f"{name} ({QLocale().toString(count.segments)})", f"{name}, {segments}"

    def _decoration(self, value):
        return self._icons.icon(value) if value is not None else None

"""The timeline: days at the top level, each day's segments and gaps (interleaved) beneath it.

Days come from one short query; a day's items are fetched a page at a time when the view asks
(`canFetchMore`/`fetchMore`), through the task runner, so nothing blocks the GUI thread. A
generation number drops results of a filter that has since changed. After an action, only the
touched segments are re-read (`refresh_segments`), so expansion and selection survive.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont

from app.core.clock import Clock
from app.core.model import SegmentState
from app.policy.model import ReleasePolicy
from app.policy.release.gate import GateHolds
from app.ui.i18n import translate
from app.ui.models.app_icons import AppIconProvider
from app.ui.models.labels import counts_words, day_title, duration, gap_label, state_badge, time_span
from app.ui.models.roles import KIND_DAY, KIND_GAP, KIND_SEGMENT, Roles
from app.ui.shown_text import tooltip
from app.vault import queries
from app.vault.queries import DaySummary, GapRow, SegmentRow, TimelineCursor, TimelineFilter

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (QT_TRANSLATE_NOOP("Timeline", "Time"), QT_TRANSLATE_NOOP("Timeline", "Application"), QT_TRANSLATE_NOOP("Timeline", "Window title"), QT_TRANSLATE_NOOP("Timeline", "Keys"),
           QT_TRANSLATE_NOOP("Timeline", "Clicks"), QT_TRANSLATE_NOOP("Timeline", "Shots"), QT_TRANSLATE_NOOP("Timeline", "State"))
_COLUMN_TIPS = (QT_TRANSLATE_NOOP("Timeline", "When"), QT_TRANSLATE_NOOP("Timeline", "Application"), QT_TRANSLATE_NOOP("Timeline", "Window title"), QT_TRANSLATE_NOOP("Timeline", "Keystrokes"),
                QT_TRANSLATE_NOOP("Timeline", "Mouse clicks"), QT_TRANSLATE_NOOP("Timeline", "Screenshots"), QT_TRANSLATE_NOOP("Timeline", "Review state"))
COL_TIME, COL_APP, COL_TITLE, COL_KEYS, COL_CLICKS, COL_FRAMES, COL_STATE = range(len(COLUMNS))
_NUMERIC = (COL_KEYS, COL_CLICKS, COL_FRAMES)


class _Day:
    """A day row and what has been fetched of it."""

    __slots__ = ("serial", "summary", "items", "cursor", "exhausted", "loading")

    def __init__(self, serial: int, summary: DaySummary) -> None:
        self.serial = serial  # stable internal id of this day's children, even when rows move
        self.summary = summary
        self.items: list[SegmentRow | GapRow] = []
        self.cursor: TimelineCursor | None = None
        self.exhausted = summary.segments + summary.gaps == 0
        self.loading = False


class TimelineModel(QAbstractItemModel):
    """Days → segments and gaps, read through `runner` (app/ui/tasks.py `Reads`)."""

    daysLoaded = Signal()  # the day rows for the current filter are in
    pageLoaded = Signal(int)  # a page of a day arrived (the day's row)

    def __init__(self, runner, clock: Clock, policy: ReleasePolicy | None = None,
                 icons: AppIconProvider | None = None, page_size: int = queries.PAGE_SIZE, parent=None,
                 holds: GateHolds = GateHolds()) -> None:
        super().__init__(parent)
        self._runner = runner
        self._clock = clock
        self._policy = policy
        self._holds = holds
        self._icons = icons or AppIconProvider()
        self._page_size = page_size
        self._filter = TimelineFilter()
        self._days: list[_Day] = []
        self._by_serial: dict[int, _Day] = {}
        self._rows: dict[int, int] = {}  # serial -> current row (parent() is called very often)
        self._serials = itertools.count(1)
        self._generation = 0
        self._changing = False  # inside begin…/end… of a structural change
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- loading -----------------------------------------------------------------------------

    @property
    def current_filter(self) -> TimelineFilter:
        return self._filter

    def set_filter(self, flt: TimelineFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Forget everything and fetch the day rows for the current filter."""
        self._generation += 1
        generation, flt = self._generation, self._filter
        self.beginResetModel()
        self._days, self._by_serial, self._rows = [], {}, {}
        self.endResetModel()
        self._runner.read(lambda reader: reader.days(flt), lambda found: self._on_days(generation, found))

    def _on_days(self, generation: int, found: list[DaySummary]) -> None:
        if generation != self._generation:
            return
        if found:
            self._changing = True
            self.beginInsertRows(QModelIndex(), 0, len(found) - 1)
            for summary in found:
                day = _Day(next(self._serials), summary)
                self._days.append(day)
                self._by_serial[day.serial] = day
            self._renumber()
            self.endInsertRows()
            self._changing = False
        self.daysLoaded.emit()

    def canFetchMore(self, parent: Index) -> bool:
        day = self._day_of_row(parent)
        return day is not None and not day.exhausted

    def fetchMore(self, parent: Index) -> None:
        day = self._day_of_row(parent)
        if day is None or day.exhausted or day.loading:
            return
        if self._changing:
            # Asked from a slot of our own rowsInserted (views, the model tester): a result that
            # arrives at once would nest one insertion in another. Fetch from the event loop instead.
            serial = day.serial
            QTimer.singleShot(0, self, lambda: self._fetch_later(serial))
            return
        day.loading = True
        generation, flt, cursor, limit = self._generation, self._filter, day.cursor, self._page_size
        start, end = day.summary.start, day.summary.end
        self._runner.read(
            lambda reader: reader.timeline_page(flt, start, end, cursor, limit),
            lambda page: self._on_page(generation, day, page),
            lambda error: self._on_page_failed(day, error),
        )

    def _fetch_later(self, serial: int) -> None:
        row = self._rows.get(serial)
        if row is not None:
            self.fetchMore(self.index(row, 0))

    def _on_page(self, generation: int, day: _Day, page: queries.TimelinePage) -> None:
        day.loading = False
        if generation != self._generation or self._by_serial.get(day.serial) is not day:
            return
        row = self._rows[day.serial]
        if page.items:
            first = len(day.items)
            self._changing = True
            self.beginInsertRows(self.index(row, 0), first, first + len(page.items) - 1)
            day.items.extend(page.items)
            self.endInsertRows()
            self._changing = False
        day.cursor = page.next_cursor
        day.exhausted = page.next_cursor is None
        self.pageLoaded.emit(row)

    def _on_page_failed(self, day: _Day, error: BaseException) -> None:
        day.loading = False
        day.exhausted = True  # do not retry in a loop; a reload tries again
        self._runner.failed.emit(error)

    # -- after an action ---------------------------------------------------------------------

    def refresh_segments(self, segment_ids: Iterable[int]) -> None:
        """Re-read these segments and the day totals; drop rows that are gone or no longer match."""
        ids = sorted(set(segment_ids))
        generation, flt = self._generation, self._filter
        self._runner.read(lambda reader: reader.segments_and_days(ids, flt),
                          lambda result: self._on_refreshed(generation, set(ids), *result))

    def set_gate(self, policy: ReleasePolicy | None, holds: GateHolds) -> None:
        """The gate's rules here changed (the employee tightened them): the badges say so."""
        if (policy, holds) != (self._policy, self._holds):
            self._policy, self._holds = policy, holds
            self.refresh_waiting()

    def refresh_waiting(self) -> None:
        """Re-read the loaded segments that may still leave: what the gate waits for changes by
        itself (a segment ends, the background reader reads a screenshot or suggests a moment)."""
        ids = [item.id for day in self._days for item in day.items
               if isinstance(item, SegmentRow) and item.state in (SegmentState.HELD, SegmentState.APPROVED)]
        if ids:
            self.refresh_segments(ids)

    def _on_refreshed(self, generation: int, ids: set[int], rows: dict[int, SegmentRow],
                      found_days: list[DaySummary]) -> None:
        if generation != self._generation:
            return
        for row, day in enumerate(self._days):
            parent = self.index(row, 0)
            for position in range(len(day.items) - 1, -1, -1):
                item = day.items[position]
                if not isinstance(item, SegmentRow) or item.id not in ids:
                    continue
                fresh = rows.get(item.id)
                if fresh is None or not self._matches(fresh):
                    self.beginRemoveRows(parent, position, position)
                    del day.items[position]
                    self.endRemoveRows()
                else:
                    day.items[position] = fresh
                    self.dataChanged.emit(self.index(position, 0, parent), self.index(position, len(COLUMNS) - 1, parent))
        by_day = {summary.day: summary for summary in found_days}
        for row in range(len(self._days) - 1, -1, -1):
            day = self._days[row]
            summary = by_day.get(day.summary.day)
            if summary is None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._by_serial[day.serial]
                del self._days[row]
                self._renumber()
                self.endRemoveRows()
            else:
                day.summary = summary
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _matches(self, row: SegmentRow) -> bool:
        flt = self._filter
        return (flt.app is None or row.app == flt.app) and (flt.state is None or row.state is flt.state)

    def _renumber(self) -> None:
        self._rows = {day.serial: row for row, day in enumerate(self._days)}

    # -- lookups -----------------------------------------------------------------------------

    def item(self, index: Index) -> DaySummary | SegmentRow | GapRow | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._days[index.row()].summary if index.row() < len(self._days) else None
        day = self._by_serial.get(index.internalId())
        return day.items[index.row()] if day is not None and index.row() < len(day.items) else None

    def segment_index(self, segment_id: int) -> QModelIndex:
        """The loaded row of a segment, or an invalid index."""
        for row, day in enumerate(self._days):
            for position, item in enumerate(day.items):
                if isinstance(item, SegmentRow) and item.id == segment_id:
                    return self.index(position, 0, self.index(row, 0))
        return QModelIndex()

    def _day_of_row(self, index: Index) -> _Day | None:
        if not index.isValid() or index.internalId() != 0 or index.row() >= len(self._days):
            return None
        return self._days[index.row()]

    # -- QAbstractItemModel ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._days) else QModelIndex()
        day = self._day_of_row(parent)
        if day is None or row >= len(day.items):
            return QModelIndex()
        return self.createIndex(row, column, day.serial)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        row = self._rows.get(index.internalId())
        return self.createIndex(row, 0, 0) if row is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._days)
        if parent.column() != 0:
            return 0
        day = self._day_of_row(parent)
        return len(day.items) if day is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self._days)
        if parent.column() != 0:
            return False
        day = self._day_of_row(parent)
        return day is not None and (bool(day.items) or not day.exhausted)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("Timeline", COLUMNS[section])
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return translate("Timeline", _COLUMN_TIPS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item(index)
        if item is None:
            return None
        if isinstance(item, DaySummary):
            return self._day_data(item, index.column(), role)
        if isinstance(item, GapRow):
            return self._gap_data(item, index.column(), role)
        return self._segment_data(item, index.column(), role)

    def _day_data(self, day: DaySummary, column: int, role: int):
        if role == Roles.KIND:
            return KIND_DAY
        if role == Roles.ITEM:
            return day
        if role in (Roles.START, Roles.END):
            return day.start if role == Roles.START else day.end
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        text = (f"{day_title(day.day)} — {translate('Timeline', '%n segment(s)', None, day.segments)}"
                + (f", {translate('Timeline', '%n gap(s)', None, day.gaps)}" if day.gaps else "")
                + (f", {translate('Timeline', '%n to review', None, day.held)}" if day.held else ""))
        if role == Qt.ItemDataRole.DisplayRole and column == COL_TIME or role == Qt.ItemDataRole.AccessibleTextRole:
            return text  # every cell of the row reads as the day (the first spans the row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(f"{text}. {counts_words(day.keys, day.clicks, day.frames)}.")
        return None

    def _gap_data(self, gap: GapRow, column: int, role: int):
        if role == Roles.KIND:
            return KIND_GAP
        if role == Roles.ITEM:
            return gap
        if role in (Roles.START, Roles.END):
            return gap.start if role == Roles.START else gap.end
        if role == Qt.ItemDataRole.FontRole:
            return self._italic
        if role == Qt.ItemDataRole.DecorationRole and column == COL_APP:
            return self._icons.gap_icon()
        text = {COL_TIME: time_span(gap.start, gap.end),
                COL_TITLE: translate("Timeline", "Not captured: %1 · %2").replace("%1", gap_label(gap)).replace(
                    "%2", duration(gap.start, gap.end))}.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            words = translate("Timeline", "Nothing captured %1: %2").replace("%1", time_span(gap.start, gap.end)).replace(
                "%2", gap_label(gap))
            return tooltip(words) if role == Qt.ItemDataRole.ToolTipRole else words
        return None

    def _segment_data(self, seg: SegmentRow, column: int, role: int):
        if role == Roles.KIND:
            return KIND_SEGMENT
        if role == Roles.ITEM:
            return seg
        if role == Roles.SEGMENT_ID:
            return seg.id
        if role in (Roles.START, Roles.END):
            return seg.start if role == Roles.START else seg.end
        if role == Roles.STATE:
            return seg.state.value
        if role in (Roles.BADGE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole) or (role == Qt.ItemDataRole.DecorationRole and column == COL_APP):
            badge = state_badge(seg, self._policy, self._clock.now(), self._holds)
            if role == Roles.BADGE:
                return badge.text
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icons.icon(seg.app)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return (f"{time_span(seg.start, seg.end)}, {seg.app}, {seg.title}, "
                        f"{counts_words(seg.keys, seg.clicks, seg.frames)}, {badge.text}")
            if role == Qt.ItemDataRole.ToolTipRole:  # titles are captured text: shown literally
                return tooltip(badge.tooltip if column == COL_STATE else seg.title) if column in (COL_STATE, COL_TITLE) \
                    else None
            return {COL_TIME: time_span(seg.start, seg.end), COL_APP: seg.app or "unknown", COL_TITLE: seg.title,
                    COL_KEYS: seg.keys, COL_CLICKS: seg.clicks, COL_FRAMES: seg.frames, COL_STATE: badge.text}[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

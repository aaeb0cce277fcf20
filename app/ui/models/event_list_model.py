"""A segment's raw input events, as a table fetched a page at a time."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from app.core.model import ClickEvent, KeyEvent, MoveEvent, ScrollEvent
from app.ui.i18n import translate
from app.ui.models.roles import Roles
from app.vault import queries
from app.vault.queries import EventRow

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (QT_TRANSLATE_NOOP("Events", "Time"), QT_TRANSLATE_NOOP("Events", "Kind"),
           QT_TRANSLATE_NOOP("Events", "Details"))


def describe_event(row: EventRow) -> str:
    """One line per stored event, in the words of the review window."""
    event = row.event
    if event is None:
        return translate("Events", "(this row could not be read)")
    if isinstance(event, KeyEvent):
        action = translate("Events", "down") if event.pressed else translate("Events", "up")
        char = f" → {event.char!r}" if event.char not in (None, event.key) else ""
        mods = (" " + translate("Events", "with %1").replace("%1", "+".join(sorted(event.modifiers)))
                if event.modifiers else "")
        return f"{event.key} {action}{char}{mods}"
    if isinstance(event, ClickEvent):
        words = (translate("Events", "%1 button pressed at %2, %3") if event.pressed
                 else translate("Events", "%1 button released at %2, %3"))
        return words.replace("%1", str(event.button)).replace("%2", str(event.x)).replace("%3", str(event.y))
    if isinstance(event, ScrollEvent):
        return translate("Events", "scrolled %1, %2 at %3, %4").replace("%1", f"{event.dx:+d}").replace(
            "%2", f"{event.dy:+d}").replace("%3", str(event.x)).replace("%4", str(event.y))
    if isinstance(event, MoveEvent):
        return translate("Events", "pointer at %1, %2").replace("%1", str(event.x)).replace("%2", str(event.y))
    return row.kind


class EventListModel(QAbstractTableModel):
    """`set_segment(id, start)` then the view's fetchMore brings pages in."""

    pageLoaded = Signal()

    def __init__(self, runner, page_size: int = queries.PAGE_SIZE, parent=None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._page_size = page_size
        self._rows: list[EventRow] = []
        self._segment_id: int | None = None
        self._origin = 0.0
        self._cursor: tuple[float, int] | None = None
        self._exhausted = True
        self._loading = False
        self._changing = False
        self._generation = 0

    def set_segment(self, segment_id: int | None, start: float = 0.0) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows, self._segment_id, self._origin = [], segment_id, start
        self._cursor, self._exhausted, self._loading = None, segment_id is None, False
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self._loading or self._segment_id is None:
            return
        if self._changing:  # asked from a slot of our own rowsInserted: never nest insertions
            QTimer.singleShot(0, self, self.fetchMore)
            return
        self._loading = True
        generation, segment_id, cursor, limit = self._generation, self._segment_id, self._cursor, self._page_size
        self._runner.read(lambda reader: reader.events_page(segment_id, cursor, limit),
                          lambda page: self._on_page(generation, page))

    def _on_page(self, generation: int, page: queries.EventPage) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if page.items:
            first = len(self._rows)
            self._changing = True
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            self._rows.extend(page.items)
            self.endInsertRows()
            self._changing = False
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        self.pageLoaded.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return translate("Events", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Roles.ITEM:
            return row
        if role == Roles.KIND:
            return "event"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (f"+{row.t - self._origin:.2f} s", row.kind, describe_event(row))[index.column()]
        return None

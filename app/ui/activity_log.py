"""The activity log: every decision in the ledger, in words, with the chain verified on open."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.ui.colours import accent_text, css
from app.ui.i18n import translate
from app.ui.retranslate import Retranslating
from app.ui.tasks import Reads
from app.vault import ledger
from app.vault.ledger_words import describe


class LedgerModel(QAbstractTableModel):
    """Read-only rows of (time, what happened, kind)."""

    COLUMNS = 3

    def __init__(self, entries: list[ledger.LedgerEntry], parent=None) -> None:
        super().__init__(parent)
        self._entries = entries

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._entries[index.row()]
        if index.column() == 0:
            return QLocale().toString(QDateTime.fromMSecsSinceEpoch(int(entry.t * 1000)), QLocale.FormatType.ShortFormat)
        if index.column() == 1:
            return describe(entry)
        return entry.kind

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("ActivityLog", "When"), translate("ActivityLog", "What happened"),
                    translate("ActivityLog", "Kind"))[section]
        return None


class ActivityLogWindow(Retranslating, QWidget):
    """Reads the ledger through the vault reader each time it opens."""

    def __init__(self, reader, parent=None) -> None:
        super().__init__(parent)
        self.say(self.setWindowTitle, lambda: translate("ActivityLog", "Activity log"))
        self.say(self.setAccessibleName, lambda: translate("ActivityLog", "Activity log"))
        self._reads = Reads(reader, self)
        self.verified = None
        self._shown: tuple[list[ledger.LedgerEntry], ledger.VerifyResult] | None = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.say(self.banner.setAccessibleName, lambda: translate("ActivityLog", "Ledger integrity"))
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.say(self.table.setAccessibleName, lambda: translate("ActivityLog", "Decisions, newest last"))
        self.say(self.table.setAccessibleDescription, lambda: translate(
            "ActivityLog", "Every decision kept in the hash-chained ledger: when, and what was decided"))
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        self._reads.read(lambda reader: reader.activity(), lambda found: self._show(*found))

    def retranslate(self) -> None:
        super().retranslate()
        if getattr(self, "_shown", None) is not None:
            self._show(*self._shown)  # the entries' words ("Deleted 3 segments") are looked up as shown

    def _show(self, entries: list[ledger.LedgerEntry], result: ledger.VerifyResult) -> None:
        self._shown = (entries, result)
        self.model = LedgerModel(entries, self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        if result.ok:
            self.banner.setText(translate("ActivityLog", "✔ The log is intact: %n entries, each linked to the one before.",
                                          None, result.checked))
            self.banner.setStyleSheet(f"color: {css(accent_text('good', self.palette()))};")
        else:
            self.banner.setText(translate("ActivityLog", "⚠ The log has been tampered with at entry %1: %2. Entries "
                                          "from there on cannot be trusted.").replace("%1", str(result.first_broken))
                                .replace("%2", result.reason))
            self.banner.setStyleSheet(f"color: {css(accent_text('bad', self.palette()))}; font-weight: bold;")
        self.verified = result

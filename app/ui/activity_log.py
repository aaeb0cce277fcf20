"""The activity log: every decision in the ledger, in words, with the chain verified on open."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.ui.tasks import Reads
from app.vault import ledger
from app.vault.ledger_words import describe


class LedgerModel(QAbstractTableModel):
    """Read-only rows of (time, what happened, kind)."""

    COLUMNS = ("When", "What happened", "Kind")

    def __init__(self, entries: list[ledger.LedgerEntry], parent=None) -> None:
        super().__init__(parent)
        self._entries = entries

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._entries[index.row()]
        if index.column() == 0:
            return datetime.fromtimestamp(entry.t).strftime("%Y-%m-%d %H:%M:%S")
        if index.column() == 1:
            return describe(entry)
        return entry.kind

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None


class ActivityLogWindow(QWidget):
    """Reads the ledger through the vault reader each time it opens."""

    def __init__(self, reader, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Activity log")
        self.setAccessibleName("Activity log")
        self._reads = Reads(reader, self)
        self.verified = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("Ledger integrity")
        self.table = QTableView()
        self.table.setAccessibleName("Decisions, newest last")
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        self._reads.read(lambda reader: reader.activity(), lambda found: self._show(*found))

    def _show(self, entries: list[ledger.LedgerEntry], result: ledger.VerifyResult) -> None:
        self.model = LedgerModel(entries, self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        if result.ok:
            self.banner.setText(f"✔ The log is intact: {result.checked} entries, each linked to the one before.")
            self.banner.setStyleSheet("color: #1b5e20;")
        else:
            self.banner.setText(f"⚠ The log has been tampered with at entry {result.first_broken}: {result.reason}. "
                                "Entries from there on cannot be trusted.")
            self.banner.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.verified = result

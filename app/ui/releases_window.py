"""What left my computer: every bundle that was released — what was in it, when, and where to —
with its receipt, and the activity log of every decision beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KnownError
from app.ui.activity_log import ActivityLogWindow
from app.ui.shown_text import escaped, plain_label
from app.ui.tasks import Reads


def _when(t: float | None) -> str:
    return datetime.fromtimestamp(t).strftime("%Y-%m-%d %H:%M") if t else ""


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return ""


class ReleasesModel(QAbstractTableModel):
    """One row per bundle, newest first."""

    COLUMNS = ("Sent", "Where to", "Segments", "Covering", "Keys / clicks / screenshots", "Size", "Status")

    def __init__(self, releases: list[dict], parent=None) -> None:
        super().__init__(parent)
        self.releases = sorted(releases, key=lambda r: r["t"], reverse=True)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.releases)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.releases[index.row()]
        segments, counts = r["segments"], r["counts"]
        column = index.column()
        if column == 0:
            return _when(r["t"])
        if column == 1:
            return r["destination"]
        if column == 2:
            return str(len(segments))
        if column == 3:
            if not segments:
                return ""
            return f"{_when(min(s['start'] for s in segments))} – {_when(max(s['end'] for s in segments))}"
        if column == 4:
            return f"{counts.get('keys', 0)} / {counts.get('clicks', 0)} / {counts.get('frames', 0)}"
        if column == 5:
            return _size(r["size"])
        return f"withdrawn {_when(r['withdrawn_at'])}" if r["withdrawn_at"] else "delivered"

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None


class ReleasesWindow(QWidget):
    """Tabs: what left (bundles with receipts, withdraw) and the activity log."""

    def __init__(self, reader, withdraw: Callable[[str], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("What left my computer")
        self.setAccessibleName("What left my computer")
        self._reads, self._withdraw = Reads(reader, self), withdraw
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setAccessibleName("Released bundles, newest first")
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.details = QTextBrowser()
        self.details.setAccessibleName("Bundle receipt and contents")
        self.withdraw_button = QPushButton("Withdraw this bundle…")
        self.withdraw_button.setAccessibleName("Withdraw the selected bundle")
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self._confirm_withdraw)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.withdraw_button)
        released = QWidget()
        layout = QVBoxLayout(released)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details, 2)
        layout.addLayout(buttons)
        self.activity = ActivityLogWindow(reader)
        self.tabs = QTabWidget()
        self.tabs.addTab(released, "What left my computer")
        self.tabs.addTab(self.activity, "Activity log")
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        self.resize(900, 560)
        self.reload()

    def reload(self) -> None:
        self._reads.read(lambda reader: reader.releases(), self._show_releases)
        self.activity.reload()

    def _show_releases(self, releases: list[dict]) -> None:
        self.model = ReleasesModel(releases, self)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        segments = sum(len(r["segments"]) for r in releases)
        self.summary.setText(
            f"{len(releases)} bundle{'s' * (len(releases) != 1)} left this computer, holding {segments} reviewed "
            "segments. Each was sealed so only your organisation's training pipeline can open it."
            if releases else "Nothing has left this computer.")
        self.details.clear()
        self.withdraw_button.setEnabled(False)

    def _show_details(self, current: QModelIndex, _previous=None) -> None:
        if not current.isValid():
            return
        r = self.model.releases[current.row()]
        # Destination and receipt come from the policy and the store's answer: escaped, shown literally.
        e = escaped
        confirmation = e(", ".join(f"{k}: {v}" for k, v in sorted(r["confirmation"].items())) or "—")
        lines = [f"<b>Bundle</b> {e(r['bundle_id'])}", f"<b>Sent</b> {_when(r['t'])} to {e(str(r['destination']))}",
                 f"<b>Size</b> {_size(r['size'])} · <b>SHA-256</b> <code>{e(str(r['sha256']))}</code>",
                 f"<b>Destination's receipt</b> {confirmation}", "<b>Segments</b><ul>"]
        lines += [f"<li>#{e(str(s['id']))}: {_when(s['start'])} – {_when(s['end'])} · {e(str(s.get('keys', 0)))} keys, "
                  f"{e(str(s.get('clicks', 0)))} clicks, {e(str(s.get('frames', 0)))} screenshots</li>"
                  for s in r["segments"]]
        lines.append("</ul>")
        self.details.setHtml("<br>".join(lines))
        self.withdraw_button.setEnabled(self._withdraw is not None and not r["withdrawn_at"])

    def selected_bundle(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.releases[index.row()]["bundle_id"] if index.isValid() else None

    def _confirm_withdraw(self) -> None:
        bundle = self.selected_bundle()
        if bundle is None or self._withdraw is None:
            return
        answer = QMessageBox.question(
            self, "Withdraw bundle",
            f"Withdraw bundle {bundle}?\n\nA signed withdrawal notice goes to the destination; the data team's "
            "collector removes this bundle from their dataset.")
        if answer == QMessageBox.StandardButton.Yes:
            self.withdraw(bundle)

    def withdraw(self, bundle: str) -> None:
        try:
            self._withdraw(bundle)
        except KnownError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, "Withdrawal failed", str(error), QMessageBox.StandardButton.Ok,
                              self)
            box.setTextFormat(Qt.TextFormat.PlainText)  # names the destination: shown literally
            box.exec()
        self.reload()

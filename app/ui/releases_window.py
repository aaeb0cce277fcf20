"""What left my computer: every bundle that was released — what was in it, when, and where to —
with its receipt, and the activity log of every decision beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QDateTime, QLocale, QModelIndex, Qt
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
from app.ui.i18n import translate
from app.ui.models.labels import counts_words
from app.ui.retranslate import Retranslating
from app.ui.shown_text import escaped, plain_label
from app.ui.tasks import Reads


def _when(t: float | None) -> str:
    """Date and time in the employee's locale, with the time zone (a release time matters)."""
    if not t:
        return ""
    return QLocale().toString(QDateTime.fromMSecsSinceEpoch(int(t * 1000)), translate("Releases", "yyyy-MM-dd HH:mm t"))


def _size(n: int) -> str:
    """"1.5 MB" / "1,5 MB": the locale's number and unit words."""
    return QLocale().formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class ReleasesModel(QAbstractTableModel):
    """One row per bundle, newest first."""

    COLUMNS = (QT_TRANSLATE_NOOP("Releases", "Sent"), QT_TRANSLATE_NOOP("Releases", "Where to"), QT_TRANSLATE_NOOP("Releases", "Segments"), QT_TRANSLATE_NOOP("Releases", "Covering"),
               QT_TRANSLATE_NOOP("Releases", "Keys / clicks / screenshots"), QT_TRANSLATE_NOOP("Releases", "Size"), QT_TRANSLATE_NOOP("Releases", "Status"))

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
        return (translate("Releases", "withdrawn %1").replace("%1", _when(r["withdrawn_at"])) if r["withdrawn_at"]
                else translate("Releases", "delivered"))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Releases", self.COLUMNS[section])
        return None


class ReleasesWindow(Retranslating, QWidget):
    """Tabs: what left (bundles with receipts, withdraw) and the activity log."""

    def __init__(self, reader, withdraw: Callable[[str], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.say(self.setWindowTitle, lambda: translate("Releases", "What left my computer"))
        self.say(self.setAccessibleName, lambda: translate("Releases", "What left my computer"))
        self._reads, self._withdraw = Reads(reader, self), withdraw
        self._releases: list[dict] | None = None
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.waiting = plain_label()  # what the release gate holds until the employee (or the reader) acts
        self.waiting.setWordWrap(True)
        self.waiting.hide()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.say(self.table.setAccessibleName, lambda: translate("Releases", "Released bundles, newest first"))
        self.say(self.table.setAccessibleDescription, lambda: translate(
            "Releases", "One row per bundle that left: when, where, its size and what it held. Its receipt shows below."))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.details = QTextBrowser()
        self.say(self.details.setAccessibleName, lambda: translate("Releases", "Bundle receipt and contents"))
        self.say(self.details.setAccessibleDescription, lambda: translate(
            "Releases", "The receipt of the selected bundle and the segments it held"))
        self.details.setTabChangesFocus(True)  # Tab moves on to the Withdraw button
        self.withdraw_button = QPushButton()
        self.say(self.withdraw_button.setText, lambda: translate("Releases", "Withdraw this bundle…"))
        self.say(self.withdraw_button.setAccessibleName, lambda: translate("Releases", "Withdraw the selected bundle"))
        self.say(self.withdraw_button.setAccessibleDescription, lambda: translate(
            "Releases", "Asks the organisation to delete it: a signed notice goes to where it was sent"))
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self._confirm_withdraw)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.withdraw_button)
        released = QWidget()
        layout = QVBoxLayout(released)
        layout.addWidget(self.summary)
        layout.addWidget(self.waiting)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details, 2)
        layout.addLayout(buttons)
        self.activity = ActivityLogWindow(reader)
        self.tabs = QTabWidget()
        self.say(self.tabs.setAccessibleName, lambda: translate("Releases", "Releases and activity"))
        # The keyboard goes to the tab bar (announced as tabs), not to the frame around the pages,
        # which assistive technology would announce as an anonymous area.
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the line above passed NoFocus on to it
        self.tabs.addTab(released, "")
        self.tabs.addTab(self.activity, "")
        self.say(lambda text: self.tabs.setTabText(0, text), lambda: translate("Releases", "What left my computer"))
        self.say(lambda text: self.tabs.setTabText(1, text), lambda: translate("Releases", "Activity log"))
        self.say(lambda text: self.tabs.setTabToolTip(0, text), lambda: translate(
            "Releases", "Every bundle that left this computer, with its receipt"))
        self.say(lambda text: self.tabs.setTabToolTip(1, text), lambda: translate(
            "Releases", "Every decision, in a ledger that shows any tampering"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        self.resize(900, 560)
        self.reload()

    def show_waiting(self, needs_a_look: int, not_yet_read: int) -> None:
        """"Not leaving yet: 2 moments need a look; 12 screenshots not yet read", from the status."""
        parts = []
        if needs_a_look:
            parts.append(translate("Releases", "%n moment(s) need a look (Review → Needs a look)", None, needs_a_look))
        if not_yet_read:
            parts.append(translate("Releases", "%n screenshot(s) not yet read for sensitive moments (read when you "
                                   "pause for a moment on mains power, or now with `airlock scan`)", None, not_yet_read))
        self.waiting.setText(translate("Releases", "Not leaving yet: %1.").replace("%1", "; ".join(parts)) if parts else "")
        self.waiting.setVisible(bool(parts))

    def reload(self) -> None:
        self._reads.read(lambda reader: reader.releases(), self._show_releases)
        self.activity.reload()

    def retranslate(self) -> None:
        """The bound texts, then the bundles' words again (the selected one stays selected)."""
        super().retranslate()
        if getattr(self, "_releases", None) is None:
            return
        row = self.table.currentIndex().row()
        self._show_releases(self._releases)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _show_releases(self, releases: list[dict]) -> None:
        self._releases = releases
        self.model = ReleasesModel(releases, self)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        segments = sum(len(r["segments"]) for r in releases)
        self.summary.setText(
            translate("Releases", "%n bundle(s) left this computer, holding %1. Each was sealed so only your "
                      "organisation's training pipeline can open it.", None, len(releases)).replace(
                "%1", translate("Releases", "%n reviewed segment(s)", None, segments))
            if releases else translate("Releases", "Nothing has left this computer."))
        self.details.clear()
        self.withdraw_button.setEnabled(False)

    def _show_details(self, current: QModelIndex, _previous=None) -> None:
        if not current.isValid():
            return
        r = self.model.releases[current.row()]
        # Destination and receipt come from the policy and the store's answer: escaped, shown literally.
        e = escaped
        confirmation = e(", ".join(f"{k}: {v}" for k, v in sorted(r["confirmation"].items())) or "—")
        def bold(words: str) -> str:
            return f"<b>{e(words)}</b>"
        sent = translate("Releases", "%1 to %2").replace("%1", _when(r["t"])).replace("%2", e(str(r["destination"])))
        lines = [f"{bold(translate('Releases', 'Bundle'))} {e(r['bundle_id'])}",
                 f"{bold(translate('Releases', 'Sent'))} {sent}",
                 f"{bold(translate('Releases', 'Size'))} {_size(r['size'])} · <b>SHA-256</b> <code>{e(str(r['sha256']))}</code>",
                 f"{bold(translate('Releases', 'Destination’s receipt'))} {confirmation}",
                 f"{bold(translate('Releases', 'Segments'))}<ul>"]
        lines += [f"<li>#{e(str(s['id']))}: {_when(s['start'])} – {_when(s['end'])} · "
                  f"{e(counts_words(int(s.get('keys', 0)), int(s.get('clicks', 0)), int(s.get('frames', 0))))}</li>"
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
            self, translate("Releases", "Withdraw bundle"),
            translate("Releases", "Withdraw bundle %1?\n\nA signed withdrawal notice goes to the destination; the "
                      "data team's collector removes this bundle from their dataset.").replace("%1", bundle))
        if answer == QMessageBox.StandardButton.Yes:
            self.withdraw(bundle)

    def withdraw(self, bundle: str) -> None:
        try:
            self._withdraw(bundle)
        except KnownError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, translate("Releases", "Withdrawal failed"), str(error), QMessageBox.StandardButton.Ok,
                              self)
            box.setTextFormat(Qt.TextFormat.PlainText)  # names the destination: shown literally
            box.exec()
        self.reload()

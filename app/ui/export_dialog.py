"""Download my data, with a progress bar and Cancel. The export runs off the GUI thread.

The dialog is given `export(target, as_zip, progress, cancelled) -> ExportResult` by the composition
root (which reads the vault on a connection of its own); it never opens the vault itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from app.core.errors import KnownError
from app.ui.i18n import translate
from app.ui.retranslate import Retranslating
from app.ui.shown_text import plain_label

Export = Callable[[Path, bool, Callable[[int, int], None], Callable[[], bool]], object]


class _ExportSignals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)  # ExportResult
    failed = Signal(str)


class ExportDialog(Retranslating, QDialog):
    """Choose a folder, export, watch the progress; Cancel stops and leaves nothing behind."""

    def __init__(self, export: Export, parent=None) -> None:
        super().__init__(parent)
        self.say(self.setWindowTitle, lambda: translate("Export", "Download my data"))
        self.say(self.setAccessibleName, lambda: translate("Export", "Download my data"))
        self._export = export
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.result = None
        self.signals = _ExportSignals()
        self.signals.progressed.connect(self._on_progress)
        self.signals.finished.connect(self._on_finished)
        self.signals.failed.connect(self._on_failed)

        self.folder = QLineEdit(str(Path.home()))
        self.say(self.folder.setAccessibleName, lambda: translate("Export", "Export folder"))
        self.say(self.folder.setAccessibleDescription, lambda: translate("Export", "Where the copy of your data is written"))
        browse = QPushButton()
        self.say(browse.setText, lambda: translate("Export", "Choose…"))
        self.say(browse.setAccessibleName, lambda: translate("Export", "Choose export folder"))
        self.say(browse.setAccessibleDescription, lambda: translate("Export", "Opens a folder chooser"))
        browse.clicked.connect(self._choose)
        self.as_zip = QCheckBox()
        self.say(self.as_zip.setText, lambda: translate("Export", "One .zip file"))
        self.say(self.as_zip.setAccessibleName, lambda: translate("Export", "Export as one zip file"))
        self.say(self.as_zip.setAccessibleDescription, lambda: translate("Export", "One .zip file instead of a folder"))
        self.progress = QProgressBar()
        self.say(self.progress.setAccessibleName, lambda: translate("Export", "Export progress"))
        self.status = plain_label()
        self.status.setWordWrap(True)
        self._show_status(lambda: translate("Export", "Everything Airlock holds about you: segments, typed text, "
                                                      "events, screenshots, flags, the activity log and the policy."))
        self.start_button = QPushButton()
        self.say(self.start_button.setText, lambda: translate("Export", "Export"))
        self.say(self.start_button.setAccessibleName, lambda: translate("Export", "Start export"))
        self.say(self.start_button.setAccessibleDescription, lambda: translate(
            "Export", "Writes everything Airlock holds about you into the folder"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.say(self.cancel_button.setText, lambda: translate("Export", "Cancel"))
        self.say(self.cancel_button.setAccessibleName, lambda: translate("Export", "Cancel export"))
        self.say(self.cancel_button.setAccessibleDescription, lambda: translate("Export", "Stops and leaves nothing behind"))
        self.cancel_button.clicked.connect(self.cancel)

        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.as_zip)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(560, 200)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "_status_words"):
            self.status.setText(self._status_words())

    def _show_status(self, words: Callable[[], str]) -> None:
        """What the export is doing, in words said again after a change of language."""
        self._status_words = words
        self.status.setText(words())

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, translate("Export", "Export into"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def start(self) -> None:
        self._cancel.clear()
        self.start_button.setEnabled(False)
        self._show_status(lambda: translate("Export", "Exporting…"))
        target, as_zip = Path(self.folder.text()), self.as_zip.isChecked()
        self._thread = threading.Thread(target=self._work, args=(target, as_zip), name="airlock-export", daemon=True)
        self._thread.start()

    def _work(self, target: Path, as_zip: bool) -> None:
        try:
            result = self._export(target, as_zip, self.signals.progressed.emit, self._cancel.is_set)
        except KnownError as error:
            self.signals.failed.emit(error.message)
        except OSError as error:  # a full or read-only target: say so, keep nothing half-written
            self.signals.failed.emit(translate("Export", "Could not write the export: %1.").replace("%1", str(error.strerror or error)))
        else:
            self.signals.finished.emit(result)

    def cancel(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._cancel.set()
        else:
            self.reject()

    def wait(self, timeout: float = 30.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_finished(self, result) -> None:
        self.result = result
        self.start_button.setEnabled(True)
        self._show_status(lambda: translate("Export", "Done: %1 and %2 in %3.").replace(
            "%1", translate("Export", "%n segment(s)", None, result.segments)).replace(
            "%2", translate("Export", "%n screenshot(s)", None, result.frames)).replace("%3", str(result.path)))

    def _on_failed(self, message: str) -> None:
        self.start_button.setEnabled(True)
        self._show_status(lambda: message)  # the error's words, as given

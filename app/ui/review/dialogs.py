"""The review window's dialogs: delete (which stays open until the data is gone), flag, time range,
and confirmation of a redaction. All open with `open()` (window-modal, never a nested event loop)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.core.errors import KnownError
from app.ui.shown_text import plain_label

Perform = Callable[[Callable[[object], None], Callable[[BaseException], None]], None]


def _message(error: BaseException) -> str:
    if isinstance(error, KnownError):
        return f"{error.message} {error.hint}".strip()
    return f"Something went wrong ({type(error).__name__}); nothing was changed."


class ConfirmDialog(QDialog):
    """Explain an irreversible change, then perform it; closes (accepted) only once it is done.

    So when a delete dialog has closed, the data is gone from the vault and its journal.
    """

    finished_with = Signal(object)  # the operation's result

    def __init__(self, parent, title: str, text: str, action_label: str, perform: Perform) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._perform = perform
        self.text_label = plain_label(text, self)
        self.text_label.setWordWrap(True)
        self.text_label.setAccessibleName("What will happen")
        self.status_label = plain_label("", self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName("Progress")
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = QPushButton(action_label, self)
        self.confirm_button.setAccessibleName(action_label.replace("&", ""))
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName("Cancel")
        self.cancel_button.setDefault(True)  # Enter never destroys data by accident
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

    def confirm(self) -> None:
        self.confirm_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.status_label.setText("Working…")
        self._perform(self._done, self._failed)

    def _done(self, result) -> None:
        self.finished_with.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(_message(error))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText("Close")


class RangeDialog(QDialog):
    """Pick a time range and what to do with everything captured in it."""

    ACTIONS = (("delete", "Delete everything in it"), ("flag", "Flag it as sensitive"), ("approve", "Approve it for release"))

    def __init__(self, parent, start: float, end: float) -> None:
        super().__init__(parent)
        self.setWindowTitle("Act on a time range")
        self.setAccessibleName("Act on a time range")
        self.start_edit = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(start)), self)
        self.end_edit = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(end)), self)
        for edit, name in ((self.start_edit, "From"), (self.end_edit, "To")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd dd MMM yyyy HH:mm")
            edit.setAccessibleName(name)
        self.action = QComboBox(self)
        self.action.setAccessibleName("Action")
        for key, label in self.ACTIONS:
            self.action.addItem(label, key)
        self.error = QLabel("", self)
        self.error.setStyleSheet("color:#c92a2a;")
        form = QFormLayout()
        form.addRow("&From:", self.start_edit)
        form.addRow("&To:", self.end_edit)
        form.addRow("&Action:", self.action)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Continue…")
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        start, end = self.span()
        if end <= start:
            self.error.setText("The end must be after the start.")
            return
        self.accept()

    def span(self) -> tuple[float, float]:
        return float(self.start_edit.dateTime().toSecsSinceEpoch()), float(self.end_edit.dateTime().toSecsSinceEpoch())

    def chosen_action(self) -> str:
        return self.action.currentData()


def describe_span(start: float, end: float) -> str:
    a, b = datetime.fromtimestamp(start), datetime.fromtimestamp(end)
    if a.date() == b.date():
        return f"{a:%a %d %b %Y} {a:%H:%M}–{b:%H:%M}"
    return f"{a:%a %d %b %Y %H:%M} – {b:%a %d %b %Y %H:%M}"


"""The review window's dialogs: delete (which stays open until the data is gone), flag, time range,
and confirmation of a redaction. All open with `open()` (window-modal, never a nested event loop)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale, Signal
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
from app.ui.colours import accent_text, css
from app.ui.i18n import translate
from app.ui.shown_text import plain_label

Perform = Callable[[Callable[[object], None], Callable[[BaseException], None]], None]


def _message(error: BaseException) -> str:
    if isinstance(error, KnownError):
        return f"{error.message} {error.hint}".strip()
    return translate("ReviewDialogs", "Something went wrong (%1); nothing was changed.").replace(
        "%1", type(error).__name__)


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
        self.text_label.setAccessibleName(translate("ReviewDialogs", "What will happen"))
        self.status_label = plain_label("", self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(translate("ReviewDialogs", "Progress"))
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = QPushButton(action_label, self)
        self.confirm_button.setAccessibleName(action_label.replace("&", ""))
        self.confirm_button.setAccessibleDescription(text)  # what will happen, heard before pressing
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(translate("ReviewDialogs", "Cancel"))
        self.cancel_button.setAccessibleDescription(translate("ReviewDialogs", "Close without changing anything"))
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
        self.status_label.setText(translate("ReviewDialogs", "Working…"))
        self._perform(self._done, self._failed)

    def _done(self, result) -> None:
        self.finished_with.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(_message(error))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(translate("ReviewDialogs", "Close"))


class RangeDialog(QDialog):
    """Pick a time range and what to do with everything captured in it."""

    ACTIONS = (("delete", QT_TRANSLATE_NOOP("ReviewDialogs", "Delete everything in it")),
               ("flag", QT_TRANSLATE_NOOP("ReviewDialogs", "Flag it as sensitive")),
               ("approve", QT_TRANSLATE_NOOP("ReviewDialogs", "Approve it for release")))

    def __init__(self, parent, start: float, end: float) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReviewDialogs", "Act on a time range"))
        self.setAccessibleName(translate("ReviewDialogs", "Act on a time range"))
        self.start_edit = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(start)), self)
        self.end_edit = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(end)), self)
        for edit, name, description in (
                (self.start_edit, translate("ReviewDialogs", "From"), translate("ReviewDialogs", "Start of the range")),
                (self.end_edit, translate("ReviewDialogs", "To"), translate("ReviewDialogs", "End of the range"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
            edit.setAccessibleName(name)
            edit.setAccessibleDescription(description)
        self.action = QComboBox(self)
        self.action.setAccessibleName(translate("ReviewDialogs", "Action"))
        self.action.setAccessibleDescription(translate("ReviewDialogs", "What to do with everything captured in "
                                                       "the range"))
        for key, label in self.ACTIONS:
            self.action.addItem(translate("ReviewDialogs", label), key)
        self.error = QLabel("", self)
        self.error.setStyleSheet(f"color:{css(accent_text('bad', self.palette()))};")
        form = QFormLayout()
        form.addRow(translate("ReviewDialogs", "&From:"), self.start_edit)
        form.addRow(translate("ReviewDialogs", "&To:"), self.end_edit)
        form.addRow(translate("ReviewDialogs", "&Action:"), self.action)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ReviewDialogs", "&Continue…"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            translate("ReviewDialogs", "Shows what is in the range and asks before acting"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            translate("ReviewDialogs", "Close without changing anything"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        start, end = self.span()
        if end <= start:
            self.error.setText(translate("ReviewDialogs", "The end must be after the start."))
            return
        self.accept()

    def span(self) -> tuple[float, float]:
        return float(self.start_edit.dateTime().toSecsSinceEpoch()), float(self.end_edit.dateTime().toSecsSinceEpoch())

    def chosen_action(self) -> str:
        return self.action.currentData()


def describe_span(start: float, end: float) -> str:
    """"Tue 25 Nov 2026 14:00–15:30" in the employee's locale (the day once when it is the same)."""
    locale = QLocale()
    a, b = QDateTime.fromMSecsSinceEpoch(int(start * 1000)), QDateTime.fromMSecsSinceEpoch(int(end * 1000))
    short = QLocale.FormatType.ShortFormat
    if a.date() == b.date():
        return f"{locale.toString(a.date(), short)} {locale.toString(a.time(), short)}–{locale.toString(b.time(), short)}"
    return f"{locale.toString(a, short)} – {locale.toString(b, short)}"


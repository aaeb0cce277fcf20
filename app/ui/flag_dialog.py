"""The one flag dialog: why something is sensitive (a category) and an optional private note.

Used by the tray ("flag the last 15 minutes") and the review window (the selection). The note is
bounded here as everywhere it is entered (MAX_FLAG_NOTE_CHARS) and never reaches the ledger.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.model import MAX_FLAG_NOTE_CHARS, FlagCategory
from app.ui.i18n import translate
from app.ui.models.labels import flag_label


class FlagDialog(QDialog):
    """`what` names what is flagged ("the last 15 minutes", "2 segments")."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FlagDialog", "Flag as sensitive"))
        self.setAccessibleName(translate("FlagDialog", "Flag as sensitive"))
        intro = QLabel(translate("FlagDialog", "Flag %1 as sensitive. Flagged segments never leave this computer; "
                                 "you can still review, delete or unflag them.").replace("%1", what), self)
        intro.setWordWrap(True)
        self.category = QComboBox(self)
        self.category.setAccessibleName(translate("FlagDialog", "Category"))
        self.category.setAccessibleDescription(translate("FlagDialog", "Why it is sensitive"))
        for category in FlagCategory:
            self.category.addItem(flag_label(category), category)
        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_FLAG_NOTE_CHARS)
        self.note.setAccessibleName(translate("FlagDialog", "Note"))
        self.note.setAccessibleDescription(translate("FlagDialog", "Optional, for you only (never in the ledger)"))
        self.note.setPlaceholderText(translate("FlagDialog", "Optional, for you only (never in the ledger)"))
        form = QFormLayout()
        form.addRow(translate("FlagDialog", "&Category:"), self.category)
        form.addRow(translate("FlagDialog", "&Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.flag_button = buttons.addButton(translate("FlagDialog", "&Flag"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.flag_button.setAccessibleName(translate("FlagDialog", "Flag"))
        self.flag_button.setAccessibleDescription(translate("FlagDialog", "Flagged segments never leave this computer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            translate("FlagDialog", "Close without flagging"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def choice(self) -> tuple[FlagCategory, str]:
        return FlagCategory(self.category.currentData()), self.note.text().strip()

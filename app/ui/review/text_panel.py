"""The reconstructed typed text of a segment, with masking of a selected span."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.i18n import translate
from app.ui.retranslate import Retranslating
from app.ui.shown_text import plain_label

_MODE_NOTES = {
    "masked": QT_TRANSLATE_NOOP("TypedText", "Keystrokes in this application are stored masked: characters show as •."),
    "counts": QT_TRANSLATE_NOOP("TypedText", "Only keystroke counts are stored for this application: there is no text."),
    "none": QT_TRANSLATE_NOOP("TypedText", "Keystrokes are not stored for this application."),
}


def utf16_to_index(text: str, position: int) -> int:
    """Qt counts text positions in UTF-16 code units; Python in code points."""
    return len(text.encode("utf-16-le")[: 2 * position].decode("utf-16-le", errors="ignore"))


class TypedTextPanel(Retranslating, QWidget):
    """Read-only text; select a span and press "Mask selected text" to emit `maskRequested(start, end)`."""

    maskRequested = Signal(int, int)  # Python string indexes [start, end)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._mode: str | None = None
        self.editor = QPlainTextEdit(self)
        self.editor.setReadOnly(True)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.say(self.editor.setAccessibleName, lambda: translate("TypedText", "Typed text"))
        self.say(self.editor.setAccessibleDescription, lambda: translate(
            "TypedText", "The text reconstructed from the keystrokes of this segment. Select part of it to mask it."))
        self.editor.selectionChanged.connect(self._on_selection)
        self.note = plain_label(parent=self)
        self.note.setWordWrap(True)
        self.say(self.note.setAccessibleName, lambda: translate("TypedText", "About this text"))
        self.mask_button = QPushButton(self)
        self.say(self.mask_button.setText, lambda: translate("TypedText", "Mask selected text"))
        self.say(self.mask_button.setAccessibleName, lambda: translate("TypedText", "Mask selected text"))
        self.say(self.mask_button.setToolTip, lambda: translate(
            "TypedText", "Replace the selected characters with • in the vault, and the keystrokes that typed them "
                         "(Ctrl+M). The original is not kept."))
        self.mask_button.clicked.connect(self.request_mask)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.mask_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        self.set_text("", None)

    def set_text(self, text: str, keystroke_mode: str | None) -> None:
        self._text, self._mode = text, keystroke_mode
        self.editor.setPlainText(text)
        self._show_note()
        self._on_selection()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "note"):
            self._show_note()

    def _show_note(self) -> None:
        text, keystroke_mode = self._text, self._mode
        mode_note = _MODE_NOTES.get(keystroke_mode or "", "")
        note = translate("TypedText", mode_note) if mode_note else ""
        if not text and not note:
            note = translate("TypedText", "Nothing was typed in this segment.") if keystroke_mode else ""
        self.note.setText(note or translate("TypedText", "Select text, then mask it to hide it for good."))

    def text(self) -> str:
        return self._text

    def select(self, start: int, end: int) -> None:
        """Select Python indexes [start, end) (keyboard users and tests)."""
        cursor = self.editor.textCursor()
        cursor.setPosition(len(self._text[:start].encode("utf-16-le")) // 2)
        cursor.setPosition(len(self._text[:end].encode("utf-16-le")) // 2, cursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)

    def selection(self) -> tuple[int, int] | None:
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            return None
        start = utf16_to_index(self._text, cursor.selectionStart())
        end = utf16_to_index(self._text, cursor.selectionEnd())
        return (start, end) if end > start else None

    def request_mask(self) -> None:
        span = self.selection()
        if span is not None:
            self.maskRequested.emit(*span)

    def _on_selection(self) -> None:
        self.mask_button.setEnabled(self.selection() is not None)

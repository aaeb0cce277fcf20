"""What Qt puts on screen for a string: the rule its labels (AutoText) and tooltips follow.

Qt renders a label's or a tooltip's text as rich text when `Qt.mightBeRichText` says so (or the
label is set to RichText), else literally. Rendering the text the same way here lets tests assert
on the characters the employee sees rather than on the markup that produces them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # QtGui's Qt namespace holds mightBeRichText
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QTextEdit


def shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """The characters a label or tooltip with `text` shows (line breaks as "\\n")."""
    rich = text_format == Qt.TextFormat.RichText or (text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def shown_by(widget) -> str:
    """What a label or a text view shows."""
    if isinstance(widget, QLabel):
        return shown(widget.text(), widget.textFormat())
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    raise TypeError(type(widget).__name__)

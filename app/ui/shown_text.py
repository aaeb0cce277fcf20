"""Putting text that Airlock did not write on screen: as plain text, never as markup.

Window titles, typed text, application names, exclusion names, receipts and destinations come
from outside (a web page sets its window's title). Qt guesses whether a label's or a tooltip's
text is rich text (`Qt::mightBeRichText`), so a title such as `"><img src=x>` would render as an
image and hide what will leave in a bundle. Labels that may show such text are plain-text labels;
tooltips (which Qt always guesses about) and HTML views get the text escaped inside markup that
is certainly rich, so the employee sees exactly the characters that were captured.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text literally (no markup, no guessing)."""
    label = QLabel(parent)
    make_plain(label)
    label.setText(text)
    return label


def make_plain(label: QLabel) -> QLabel:
    """Switch an existing label to plain text."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def escaped(text: str) -> str:
    """`text` for insertion into HTML: markup characters become entities, newlines line breaks."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: escaped inside `<qt>`, which Qt always takes as rich."""
    return f"<qt>{escaped(text)}</qt>" if text else ""


def menu_text(text: str) -> str:
    """`text` as a menu entry's text: a `&` shows as itself instead of marking a shortcut key."""
    return text.replace("&", "&&")

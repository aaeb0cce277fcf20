"""Windows that follow a change of language at once, the Qt way.

`install_language()` swaps the QTranslator; Qt then sends QEvent.LanguageChange to every top-level
widget, and each widget passes it on to its children. A widget that mixes in `Retranslating` binds
each of its texts once, as a setter and a function that says the words:

    self.say(self.heading.setText, lambda: translate("Context", "Words"))

The binding sets the text at once and again on every LanguageChange (`retranslate()`), so the words
are written in one place for construction and for every later change. Words that depend on state (a
count, the capture state) come from the method that shows that state: a window overrides
`retranslate()` to call it after the bound texts. Item models are not widgets: `refresh_words`
makes their views ask again for words that `data()` and `headerData()` look up when asked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QWidget

Words = Callable[[], str]


class Retranslating:
    """Mix into a QWidget subclass (before the Qt class): `say()` binds texts, `retranslate()` sets them again."""

    def say(self, setter: Callable[[str], object], words: Words) -> None:
        bound: list[tuple[Callable[[str], object], Words]] = self.__dict__.setdefault("_said", [])
        bound.append((setter, words))
        setter(words())

    def retranslate(self) -> None:
        """Every bound text again, in the language now installed."""
        for setter, words in self.__dict__.get("_said", ()):
            setter(words())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            grow_to_fit(cast(QWidget, self))
        super().changeEvent(event)  # a QWidget's: this mixin comes before the Qt class


def grow_to_fit(widget: QWidget) -> None:
    """A window grows (never shrinks, never past its screen) so that longer words are not cut off."""
    if not widget.isWindow() or widget.layout() is None:
        return
    layout = widget.layout()
    layout.invalidate()
    wanted = widget.size().expandedTo(widget.sizeHint())
    if layout.hasHeightForWidth():  # wrapped words need more lines at this width
        wanted.setHeight(max(wanted.height(), layout.totalHeightForWidth(wanted.width())))
    screen = widget.screen()
    if screen is not None:
        wanted = wanted.boundedTo(screen.availableGeometry().size())
    if wanted != widget.size():
        widget.resize(wanted)


def refresh_words(model: QAbstractItemModel) -> None:
    """The model's views ask again for every text and header (their selection and expansion stay).
    A model that keeps words it made when its data came gives a `retranslate()` that makes them again."""
    again = getattr(model, "retranslate", None)
    if again is not None:
        again()
    model.layoutAboutToBeChanged.emit()
    model.layoutChanged.emit()
    if isinstance(model, QAbstractListModel):
        return  # one column, no header
    columns = model.columnCount(QModelIndex())
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)

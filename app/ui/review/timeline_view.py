"""The timeline tree: day rows spanning the width, state badges drawn as coloured pills, and pages
of a day fetched as the employee scrolls towards their end."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate, QTreeView

from app.ui.colours import badge_colours
from app.ui.focus_frame import FocusFramed
from app.ui.i18n import translate
from app.ui.models.roles import KIND_DAY, Roles
from app.ui.models.timeline_model import COL_APP, COL_CLICKS, COL_FRAMES, COL_KEYS, COL_STATE, COL_TIME, COL_TITLE
from app.ui.retranslate import Retranslating

BADGE_STATES = ("held", "flagged", "approved", "released")  # drawn as a pill; its colours: app/ui/colours.py
_FETCH_AHEAD_ROWS = 30


class BadgeDelegate(QStyledItemDelegate):
    """Paints the state column as a rounded badge: a tint of the state's colour, derived from the
    view's palette, with the state in words (the colour is never the only sign)."""

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        state = index.data(Roles.STATE)
        if state not in BADGE_STATES:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        alternate = bool(option.features & option.ViewItemFeature.Alternate)
        background, foreground = badge_colours(state, option.palette, alternate)
        metrics = option.fontMetrics
        pad = max(2, metrics.height() // 5)
        rect = QRectF(option.rect.adjusted(pad, pad, -pad, -pad))
        width = min(rect.width(), metrics.horizontalAdvance(text) + 4 * pad)
        rect.setWidth(width)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(foreground, 1))  # an outline: the pill stays visible in high contrast
        painter.setBrush(background)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(foreground)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width() - 2 * pad))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()


class TimelineView(Retranslating, FocusFramed, QTreeView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.say(self.setAccessibleName, lambda: translate("ReviewWindow", "Timeline"))
        self.say(self.setAccessibleDescription, lambda: translate(
            "ReviewWindow", "Days, then the segments and gaps of each day. Select one or more to act on them."))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setUniformRowHeights(True)  # cheap layout of thousands of rows
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        self.setItemDelegateForColumn(COL_STATE, BadgeDelegate(self))
        self.verticalScrollBar().valueChanged.connect(self.fetch_if_near_end)

    def setModel(self, model) -> None:
        super().setModel(model)
        model.rowsInserted.connect(self._on_rows_inserted)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self._size_columns()

    def retranslate(self) -> None:
        super().retranslate()
        if self.model() is not None:
            self._size_columns()  # the headers' and badges' words have other lengths now

    def _size_columns(self) -> None:
        header = self.header()
        metrics = self.fontMetrics()
        widths = {COL_TIME: "00:00–00:00", COL_APP: "thunderbird", COL_KEYS: "0000",
                  COL_CLICKS: translate("Timeline", "Clicks"), COL_FRAMES: translate("Timeline", "Shots"),
                  COL_STATE: translate("Labels", "Held · eligible %1").replace("%1", "00 Nov 00:00")}
        for column, sample in widths.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + metrics.height() * 2
                                 + (self.indentation() if column == COL_TIME else 0))

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        for row in range(first, last + 1):
            self.setFirstColumnSpanned(row, QModelIndex(), True)

    def fetch_if_near_end(self, _value: int = 0) -> None:
        """Fetch the next page of the day whose loaded rows end near the bottom of the view."""
        model = self.model()
        if model is None:
            return
        bottom = self.indexAt(QPoint(1, self.viewport().height() - 2))
        candidates = []
        if bottom.isValid():
            if bottom.data(Roles.KIND) == KIND_DAY:  # the day above ends on screen
                candidates.append(model.index(bottom.row() - 1, 0))
            else:
                parent = bottom.parent()
                if bottom.row() >= model.rowCount(parent) - _FETCH_AHEAD_ROWS:
                    candidates.append(parent)
        else:  # the view is not full: whatever is expanded may want more
            candidates.extend(model.index(r, 0) for r in range(model.rowCount()) if self.isExpanded(model.index(r, 0)))
        for day in candidates:
            if day.isValid() and self.isExpanded(day) and model.canFetchMore(day):
                model.fetchMore(day)

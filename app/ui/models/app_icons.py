"""Icons for captured applications: the desktop theme's icon when it has one, else a lettered disc.

Drawn once per application name and kept in memory (they hold no captured content).
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap

from app.ui.colours import muted_text, readable_on

_HUES = ("#4263eb", "#d6336c", "#0ca678", "#f08c00", "#7048e8", "#1098ad", "#e8590c", "#5c940d")
# Each disc dark enough for its white letter to read at WCAG AA.
DISC_COLOURS = tuple(readable_on(QColor(hue), QColor("white")) for hue in _HUES)
_SIZES = (16, 24, 32, 48, 64)


class AppIconProvider:
    """`icon(app)` -> QIcon; `GAP` is the icon of a span where nothing was captured."""

    def __init__(self) -> None:
        self._cache: dict[str, QIcon] = {}

    def icon(self, app: str) -> QIcon:
        key = app.lower()
        if key not in self._cache:
            themed = QIcon.fromTheme(key) if key else QIcon()
            self._cache[key] = themed if not themed.isNull() else self._lettered(app)
        return self._cache[key]

    def gap_icon(self) -> QIcon:
        if "\0gap" not in self._cache:
            self._cache["\0gap"] = self._drawn("–", muted_text(background=QPalette.ColorRole.Base), hollow=True)
        return self._cache["\0gap"]

    def _lettered(self, app: str) -> QIcon:
        letter = (app.strip()[:1] or "?").upper()
        digest = hashlib.sha1(app.lower().encode()).digest()
        return self._drawn(letter, DISC_COLOURS[digest[0] % len(DISC_COLOURS)])

    @staticmethod
    def _drawn(letter: str, colour: QColor, hollow: bool = False) -> QIcon:
        icon = QIcon()
        for size in _SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            rect = QRectF(1, 1, size - 2, size - 2)
            if hollow:
                painter.setPen(colour)
                painter.drawRoundedRect(rect, size / 4, size / 4)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(rect, size / 4, size / 4)
            font = QFont()
            font.setBold(True)
            font.setPixelSize(max(6, int(size * 0.55)))
            painter.setFont(font)
            painter.setPen(colour if hollow else QColor("white"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
            painter.end()
            icon.addPixmap(pixmap)
        return icon

"""The screenshots of one segment as a film strip: time offsets and in-memory thumbnails.

A thumbnail is decoded on the vault reader's thread the first time it is shown and kept in an
`ImageCache` (memory only). Until it arrives the row shows a blank placeholder.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QPalette, QPixmap

from app.ui.colours import current_palette
from app.ui.i18n import translate
from app.ui.models.roles import Roles
from app.ui.models.thumbnails import THUMBNAIL_WIDTH, ImageCache, decode
from app.vault.queries import FrameInfo

Index = QModelIndex | QPersistentModelIndex


class FrameStripModel(QAbstractListModel):
    def __init__(self, runner, cache: ImageCache, parent=None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._cache = cache
        self._frames: list[FrameInfo] = []
        self._origin = 0.0
        self._pending: set[int] = set()
        self._queued: list[FrameInfo] = []  # asked for during data(); loaded from the event loop
        self._placeholder: QPixmap | None = None
        self._generation = 0

    def set_frames(self, frames: tuple[FrameInfo, ...], origin: float) -> None:
        self._generation += 1
        self.beginResetModel()
        self._frames, self._origin, self._pending = list(frames), origin, set()
        self.endResetModel()

    def frame(self, row: int) -> FrameInfo | None:
        return self._frames[row] if 0 <= row < len(self._frames) else None

    def row_of(self, frame_id: int) -> int:
        for row, frame in enumerate(self._frames):
            if frame.id == frame_id:
                return row
        return -1

    def forget_thumbnail(self, frame_id: int) -> None:
        """After a redaction: drop the cached thumbnail so the redacted image is shown."""
        self._cache.discard(frame_id)
        row = self.row_of(frame_id)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._frames)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        frame = self.frame(index.row()) if index.isValid() else None
        if frame is None:
            return None
        offset = frame.t - self._origin
        if role == Qt.ItemDataRole.DisplayRole:
            return f"+{int(offset) // 60}:{int(offset) % 60:02d}"
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return translate("Screenshots", "Screenshot %1 of %2, %3 s into the segment").replace(
                "%1", str(index.row() + 1)).replace("%2", str(len(self._frames))).replace("%3", f"{offset:.0f}")
        if role == Roles.FRAME_ID:
            return frame.id
        if role == Roles.ITEM:
            return frame
        if role == Roles.KIND:
            return "frame"
        if role == Qt.ItemDataRole.DecorationRole:
            image = self._cache.get(frame.id)
            if image is not None:
                return QIcon(QPixmap.fromImage(image))
            self._request(frame)
            return QIcon(self._blank())
        return None

    def _blank(self) -> QPixmap:
        if self._placeholder is None:
            self._placeholder = QPixmap(QSize(THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 9 // 16))
            self._placeholder.fill(current_palette().color(QPalette.ColorRole.Mid))  # follows the theme
        return self._placeholder

    def _request(self, frame: FrameInfo) -> None:
        # Never start work (or emit dataChanged) from inside data(): queue it for the event loop.
        if frame.id in self._pending:
            return
        self._pending.add(frame.id)
        if not self._queued:
            QTimer.singleShot(0, self, self._load_queued)
        self._queued.append(frame)

    def _load_queued(self) -> None:
        queued, self._queued = self._queued, []
        for frame in queued:
            self._load(frame)

    def _load(self, frame: FrameInfo) -> None:
        generation = self._generation

        def decoded(found):  # on the reader's thread, not the GUI's
            return decode(found[1], THUMBNAIL_WIDTH) if found else None

        self._runner.read(lambda reader: reader.frame_image(frame.id, decoded),
                          lambda image: self._on_thumbnail(generation, frame.id, image))

    def _on_thumbnail(self, generation: int, frame_id: int, image) -> None:
        self._pending.discard(frame_id)
        if image is None or image.isNull():
            return
        self._cache.put(frame_id, image)
        if generation == self._generation:
            row = self.row_of(frame_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.DecorationRole])

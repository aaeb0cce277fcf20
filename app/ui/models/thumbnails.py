"""Decoded screenshots kept in memory only — never written to disk — with a bounded size."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

THUMBNAIL_WIDTH = 160


class ImageCache:
    """A least-recently-used map of frame id → QImage. Redaction must `discard` the frame's entry."""

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._images: OrderedDict[int, QImage] = OrderedDict()

    def get(self, frame_id: int) -> QImage | None:
        image = self._images.get(frame_id)
        if image is not None:
            self._images.move_to_end(frame_id)
        return image

    def put(self, frame_id: int, image: QImage) -> None:
        self._images[frame_id] = image
        self._images.move_to_end(frame_id)
        while len(self._images) > self._capacity:
            self._images.popitem(last=False)

    def discard(self, frame_id: int) -> None:
        self._images.pop(frame_id, None)

    def clear(self) -> None:
        self._images.clear()

    def __contains__(self, frame_id: int) -> bool:
        return frame_id in self._images

    def __len__(self) -> int:
        return len(self._images)


def decode(data: bytes, width: int | None = None) -> QImage:
    """Decode an encoded screenshot (safe off the GUI thread); scaled to `width` if given."""
    image = QImage.fromData(data)
    if width is not None and not image.isNull() and image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    return image

"""Item data roles shared by the review models and their views."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt


class Roles(enum.IntEnum):
    """Custom roles (Qt.UserRole and up). Views and tests read model data through these."""

    ITEM = Qt.ItemDataRole.UserRole + 1  # the underlying value (a queries dataclass)
    KIND = Qt.ItemDataRole.UserRole + 2  # "day" | "segment" | "gap" | "frame" | "event" | "app"
    SEGMENT_ID = Qt.ItemDataRole.UserRole + 3
    START = Qt.ItemDataRole.UserRole + 4
    END = Qt.ItemDataRole.UserRole + 5
    STATE = Qt.ItemDataRole.UserRole + 6  # SegmentState value
    BADGE = Qt.ItemDataRole.UserRole + 7  # the state badge's text
    FILTER_VALUE = Qt.ItemDataRole.UserRole + 8  # what a filter entry selects (None: everything)
    FRAME_ID = Qt.ItemDataRole.UserRole + 9


KIND_DAY, KIND_SEGMENT, KIND_GAP = "day", "segment", "gap"

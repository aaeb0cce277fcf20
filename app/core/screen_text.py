"""What reading screenshots produces and what the scan worker and the vault hand each other.

The scan worker (app/scan) and the vault (app/vault/scan_store.py) are siblings: they meet through
the `ScanSource` protocol (app/scan/source.py) in these values. All of them hold captured content
(words seen on screen, typed words): they live in memory and in the encrypted vault only.
"""

from __future__ import annotations

from dataclasses import dataclass

Box = tuple[int, int, int, int]  # x, y, width, height in the stored frame's pixels


@dataclass(frozen=True)
class ScreenWord:
    """A word read on a frame: its text and box in the stored frame's pixels."""

    text: str
    box: Box
    confidence: float = 0.0


@dataclass(frozen=True)
class MatchedWord:
    """A word a detector matched: on screen (with its box), or in the typed text, title or app."""

    text: str
    box: Box | None = None
    source: str = "screen"


@dataclass(frozen=True)
class SuggestedMoment:
    """A detector's finding, as the vault stores it: a suggestion for one segment (and frame)."""

    category: str
    reason: str
    words: tuple[MatchedWord, ...]


@dataclass(frozen=True)
class PendingFrame:
    """A frame that waits to be read: it could still leave (its segment is held or approved)."""

    frame_id: int
    segment_id: int
    t: float


@dataclass(frozen=True)
class LoadedFrame:
    """A frame to read: its image as stored, and its segment's title and application.

    `digest` names the stored image: what is read is saved only if the image is still this one
    (a redaction or delete meanwhile wins)."""

    frame_id: int
    segment_id: int
    mime: str
    image: bytes
    digest: str
    scale: float
    title: str
    app: str


@dataclass(frozen=True)
class SegmentText:
    """A finished segment's typed text, title and application, to check once (`digest`: as above)."""

    segment_id: int
    typed: str
    title: str
    app: str
    digest: str


@dataclass(frozen=True)
class ScanCounts:
    """Frames read of those that could still leave (since a given time), and open suggestions."""

    read: int
    total: int
    open_suggestions: int = 0

    @property
    def waiting(self) -> int:
        return self.total - self.read

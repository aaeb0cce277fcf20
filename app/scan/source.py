"""What the scan worker needs from the vault (app/vault/scan_store.py implements it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from app.core.screen_text import LoadedFrame, PendingFrame, ScanCounts, ScreenWord, SegmentText, SuggestedMoment


class ScanSource(Protocol):
    def pending_frames(self, since: float | None = None, limit: int = 100) -> list[PendingFrame]: ...

    def pending_texts(self, since: float | None = None, limit: int = 100) -> list[int]: ...

    def counts(self, since: float | None = None) -> ScanCounts: ...

    def load_frame(self, frame_id: int) -> LoadedFrame | None: ...

    def load_text(self, segment_id: int) -> SegmentText | None: ...

    def save_frame(self, frame: LoadedFrame, engine: str, words: Sequence[ScreenWord],
                   moments: Sequence[SuggestedMoment], now: float) -> bool: ...

    def save_text(self, text: SegmentText, moments: Sequence[SuggestedMoment], now: float) -> bool: ...

    def shrink_leftovers(self, limit: int = 50) -> int: ...

    def data_version(self) -> int: ...  # changes when another connection commits

    def close(self) -> None: ...

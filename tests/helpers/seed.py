"""Small, exact vaults for tests: segments with typed text, clicks and real JPEG screenshots, and
the words read on those screenshots with the moments suggested from them."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

from app.core.model import ClickEvent, Frame, KeyEvent, KeystrokeMode, SegmentEndReason, WindowInfo
from app.core.records import EventRecord, FrameRecord, KeyRelease, SegmentEnd, SegmentStart
from app.vault.writer import VaultWriter


@dataclass(frozen=True)
class SeededSegment:
    start: float
    app: str
    title: str
    text: str
    colour: tuple[int, int, int] = (40, 90, 200)
    size: tuple[int, int] = (64, 48)  # the screenshot's pixels


def jpeg(colour=(40, 90, 200), size=(64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", quality=80)
    return out.getvalue()


def seed(handle, segments: list[SeededSegment]) -> list[int]:
    """Write the segments through the real writer; returns their ids in order."""
    writer = VaultWriter(handle)
    writer.start()
    try:
        for token, s in enumerate(segments, start=1):
            writer.submit(SegmentStart(token, s.start, WindowInfo(app=s.app, title=s.title), KeystrokeMode.FULL))
            t = s.start
            for ch in s.text:
                writer.submit(EventRecord(token, KeyEvent(t, ch, True, ch)))
                writer.submit(KeyRelease(t + 0.03, ch))
                t += 0.1
            writer.submit(EventRecord(token, ClickEvent(t, 10, 12, "left", True)))
            writer.submit(EventRecord(token, ClickEvent(t + 0.05, 10, 12, "left", False)))
            writer.submit(FrameRecord(token, Frame(t, *s.size, jpeg(s.colour, s.size))))
            writer.submit(SegmentEnd(token, t, SegmentEndReason.WINDOW_CHANGED))
        writer.flush()
    finally:
        writer.stop()
    conn = handle.connect()
    try:
        return [r[0] for r in conn.execute("SELECT id FROM segments ORDER BY start")]
    finally:
        conn.close()


@dataclass(frozen=True)
class SeededSuggestion:
    """A moment to suggest on the screenshot of segment number `segment` (0-based, in seeding
    order): words read there with their boxes (frame pixels), and the category they match."""

    segment: int
    category: str
    words: tuple[tuple[str, tuple[int, int, int, int]], ...]


def seed_suggestions(handle, segment_ids: list[int], suggestions: list[SeededSuggestion], now: float = 0.0) -> list[int]:
    """Store what was read on each segment's screenshot and the suggestion, as the scan worker does
    (app/vault/screen_store.py). Returns the suggestions' ids in order."""
    from app.vault import screen_store
    from app.vault.database import transaction

    conn = handle.connect()
    try:
        ids = []
        for s in suggestions:
            segment_id = segment_ids[s.segment]
            (frame_id,), = conn.execute("SELECT id FROM frames WHERE segment_id = ? ORDER BY t LIMIT 1",
                                        (segment_id,)).fetchall()
            with transaction(conn):
                screen_store.store_read(conn, frame_id, "test-ocr 1.0",
                                        [screen_store.ScreenWord(text, box, 0.9) for text, box in s.words], now)
                reason = ", ".join(f"'{text}'" for text, _box in s.words) + " on screen"
                ids.append(screen_store.add_suggestion(conn, segment_id, frame_id, s.category, reason,
                                                       [screen_store.MatchedWord(text, box) for text, box in s.words],
                                                       now))
        return ids
    finally:
        conn.close()

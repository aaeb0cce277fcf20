"""Small, exact vaults for tests: segments with typed text, clicks and real JPEG screenshots."""

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
            writer.submit(FrameRecord(token, Frame(t, 64, 48, jpeg(s.colour))))
            writer.submit(SegmentEnd(token, t, SegmentEndReason.WINDOW_CHANGED))
        writer.flush()
    finally:
        writer.stop()
    conn = handle.connect()
    try:
        return [r[0] for r in conn.execute("SELECT id FROM segments ORDER BY start")]
    finally:
        conn.close()

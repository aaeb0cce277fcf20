"""Pause race through the real capture pipeline: a flood of keys and mouse events on the event queue,
a pause at a random instant, and nothing stamped at or after that instant may reach the vault —
neither through the pipeline (which judges input after its reorder hold) nor through the writer
behind it (which drops what was already queued). The writer-level race is test_pause_race.py.
"""

from __future__ import annotations

import random
import threading
import time

from app.capture.event_queue import EventQueue
from app.capture.health import CaptureHealth
from app.capture.pipeline import CapturePipeline
from app.capture.pipeline_settings import PipelineSettings
from app.core.clock import SystemClock
from app.core.model import (
    ClickEvent,
    FocusEvent,
    KeyEvent,
    KeystrokeMode,
    MoveEvent,
    ScrollEvent,
    SegmentEndReason,
    WindowInfo,
)
from app.core.records import EventRecord, FrameRecord, KeyRelease, SegmentEnd, SegmentStart
from app.policy.rules.pause import PauseState
from app.policy.rules.typed_text import reconstruct
from app.vault import event_store
from app.vault.in_flight import InFlightGuard
from app.vault.writer import VaultWriter
from tests.drills.settings import count, report

WORDS = ("lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit")
SETTINGS = PipelineSettings(screenshots=False)


class Tap:
    """The pipeline's RecordSink: counts what the pipeline hands over, then passes it to the writer."""

    def __init__(self, writer: VaultWriter) -> None:
        self.writer = writer
        self.stamps: list[float] = []

    def submit(self, record) -> None:
        if isinstance(record, EventRecord):
            self.stamps.append(record.event.t)
        elif isinstance(record, KeyRelease):
            self.stamps.append(record.t)
        elif isinstance(record, FrameRecord):
            self.stamps.append(record.frame.t)
        self.writer.submit(record)


def _flood(events: EventQueue, stop: threading.Event, rng: random.Random, sent: list[int]) -> None:
    n = 0
    text = " ".join(rng.choice(WORDS) for _ in range(400))
    while not stop.is_set():
        t = time.time()
        roll = rng.random()
        if roll < 0.55:
            ch = text[n % len(text)]
            key = "space" if ch == " " else ch
            events.offer(KeyEvent(t, key, True, ch))
            events.offer(KeyEvent(t, key, False, ch))
            n += 2
        elif roll < 0.85:
            events.offer(MoveEvent(t, rng.randrange(1920), rng.randrange(1080)))
            n += 1
        elif roll < 0.95:
            events.offer(ClickEvent(t, 10, 10, "left", True))
            events.offer(ClickEvent(t, 10, 10, "left", False))
            n += 2
        else:
            events.offer(ScrollEvent(t, 10, 10, 0, -1))
            n += 1
        if n % 16 < 2:
            time.sleep(0.0002)  # thousands of events a second, not a CPU-bound spin
    sent.append(n)


def test_pipeline_pause_race_stores_nothing_stamped_after_the_pause(vault_handle):
    runs = count(200, 2000)
    rng = random.Random(20261127)
    pause = PauseState()
    writer = VaultWriter(vault_handle, InFlightGuard(pause))
    writer.start()
    tap = Tap(writer)
    reader = vault_handle.connect()
    persisted_late = submitted_late = persisted_before = sent_total = text_mismatch = 0
    try:
        for run in range(1, runs + 1):
            resumed_at = time.time()
            pause.resume(at=resumed_at)
            window = WindowInfo(app="editor", title=f"race {run}", window_id=run)
            events = EventQueue()
            pipeline = CapturePipeline(events, tap, SystemClock(), pause, CaptureHealth(), SETTINGS)
            pipeline.start()
            events.offer(FocusEvent(time.time(), window))
            stop, sent = threading.Event(), []
            flooder = threading.Thread(target=_flood, args=(events, stop, rng, sent))
            tap.stamps.clear()
            flooder.start()
            time.sleep(rng.uniform(0.001, 0.02))  # the random instant of the click within the flood
            paused_at = time.time()
            pause.pause(at=paused_at)
            time.sleep(rng.uniform(0, 0.004))  # events keep coming (stamped late) after the click
            stop.set()
            flooder.join()
            pipeline.stop()  # judges what is queued and held, closes the segment
            writer.flush()
            sent_total += sent[0]
            submitted_late += sum(1 for t in tap.stamps if t >= paused_at)
            for segment_id, typed, end in reader.execute(
                    "SELECT id, typed_text, end FROM segments WHERE title = ?", (window.title,)).fetchall():
                stored = event_store.events_of(reader, segment_id)
                # Stored times are rounded down to the millisecond: never later than the event.
                persisted_late += sum(1 for e in stored if e.t >= paused_at) + (end >= paused_at)
                persisted_before += len(stored)
                keys = [e for e in stored if isinstance(e, KeyEvent)]
                text_mismatch += typed != reconstruct(keys)
    finally:
        writer.stop()
        reader.close()
    report("pipeline pause race", runs=runs, events_sent=sent_total, persisted_before_pause=persisted_before,
           submitted_after_pause=submitted_late, persisted_after_pause=persisted_late,
           typed_text_not_from_stored_keys=text_mismatch)
    assert persisted_late == 0 and submitted_late == 0
    assert persisted_before > runs  # the flood really went through the pipeline into the vault
    assert text_mismatch == 0


def test_writer_stores_no_segment_started_in_a_pause(vault_handle):
    """The writer drops a SegmentStart and events stamped inside a pause (they may already be queued
    when the employee clicks), and the segment's SegmentEnd, which carries no stamp the guard checks,
    must not bring the dropped segment back (its window title and typed text are content)."""
    pause = PauseState()
    paused_at = time.time()
    pause.pause(at=paused_at)
    writer = VaultWriter(vault_handle, InFlightGuard(pause))
    writer.start()
    t = paused_at + 0.001
    writer.submit(SegmentStart(1, t, WindowInfo(app="chat", title="Private chat with Dr Who"), KeystrokeMode.FULL))
    writer.submit(EventRecord(1, KeyEvent(t, "s", True, "s")))
    writer.submit(KeyRelease(t + 0.01, "s"))
    writer.submit(SegmentEnd(1, t + 0.01, SegmentEndReason.PAUSED))
    writer.flush()
    writer.stop()
    conn = vault_handle.connect()
    try:
        rows = conn.execute("SELECT title, typed_text FROM segments").fetchall()
    finally:
        conn.close()
    assert rows == [], f"stored during the pause: {rows}"

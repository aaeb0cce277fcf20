"""Pause race: pause at a random instant while events flood in; nothing stamped at or after the
pause instant may be persisted — including events that were already queued when it happened."""

from __future__ import annotations

import random
import threading
import time

from app.core.model import ClickEvent, KeyEvent, KeystrokeMode, MoveEvent, WindowInfo
from app.core.records import EventRecord, SegmentStart
from app.policy.rules.pause import PauseState
from app.vault.in_flight import InFlightGuard
from app.vault.writer import VaultWriter
from tests.drills.settings import count, report

WINDOW = WindowInfo(app="editor", title="draft")


def _flood(writer: VaultWriter, token: int, stop: threading.Event, rng: random.Random) -> int:
    sent = 0
    while not stop.is_set():
        t = time.time()
        kind = rng.random()
        if kind < 0.6:
            event = KeyEvent(t, "a", True, "a")
        elif kind < 0.8:
            event = ClickEvent(t, 5, 5, "left", True)
        else:
            event = MoveEvent(t, rng.randrange(1920), rng.randrange(1080))
        writer.submit(EventRecord(token, event))
        sent += 1
        if sent % 8 == 0:
            time.sleep(0.0002)  # a flood (tens of thousands a second), not a CPU-bound spin
    return sent


def test_pause_race_drops_everything_stamped_after_the_pause_instant(vault_handle):
    runs = count(quick=200, full=2000)
    rng = random.Random(20261124)
    pause = PauseState()
    writer = VaultWriter(vault_handle, InFlightGuard(pause))
    writer.start()
    reader = vault_handle.connect()
    violations, persisted_before, sent_total = 0, 0, 0
    try:
        for run in range(1, runs + 1):
            resumed_at = time.time()
            pause.resume(at=resumed_at)
            writer.submit(SegmentStart(run, resumed_at, WINDOW, KeystrokeMode.FULL))
            stop = threading.Event()
            sent = []
            flooder = threading.Thread(target=lambda: sent.append(_flood(writer, run, stop, rng)))
            flooder.start()
            time.sleep(rng.uniform(0.0005, 0.01))  # the random instant of the click within the flood
            paused_at = time.time()
            pause.pause(at=paused_at)
            time.sleep(rng.uniform(0, 0.003))  # events keep arriving (stamped late) after the click
            stop.set()
            flooder.join()
            writer.flush()
            sent_total += sent[0]
            # Stored times are rounded down to the millisecond: never later than the event.
            stamped = "s.t0 + e.dt / 1000.0"
            late = reader.execute(
                f"SELECT count(*) FROM events e JOIN segments s ON s.id = e.segment_id "
                f"WHERE {stamped} >= ? AND s.start >= ?", (paused_at, resumed_at)).fetchone()[0]
            violations += late
            persisted_before += reader.execute(
                f"SELECT count(*) FROM events e JOIN segments s ON s.id = e.segment_id "
                f"WHERE {stamped} >= ? AND {stamped} < ?", (resumed_at - 0.001, paused_at)).fetchone()[0]
    finally:
        writer.stop()
        reader.close()
    report("pause race", runs=runs, events_sent=sent_total, persisted_before_pause=persisted_before,
           persisted_after_pause=violations, dropped=writer.stats.dropped_paused)
    assert violations == 0
    assert persisted_before > 0  # the flood really reached the vault: the check above means something
    assert writer.stats.dropped_paused > 0

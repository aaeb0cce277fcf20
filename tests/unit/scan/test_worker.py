"""The scan worker over a real vault with a fake OCR reader and detector: what it reads, what it
stores, what it skips, how it yields, and how frames go back to the policy's scale once read."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PIL import Image

from app.core.screen_text import MatchedWord, ScanCounts, ScreenWord, SuggestedMoment
from app.scan.worker import IdleGate, ScanProgress, ScanWorker, describe
from app.vault import queries, screen_store
from app.vault.operations.redaction import Rect, redact_frame
from app.vault.scan_store import VaultScanSource
from tests.helpers.clock import FakeClock

WIDTH, HEIGHT = 400, 240


def jpeg(color=(240, 240, 240)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (WIDTH, HEIGHT), color).save(out, "JPEG", quality=80)
    return out.getvalue()


def add_segment(conn, state="held", ended=True, typed="", title="Inbox", frames=1) -> tuple[int, list[int]]:
    segment_id = conn.execute(
        "INSERT INTO segments (start, end, app, title, keystroke_mode, state, typed_text, frame_count, end_reason) "
        "VALUES (100, 200, 'mail', ?, 'full', ?, ?, ?, ?)",
        (title, state, typed, frames, "idle" if ended else None)).lastrowid
    ids = [conn.execute("INSERT INTO frames (segment_id, t, width, height, mime, scale, image) "
                        "VALUES (?, ?, ?, ?, 'image/jpeg', 1.0, ?)",
                        (segment_id, 150 + n, WIDTH, HEIGHT, jpeg())).lastrowid for n in range(frames)]
    return segment_id, ids


class FakeReader:
    engine = "fake-ocr 1"

    def __init__(self, words=None, fail_on=(), during=None):
        self.words = words or [ScreenWord("diagnosis", (40, 60, 80, 16)), ScreenWord("hello", (200, 100, 40, 16))]
        self.calls: list[tuple[tuple[int, int], bool]] = []
        self.fail_on = set(fail_on)
        self.during = during
        self.closed = 0

    def close(self):
        self.closed += 1

    def read(self, image, previous):
        self.calls.append((image.size, previous is not None))
        if self.during is not None:
            self.during()
        if len(self.calls) in self.fail_on:
            raise RuntimeError("engine broke")
        return list(self.words)


class FakeDetector:
    def on_screen(self, words, title, app):
        hits = [MatchedWord(w.text, w.box) for w in words if w.text == "diagnosis"]
        return [SuggestedMoment("health", "'diagnosis' on screen", tuple(hits))] if hits else []

    def in_text(self, typed, title, app):
        if "4111" in typed:
            return [SuggestedMoment("finance", "a card number typed", (MatchedWord("4111111111111111", None, "typed"),))]
        return []


class _Unclosed:
    """The test's connection, which the worker's source must not close under the test."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, *args):
        return self._conn.execute(*args)

    def executemany(self, *args):
        return self._conn.executemany(*args)

    def close(self):
        pass


def worker(conn, reader=None, scale=1.0, **kwargs) -> tuple[ScanWorker, FakeReader, list[ScanProgress]]:
    reader = reader or FakeReader()
    seen: list[ScanProgress] = []
    made = ScanWorker(lambda: VaultScanSource(_Unclosed(conn), target_scale=scale), lambda: reader, FakeDetector(),
                      FakeClock(1000.0), on_progress=seen.append, poll_s=0, **kwargs)
    return made, reader, seen


def test_reads_frames_that_could_leave_and_stores_words_and_suggestions(vault_conn):
    held, (h1, h2) = add_segment(vault_conn, frames=2, typed="card 4111111111111111")
    add_segment(vault_conn, state="flagged")
    add_segment(vault_conn, state="released")
    approved, (a1,) = add_segment(vault_conn, state="approved")
    scan, reader, seen = worker(vault_conn)
    counts = scan.run()
    assert (counts.read, counts.total) == (3, 3)
    assert len(reader.calls) == 3
    assert reader.calls[1][1] is True  # the second frame of a segment is read against the first
    assert [w.text for w in screen_store.words_of(vault_conn, h1)] == ["diagnosis", "hello"]
    found = {(s.segment_id, s.frame_id, s.category) for s in queries.suggestions(vault_conn)}
    assert found == {(held, h1, "health"), (held, h2, "health"), (approved, a1, "health"), (held, None, "finance")}
    assert describe(seen[-1]) == "Screenshots read: 3 of 3"
    assert any(describe(p) == "Reading screenshots: 1 of 3" for p in seen)
    assert reader.closed == 1  # the engine's memory is given back once nothing waits
    # Read once: a second run finds nothing to do.
    assert worker(vault_conn)[0].run().read == 3 and len(reader.calls) == 3


def test_frames_are_stored_at_the_policy_scale_once_read_with_boxes_following(vault_conn):
    segment_id, (frame_id,) = add_segment(vault_conn)
    flagged, (unread,) = add_segment(vault_conn, state="flagged")
    worker(vault_conn, scale=0.5)[0].run()
    width, height, scale, blob = vault_conn.execute("SELECT width, height, scale, image FROM frames WHERE id = ?",
                                                    (frame_id,)).fetchone()
    assert (width, height, scale) == (200, 120, 0.5) and Image.open(io.BytesIO(blob)).size == (200, 120)
    assert screen_store.words_of(vault_conn, frame_id)[0].box == (20, 30, 40, 8)
    assert queries.suggestions(vault_conn)[0].boxes == ((20, 30, 40, 8),)
    # A frame that will never be read (flagged first) is shrunk too.
    assert vault_conn.execute("SELECT width, scale FROM frames WHERE id = ?", (unread,)).fetchone() == (200, 0.5)


def test_a_frame_redacted_while_it_was_read_keeps_nothing_of_that_read(vault_conn):
    segment_id, (frame_id,) = add_segment(vault_conn)
    reader = FakeReader(during=lambda: redact_frame(vault_conn, frame_id, [Rect(0, 0, 400, 240)], now=500.0))
    scan, _, _ = worker(vault_conn, reader=reader)
    scan._on_progress = lambda progress: scan.stop()  # one pass: the frame stays unread (it changed)
    scan.run()
    assert reader.calls  # it was read...
    assert screen_store.words_of(vault_conn, frame_id) == []
    assert queries.suggestions(vault_conn, ()) == []


def test_an_unreadable_frame_is_marked_and_the_others_are_read(vault_conn):
    _segment_id, (first, second) = add_segment(vault_conn, frames=2)
    scan, reader, _ = worker(vault_conn, reader=FakeReader(fail_on={1}))
    assert scan.run().read == 2
    engines = dict(vault_conn.execute("SELECT frame_id, engine FROM frame_reads").fetchall())
    assert engines == {first: "fake-ocr 1 (failed: RuntimeError)", second: "fake-ocr 1"}


def test_bytes_that_are_no_image_are_marked_read_and_do_not_stop_the_worker(vault_conn):
    """A frame that cannot be decoded (capture never writes one) would otherwise stop every scan
    child at it, restart after restart, and hold its segment at the release gate for ever."""
    _segment_id, (broken, fine) = add_segment(vault_conn, frames=2)
    vault_conn.execute("UPDATE frames SET image = ? WHERE id = ?", (b"\xff\xd8 not a jpeg", broken))
    scan, reader, _ = worker(vault_conn, scale=0.5)
    assert scan.run().read == 2
    engines = dict(vault_conn.execute("SELECT frame_id, engine FROM frame_reads").fetchall())
    assert engines[broken].startswith("fake-ocr 1 (failed: ") and engines[fine] == "fake-ocr 1"
    assert len(reader.calls) == 1  # only the image was given to the engine
    assert reader.calls[0][1] is False  # and not read against the broken one
    # The broken bytes stay as they were (nothing to shrink); the image was shrunk as usual.
    assert vault_conn.execute("SELECT scale FROM frames WHERE id = ?", (broken,)).fetchone() == (1.0,)
    assert vault_conn.execute("SELECT scale FROM frames WHERE id = ?", (fine,)).fetchone() == (0.5,)


def test_it_waits_while_the_employee_works_and_says_why(vault_conn):
    add_segment(vault_conn)
    clock = FakeClock(1000.0)
    last_input = [999.0]
    gate = IdleGate(clock, last_input=lambda: last_input[0], idle_after_s=5.0)
    scan, reader, seen = worker(vault_conn, gate=gate)

    def progress(report: ScanProgress) -> None:
        seen.append(report)
        if report.waiting_because:
            assert reader.calls == []  # nothing is read while the employee works
            clock.advance(10.0)  # ...until they stop for a while

    scan._on_progress = progress
    assert scan.run().read == 1
    assert describe(seen[0]) == "Reading screenshots: 0 of 1 (waiting: you are working)"


def test_battery_makes_it_wait_too():
    assert IdleGate(FakeClock(0.0), on_ac_power=lambda: False).reason_to_wait() == "on battery"
    assert IdleGate(FakeClock(100.0), last_input=lambda: 10.0).reason_to_wait() == ""


def test_a_pause_makes_it_wait_first():
    gate = IdleGate(FakeClock(100.0), last_input=lambda: 99.0, paused=lambda: True)
    assert gate.reason_to_wait() == "capture is paused"
    assert describe(ScanProgress(ScanCounts(3, 9), "capture is paused")) == \
        "Reading screenshots: 3 of 9 (waiting: capture is paused)"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SCHED_IDLE is Linux's")
def test_the_scan_child_lowers_its_whole_process_before_any_thread():
    probe = ("import os, threading; from app.scan.worker import lower_process_priority as low; done = low(); "
             "seen = []; t = threading.Thread(target=lambda: seen.append((os.sched_getscheduler(0), "
             "os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))); t.start(); t.join(); "
             "print(done, os.sched_getscheduler(0) == os.SCHED_IDLE, os.getpriority(os.PRIO_PROCESS, 0), "
             "seen[0] == (os.SCHED_IDLE, 19))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).resolve().parents[3])
    assert result.stdout.split() == ["SCHED_IDLE,", "nice", "19", "True", "19", "True"], result.stderr
    assert os.sched_getscheduler(0) != os.SCHED_IDLE  # this process is untouched


def test_without_an_ocr_engine_the_background_worker_stops_and_says_why(vault_conn):
    from app.scan.engine import OcrUnavailable

    add_segment(vault_conn)

    def no_engine():
        raise OcrUnavailable("no Tesseract models for 'deu+eng' found: install tesseract-ocr-eng")

    scan = ScanWorker(lambda: VaultScanSource(_Unclosed(vault_conn)), no_engine, FakeDetector(), FakeClock(0.0),
                      poll_s=0)
    scan.start()
    scan._thread.join(30)
    assert not scan._thread.is_alive()
    assert scan.failure == "screenshots are not read: no Tesseract models for 'deu+eng' found: install tesseract-ocr-eng"
    assert vault_conn.execute("SELECT count(*) FROM frame_reads").fetchone()[0] == 0


def test_the_release_store_tells_the_gate_which_suggestions_wait(vault_conn):
    from app.vault.release_store import ReleaseStore

    segment_id, (frame_id,) = add_segment(vault_conn)
    worker(vault_conn)[0].run()
    facts = {f.id: f for f in ReleaseStore(vault_conn).candidate_facts(2000.0)}
    assert facts[segment_id].open_suggestions == ("health",)
    vault_conn.execute("UPDATE suggestions SET state = 'dismissed'")
    assert ReleaseStore(vault_conn).candidate_facts(2000.0)[0].open_suggestions == ()


class _CountingSource(VaultScanSource):
    """Counts how often the worker looks for work and checks for commits."""

    def __init__(self, conn, polled: threading.Event):
        super().__init__(conn)
        self.looked = 0
        self.checked = 0
        self._polled = polled

    def pending_frames(self, since=None, limit=100):
        self.looked += 1
        return super().pending_frames(since, limit)

    def data_version(self):
        self.checked += 1
        if self.checked >= 5:
            self._polled.set()
        return super().data_version()


def test_an_idle_worker_only_checks_for_commits_and_wakes_for_a_new_frame(vault_handle, vault_conn):
    polled, read = threading.Event(), threading.Event()
    sources: list[_CountingSource] = []

    def source():
        sources.append(_CountingSource(vault_handle.connect(), polled))
        return sources[-1]

    scan = ScanWorker(source, lambda: FakeReader(during=read.set), FakeDetector(), FakeClock(1000.0), poll_s=0.005)
    scan.start()
    try:
        assert polled.wait(30)  # idle for several polls...
        assert sources[0].looked == 1  # ...having looked for work once
        add_segment(vault_conn)  # capture commits a frame on its own connection
        assert read.wait(30)
    finally:
        scan.stop()
    assert sources[0].looked >= 2


def test_a_source_for_some_segments_reads_only_theirs(vault_conn):
    """What `airlock release` reads first: only the segments the gate holds as unread."""
    wanted, wanted_frames = add_segment(vault_conn, frames=2, typed="notes")
    other, _ = add_segment(vault_conn, frames=1, typed="other")
    reader = FakeReader()
    scan = ScanWorker(lambda: VaultScanSource(_Unclosed(vault_conn), segments=[wanted]), lambda: reader,
                      FakeDetector(), FakeClock(1000.0), poll_s=0)
    counts = scan.run()
    assert (counts.read, counts.total) == (2, 2)
    read = {row[0] for row in vault_conn.execute("SELECT frame_id FROM frame_reads")}
    assert read == set(wanted_frames)
    assert [row[0] for row in vault_conn.execute("SELECT segment_id FROM text_reads")] == [wanted]
    assert VaultScanSource(_Unclosed(vault_conn), segments=[]).pending_frames() == []
    assert [p.segment_id for p in VaultScanSource(_Unclosed(vault_conn)).pending_frames()] == [other]

"""CaptureControls over a real VaultWriter: pauses and deletes are ordered with the capture stream,
persisted, written to the ledger, and announced to observers."""

from __future__ import annotations

import threading
import time

import pytest

from app.commands.control_wiring import ObservedHealth, VaultActions, attach_controls, condition_of, headless_control
from app.control.client import ControlClient
from app.control.controls import CaptureControls, ControlEventKind
from app.control.headless import HeadlessController
from app.control.instance import AlreadyRunning, InstanceLock
from app.control.interface import CaptureCondition
from app.core.clock import SystemClock
from app.core.errors import DiskFull, KnownError
from app.core.model import CaptureStatus, FlagCategory, KeyEvent, KeystrokeMode, WindowInfo
from app.core.records import EventRecord, SegmentStart, SegmentUpdate
from app.policy.rules.pause import PauseSnapshot, PauseState
from app.vault import ledger, operations
from app.vault.writer import VaultWriter
from tests.helpers.clock import FakeClock

NOW = 1_700_000_000.0
EDITOR = WindowInfo(app="editor", title="notes.txt")


@pytest.fixture
def clock():
    return FakeClock(NOW)


@pytest.fixture
def wired(vault_handle, clock):
    controls = CaptureControls(PauseState(), clock, None)
    writer = VaultWriter(vault_handle, is_paused=controls.drop_filter, on_error=controls.report_vault_error)
    controls.bind_actions(VaultActions.over_writer(writer))
    events = []
    controls.subscribe(events.append)
    writer.start()
    yield controls, writer, events
    writer.stop()


def keys(token: int, t0: float, text: str) -> list[EventRecord]:
    return [EventRecord(token, KeyEvent(t0 + i * 0.1, ch, True, ch)) for i, ch in enumerate(text)]


def test_a_pause_drops_events_already_queued_after_the_click(wired, clock, vault_conn):
    controls, writer, _ = wired
    writer.submit(SegmentStart(1, NOW - 1, EDITOR, KeystrokeMode.FULL))
    queued = keys(1, NOW - 0.25, "abcdef")  # three before the click, three after (still queued)
    controls.pause()  # the click at NOW
    for record in queued:
        writer.submit(record)
    writer.flush()
    times = [r[0] for r in vault_conn.execute("SELECT t FROM events ORDER BY t")]
    assert times == pytest.approx([NOW - 0.25, NOW - 0.15, NOW - 0.05])
    assert operations.load_pause(vault_conn) == PauseSnapshot(NOW, None)
    assert ledger.entries(vault_conn)[-1].kind == "pause"


def test_a_delete_also_drops_records_of_the_span_that_arrive_late(wired, clock, vault_conn):
    controls, writer, events = wired
    writer.submit(SegmentStart(1, NOW - 100, EDITOR, KeystrokeMode.FULL))
    for record in keys(1, NOW - 100, "secret"):
        writer.submit(record)
    clock.advance(10)
    removed = controls.delete_last(300)
    assert removed.segments == 1 and removed.keys == 6
    for record in keys(1, NOW - 5, "late"):  # stamped inside the deleted span, arriving after it
        writer.submit(record)
    for record in keys(1, NOW + 20, "new"):  # after the delete: kept, in a fresh row
        writer.submit(record)
    writer.flush()
    rows = vault_conn.execute("SELECT start, key_count FROM segments").fetchall()
    assert rows == [(NOW + 20, 3)]
    assert any(e.kind is ControlEventKind.DELETED and "1 segment" in e.message for e in events)


def test_a_timed_pause_ends_once_with_a_resume_in_the_ledger(wired, clock, vault_conn):
    controls, writer, events = wired
    controls.pause(seconds=900)
    assert controls.snapshot().describe.startswith("Paused until ")
    clock.advance(899)
    assert controls.expire_if_due() is False
    clock.advance(1)
    assert controls.expire_if_due() is True
    assert controls.expire_if_due() is False
    writer.flush()
    assert [e.kind for e in events].count(ControlEventKind.PAUSE_ENDED) == 1
    assert [e.kind for e in ledger.entries(vault_conn)][-2:] == ["pause", "resume"]
    assert operations.load_pause(vault_conn) is None
    assert controls.snapshot().state is CaptureStatus.RECORDING


def test_a_pause_ended_by_the_capture_thread_is_still_announced_once(wired, clock, vault_conn):
    controls, writer, events = wired
    controls.pause(seconds=60)
    clock.advance(60)
    assert controls.pause_state.expire_if_due(clock.now())  # the pipeline's tick got there first
    assert controls.expire_if_due() is True
    writer.flush()
    assert [e.kind for e in events].count(ControlEventKind.PAUSE_ENDED) == 1
    assert [e.kind for e in ledger.entries(vault_conn)].count("resume") == 0  # the recorder records its own


def test_a_saved_pause_is_adopted_and_an_expired_one_ended(wired, clock, vault_conn):
    controls, writer, _ = wired
    assert controls.adopt_pause(PauseSnapshot(NOW - 10, NOW + 50)) == PauseSnapshot(NOW - 10, NOW + 50)
    assert controls.snapshot().paused
    assert controls.adopt_pause(PauseSnapshot(NOW - 100, NOW - 50)) is None
    writer.flush()
    assert ledger.entries(vault_conn)[-1].kind == "resume"


def test_pausing_in_the_past_is_refused(wired, clock):
    controls, _, _ = wired
    with pytest.raises(KnownError, match="already passed"):
        controls.pause(until=NOW - 1)


def test_flag_last_marks_segments_and_writes_the_category_only(wired, clock, vault_conn):
    controls, writer, _ = wired
    writer.submit(SegmentStart(1, NOW - 60, EDITOR, KeystrokeMode.FULL))
    writer.submit(SegmentUpdate(1, NOW - 30, "x"))
    assert controls.flag_last(900, FlagCategory.FINANCE, "bank statement") == 1
    entry = ledger.entries(vault_conn)[-1]
    assert entry.kind == "flag" and entry.body == {"segments": [1], "category": "finance"}


def test_status_words_follow_the_condition_and_vault_errors(wired, clock):
    controls, _, events = wired
    assert controls.status().describe == "Recording"
    controls.report_condition(CaptureCondition(CaptureStatus.EXCLUDED, "password manager"))
    assert controls.snapshot().describe == "Excluded window in focus (password manager): nothing recorded"
    controls.report_condition(CaptureCondition(CaptureStatus.NOT_CAPTURING, "input: keyboard listener stopped"))
    assert controls.snapshot().describe == "Not capturing: input: keyboard listener stopped"
    assert events[-1].kind is ControlEventKind.CAPTURE_STOPPED
    controls.report_condition(CaptureCondition(CaptureStatus.RECORDING))
    assert events[-1].kind is ControlEventKind.CAPTURE_RESTORED
    controls.report_vault_error(DiskFull("The disk holding the vault is full; capture has stopped.", "Free space."))
    assert controls.snapshot().state is CaptureStatus.NOT_CAPTURING
    assert events[-1].kind is ControlEventKind.CAPTURE_STOPPED and events[-1].hint == "Free space."


def test_without_a_vault_pause_still_holds_but_delete_explains(clock):
    controls = CaptureControls(PauseState(), clock, None, vault_problem="keyring locked")
    assert controls.pause().state is CaptureStatus.NOT_CAPTURING  # the problem outranks the pause
    assert controls.pause_state.is_paused_at(NOW + 1)
    with pytest.raises(KnownError, match="keyring locked"):
        controls.delete_last(300)


def test_observed_health_reports_only_changes():
    seen = []
    health = ObservedHealth(lambda snapshot: seen.append(condition_of(snapshot)))
    health.started(1.0)
    health.set_paused(False, None, 2.0)
    health.set_paused(False, None, 3.0)
    health.set_excluded("banking", 4.0)
    health.source_failed("input", "keyboard listener stopped", 5.0)
    assert seen == [CaptureCondition(CaptureStatus.RECORDING),
                    CaptureCondition(CaptureStatus.EXCLUDED, "banking"),
                    CaptureCondition(CaptureStatus.NOT_CAPTURING, "input: keyboard listener stopped")]


def test_the_headless_expiry_thread_ends_a_timed_pause_on_time(vault_handle):
    controls = HeadlessController(PauseState(), SystemClock(), None)
    ended = threading.Event()
    controls.subscribe(lambda event: event.kind is ControlEventKind.PAUSE_ENDED and ended.set())
    controls.start()
    try:
        started = time.monotonic()
        controls.pause(seconds=0.3)
        assert ended.wait(5)
        assert time.monotonic() - started >= 0.29
        assert controls.snapshot().state is CaptureStatus.RECORDING
    finally:
        controls.stop()


class FakeRecorder:
    """What attach_controls/headless_control use of app.commands.record.Recorder."""

    def __init__(self, handle) -> None:
        self.handle = handle
        self.pause = PauseState()
        self.writer = None
        self.health = None


def test_headless_control_serves_the_channel_and_holds_the_profile(data_dir, vault_handle, vault_conn):
    recorder = FakeRecorder(vault_handle)
    with headless_control(data_dir, recorder, SystemClock(), PauseSnapshot(time.time() - 5, None)) as controls:
        recorder.writer.start()
        assert isinstance(recorder.health, ObservedHealth)
        with pytest.raises(AlreadyRunning):
            InstanceLock(data_dir.instance_lock).acquire("desktop")
        with ControlClient.connect(data_dir) as client:
            assert client.status().paused
            assert client.resume().state is CaptureStatus.RECORDING
        assert not controls.pause_state.is_paused_at(time.time() + 1)
    recorder.writer.stop()
    assert not data_dir.control_socket.exists()
    assert ledger.entries(vault_conn)[-1].kind == "resume"
    InstanceLock(data_dir.instance_lock).acquire("desktop")  # released


def test_attach_controls_gives_the_recorder_a_filtering_writer(vault_handle, clock):
    recorder = FakeRecorder(vault_handle)
    controls = CaptureControls(recorder.pause, clock, None)
    attach_controls(recorder, controls)
    assert controls.has_vault
    controls.drop_filter.remember_deleted(NOW - 10, NOW)
    assert recorder.writer._is_paused(NOW - 5)  # the writer asks the controls


def test_deleted_keys_do_not_come_back_with_the_open_segments_text(vault_handle, clock, vault_conn):
    from app.commands.control_wiring import controlled_writer

    controls = CaptureControls(PauseState(), clock, None)
    writer = controlled_writer(vault_handle, controls)
    writer.start()
    try:
        writer.submit(SegmentStart(1, NOW - 100, EDITOR, KeystrokeMode.FULL))
        for record in keys(1, NOW - 100, "hunter2"):
            writer.submit(record)
        writer.submit(SegmentUpdate(1, NOW - 99, "hunter2"))
        clock.advance(1)
        controls.delete_last(300)
        for record in keys(1, NOW + 10, "ok"):  # the same window, the same open segment
            writer.submit(record)
        writer.submit(SegmentUpdate(1, NOW + 11, "hunter2ok"))  # the pipeline still has it all
        writer.flush()
    finally:
        writer.stop()
    assert vault_conn.execute("SELECT typed_text FROM segments").fetchall() == [("ok",)]
    assert vault_conn.execute("SELECT count(*) FROM segment_search WHERE segment_search MATCH 'hunter2'").fetchone()[0] == 0


def test_closing_a_deleted_segment_does_not_bring_its_row_back(vault_handle, clock, vault_conn):
    from app.commands.control_wiring import controlled_writer

    controls = CaptureControls(PauseState(), clock, None)
    writer = controlled_writer(vault_handle, controls)
    writer.start()
    try:
        writer.submit(SegmentStart(1, NOW - 100, EDITOR, KeystrokeMode.FULL))
        for record in keys(1, NOW - 100, "diary"):
            writer.submit(record)
        clock.advance(1)
        controls.delete_last(300)
        writer.submit(SegmentUpdate(1, NOW - 99.6, "diary"))  # the pipeline closes the segment later
        writer.flush()
    finally:
        writer.stop()
    assert vault_conn.execute("SELECT count(*) FROM segments").fetchone()[0] == 0

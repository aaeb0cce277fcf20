"""Operations over a real VaultWriter: pauses and deletes are ordered with the capture stream,
persisted, written to the ledger, announced to observers, and nothing deleted comes back."""

from __future__ import annotations

import threading
import time

import pytest

from app.capture.health import CaptureHealth
from app.commands.recorder import condition_of
from app.control.headless import HeadlessOperations
from app.control.interface import CaptureCondition
from app.control.operations import ControlEventKind, Operations
from app.core.changes import ChangeKind
from app.core.clock import SystemClock
from app.core.errors import DiskFull, KnownError
from app.core.model import CaptureStatus, FlagCategory, KeyEvent, KeystrokeMode, SegmentEndReason, WindowInfo
from app.core.records import EventRecord, SegmentEnd, SegmentStart
from app.policy.rules.pause import PauseSnapshot, PauseState
from app.vault import ledger
from app.vault.in_flight import InFlightGuard
from app.vault.operations import settings
from app.vault.operations.store import VaultOperations
from app.vault.writer import VaultWriter
from tests.helpers.clock import FakeClock

NOW = 1_700_000_000.0
EDITOR = WindowInfo(app="editor", title="notes.txt")


@pytest.fixture
def clock():
    return FakeClock(NOW)


@pytest.fixture
def wired(vault_handle, clock):
    """Built as the composition root builds it: each part given what it needs."""
    pause = PauseState()
    writer = VaultWriter(vault_handle, InFlightGuard(pause), on_error=lambda error: operations.report_vault_error(error))
    operations = Operations(pause, clock, VaultOperations(writer.run))
    events = []
    operations.subscribe(events.append)
    writer.start()
    yield operations, writer, events
    writer.stop()


def keys(token: int, t0: float, text: str) -> list[EventRecord]:
    return [EventRecord(token, KeyEvent(t0 + i * 0.1, ch, True, ch)) for i, ch in enumerate(text)]


def _submit(writer, records) -> None:
    for record in records:
        writer.submit(record)


def test_a_pause_drops_events_already_queued_after_the_click(wired, clock, vault_conn):
    operations, writer, _ = wired
    writer.submit(SegmentStart(1, NOW - 1, EDITOR, KeystrokeMode.FULL))
    queued = keys(1, NOW - 0.25, "abcdef")  # three before the click, three after (still queued)
    operations.pause()  # the click at NOW
    _submit(writer, queued)
    writer.flush()
    segment_id = vault_conn.execute("SELECT id FROM segments").fetchone()[0]
    from app.vault import event_store

    times = [e.t for e in event_store.events_of(vault_conn, segment_id)]
    assert times == pytest.approx([NOW - 0.25, NOW - 0.15, NOW - 0.05], abs=1e-3)
    assert settings.load_pause(vault_conn) == PauseSnapshot(NOW, None)
    assert ledger.entries(vault_conn)[-1].kind == "pause"


def test_a_delete_also_drops_records_of_the_span_that_arrive_late(wired, clock, vault_conn):
    operations, writer, events = wired
    writer.submit(SegmentStart(1, NOW - 100, EDITOR, KeystrokeMode.FULL))
    _submit(writer, keys(1, NOW - 100, "secret"))
    clock.advance(10)
    removed = operations.delete_last(300)
    assert removed.segments == 1 and removed.keys == 6
    _submit(writer, keys(1, NOW - 5, "late"))  # stamped inside the deleted span, arriving after it
    _submit(writer, keys(1, NOW + 20, "new"))  # after the delete: kept, in a fresh row
    writer.submit(SegmentEnd(1, NOW + 20.2, SegmentEndReason.STOPPED))
    writer.flush()
    rows = vault_conn.execute("SELECT start, key_count, typed_text FROM segments").fetchall()
    assert rows == [(NOW + 20, 3, "new")]
    assert any(e.kind is ControlEventKind.DELETED and "1 segment" in e.message for e in events)
    changed = [e.change for e in events if e.kind is ControlEventKind.CHANGED]
    assert changed and changed[0].kind is ChangeKind.DELETE and changed[0].spans == ((NOW - 290, NOW + 10),)


def test_deleted_keys_do_not_come_back_in_the_open_segments_text_or_the_search_index(wired, clock, vault_conn):
    operations, writer, _ = wired
    writer.submit(SegmentStart(1, NOW - 100, EDITOR, KeystrokeMode.FULL))
    _submit(writer, keys(1, NOW - 100, "hunter2"))
    clock.advance(1)
    operations.delete_last(300)
    _submit(writer, keys(1, NOW + 10, "ok"))  # the same window, the same open segment
    writer.submit(SegmentEnd(1, NOW + 10.1, SegmentEndReason.IDLE))
    writer.flush()
    assert vault_conn.execute("SELECT typed_text FROM segments").fetchall() == [("ok",)]
    assert vault_conn.execute("SELECT count(*) FROM segment_search WHERE segment_search MATCH 'hunter2'").fetchone()[0] == 0


def test_ending_a_deleted_segment_does_not_bring_its_row_back(wired, clock, vault_conn):
    operations, writer, _ = wired
    writer.submit(SegmentStart(1, NOW - 100, EDITOR, KeystrokeMode.FULL))
    _submit(writer, keys(1, NOW - 100, "diary"))
    clock.advance(1)
    operations.delete_last(300)
    writer.submit(SegmentEnd(1, NOW - 99.6, SegmentEndReason.IDLE))  # the pipeline ends the segment later
    writer.flush()
    assert vault_conn.execute("SELECT count(*) FROM segments").fetchone()[0] == 0


def test_review_changes_reach_the_writer_and_observers(wired, clock, vault_conn):
    operations, writer, events = wired
    writer.submit(SegmentStart(1, NOW - 60, EDITOR, KeystrokeMode.FULL))
    _submit(writer, keys(1, NOW - 60, "one"))
    writer.submit(SegmentEnd(1, NOW - 59, SegmentEndReason.WINDOW_CHANGED))
    writer.flush()
    (segment_id,) = [r[0] for r in vault_conn.execute("SELECT id FROM segments")]
    assert operations.flag(FlagCategory.HEALTH, "", [segment_id]).result(5).count == 1
    assert operations.unflag([segment_id]).result(5).count == 1
    assert operations.approve([segment_id]).result(5).count == 1
    change = operations.delete([segment_id]).result(5)
    assert change.removed == (segment_id,)
    writer.flush()  # observers are told on the writer thread, just after the result is set
    kinds = [e.change.kind for e in events if e.kind is ControlEventKind.CHANGED]
    assert kinds == [ChangeKind.FLAG, ChangeKind.UNFLAG, ChangeKind.APPROVE, ChangeKind.DELETE]
    assert [e.kind for e in ledger.entries(vault_conn)] == ["flag", "unflag", "approve", "delete"]


def test_a_timed_pause_ends_once_with_a_resume_in_the_ledger(wired, clock, vault_conn):
    operations, writer, events = wired
    operations.pause(seconds=900)
    assert operations.snapshot().describe.startswith("Paused until ")
    clock.advance(899)
    assert operations.expire_if_due() is False
    clock.advance(1)
    assert operations.expire_if_due() is True
    assert operations.expire_if_due() is False
    writer.flush()
    assert [e.kind for e in events].count(ControlEventKind.PAUSE_ENDED) == 1
    assert [e.kind for e in ledger.entries(vault_conn)][-2:] == ["pause", "resume"]
    assert settings.load_pause(vault_conn) is None
    assert operations.snapshot().state is CaptureStatus.RECORDING


def test_a_pause_ended_by_the_capture_thread_is_still_announced_once(wired, clock, vault_conn):
    operations, writer, events = wired
    operations.pause(seconds=60)
    clock.advance(60)
    assert operations.pause_state.expire_if_due(clock.now())  # the pipeline's tick got there first
    operations.pause_ran_out(clock.now())  # … and told the operations, which record the resume
    assert operations.expire_if_due() is True
    writer.flush()
    assert [e.kind for e in events].count(ControlEventKind.PAUSE_ENDED) == 1
    assert [e.kind for e in ledger.entries(vault_conn)].count("resume") == 1


def test_a_saved_pause_is_adopted_and_an_expired_one_ended(wired, clock, vault_conn):
    operations, writer, _ = wired
    assert operations.adopt_pause(PauseSnapshot(NOW - 10, NOW + 50)) == PauseSnapshot(NOW - 10, NOW + 50)
    assert operations.snapshot().paused
    assert operations.adopt_pause(PauseSnapshot(NOW - 100, NOW - 50)) is None
    writer.flush()
    assert ledger.entries(vault_conn)[-1].kind == "resume"


def test_pausing_in_the_past_is_refused(wired, clock):
    operations, _, _ = wired
    with pytest.raises(KnownError, match="already passed"):
        operations.pause(until=NOW - 1)


def test_flag_last_marks_segments_and_writes_the_category_only(wired, clock, vault_conn):
    operations, writer, _ = wired
    writer.submit(SegmentStart(1, NOW - 60, EDITOR, KeystrokeMode.FULL))
    _submit(writer, keys(1, NOW - 60, "x"))
    assert operations.flag_last(900, FlagCategory.FINANCE, "bank statement") == 1
    entry = ledger.entries(vault_conn)[-1]
    assert entry.kind == "flag" and entry.body == {"segments": [1], "category": "finance"}


def test_status_words_follow_the_condition_and_vault_errors(wired, clock):
    operations, _, events = wired
    assert operations.status().describe == "Recording"
    operations.report_condition(CaptureCondition(CaptureStatus.EXCLUDED, "password manager"))
    assert operations.snapshot().describe == "Excluded window in focus (password manager): nothing recorded"
    operations.report_condition(CaptureCondition(CaptureStatus.NOT_CAPTURING, "input: keyboard listener stopped"))
    assert operations.snapshot().describe == "Not capturing: input: keyboard listener stopped"
    assert events[-1].kind is ControlEventKind.CAPTURE_STOPPED
    operations.report_condition(CaptureCondition(CaptureStatus.RECORDING))
    assert events[-1].kind is ControlEventKind.CAPTURE_RESTORED
    operations.report_vault_error(DiskFull("The disk holding the vault is full; capture has stopped.", "Free space."))
    assert operations.snapshot().state is CaptureStatus.NOT_CAPTURING
    assert events[-1].kind is ControlEventKind.CAPTURE_STOPPED and events[-1].hint == "Free space."


def test_without_a_vault_pause_still_holds_but_delete_explains(clock):
    operations = Operations(PauseState(), clock, None, vault_problem="keyring locked")
    assert operations.pause().state is CaptureStatus.NOT_CAPTURING  # the problem outranks the pause
    assert operations.pause_state.is_paused_at(NOW + 1)
    with pytest.raises(KnownError, match="keyring locked"):
        operations.delete_last(300)


def test_consent_to_another_policy_than_the_one_in_force_is_refused(clock, vault_handle, vault_conn):
    from app.policy.file.parser import default_policy

    in_force = default_policy("/tmp/a")
    other = default_policy("/tmp/b")
    operations = Operations(PauseState(), clock, VaultOperations.direct(vault_conn), policy=in_force)
    answered = []
    operations.on_consent_answered(answered.append)
    with pytest.raises(KnownError, match="not the one"):
        operations.record_consent(other, True)
    operations.record_consent(in_force, True).result(5)
    assert answered == [True] and ledger.entries(vault_conn)[-1].kind == "consent"


def test_the_health_tells_its_owner_only_of_changes():
    seen = []
    health = CaptureHealth(on_change=lambda snapshot: seen.append(condition_of(snapshot)))
    health.started(1.0)
    health.set_paused(False, None, 2.0)
    health.set_paused(False, None, 3.0)
    health.set_excluded("banking", 4.0)
    health.source_failed("input", "keyboard listener stopped", 5.0)
    assert seen == [CaptureCondition(CaptureStatus.RECORDING),
                    CaptureCondition(CaptureStatus.EXCLUDED, "banking"),
                    CaptureCondition(CaptureStatus.NOT_CAPTURING, "input: keyboard listener stopped")]


def test_the_headless_expiry_thread_ends_a_timed_pause_on_time(vault_handle):
    operations = HeadlessOperations(PauseState(), SystemClock(), None)
    ended = threading.Event()
    operations.subscribe(lambda event: event.kind is ControlEventKind.PAUSE_ENDED and ended.set())
    operations.start()
    try:
        started = time.monotonic()
        operations.pause(seconds=0.3)
        assert ended.wait(5)
        assert time.monotonic() - started >= 0.29
        assert operations.snapshot().state is CaptureStatus.RECORDING
    finally:
        operations.stop()


def test_a_lasting_reason_of_ours_follows_a_change_of_language():
    """"Waiting for your consent" lasts until answered: the status says it in the language set now."""
    from app.core import i18n
    from app.core.model import CaptureStatus
    from app.policy.rules.pause import PauseState
    from tests.helpers.clock import FakeClock

    operations = Operations(PauseState(), FakeClock(100.0), None)
    words = lambda: i18n.translate("Cli", "waiting for your consent")  # noqa: E731 - as the desktop app passes it
    operations.report_condition(CaptureCondition(CaptureStatus.NOT_CAPTURING, words(), words=words))
    assert operations.snapshot().describe == "Not capturing: waiting for your consent"
    try:
        i18n.set_language("de")
        assert operations.snapshot().describe == "Keine Aufzeichnung: wartet auf Ihre Einwilligung"
    finally:
        i18n.set_language("en")
    given = CaptureCondition(CaptureStatus.NOT_CAPTURING, "keyring locked")  # a reason given as words stays so
    assert given.reason_now() == "keyring locked"


def test_status_names_the_segment_being_recorded_from_its_recorded_end(wired, clock, vault_conn):
    """`status --json`'s recording_segment is the segment whose end is not written yet: set while it
    runs, None once the pipeline writes its end, whatever the clock says; and None whenever
    nothing runs (a crash-left segment is not being recorded)."""
    operations, writer, _events = wired
    assert operations.status().recording_segment is None
    writer.submit(SegmentStart(1, NOW - 100, EDITOR, KeystrokeMode.FULL))
    _submit(writer, keys(1, NOW - 100, "draft"))
    writer.flush()
    (open_id,) = vault_conn.execute("SELECT id FROM segments").fetchone()
    clock.advance(24 * 3600)  # a day without input: still open until its end is written
    report = operations.status()
    assert report.recording_segment == open_id
    assert type(report).from_dict(report.to_dict()).recording_segment == open_id  # over the control channel
    writer.submit(SegmentEnd(1, NOW - 99.5, SegmentEndReason.PAUSED))
    writer.flush()
    assert operations.status().recording_segment is None
    writer.submit(SegmentStart(2, NOW - 50, EDITOR, KeystrokeMode.FULL))
    writer.flush()
    heard = threading.Event()
    operations.subscribe(lambda event: heard.set() if event.kind is ControlEventKind.STATUS else None)
    operations.refresh_counts()
    assert heard.wait(10)  # the tray hears of the new segment
    assert operations.snapshot().recording_segment not in (None, open_id)
    offline = Operations(PauseState(), clock, VaultOperations(writer.run), mode="not-running")
    assert offline.status().recording_segment is None

"""The writer commits what capture submits (typed text from the keys it stores, held times from
releases, a segment's end as a fact); operations delete, flag and approve with ledger entries."""

from __future__ import annotations

import pytest

from app.core.changes import ChangeKind
from app.core.errors import KnownError
from app.core.model import (
    ClickEvent,
    FlagCategory,
    Frame,
    Gap,
    GapReason,
    KeyEvent,
    KeystrokeMode,
    SegmentEndReason,
    WindowInfo,
)
from app.core.records import EventRecord, FrameRecord, GapRecord, KeyRelease, SegmentEnd, SegmentStart
from app.policy.rules.pause import PauseSnapshot, PauseState
from app.vault import event_store, ledger
from app.vault.in_flight import InFlightGuard
from app.vault.operations import decisions, deletion, settings
from app.vault.writer import VaultWriter

EDITOR = WindowInfo(app="gedit", title="notes.txt", pid=42, wm_class="gedit")


def _type(token, t0, text):
    records, t = [], t0
    for ch in text:
        records.append(EventRecord(token, KeyEvent(t, ch, True, ch)))
        records.append(KeyRelease(t + 0.05, ch))
        t += 0.1
    return records, t


@pytest.fixture
def writer(vault_handle):
    pause = PauseState()
    w = VaultWriter(vault_handle, InFlightGuard(pause))
    w.pause_state = pause
    w.start()
    yield w
    w.stop()


def _submit(writer, records):
    for record in records:
        writer.submit(record)


def test_records_become_rows_with_counts_text_held_times_and_an_end(writer, vault_conn):
    writer.submit(SegmentStart(1, 100.0, EDITOR, KeystrokeMode.FULL))
    keys, t = _type(1, 100.0, "hi")
    _submit(writer, keys)
    writer.submit(EventRecord(1, ClickEvent(t, 10, 20, "left", True)))
    writer.submit(FrameRecord(1, Frame(t + 0.5, 4, 3, b"\xff\xd8jpeg")))
    writer.submit(SegmentEnd(1, t + 0.5, SegmentEndReason.WINDOW_CHANGED))
    writer.flush()
    row = vault_conn.execute("SELECT app, title, typed_text, key_count, click_count, frame_count, start, end, "
                             "end_reason FROM segments").fetchone()
    assert row == ("gedit", "notes.txt", "hi", 2, 1, 1, 100.0, t + 0.5, "window-changed")
    segment_id = vault_conn.execute("SELECT id FROM segments").fetchone()[0]
    presses = event_store.key_presses(vault_conn, segment_id)
    assert [(k.key, k.char, k.held) for k in presses] == [("h", "h", 0.05), ("i", "i", 0.05)]
    assert vault_conn.execute("SELECT count(*) FROM events").fetchone()[0] == 3  # two keystrokes, one click


def test_a_release_arriving_in_a_later_batch_times_its_press(writer, vault_conn):
    writer.submit(SegmentStart(1, 100.0, EDITOR, KeystrokeMode.FULL))
    writer.submit(EventRecord(1, KeyEvent(100.0, "shift", True)))
    writer.flush()  # the press is committed before its release comes
    writer.submit(EventRecord(1, KeyEvent(100.2, "a", True, "A", frozenset({"shift"}))))
    writer.submit(KeyRelease(100.3, "a"))
    writer.submit(KeyRelease(101.5, "shift"))
    writer.flush()
    segment_id = vault_conn.execute("SELECT id FROM segments").fetchone()[0]
    presses = event_store.key_presses(vault_conn, segment_id)
    assert [(k.key, k.held, sorted(k.modifiers)) for k in presses] == [("shift", 1.5, []), ("a", 0.1, ["shift"])]


def test_events_stamped_inside_a_pause_are_dropped_even_if_already_queued(writer, vault_conn):
    writer.submit(SegmentStart(1, 100.0, EDITOR, KeystrokeMode.FULL))
    keys, _ = _type(1, 100.0, "abcdefgh")  # presses at 100.0 .. 100.7
    writer.pause_state.pause(at=100.35)  # the click lands while these are queued
    writer.pause_state.resume(at=100.55)
    _submit(writer, keys)
    writer.flush()
    segment_id = vault_conn.execute("SELECT id FROM segments").fetchone()[0]
    times = [e.t for e in event_store.events_of(vault_conn, segment_id)]
    assert times and not any(100.35 <= t < 100.55 for t in times)
    assert writer.stats.dropped_paused == 4  # two presses and their two releases


def test_a_segment_deleted_while_open_gets_a_fresh_row_and_late_records_of_the_span_are_dropped(writer, vault_conn):
    writer.submit(SegmentStart(1, 100.0, EDITOR, KeystrokeMode.FULL))
    _submit(writer, _type(1, 100.0, "secret")[0])
    writer.flush()
    old_id = vault_conn.execute("SELECT id FROM segments").fetchone()[0]
    change = writer.run(lambda conn: deletion.delete_segments(conn, [old_id], now=200.0)).result(5)
    assert change.kind is ChangeKind.DELETE and change.removed == (old_id,) and change.counts.segments == 1
    _submit(writer, _type(1, 150.0, "late")[0])  # typed before the delete, still in flight
    _submit(writer, _type(1, 300.0, "ok")[0])
    writer.submit(SegmentEnd(1, 300.2, SegmentEndReason.STOPPED))
    writer.flush()
    rows = vault_conn.execute("SELECT id, start, key_count, typed_text FROM segments").fetchall()
    assert len(rows) == 1 and rows[0][0] != old_id and rows[0][1:] == (300.0, 2, "ok")


def test_a_delete_that_cuts_the_open_segment_leaves_no_deleted_key_in_its_text(writer, vault_conn):
    writer.submit(SegmentStart(1, 100.0, EDITOR, KeystrokeMode.FULL))
    _submit(writer, _type(1, 100.0, "keep")[0])
    _submit(writer, _type(1, 120.0, "secret")[0])
    writer.flush()
    writer.run(lambda conn: deletion.delete_range(conn, 110.0, 130.0, now=130.0)).result(5)
    _submit(writer, _type(1, 140.0, "!")[0])
    writer.submit(SegmentEnd(1, 140.1, SegmentEndReason.IDLE))
    writer.flush()
    assert vault_conn.execute("SELECT typed_text FROM segments").fetchall() == [("keep!",)]


def test_deleting_a_span_reaching_past_now_keeps_what_is_captured_after_now(writer, vault_conn):
    """Deleting a whole day (the review window's day row: until the next midnight) at 200 deletes
    what was captured until 200, and what is still on its way from before; capture goes on."""
    writer.submit(SegmentStart(1, 100.0, EDITOR, KeystrokeMode.FULL))
    _submit(writer, _type(1, 100.0, "secret")[0])
    writer.flush()
    change = writer.run(lambda conn: deletion.delete_range(conn, 0.0, 1000.0, now=200.0)).result(5)
    assert change.spans == ((0.0, 200.0),) and change.counts.segments == 1
    _submit(writer, _type(1, 150.0, "late")[0])  # typed before the delete, still on its way
    _submit(writer, _type(1, 300.0, "after")[0])  # typed after it, inside the deleted day
    writer.submit(SegmentEnd(1, 301.0, SegmentEndReason.STOPPED))
    writer.flush()
    assert vault_conn.execute("SELECT start, typed_text FROM segments").fetchall() == [(300.0, "after")]
    (entry,) = [e for e in ledger.entries(vault_conn) if e.kind == "delete"]
    assert entry.body["range"] == [0.0, 1000.0]  # what the employee asked for


def test_stopping_ends_every_open_segment(vault_handle, vault_conn):
    writer = VaultWriter(vault_handle)
    writer.start()
    writer.submit(SegmentStart(1, 100.0, EDITOR, KeystrokeMode.FULL))
    _submit(writer, _type(1, 100.0, "bye")[0])
    writer.stop()
    assert vault_conn.execute("SELECT end_reason, typed_text, end FROM segments").fetchall() == [
        ("stopped", "bye", pytest.approx(100.2))]


def test_a_segment_left_open_by_a_crash_is_closed_at_its_last_event_when_a_writer_starts(vault_handle, vault_conn):
    writer = VaultWriter(vault_handle)
    writer.start()
    writer.submit(SegmentStart(1, 100.0, EDITOR, KeystrokeMode.FULL))
    _submit(writer, _type(1, 100.0, "crash")[0])
    writer.flush()  # committed; its text is written every 30 s, so not yet
    assert vault_conn.execute("SELECT end_reason, typed_text FROM segments").fetchall() == [(None, "")]
    writer._thread = type("Dead", (), {"is_alive": lambda self: False})()  # as if the process died here
    writer._conn.close()
    again = VaultWriter(vault_handle)
    again.start()
    again.stop()
    assert vault_conn.execute("SELECT end_reason, typed_text, end FROM segments").fetchall() == [
        ("recovered", "crash", pytest.approx(100.4))]


def test_gaps_open_and_close(writer, vault_conn):
    writer.submit(GapRecord(7, Gap(10.0, None, GapReason.EXCLUDED, "password manager")))
    writer.submit(GapRecord(7, Gap(10.0, 20.0, GapReason.EXCLUDED, "password manager")))
    writer.flush()
    assert vault_conn.execute("SELECT start, end, reason, detail FROM gaps").fetchall() == [
        (10.0, 20.0, "excluded", "password manager")]


def _seed_segments(writer):
    spans = [(100.0, "one"), (200.0, "two"), (300.0, "three")]
    for token, (t0, text) in enumerate(spans, start=1):
        writer.submit(SegmentStart(token, t0, EDITOR, KeystrokeMode.FULL))
        records, t = _type(token, t0, text)
        _submit(writer, records)
        writer.submit(FrameRecord(token, Frame(t, 4, 3, b"img")))
        writer.submit(SegmentEnd(token, t, SegmentEndReason.WINDOW_CHANGED))
    writer.flush()


def test_delete_range_removes_inside_and_trims_straddlers(writer, vault_conn):
    _seed_segments(writer)
    summary = deletion.summarize_range(vault_conn, 150.0, 300.15)
    assert (summary.segments, summary.keys) == (2, 5)  # "two" whole, "three" first two keys
    change = deletion.delete_range(vault_conn, 150.0, 300.15, now=400.0)
    assert change.counts == summary and change.spans == ((150.0, 300.15),) and len(change.removed) == 1
    texts = [r[0] for r in vault_conn.execute("SELECT typed_text FROM segments ORDER BY start")]
    assert texts == ["one", "ree"]
    entry = ledger.entries(vault_conn)[-1]
    assert entry.kind == "delete" and entry.body["segments"] == 2 and "two" not in str(entry.body)
    assert ledger.verify(vault_conn).ok


def test_flag_unflag_approve_and_their_ledger_entries(writer, vault_conn):
    _seed_segments(writer)
    ids = [r[0] for r in vault_conn.execute("SELECT id FROM segments ORDER BY start")]
    decisions.set_flag(vault_conn, ids[:1], FlagCategory.HEALTH, "doctor's note", now=500.0)
    assert decisions.approve(vault_conn, ids, now=501.0).count == 2  # the flagged one is not approved
    states = [r[0] for r in vault_conn.execute("SELECT state FROM segments ORDER BY start")]
    assert states == ["flagged", "approved", "approved"]
    decisions.clear_flag(vault_conn, ids[:1], now=502.0)
    assert vault_conn.execute("SELECT state FROM segments WHERE id = ?", (ids[0],)).fetchone()[0] == "held"
    kinds = [e.kind for e in ledger.entries(vault_conn)]
    assert kinds == ["flag", "approve", "unflag"]
    assert "doctor" not in str([e.body for e in ledger.entries(vault_conn)])  # notes stay out of the ledger
    assert settings.segment_state_counts(vault_conn)["held"] == 1


def test_a_flag_note_is_bounded(writer, vault_conn):
    _seed_segments(writer)
    ids = [r[0] for r in vault_conn.execute("SELECT id FROM segments")]
    with pytest.raises(KnownError, match="longer than 1000"):
        decisions.set_flag(vault_conn, ids, FlagCategory.OTHER, "x" * 1001, now=1.0)


def test_pause_state_persists_with_ledger_entries(vault_conn):
    settings.save_pause(vault_conn, PauseSnapshot(paused_at=10.0, until=70.0), now=10.0)
    assert settings.load_pause(vault_conn) == PauseSnapshot(10.0, 70.0)
    settings.save_pause(vault_conn, None, now=20.0)
    assert settings.load_pause(vault_conn) is None
    assert [e.kind for e in ledger.entries(vault_conn)] == ["pause", "resume"]


def test_unknown_segment_ids_are_a_known_error(vault_conn):
    with pytest.raises(KnownError):
        decisions.approve(vault_conn, [12345], now=1.0)


def test_a_segment_removed_outside_airlock_does_not_stop_the_writer(writer, vault_conn):
    """Someone deletes the open segment's row by hand (not through the operations): the writer's
    later records go to a fresh row instead of failing, and its text holds only what is stored."""
    writer.submit(SegmentStart(1, 100.0, EDITOR, KeystrokeMode.FULL))
    _submit(writer, _type(1, 100.0, "gone")[0])
    writer.flush()
    old_id = vault_conn.execute("SELECT id FROM segments").fetchone()[0]
    deletion.delete_segments(vault_conn, [old_id], now=150.0)  # not through the writer
    records, t = _type(1, 200.0, "next")
    _submit(writer, records)
    writer.submit(SegmentEnd(1, t, SegmentEndReason.STOPPED))
    writer.flush()
    assert writer.error is None
    rows = vault_conn.execute("SELECT id, start, key_count, typed_text FROM segments").fetchall()
    assert len(rows) == 1 and rows[0][0] != old_id and rows[0][1:] == (200.0, 4, "next")


def test_a_segment_that_began_inside_a_deleted_span_keeps_what_comes_after_it(writer, vault_conn):
    """The delete runs before the segment's start reaches the writer: the start (stamped in the
    span) is never written, but what was typed after the delete is, in a row of its own."""
    writer.run(lambda conn: deletion.delete_range(conn, 100.0, 110.0, now=110.0)).result(5)
    writer.submit(SegmentStart(1, 105.0, EDITOR, KeystrokeMode.FULL))
    _submit(writer, _type(1, 105.0, "gone")[0])
    _submit(writer, _type(1, 111.0, "kept")[0])
    writer.submit(SegmentEnd(1, 111.4, SegmentEndReason.IDLE))
    writer.flush()
    assert vault_conn.execute("SELECT start, typed_text, end_reason FROM segments").fetchall() == [
        (111.0, "kept", "idle")]


def test_the_writer_connection_keeps_a_small_page_cache(writer):
    # SQLCipher's default cache (8 MB) fills page by page over a day of appends: the recorder's
    # memory would grow for hours (issue 15's soak). The writer's cache is bounded at 2 MB.
    assert writer._conn.execute("PRAGMA cache_size").fetchone()[0] == -2048


def test_closed_gaps_are_written_and_forgotten(writer, vault_conn):
    writer.submit(GapRecord(1, Gap(50.0, None, GapReason.PAUSED)))  # open, its end still to come
    for token in range(2, 502):  # a day of window switches and locks: each opened, then closed
        t = 100.0 + token
        writer.submit(GapRecord(token, Gap(t, None, GapReason.FOCUS_UNKNOWN)))
        writer.submit(GapRecord(token, Gap(t, t + 0.5, GapReason.FOCUS_UNKNOWN)))
    writer.submit(GapRecord(502, Gap(700.0, 701.0, GapReason.SOURCE_FAILED)))  # already over when recorded
    writer.flush()
    assert list(writer._gaps) == [1]  # only the gap still open is remembered
    rows = vault_conn.execute("SELECT start, end FROM gaps ORDER BY start").fetchall()
    assert len(rows) == 502 and rows[0] == (50.0, None)
    assert all(end == start + 0.5 for start, end in rows[1:-1]) and rows[-1] == (700.0, 701.0)
    writer.submit(GapRecord(1, Gap(50.0, 60.0, GapReason.PAUSED)))  # the open one ends: its row gets the end
    writer.flush()
    assert writer._gaps == {}
    assert vault_conn.execute("SELECT count(*), max(end) FROM gaps WHERE start = 50.0").fetchone() == (1, 60.0)

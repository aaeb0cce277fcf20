"""The writer commits what capture submits; operations delete, flag and approve with ledger entries."""

from __future__ import annotations

import pytest

from app.core.model import ClickEvent, FlagCategory, Frame, Gap, GapReason, KeyEvent, KeystrokeMode, WindowInfo
from app.core.records import EventRecord, FrameRecord, GapRecord, SegmentStart, SegmentUpdate
from app.policy.rules.pause import PauseSnapshot, PauseState
from app.vault import ledger, operations
from app.vault.writer import VaultWriter

EDITOR = WindowInfo(app="gedit", title="notes.txt", pid=42, wm_class="gedit")


def _type(token, t0, text):
    records, t = [], t0
    for ch in text:
        records.append(EventRecord(token, KeyEvent(t, ch, True, ch)))
        records.append(EventRecord(token, KeyEvent(t + 0.05, ch, False, ch)))
        t += 0.1
    return records, t


@pytest.fixture
def writer(vault_handle):
    pause = PauseState()
    w = VaultWriter(vault_handle, is_paused=pause.is_paused_at)
    w.pause_state = pause
    w.start()
    yield w
    w.stop()


def test_records_become_rows_with_counts(writer, vault_conn):
    writer.submit(SegmentStart(1, 100.0, EDITOR, KeystrokeMode.FULL))
    keys, t = _type(1, 100.0, "hi")
    for r in keys:
        writer.submit(r)
    writer.submit(EventRecord(1, ClickEvent(t, 10, 20, "left", True)))
    writer.submit(FrameRecord(1, Frame(t, 4, 3, b"\xff\xd8jpeg")))
    writer.submit(SegmentUpdate(1, t + 1, "hi"))
    writer.flush()
    row = vault_conn.execute("SELECT app, title, typed_text, key_count, click_count, frame_count, start, end "
                             "FROM segments").fetchone()
    assert row == ("gedit", "notes.txt", "hi", 2, 1, 1, 100.0, t + 1)
    assert vault_conn.execute("SELECT count(*) FROM events").fetchone()[0] == 5


def test_events_stamped_inside_a_pause_are_dropped_even_if_already_queued(writer, vault_conn):
    writer.submit(SegmentStart(1, 100.0, EDITOR, KeystrokeMode.FULL))
    keys, _ = _type(1, 100.0, "abcdefgh")  # presses at 100.0 .. 100.7
    writer.pause_state.pause(at=100.35)  # the click lands while these are queued
    writer.pause_state.resume(at=100.55)
    for r in keys:
        writer.submit(r)
    writer.flush()
    times = [r[0] for r in vault_conn.execute("SELECT t FROM events ORDER BY t")]
    assert times and not any(100.35 <= t < 100.55 for t in times)
    assert writer.stats.dropped_paused == 4


def test_a_segment_deleted_while_open_gets_a_fresh_row_for_later_events(writer, vault_conn):
    writer.submit(SegmentStart(1, 100.0, EDITOR, KeystrokeMode.FULL))
    for r in _type(1, 100.0, "secret")[0]:
        writer.submit(r)
    writer.flush()
    old_id = vault_conn.execute("SELECT id FROM segments").fetchone()[0]

    def delete(conn):
        summary = operations.delete_segments(conn, [old_id], now=200.0)
        writer.forget_segments({old_id})
        return summary

    assert writer.run(delete).result(5).segments == 1
    for r in _type(1, 300.0, "ok")[0]:
        writer.submit(r)
    writer.flush()
    rows = vault_conn.execute("SELECT id, start, key_count FROM segments").fetchall()
    assert len(rows) == 1 and rows[0][0] != old_id and rows[0][1] == 300.0 and rows[0][2] == 2


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
        for r in records:
            writer.submit(r)
        writer.submit(FrameRecord(token, Frame(t, 4, 3, b"img")))
        writer.submit(SegmentUpdate(token, t, text))
    writer.flush()


def test_delete_range_removes_inside_and_trims_straddlers(writer, vault_conn):
    _seed_segments(writer)
    summary = operations.summarize_range(vault_conn, 150.0, 300.15)
    assert (summary.segments, summary.keys) == (2, 5)  # "two" whole, "three" first two keys
    deleted = operations.delete_range(vault_conn, 150.0, 300.15, now=400.0)
    assert deleted == summary
    texts = [r[0] for r in vault_conn.execute("SELECT typed_text FROM segments ORDER BY start")]
    assert texts == ["one", "ree"]
    entry = ledger.entries(vault_conn)[-1]
    assert entry.kind == "delete" and entry.body["segments"] == 2 and "two" not in str(entry.body)
    assert ledger.verify(vault_conn).ok


def test_flag_unflag_approve_and_their_ledger_entries(writer, vault_conn):
    _seed_segments(writer)
    ids = [r[0] for r in vault_conn.execute("SELECT id FROM segments ORDER BY start")]
    operations.set_flag(vault_conn, ids[:1], FlagCategory.HEALTH, "doctor's note", now=500.0)
    assert operations.approve(vault_conn, ids, now=501.0) == 2  # the flagged one is not approved
    states = [r[0] for r in vault_conn.execute("SELECT state FROM segments ORDER BY start")]
    assert states == ["flagged", "approved", "approved"]
    operations.clear_flag(vault_conn, ids[:1], now=502.0)
    assert vault_conn.execute("SELECT state FROM segments WHERE id = ?", (ids[0],)).fetchone()[0] == "held"
    kinds = [e.kind for e in ledger.entries(vault_conn)]
    assert kinds == ["flag", "approve", "unflag"]
    assert "doctor" not in str([e.body for e in ledger.entries(vault_conn)])  # notes stay out of the ledger
    assert operations.segment_state_counts(vault_conn)["held"] == 1


def test_pause_state_persists_with_ledger_entries(vault_conn):
    operations.save_pause(vault_conn, PauseSnapshot(paused_at=10.0, until=70.0), now=10.0)
    assert operations.load_pause(vault_conn) == PauseSnapshot(10.0, 70.0)
    operations.save_pause(vault_conn, None, now=20.0)
    assert operations.load_pause(vault_conn) is None
    assert [e.kind for e in ledger.entries(vault_conn)] == ["pause", "resume"]


def test_unknown_segment_ids_are_a_known_error(vault_conn):
    from app.core.errors import KnownError

    with pytest.raises(KnownError):
        operations.approve(vault_conn, [12345], now=1.0)


def test_a_segment_deleted_by_another_connection_does_not_stop_the_writer(writer, vault_conn):
    """`airlock review` in another process deletes the open segment; the writer carries on."""
    writer.submit(SegmentStart(1, 100.0, EDITOR, KeystrokeMode.FULL))
    for r in _type(1, 100.0, "gone")[0]:
        writer.submit(r)
    writer.flush()
    old_id = vault_conn.execute("SELECT id FROM segments").fetchone()[0]
    entry = None
    operations.delete_segments(vault_conn, [old_id], now=150.0)  # not through the writer
    entry = ledger.entries(vault_conn)[-1]
    assert entry.body["segment_ids"] == [old_id] and entry.body["segments"] == 1
    records, t = _type(1, 200.0, "next")
    for r in records:
        writer.submit(r)
    writer.submit(SegmentUpdate(1, t, "gonenext"))  # the pipeline still remembers the deleted keys
    writer.flush()
    assert writer.error is None
    assert vault_conn.execute("SELECT typed_text FROM segments").fetchone()[0] == "next"
    rows = vault_conn.execute("SELECT id, start, key_count FROM segments").fetchall()
    assert len(rows) == 1 and rows[0][0] != old_id and rows[0][1] == 200.0 and rows[0][2] == 4

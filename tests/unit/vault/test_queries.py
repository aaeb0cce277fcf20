"""The review side's reads: days, interleaved timeline pages, filters, search, detail, no pinned snapshot."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.core.model import ClickEvent, FlagCategory, KeyEvent, MoveEvent, SegmentState
from app.vault import event_store, queries
from app.vault.operations import deletion
from app.vault.queries import GapRow, SegmentRow, TimelineFilter


def at(day: date, hour: float) -> float:
    """Epoch seconds of a local wall-clock time."""
    return datetime(day.year, day.month, day.day).timestamp() + hour * 3600


MON, TUE = date(2024, 5, 13), date(2024, 5, 14)


def add_segment(conn, start: float, end: float, app: str = "editor", title: str = "notes.txt", text: str = "",
                state: str = "held", events=(), frames: int = 0) -> int:
    keys = sum(1 for e in events if isinstance(e, KeyEvent) and e.pressed)
    clicks = sum(1 for e in events if isinstance(e, ClickEvent) and e.pressed)
    segment_id = conn.execute(
        "INSERT INTO segments (start, end, t0, app, title, keystroke_mode, state, typed_text, key_count, click_count, "
        "frame_count, end_reason) VALUES (?, ?, ?, ?, ?, 'full', ?, ?, ?, ?, ?, 'idle')",
        (start, end, start, app, title, state, text, keys, clicks, frames)).lastrowid
    event_store.insert_rows(conn, event_store.rows_for(segment_id, start, events))
    for i in range(frames):
        conn.execute("INSERT INTO frames (segment_id, t, width, height, mime, left_px, top_px, scale, image) "
                     "VALUES (?, ?, 4, 3, 'image/png', 10, 20, 0.5, ?)", (segment_id, start + i, b"png-%d" % i))
    return segment_id


def add_gap(conn, start: float, end: float | None, reason: str = "paused", detail: str = "") -> int:
    return conn.execute("INSERT INTO gaps (start, end, reason, detail) VALUES (?, ?, ?, ?)",
                        (start, end, reason, detail)).lastrowid


@pytest.fixture
def month(vault_conn):
    """Two days: Monday with three segments and a gap, Tuesday with one flagged segment."""
    c = vault_conn
    ids = {
        "mail": add_segment(c, at(MON, 9), at(MON, 9.1), "thunderbird", "Inbox", "quarterly budget review"),
        "code": add_segment(c, at(MON, 10), at(MON, 10.2), "code", "invoice.py — billing", "def total_due(invoice):",
                            state="approved",
                            events=[KeyEvent(at(MON, 10), "d", True, "d"), KeyEvent(at(MON, 10) + .05, "d", False, "d"),
                                    ClickEvent(at(MON, 10) + 1, 30, 40, "left", True),
                                    ClickEvent(at(MON, 10) + 1.1, 30, 40, "left", False),
                                    MoveEvent(at(MON, 10) + 2, 50, 60)], frames=3),
        "chat": add_segment(c, at(MON, 11), at(MON, 11.1), "slack", "#team", "lunch at noon?"),
        "bank": add_segment(c, at(TUE, 9), at(TUE, 9.2), "firefox", "Online Banking", "rent transfer", state="flagged"),
    }
    c.execute("INSERT INTO flags (segment_id, category, note, t) VALUES (?, 'finance', 'mine', 1)", (ids["bank"],))
    ids["gap"] = add_gap(c, at(MON, 10.5), at(MON, 10.7), "paused", "paused from the tray")
    return ids


def test_days_are_local_days_newest_first_with_totals(vault_conn, month):
    found = queries.days(vault_conn)
    assert [d.day for d in found] == [TUE, MON]
    monday = found[1]
    assert (monday.segments, monday.gaps, monday.keys, monday.clicks, monday.frames, monday.held) == (3, 1, 1, 1, 3, 2)
    assert (monday.start, monday.end) == (at(MON, 0), at(TUE, 0))


def test_timeline_interleaves_gaps_with_segments_in_time_order(vault_conn, month):
    page = queries.timeline_page(vault_conn, TimelineFilter(), at(MON, 0), at(TUE, 0))
    kinds = [(type(i).__name__, i.id) for i in page.items]
    assert kinds == [("SegmentRow", month["mail"]), ("SegmentRow", month["code"]), ("GapRow", month["gap"]),
                     ("SegmentRow", month["chat"])]
    assert page.next_cursor is None
    gap = page.items[2]
    assert isinstance(gap, GapRow) and gap.known_reason.value == "paused" and gap.detail == "paused from the tray"


def test_pages_cover_a_day_exactly_once(vault_conn):
    for i in range(23):
        add_segment(vault_conn, at(MON, 8) + i * 60, at(MON, 8) + i * 60 + 30)
        if i % 5 == 0:
            add_gap(vault_conn, at(MON, 8) + i * 60, at(MON, 8) + i * 60 + 10)  # same instant as a segment
    seen, cursor, pages = [], None, 0
    while True:
        page = queries.timeline_page(vault_conn, TimelineFilter(), at(MON, 0), at(TUE, 0), cursor, limit=4)
        seen.extend((type(i).__name__, i.id) for i in page.items)
        pages += 1
        cursor = page.next_cursor
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == 23 + 5
    assert pages == 7
    starts = [s for s in seen]
    assert starts[0] == ("SegmentRow", 1) and starts[1] == ("GapRow", 1)  # segments first at one instant


def test_filters_by_day_app_and_state_and_hide_gaps_when_filtered(vault_conn, month):
    assert [d.day for d in queries.days(vault_conn, TimelineFilter(day=MON))] == [MON]
    by_app = queries.days(vault_conn, TimelineFilter(app="slack"))
    assert [(d.day, d.segments, d.gaps) for d in by_app] == [(MON, 1, 0)]
    page = queries.timeline_page(vault_conn, TimelineFilter(state=SegmentState.APPROVED), at(MON, 0), at(TUE, 0))
    assert [i.id for i in page.items] == [month["code"]]
    flagged = queries.timeline_page(vault_conn, TimelineFilter(), at(TUE, 0), at(TUE, 24)).items[0]
    assert flagged.state is SegmentState.FLAGGED and flagged.flag_category is FlagCategory.FINANCE
    assert flagged.flag_note == "mine"


def test_search_matches_titles_and_typed_text_by_word_prefix(vault_conn, month):
    def ids(text):
        return {i.id for d in queries.days(vault_conn, TimelineFilter(text=text))
                for i in queries.timeline_page(vault_conn, TimelineFilter(text=text), d.start, d.end).items}

    assert ids("budget") == {month["mail"]}
    assert ids("invo") == {month["code"]}  # prefix, and in the title too
    assert ids("Banking rent") == {month["bank"]}  # every word, across title and text
    assert ids("rent lunch") == set()
    assert ids('"; DROP TABLE segments; --') == set()  # never parsed as FTS syntax
    assert ids("AND OR NEAR(") == set()
    assert ids("!!!") == set()


def test_cli_search_returns_newest_first_with_a_snippet(vault_conn, month):
    add_segment(vault_conn, at(TUE, 12), at(TUE, 12.1), "code", "later.py", "budget forecast")
    hits = queries.search(vault_conn, "budget")
    assert [h.segment.title for h in hits] == ["later.py", "Inbox"]
    assert "[budget]" in hits[0].snippet
    assert queries.search(vault_conn, "   ") == []


def test_segment_detail_has_frames_clicks_text_and_redactions(vault_conn, month):
    vault_conn.execute("INSERT INTO redactions (segment_id, t, kind, target_id, spec) VALUES (?, 1, 'text-span', NULL, "
                       "'{\"start\":0,\"end\":3}')", (month["code"],))
    detail = queries.segment_detail(vault_conn, month["code"])
    assert detail.typed_text == "def total_due(invoice):"
    assert [(f.width, f.height, f.left, f.top, f.scale) for f in detail.frames] == [(4, 3, 10, 20, 0.5)] * 3
    assert [(c.x, c.y, c.button) for c in detail.clicks] == [(30, 40, "left")]  # presses only
    assert [r.kind for r in detail.redactions] == ["text-span"]
    assert queries.frame_image(vault_conn, detail.frames[1].id) == ("image/png", b"png-1")
    assert queries.segment_detail(vault_conn, 999) is None
    assert queries.frame_image(vault_conn, 999) is None


def test_events_are_paged_and_decoded_and_a_bad_row_shows_as_unreadable(vault_conn, month):
    vault_conn.execute("INSERT INTO events (segment_id, dt, n, kind, code) VALUES (?, 3000, 0, 1, x'00')",
                       (month["code"],))  # a key row whose name is not text
    first = queries.events_page(vault_conn, month["code"], limit=3)
    rest = queries.events_page(vault_conn, month["code"], first.next_cursor, limit=3)
    rows = first.items + rest.items
    # The press is shown with its release (at its held time), as the source reported them.
    assert [r.kind for r in rows] == ["key", "key", "click", "click", "move", "key"]
    assert rows[0].event == KeyEvent(at(MON, 10), "d", True, "d", held=0.05)
    assert rows[1].event == KeyEvent(at(MON, 10) + 0.05, "d", False, "d") and rows[-1].event is None
    assert rest.next_cursor is None


def test_applications_most_used_first(vault_conn, month):
    add_segment(vault_conn, at(TUE, 13), at(TUE, 13.1), "slack", "#team")
    assert [(a.app, a.segments) for a in queries.applications(vault_conn)][:1] == [("slack", 2)]


def test_segments_by_id_omits_deleted_ones(vault_conn, month):
    deletion.delete_segments(vault_conn, [month["chat"]], now=1.0)
    found = queries.segments_by_id(vault_conn, [month["chat"], month["mail"]])
    assert list(found) == [month["mail"]] and isinstance(found[month["mail"]], SegmentRow)


def test_no_query_leaves_a_read_snapshot_that_blocks_a_wal_truncate(vault_handle, month):
    reader, writer = vault_handle.connect(), vault_handle.connect()
    try:
        day = queries.days(reader)[0]
        queries.timeline_page(reader, TimelineFilter(), day.start, day.end, limit=1)
        queries.timeline_page(reader, TimelineFilter(text="budget"), day.start, day.end, limit=1)
        queries.events_page(reader, month["code"], limit=1)
        queries.segment_detail(reader, month["code"])
        queries.search(reader, "budget", limit=1)
        queries.applications(reader)
        writer.execute("DELETE FROM segments WHERE id = ?", (month["mail"],))
        busy, _, _ = writer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0
        assert (vault_handle.path.parent / "vault.db-wal").stat().st_size == 0
    finally:
        reader.close()
        writer.close()

"""The review side's reads: timeline by day, filters, full-text search, segment detail, frames.

Every function takes a connection and runs short statements whose rows are fetched completely
(`fetchall`), so no reader keeps a read snapshot open between calls: a delete's WAL checkpoint
(TRUNCATE) would report busy and leave deleted pages in the journal (DESIGN.md pitfall).
Lists that can be long are paged by a keyset cursor, for the review window's fetchMore.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from app.core.model import ClickEvent, FlagCategory, GapReason, InputEvent, SegmentState
from app.policy.rules.typed_text import reconstruct
from app.vault import event_store, screen_store

PAGE_SIZE = 200


@dataclass(frozen=True)
class TimelineFilter:
    """What the timeline shows: one day or all, one application or all, one state or all, a search."""

    day: date | None = None
    app: str | None = None
    state: SegmentState | None = None
    text: str = ""

    @property
    def shows_gaps(self) -> bool:
        """Gaps have no application, state or text: they appear only in the unfiltered timeline."""
        return self.app is None and self.state is None and not self.text.strip()


@dataclass(frozen=True)
class DaySummary:
    """One local calendar day that holds segments or gaps matching a filter."""

    day: date
    start: float  # local midnight, epoch seconds
    end: float  # the next local midnight
    segments: int
    gaps: int
    keys: int
    clicks: int
    frames: int
    held: int


@dataclass(frozen=True)
class SegmentRow:
    """A segment as the timeline lists it (no content beyond the title)."""

    id: int
    start: float
    end: float
    app: str
    title: str
    state: SegmentState
    keys: int
    clicks: int
    frames: int
    keystroke_mode: str
    flag_category: FlagCategory | None = None
    flag_note: str = ""
    approved_at: float | None = None
    released_at: float | None = None
    open: bool = False  # still being recorded (its end is not recorded yet)
    # What the release gate may still wait for (it decides only with the policy's holds):
    open_suggestions: tuple[str, ...] = ()  # the category of each suggested moment not answered yet
    unread_frames: int = 0  # screenshots not yet read for sensitive moments
    text_unread: bool = False  # finished, and its typed text and title not checked yet


@dataclass(frozen=True)
class GapRow:
    """A span where nothing (or not everything) was captured, and why."""

    id: int
    start: float
    end: float | None
    reason: str  # a GapReason value (kept as text: an unknown reason still shows)
    detail: str

    @property
    def known_reason(self) -> GapReason | None:
        try:
            return GapReason(self.reason)
        except ValueError:
            return None


TimelineItem = SegmentRow | GapRow


@dataclass(frozen=True)
class TimelineCursor:
    """Where the next page starts: after (start, rank, id); segments rank before gaps at one instant."""

    start: float
    rank: int
    id: int


@dataclass(frozen=True)
class TimelinePage:
    items: tuple[TimelineItem, ...]
    next_cursor: TimelineCursor | None  # None: this was the last page


@dataclass(frozen=True)
class FrameInfo:
    """A screenshot's metadata; the image itself is read on demand with `frame_image`."""

    id: int
    t: float
    width: int
    height: int
    mime: str
    left: int
    top: int
    scale: float


@dataclass(frozen=True)
class ClickMark:
    """A button press, in screen coordinates (frame coordinates: (x - left) * scale)."""

    t: float
    x: int
    y: int
    button: str


@dataclass(frozen=True)
class RedactionInfo:
    id: int
    t: float
    kind: str
    target_id: int | None
    spec: str


@dataclass(frozen=True)
class SegmentDetail:
    segment: SegmentRow
    typed_text: str
    frames: tuple[FrameInfo, ...]
    clicks: tuple[ClickMark, ...]
    redactions: tuple[RedactionInfo, ...]


@dataclass(frozen=True)
class EventRow:
    """One input event as the raw-events list shows it: presses and releases (a release is its
    press's held time), or a stored row that does not decode (`event` None, shown as such)."""

    position: tuple[int, int]  # the row's place in its segment (ms after t0, n)
    t: float
    kind: str
    event: InputEvent | None


@dataclass(frozen=True)
class EventPage:
    items: tuple[EventRow, ...]
    next_cursor: tuple[int, int] | None


@dataclass(frozen=True)
class AppCount:
    app: str
    segments: int


@dataclass(frozen=True)
class SearchHit:
    """A segment whose title or typed text matched, or one of whose screenshots showed the words:
    then `frame_id` names that screenshot and `boxes` the matching words on it (frame pixels)."""

    segment: SegmentRow
    snippet: str
    frame_id: int | None = None
    boxes: tuple[tuple[int, int, int, int], ...] = ()


# -- filters -------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def search_expression(text: str) -> str | None:
    """An FTS5 query matching every word of `text` as a prefix, or None when it has no words.

    Words are quoted, so what the employee types is never parsed as FTS5 syntax.
    """
    words = _WORD.findall(text)
    return " ".join(f'"{word}"*' for word in words) if words else None


def day_bounds(day: date) -> tuple[float, float]:
    """Local midnight of `day` and of the next day, as epoch seconds (DST-safe)."""
    start = datetime.combine(day, datetime.min.time()).astimezone()
    end = datetime.combine(day + timedelta(days=1), datetime.min.time()).astimezone()
    return start.timestamp(), end.timestamp()


def _segment_filter(flt: TimelineFilter, alias: str = "s") -> tuple[str, list]:
    clauses, params = [], []
    if flt.day is not None:
        clauses.append(f"{alias}.start >= ? AND {alias}.start < ?")
        params.extend(day_bounds(flt.day))
    if flt.app is not None:
        clauses.append(f"{alias}.app = ?")
        params.append(flt.app)
    if flt.state is not None:
        clauses.append(f"{alias}.state = ?")
        params.append(flt.state.value)
    if flt.text.strip():
        expression = search_expression(flt.text)
        if expression is None:
            clauses.append("0")  # only punctuation: nothing can match
        else:
            # Typed text and titles, or the words read on one of its screenshots.
            clauses.append(f"({alias}.id IN (SELECT rowid FROM segment_search WHERE segment_search MATCH ?) OR "
                           f"{alias}.id IN (SELECT fr.segment_id FROM screen_search JOIN frames fr "
                           "ON fr.id = screen_search.rowid WHERE screen_search MATCH ?))")
            params += [expression, expression]
    return (" AND ".join(clauses) or "1"), params


_SEGMENT_COLUMNS = ("s.id, s.start, s.end, s.app, s.title, s.state, s.key_count, s.click_count, "
                    "s.frame_count, s.keystroke_mode, f.category, f.note, s.approved_at, s.released_at, "
                    "s.end_reason IS NULL")


@dataclass(frozen=True)
class GateWaits:
    """What the release gate may still wait for, by segment id (it decides with the policy's holds)."""

    suggestions: dict[int, tuple[str, ...]]  # the category of each suggestion not answered yet
    unread_frames: dict[int, int]  # screenshots not read for sensitive moments (a failed read counts as read)
    text_unread: set[int]  # finished, not released, typed text and title not checked yet


def gate_waits(conn, segment_ids: list[int] | None = None) -> GateWaits:
    """For these segments, or for every segment (the release gate's candidates)."""
    suggestions: dict[int, list[str]] = {}
    unread: dict[int, int] = {}
    text_unread: set[int] = set()
    chunks = [None] if segment_ids is None else [segment_ids[i:i + 500] for i in range(0, len(segment_ids), 500)]
    for chunk in chunks:  # at most 500 ids a statement (SQLite's parameter limit)
        only = "" if chunk is None else f" AND {{}} IN ({','.join('?' * len(chunk))})"
        params = () if chunk is None else chunk
        for segment_id, category in conn.execute(
                "SELECT segment_id, category FROM suggestions WHERE state = 'open'" + only.format("segment_id")
                + " ORDER BY id", params):
            suggestions.setdefault(segment_id, []).append(category)
        unread.update(conn.execute(
            "SELECT f.segment_id, count(*) FROM frames f LEFT JOIN frame_reads r ON r.frame_id = f.id "
            "WHERE r.frame_id IS NULL" + only.format("f.segment_id") + " GROUP BY f.segment_id", params).fetchall())
        text_unread.update(row[0] for row in conn.execute(
            "SELECT s.id FROM segments s LEFT JOIN text_reads r ON r.segment_id = s.id WHERE r.segment_id IS NULL "
            "AND s.end_reason IS NOT NULL AND s.state != 'released'" + only.format("s.id"), params))
    return GateWaits({k: tuple(v) for k, v in suggestions.items()}, unread, text_unread)


def _with_waiting(conn, segments: list[SegmentRow]) -> dict[int, SegmentRow]:
    """These segments with what the release gate may wait for (the review window's badge asks the
    gate with them, so it never says "leaves next release" of a segment the gate holds)."""
    waits = gate_waits(conn, sorted({seg.id for seg in segments
                                     if seg.state in (SegmentState.HELD, SegmentState.APPROVED)}))
    return {seg.id: replace(seg, open_suggestions=waits.suggestions.get(seg.id, ()),
                            unread_frames=waits.unread_frames.get(seg.id, 0), text_unread=seg.id in waits.text_unread)
            for seg in segments}


def _segment_row(row) -> SegmentRow:
    category = row[10]
    try:
        flag = FlagCategory(category) if category is not None else None
    except ValueError:
        flag = FlagCategory.OTHER
    return SegmentRow(row[0], row[1], row[2], row[3], row[4], SegmentState(row[5]), row[6], row[7], row[8],
                      row[9], flag, row[11] or "", row[12], row[13], bool(row[14]))


# -- timeline ------------------------------------------------------------------------------------

def days(conn, flt: TimelineFilter = TimelineFilter()) -> list[DaySummary]:
    """The days that hold matching segments (and gaps, when shown), newest first."""
    where, params = _segment_filter(flt)
    rows = conn.execute(
        "SELECT date(s.start, 'unixepoch', 'localtime') AS d, count(*), sum(s.key_count), sum(s.click_count), "
        f"sum(s.frame_count), sum(s.state = 'held') FROM segments s WHERE {where} GROUP BY d", params
    ).fetchall()
    found: dict[str, list[int]] = {d: [n, 0, keys, clicks, frames, held] for d, n, keys, clicks, frames, held in rows}
    if flt.shows_gaps:
        gap_where, gap_params = "1", []
        if flt.day is not None:
            gap_where, gap_params = "g.start >= ? AND g.start < ?", list(day_bounds(flt.day))
        for d, n in conn.execute(
            f"SELECT date(g.start, 'unixepoch', 'localtime') AS d, count(*) FROM gaps g WHERE {gap_where} GROUP BY d",
            gap_params,
        ).fetchall():
            found.setdefault(d, [0, 0, 0, 0, 0, 0])[1] = n
    summaries = []
    for d in sorted(found, reverse=True):
        n, gaps, keys, clicks, frames, held = found[d]
        day = date.fromisoformat(d)
        start, end = day_bounds(day)
        summaries.append(DaySummary(day, start, end, n, gaps, keys or 0, clicks or 0, frames or 0, held or 0))
    return summaries


def timeline_page(conn, flt: TimelineFilter, start: float, end: float,
                  after: TimelineCursor | None = None, limit: int = PAGE_SIZE) -> TimelinePage:
    """Segments and gaps starting in [start, end), interleaved in time order, one page at a time."""
    cursor = after or TimelineCursor(float("-inf"), -1, -1)
    where, params = _segment_filter(flt)
    key = (cursor.start, cursor.rank, cursor.id)
    sql = (
        f"SELECT 0 AS rank, {_SEGMENT_COLUMNS}, NULL, NULL FROM segments s "
        "LEFT JOIN flags f ON f.segment_id = s.id "
        f"WHERE s.start >= ? AND s.start < ? AND s.start >= ? AND (s.start, 0, s.id) > (?, ?, ?) AND {where}"
    )
    all_params: list = [start, end, cursor.start, *key, *params]
    if flt.shows_gaps:
        sql += (
            " UNION ALL SELECT 1, g.id, g.start, g.end, '', '', 'held', 0, 0, 0, '', NULL, NULL, NULL, NULL, 0, "
            "g.reason, g.detail FROM gaps g "
            "WHERE g.start >= ? AND g.start < ? AND g.start >= ? AND (g.start, 1, g.id) > (?, ?, ?)"
        )
        all_params += [start, end, cursor.start, *key]
    sql += " ORDER BY 3, 1, 2 LIMIT ?"
    rows = conn.execute(sql, [*all_params, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    segments = _with_waiting(conn, [_segment_row(row[1:16]) for row in rows if row[0] == 0])
    items: list[TimelineItem] = [
        segments[row[1]] if row[0] == 0 else GapRow(row[1], row[2], row[3], row[16], row[17] or "")
        for row in rows
    ]
    next_cursor = None
    if more and rows:
        last = rows[-1]
        next_cursor = TimelineCursor(last[2], last[0], last[1])
    return TimelinePage(tuple(items), next_cursor)


def segments_by_id(conn, segment_ids: list[int]) -> dict[int, SegmentRow]:
    """The current rows of these segments (absent ids were deleted)."""
    ids = sorted(set(int(i) for i in segment_ids))
    if not ids:
        return {}
    rows = conn.execute(
        f"SELECT {_SEGMENT_COLUMNS} FROM segments s LEFT JOIN flags f ON f.segment_id = s.id "
        f"WHERE s.id IN ({','.join('?' * len(ids))})", ids
    ).fetchall()
    return _with_waiting(conn, [_segment_row(row) for row in rows])


def applications(conn) -> list[AppCount]:
    """Every application with segments, most used first."""
    rows = conn.execute(
        "SELECT app, count(*) AS n FROM segments GROUP BY app ORDER BY n DESC, app"
    ).fetchall()
    return [AppCount(app, n) for app, n in rows]


def search(conn, text: str, limit: int = 50) -> list[SearchHit]:
    """Segments whose title or typed text match every word of `text`, and screenshots that showed
    every word, newest first, with a snippet (and for a screenshot, the boxes of the words)."""
    expression = search_expression(text)
    if expression is None:
        return []
    rows = conn.execute(
        f"SELECT {_SEGMENT_COLUMNS}, snippet(segment_search, -1, '[', ']', '…', 10) "
        "FROM segment_search JOIN segments s ON s.id = segment_search.rowid "
        "LEFT JOIN flags f ON f.segment_id = s.id "
        "WHERE segment_search MATCH ? ORDER BY s.start DESC LIMIT ?", (expression, limit)
    ).fetchall()
    hits = [(row[1], SearchHit(_segment_row(row[:15]), row[15] or "")) for row in rows]
    screens = conn.execute(
        f"SELECT {_SEGMENT_COLUMNS}, snippet(screen_search, 0, '[', ']', '…', 10), fr.id, fr.t "
        "FROM screen_search JOIN frames fr ON fr.id = screen_search.rowid JOIN segments s ON s.id = fr.segment_id "
        "LEFT JOIN flags f ON f.segment_id = s.id "
        "WHERE screen_search MATCH ? ORDER BY fr.t DESC LIMIT ?", (expression, limit)
    ).fetchall()
    words = [word.casefold() for word in _WORD.findall(text)]
    for row in screens:
        boxes = tuple(word.box for word in screen_store.words_of(conn, row[16])
                      if any(part.casefold().startswith(w) for part in _WORD.findall(word.text) for w in words))
        hits.append((row[17], SearchHit(_segment_row(row[:15]), row[15] or "", row[16], boxes)))
    hits.sort(key=lambda pair: pair[0], reverse=True)
    kept = [hit for _t, hit in hits[:limit]]
    segments = _with_waiting(conn, [hit.segment for hit in kept])
    return [replace(hit, segment=segments[hit.segment.id]) for hit in kept]


# -- detail --------------------------------------------------------------------------------------

def segment_detail(conn, segment_id: int) -> SegmentDetail | None:
    """Everything the detail pane shows about one segment except images and the raw events."""
    found = segments_by_id(conn, [segment_id])
    if segment_id not in found:
        return None
    typed = conn.execute("SELECT typed_text FROM segments WHERE id = ?", (segment_id,)).fetchall()
    if found[segment_id].open:  # the recorder writes an open segment's text every 30 s: show it now
        typed = [(reconstruct(event_store.key_presses(conn, segment_id)),)]
    frames = conn.execute(
        "SELECT id, t, width, height, mime, left_px, top_px, scale FROM frames WHERE segment_id = ? ORDER BY t, id",
        (segment_id,),
    ).fetchall()
    clicks = [ClickMark(s.event.t, s.event.x, s.event.y, s.event.button)
              for s in event_store.read(conn, segment_id, kinds=(event_store.KIND_BUTTON_DOWN,))
              if isinstance(s.event, ClickEvent)]
    redactions = conn.execute(
        "SELECT id, t, kind, target_id, spec FROM redactions WHERE segment_id = ? ORDER BY id", (segment_id,)
    ).fetchall()
    return SegmentDetail(
        found[segment_id],
        typed[0][0] if typed else "",
        tuple(FrameInfo(*row) for row in frames),
        tuple(clicks),
        tuple(RedactionInfo(*row) for row in redactions),
    )


def frame_image(conn, frame_id: int) -> tuple[str, bytes] | None:
    """(mime, encoded bytes) of one screenshot, or None if it is gone."""
    rows = conn.execute("SELECT mime, image FROM frames WHERE id = ?", (frame_id,)).fetchall()
    return (rows[0][0], bytes(rows[0][1])) if rows else None


def events_page(conn, segment_id: int, after: tuple[int, int] | None = None,
                limit: int = PAGE_SIZE) -> EventPage:
    """A segment's raw input events in time order, decoded, one page of stored rows at a time
    (a key press is followed by its release, placed at its held time)."""
    stored = event_store.read(conn, segment_id, after=after, limit=limit + 1)
    more = len(stored) > limit
    stored = stored[:limit]
    items = []
    for row in stored:
        kind = event_store.KIND_NAMES.get(row.kind, str(row.kind))
        if row.event is None:
            items.append(EventRow(row.position, 0.0, kind, None))
            continue
        items += [EventRow(row.position, event.t, kind, event) for event in event_store.with_releases([row.event])]
    next_cursor = stored[-1].position if more and stored else None
    return EventPage(tuple(items), next_cursor)


# -- suggested moments ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Suggestion:
    """A moment the device suggests a look at: a detector's category, the reason in words, the
    matched words and the boxes of those seen on the screenshot (in the stored frame's pixels).
    `frame_id` is None when only typed text, the title or the application matched."""

    id: int
    segment_id: int
    frame_id: int | None
    category: str
    reason: str
    words: tuple[str, ...]
    boxes: tuple[tuple[int, int, int, int], ...]
    state: str  # open | redacted | flagged | dismissed
    created_at: float
    app: str = ""
    title: str = ""
    segment_start: float = 0.0
    sources: tuple[str, ...] = ()  # per word: screen | typed | title | app


def suggestions(conn, states: tuple[str, ...] = ("open",), segment_id: int | None = None) -> list[Suggestion]:
    """Suggestions in these states (all when empty), oldest moment first."""
    where, args = [], []
    if states:
        where.append(f"g.state IN ({','.join('?' * len(states))})")
        args += list(states)
    if segment_id is not None:
        where.append("g.segment_id = ?")
        args.append(segment_id)
    rows = conn.execute(
        "SELECT g.id, g.segment_id, g.frame_id, g.category, g.reason, g.matched, g.state, g.created_at, "
        "s.app, s.title, s.start FROM suggestions g JOIN segments s ON s.id = g.segment_id "
        f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY s.start, g.frame_id, g.id", args).fetchall()
    found = []
    for sid, segment, frame, category, reason, matched, state, created, app, title, start in rows:
        words = screen_store.parse_matched(matched)
        found.append(Suggestion(sid, segment, frame, category, reason, tuple(w.text for w in words),
                                tuple(w.box for w in words if w.box is not None), state, created, app, title, start,
                                tuple(w.source for w in words)))
    return found


def open_suggestion_count(conn) -> int:
    return int(conn.execute("SELECT count(*) FROM suggestions WHERE state = 'open'").fetchone()[0])


def recording_segment(conn) -> int | None:
    """The segment being recorded: the newest whose end is not recorded yet. A recorded fact, never
    a guess from the clock (a crash-left one is closed when a command that owns the vault opens it)."""
    row = conn.execute("SELECT id FROM segments WHERE end_reason IS NULL ORDER BY start DESC, id DESC LIMIT 1"
                       ).fetchone()
    return int(row[0]) if row else None


def unread_frame_count(conn) -> int:
    """Screenshots of segments that could still leave (held or approved, not flagged) not read yet."""
    return int(conn.execute(
        "SELECT count(*) FROM frames f JOIN segments s ON s.id = f.segment_id LEFT JOIN frame_reads r "
        "ON r.frame_id = f.id LEFT JOIN flags g ON g.segment_id = s.id WHERE r.frame_id IS NULL "
        "AND g.segment_id IS NULL AND s.state IN ('held', 'approved')").fetchone()[0])


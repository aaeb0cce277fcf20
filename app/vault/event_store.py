"""How input events are stored in the `events` table: the one definition of its layout.

Schema 2.0 keeps an event in about 20 bytes (schema 1 took 66, and two rows per keystroke):

- one row per key *press*, carrying how long the key stayed down (`held`, ms); releases are not
  rows of their own, so a keystroke is one row and the held-key timing is kept;
- times as integer milliseconds after the segment's `t0` (a fixed base; a segment's `start` may
  move when a delete cuts its beginning off);
- `kind` a small integer; modifiers a bit set; a character equal to the key name left out;
- `WITHOUT ROWID`, keyed (segment_id, dt, n): a segment's events are stored together in time
  order, so reading, counting and deleting a segment's events needs no second index.

Readers (review, release, export, redaction) go through here, never through raw SQL of their own.
"""

from __future__ import annotations

import heapq
import math
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from app.core.model import ClickEvent, InputEvent, KeyEvent, MoveEvent, ScrollEvent

KIND_KEY, KIND_BUTTON_DOWN, KIND_BUTTON_UP, KIND_SCROLL, KIND_MOVE = 1, 2, 3, 4, 5
KIND_NAMES = {KIND_KEY: "key", KIND_BUTTON_DOWN: "click", KIND_BUTTON_UP: "click", KIND_SCROLL: "scroll",
              KIND_MOVE: "move"}

# Append only: a bit's meaning is stored in every vault. Names are the sources' (app/capture/key_events.py).
MODIFIER_BITS = ("shift", "shift_l", "shift_r", "ctrl", "ctrl_l", "ctrl_r", "alt", "alt_l", "alt_r", "alt_gr",
                 "cmd", "cmd_l", "cmd_r", "caps_lock", "super", "super_l", "super_r")
_BIT_OF = {name: 1 << index for index, name in enumerate(MODIFIER_BITS)}
_NO_CHAR = ""  # stored for a key that produced no character (NULL means: the same as the key name)

COLUMNS = "dt, n, kind, code, char, mods, held, x, y, dx, dy"
CREATE_TABLE = """
    CREATE TABLE events (
        segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
        dt   INTEGER NOT NULL,  -- milliseconds after the segment's t0
        n    INTEGER NOT NULL,  -- 0, 1, ... for events of one segment in the same millisecond
        kind INTEGER NOT NULL,  -- 1 key press, 2 button down, 3 button up, 4 scroll, 5 move
        code TEXT,              -- key name, or button name
        char TEXT,              -- key: the character produced ('' none; NULL: the same as code)
        mods INTEGER,           -- key: modifiers held (bit set, MODIFIER_BITS)
        held INTEGER,           -- key: milliseconds it stayed down (NULL: unknown)
        x    INTEGER,           -- pointer position: buttons, scroll, move
        y    INTEGER,
        dx   INTEGER,           -- scroll
        dy   INTEGER,
        PRIMARY KEY (segment_id, dt, n)
    ) WITHOUT ROWID;
"""

# Events with their absolute time, for ad-hoc reading (tests, benchmarks, a data-recovery session).
CREATE_VIEW = """
    CREATE VIEW timed_events AS
        SELECT e.segment_id, e.dt, e.n, e.kind, s.t0 + e.dt / 1000.0 AS t, e.code, e.char, e.mods, e.held,
               e.x, e.y, e.dx, e.dy
        FROM events e JOIN segments s ON s.id = e.segment_id;
"""


# Epoch seconds near 1.7e9 are floats about 2.4e-7 s apart, so `t - t0` may come out that much
# short of a whole number of milliseconds it really is (X11 server times are whole ms: rounding
# down would then store half of all events 1 ms early). Half a microsecond absorbs that noise.
_FLOAT_NOISE_MS = 5e-4


def to_ms(t: float, t0: float) -> int:
    """Milliseconds after `t0`, rounded down: a stored time is never later than the event (beyond
    float noise), so no event stamped before a pause is ever read back as after it."""
    return math.floor((t - t0) * 1000 + _FLOAT_NOISE_MS)


def modifier_bits(modifiers: Iterable[str]) -> int:
    """The bit set of `modifiers` (names no source produces are not stored)."""
    bits = 0
    for name in modifiers:
        bits |= _BIT_OF.get(name, 0)
    return bits


def modifier_names(bits: int) -> frozenset[str]:
    return frozenset(name for name, bit in _BIT_OF.items() if bits & bit)


def row_values(event: InputEvent, t0: float) -> tuple:
    """(dt, kind, code, char, mods, held, x, y, dx, dy) for an event; `n` is added by the caller.

    Key releases are not stored as rows (their timing goes into the press's `held`).
    """
    dt = to_ms(event.t, t0)
    if isinstance(event, KeyEvent):
        if not event.pressed:
            raise ValueError("key releases are stored as the press's held time, not as rows")
        char = None if event.char == event.key else (event.char or _NO_CHAR)
        held = None if event.held is None else max(0, round(event.held * 1000))
        return (dt, KIND_KEY, event.key, char, modifier_bits(event.modifiers), held, None, None, None, None)
    if isinstance(event, ClickEvent):
        kind = KIND_BUTTON_DOWN if event.pressed else KIND_BUTTON_UP
        return (dt, kind, event.button, None, None, None, event.x, event.y, None, None)
    if isinstance(event, ScrollEvent):
        return (dt, KIND_SCROLL, None, None, None, None, event.x, event.y, event.dx, event.dy)
    if isinstance(event, MoveEvent):
        return (dt, KIND_MOVE, None, None, None, None, event.x, event.y, None, None)
    raise TypeError(f"not an input event: {type(event).__name__}")


def decode(t0: float, dt: int, kind: int, code, char, mods, held, x, y, dx, dy) -> InputEvent:
    """The event a row holds. Raises ValueError for a row that is not a valid event."""
    t = t0 + dt / 1000
    try:
        if kind == KIND_KEY:
            key = _text(code)
            return KeyEvent(t, key, True, key if char is None else (_text(char) or None),
                            modifier_names(int(mods or 0)), None if held is None else int(held) / 1000)
        if kind in (KIND_BUTTON_DOWN, KIND_BUTTON_UP):
            return ClickEvent(t, int(x), int(y), _text(code), kind == KIND_BUTTON_DOWN)
        if kind == KIND_SCROLL:
            return ScrollEvent(t, int(x), int(y), int(dx), int(dy))
        if kind == KIND_MOVE:
            return MoveEvent(t, int(x), int(y))
    except (TypeError, ValueError, OverflowError) as exc:  # hostile or damaged rows
        raise ValueError(f"malformed event row of kind {kind!r}") from exc
    raise ValueError(f"unknown event kind {kind!r}")


def _text(value) -> str:
    if not isinstance(value, str):
        raise ValueError("expected text")
    return value


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event row: where it is (segment, dt, n) and what it holds (None: the row does not decode)."""

    segment_id: int
    dt: int
    n: int
    kind: int
    event: InputEvent | None

    @property
    def position(self) -> tuple[int, int]:
        return (self.dt, self.n)


def segment_t0(conn, segment_id: int) -> float | None:
    row = conn.execute("SELECT t0 FROM segments WHERE id = ?", (segment_id,)).fetchone()
    return None if row is None else row[0]


def read(conn, segment_id: int, *, kinds: tuple[int, ...] = (), after: tuple[int, int] | None = None,
         limit: int | None = None, t0: float | None = None) -> list[StoredEvent]:
    """A segment's events in time order (all rows fetched: no read snapshot stays open)."""
    t0 = segment_t0(conn, segment_id) if t0 is None else t0
    if t0 is None:
        return []
    sql = f"SELECT {COLUMNS} FROM events WHERE segment_id = ?"
    params: list = [segment_id]
    if kinds:
        sql += f" AND kind IN ({','.join('?' * len(kinds))})"
        params += kinds
    if after is not None:
        sql += " AND (dt, n) > (?, ?)"
        params += after
    sql += " ORDER BY dt, n"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_stored(segment_id, t0, row) for row in conn.execute(sql, params).fetchall()]


def _stored(segment_id: int, t0: float, row) -> StoredEvent:
    try:
        event: InputEvent | None = decode(t0, row[0], *row[2:])
    except ValueError:
        event = None
    return StoredEvent(segment_id, row[0], row[1], row[2], event)


def events_of(conn, segment_id: int) -> list[InputEvent]:
    """A segment's well-formed events in time order."""
    return [s.event for s in read(conn, segment_id) if s.event is not None]


def key_presses(conn, segment_id: int) -> list[KeyEvent]:
    return [s.event for s in read(conn, segment_id, kinds=(KIND_KEY,)) if isinstance(s.event, KeyEvent)]


def with_releases(events: Iterable[InputEvent]) -> Iterator[InputEvent]:
    """The event stream as sources reported it: each press followed, at its time, by its release.

    For readers that show or export presses and releases (the review's raw events, bundles):
    a release is placed at press + held; a press whose release is unknown has none.
    """
    pending: list[tuple[float, int, KeyEvent]] = []  # releases still to come, by time
    order = 0
    for event in events:
        while pending and pending[0][0] <= event.t:
            yield _pop(pending)
        yield event
        if isinstance(event, KeyEvent) and event.pressed and event.held is not None:
            order += 1
            release = KeyEvent(event.t + event.held, event.key, False, event.char, event.modifiers)
            _push(pending, (release.t, order, release))
    while pending:
        yield _pop(pending)


def _push(heap: list, item: tuple) -> None:
    heapq.heappush(heap, item)


def _pop(heap: list) -> KeyEvent:
    return heapq.heappop(heap)[2]


def count_in_span(conn, start: float, end: float) -> tuple[int, int, int]:
    """(events, key presses, button presses) stamped in [start, end], over every segment."""
    row = conn.execute(
        "SELECT count(*), coalesce(sum(e.kind = ?), 0), coalesce(sum(e.kind = ?), 0) "
        "FROM segments s JOIN events e ON e.segment_id = s.id "
        "WHERE s.end >= ? AND s.start <= ? "
        "AND e.dt >= round((? - s.t0) * 1000) AND e.dt <= round((? - s.t0) * 1000)",
        (KIND_KEY, KIND_BUTTON_DOWN, start, end, start, end)).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def delete_span(conn, segment_id: int, t0: float, start: float, end: float) -> int:
    """Delete one segment's events stamped in [start, end]; returns how many."""
    return conn.execute("DELETE FROM events WHERE segment_id = ? AND dt >= ? AND dt <= ?",
                        (segment_id, to_ms(start, t0), to_ms(end, t0))).rowcount


def counts(conn, segment_id: int) -> tuple[int, int]:
    """(key presses, button presses) a segment holds."""
    row = conn.execute("SELECT coalesce(sum(kind = ?), 0), coalesce(sum(kind = ?), 0) FROM events "
                       "WHERE segment_id = ?", (KIND_KEY, KIND_BUTTON_DOWN, segment_id)).fetchone()
    return int(row[0]), int(row[1])


def replace_key(conn, stored: StoredEvent, event: KeyEvent) -> None:
    """Overwrite a stored key press in place (redaction), keeping its time and held duration."""
    _dt, _kind, code, char, mods, held, *_ = row_values(event, 0.0)
    conn.execute("UPDATE events SET code = ?, char = ?, mods = ?, held = ? WHERE segment_id = ? AND dt = ? AND n = ?",
                 (code, char, mods, held, stored.segment_id, stored.dt, stored.n))


INSERT = ("INSERT INTO events (segment_id, n, dt, kind, code, char, mods, held, x, y, dx, dy) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def insert_rows(conn, rows: Iterable[tuple]) -> None:
    """Insert rows of (segment_id, n, dt, kind, code, char, mods, held, x, y, dx, dy)."""
    conn.executemany(INSERT, rows)


def set_held(conn, segment_id: int, dt: int, n: int, held_ms: int) -> None:
    conn.execute("UPDATE events SET held = ? WHERE segment_id = ? AND dt = ? AND n = ?", (held_ms, segment_id, dt, n))


class ReleasePairing:
    """Pairs each key release with its press (first in, first out per stored key name), so the
    press can carry how long the key was down. `handle` is whatever locates the press's row for
    the caller: a row still to be inserted, or its key in the table.

    Presses whose release never comes (lost by the source, or released during a pause) are
    forgotten after `max_hold_s`, so memory does not grow over a working day; and at most
    `max_waiting` presses wait per key name (an auto-repeating key, or every key in a "counts"
    window, all named "key"), the oldest forgotten first, so a fast typist's ten minutes stay small.
    """

    def __init__(self, max_hold_s: float = 600.0, max_waiting: float = 64) -> None:
        self._max_hold_s = max_hold_s
        self._max_waiting = max_waiting
        self._pending: dict[str, deque[tuple[float, object]]] = {}

    def pressed(self, key: str, t: float, handle: object) -> None:
        waiting = self._pending.setdefault(key, deque())
        waiting.append((t, handle))
        if len(waiting) > self._max_waiting:
            waiting.popleft()

    def released(self, key: str, t: float) -> tuple[object, int] | None:
        """(handle of the press, held ms) for a release at `t`, or None if no press waits."""
        waiting = self._pending.get(key)
        while waiting:
            pressed_at, handle = waiting.popleft()
            if not waiting:
                del self._pending[key]
            if pressed_at <= t:
                return handle, max(0, round((t - pressed_at) * 1000))
        return None

    def forget_before(self, t: float) -> None:
        limit = t - self._max_hold_s
        for key in list(self._pending):
            waiting = self._pending[key]
            while waiting and waiting[0][0] < limit:
                waiting.popleft()
            if not waiting:
                del self._pending[key]

    def clear(self) -> None:
        self._pending.clear()

    def __len__(self) -> int:
        return sum(len(waiting) for waiting in self._pending.values())


def rows_for(segment_id: int, t0: float, events: Iterable[InputEvent]) -> list[tuple]:
    """Insertable rows for one segment's events as sources report them (presses and releases in
    time order): each release becomes its press's held time. For bulk writers (seeding, tests);
    the recorder's writer does the same incrementally."""
    pairing = ReleasePairing(max_hold_s=float("inf"), max_waiting=float("inf"))
    rows: list[list] = []
    next_n: dict[int, int] = {}
    for event in events:
        if isinstance(event, KeyEvent) and not event.pressed:
            paired = pairing.released(event.key, event.t)
            if paired is not None:
                row, held = paired
                row[7] = held
            continue
        values = row_values(event, t0)
        n = next_n.get(values[0], 0)
        next_n[values[0]] = n + 1
        row = [segment_id, n, *values]
        rows.append(row)
        if isinstance(event, KeyEvent):
            pairing.pressed(event.key, event.t, row)
    return [tuple(row) for row in rows]

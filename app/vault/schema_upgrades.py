"""Python steps of schema migrations (run inside the migration's transaction, see schema.py)."""

from __future__ import annotations

import json

from app.core.model import ClickEvent, InputEvent, KeyEvent, MoveEvent, ScrollEvent
from app.vault import event_store

_FLUSH_AFTER_S = 60.0  # presses older than this are written out (a later release updates the row)


def _v1_event(t: float, kind: str, data: str) -> InputEvent | None:
    """An event as schema 1 stored it (compact JSON per kind), or None for a malformed row."""
    try:
        fields = json.loads(data)
        if kind == "key":
            return KeyEvent(t, str(fields["k"]), bool(fields["p"]), fields.get("c"), frozenset(fields.get("m", ())))
        if kind == "click":
            return ClickEvent(t, int(fields["x"]), int(fields["y"]), str(fields["b"]), bool(fields["p"]))
        if kind == "scroll":
            return ScrollEvent(t, int(fields["x"]), int(fields["y"]), int(fields["dx"]), int(fields["dy"]))
        if kind == "move":
            return MoveEvent(t, int(fields["x"]), int(fields["y"]))
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
        return None
    return None


def events_to_v2(conn) -> None:
    """Copy `events_v1` (one JSON row per press and per release) into the 2.0 layout.

    Releases become the held time of their press (first in, first out per key, across segments, as
    the writer pairs them now); rows that do not decode are not carried over (no reader could show
    them). Rows go in time order, a minute behind the reading, so most presses get their held time
    before they are inserted.
    """
    pairing = event_store.ReleasePairing(max_hold_s=float("inf"), max_waiting=float("inf"))
    waiting: list[list] = []  # rows not yet inserted: [segment_id, t, event, held_ms, (dt, n) once inserted]
    used: dict[tuple[int, int], int] = {}  # (segment_id, dt) -> next n
    t0_of = dict(conn.execute("SELECT id, t0 FROM segments").fetchall())

    def flush(before: float) -> None:
        keep = []
        rows = []
        for row in waiting:
            if row[1] >= before:
                keep.append(row)
                continue
            segment_id, _t, event, held, _position = row
            values = list(event_store.row_values(event, t0_of[segment_id]))
            if held is not None:
                values[5] = held
            n = used.get((segment_id, values[0]), 0)
            used[(segment_id, values[0])] = n + 1
            rows.append((segment_id, n, *values))
            row[4] = (values[0], n)  # a release still to come updates the row there
        event_store.insert_rows(conn, rows)
        waiting[:] = keep

    cursor = conn.execute("SELECT segment_id, t, kind, data FROM events_v1 ORDER BY t, id")
    while batch := cursor.fetchmany(5000):
        for segment_id, t, kind, data in batch:
            event = _v1_event(t, kind, data)
            if event is None or segment_id not in t0_of:
                continue
            if isinstance(event, KeyEvent) and not event.pressed:
                paired = pairing.released(event.key, t)
                if paired is not None:
                    row, held = paired
                    if row[4] is not None:
                        event_store.set_held(conn, row[0], *row[4], held)
                    else:
                        row[3] = held
                continue
            row = [segment_id, t, event, None, None]
            waiting.append(row)
            if isinstance(event, KeyEvent):
                pairing.pressed(event.key, t, row)
        if waiting:
            flush(waiting[-1][1] - _FLUSH_AFTER_S)
    flush(float("inf"))
    conn.execute("DROP TABLE events_v1")
    _key_counts(conn)


def _key_counts(conn) -> None:
    """Key counts counted presses before too; recount from the new rows in case a row was dropped."""
    conn.execute(
        "UPDATE segments SET key_count = (SELECT count(*) FROM events e WHERE e.segment_id = segments.id AND e.kind = ?), "
        "click_count = (SELECT count(*) FROM events e WHERE e.segment_id = segments.id AND e.kind = ?)",
        (event_store.KIND_KEY, event_store.KIND_BUTTON_DOWN))

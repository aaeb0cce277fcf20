"""Deleting: a span of time (everything captured in it), or whole segments.

A segment that straddles a deleted span is cut: it keeps what lies outside, with its typed text
rebuilt from the keys that remain. The ledger keeps the range and the counts, never content.
"""

from __future__ import annotations

from app.core.changes import Change, ChangeKind, RangeCounts
from app.policy.rules.typed_text import reconstruct
from app.vault import event_store, ledger, screen_store
from app.vault.database import checkpoint_truncate, transaction
from app.vault.ledger import LedgerKind


def summarize_range(conn, start: float, end: float) -> RangeCounts:
    """What deleting [start, end] would remove (segments overlapping it, events and frames inside)."""
    seg = conn.execute(
        "SELECT count(*), group_concat(DISTINCT app) FROM segments WHERE end >= ? AND start <= ?", (start, end)
    ).fetchone()
    events, keys, clicks = event_store.count_in_span(conn, start, end)
    frames = conn.execute("SELECT count(*) FROM frames WHERE t >= ? AND t <= ?", (start, end)).fetchone()[0]
    apps = tuple(sorted(a for a in (seg[1] or "").split(",") if a))
    return RangeCounts(start, end, seg[0], events, keys, clicks, frames, apps)


def segment_ids_in(conn, start: float, end: float) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT id FROM segments WHERE end >= ? AND start <= ? ORDER BY start", (start, end)).fetchall()]


def delete_range(conn, start: float, end: float, now: float) -> Change:
    """Delete everything captured in [start, end]: whole segments inside it, the inside part of
    segments that straddle it (their typed text rebuilt from what remains)."""
    with transaction(conn):
        summary = summarize_range(conn, start, end)
        touched = segment_ids_in(conn, start, end)
        conn.execute("DELETE FROM segments WHERE start >= ? AND end <= ?", (start, end))
        straddling = segment_ids_in(conn, start, end)
        for segment_id in straddling:
            _cut(conn, segment_id, start, end)
        conn.execute("DELETE FROM frames WHERE t >= ? AND t <= ?", (start, end))
        left = _present(conn, touched)
        ledger.append(conn, LedgerKind.DELETE, {"range": [start, end], **_ledger_counts(summary)}, now)
    checkpoint_truncate(conn)
    # What is still on its way from the span is dropped when it comes, but only up to `now`: a span
    # reaching into the future (a whole day, deleted at noon) must not silence capture until then.
    guarded = ((start, min(end, now)),) if start <= now else ()
    return Change(ChangeKind.DELETE, tuple(touched), tuple(sorted(set(touched) - left)), guarded, counts=summary)


def delete_segments(conn, segment_ids: list[int], now: float) -> Change:
    """Delete whole segments by id. A segment still being recorded is deleted up to `now`."""
    ids = sorted(set(int(i) for i in segment_ids))
    if not ids:
        return Change(ChangeKind.DELETE, counts=RangeCounts(now, now))
    marks = ",".join("?" * len(ids))
    with transaction(conn):
        rows = conn.execute(f"SELECT id, start, end, end_reason IS NULL, app FROM segments WHERE id IN ({marks})",
                            ids).fetchall()
        span = conn.execute(f"SELECT min(start), max(end), count(*), sum(key_count), sum(click_count), "
                            f"sum(frame_count) FROM segments WHERE id IN ({marks})", ids).fetchone()
        events = conn.execute(f"SELECT count(*) FROM events WHERE segment_id IN ({marks})", ids).fetchone()[0]
        counts = RangeCounts(span[0] or now, span[1] or now, span[2], events, span[3] or 0, span[4] or 0,
                             span[5] or 0, tuple(sorted({row[4] for row in rows if row[4]})))
        conn.execute(f"DELETE FROM segments WHERE id IN ({marks})", ids)  # events, frames, flags cascade
        ledger.append(conn, LedgerKind.DELETE, {**_ledger_counts(counts), "segment_ids": ids}, now)
    checkpoint_truncate(conn)
    # Records of an open segment may still be on their way: its whole span up to now is guarded.
    spans = tuple((start, now if is_open else end) for _id, start, end, is_open, _app in rows)
    found = tuple(row[0] for row in rows)
    return Change(ChangeKind.DELETE, found, found, spans, counts=counts)


def _cut(conn, segment_id: int, cut_start: float, cut_end: float) -> None:
    """Shrink a segment to what is left outside the cut, or drop it if nothing is."""
    start, end, t0 = conn.execute("SELECT start, end, t0 FROM segments WHERE id = ?", (segment_id,)).fetchone()
    left = (start, min(end, cut_start)) if start < cut_start else None
    right = (max(start, cut_end), end) if end > cut_end else None
    remaining = [s for s in (left, right) if s]
    if not remaining:
        conn.execute("DELETE FROM segments WHERE id = ?", (segment_id,))
        return
    event_store.delete_span(conn, segment_id, t0, cut_start, cut_end)
    screen_store.forget_text_findings(conn, segment_id)  # they may quote the text that was cut
    keys, clicks = event_store.counts(conn, segment_id)
    conn.execute(
        "UPDATE segments SET start = ?, end = ?, typed_text = ?, key_count = ?, click_count = ?, "
        "frame_count = (SELECT count(*) FROM frames WHERE segment_id = ? AND (t < ? OR t > ?)) WHERE id = ?",
        (remaining[0][0], remaining[-1][1], reconstruct(event_store.key_presses(conn, segment_id)), keys, clicks,
         segment_id, cut_start, cut_end, segment_id))


def _present(conn, ids: list[int]) -> set[int]:
    if not ids:
        return set()
    return {r[0] for r in conn.execute(f"SELECT id FROM segments WHERE id IN ({','.join('?' * len(ids))})", ids)}


def _ledger_counts(counts: RangeCounts) -> dict:
    return {"segments": counts.segments, "events": counts.events, "keys": counts.keys, "clicks": counts.clicks,
            "frames": counts.frames}

"""The employee's decisions, applied to the vault: delete, flag, unflag, approve, pause state.

Each operation changes the rows and appends its ledger entry in one transaction, so a decision is
never recorded without its effect or the other way round. Deletions then checkpoint the WAL with
TRUNCATE, so no copy of the deleted pages stays in the journal (DESIGN.md, the vault).
Ledger bodies carry ranges, ids and counts — never content.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from app.core.errors import KnownError
from app.core.model import FlagCategory, SegmentState
from app.policy.rules.pause import PauseSnapshot
from app.policy.rules.typed_text import reconstruct
from app.vault import event_codec, ledger
from app.vault.database import checkpoint_truncate, transaction
from app.vault.ledger import LedgerKind

_PAUSE_KEY = "pause"


@dataclass(frozen=True)
class RangeSummary:
    """What a range holds (or held): shown in the delete confirmation and written to the ledger."""

    start: float
    end: float
    segments: int
    events: int
    keys: int
    clicks: int
    frames: int
    apps: tuple[str, ...] = ()

    def describe(self) -> str:
        if not self.segments:
            return "nothing"
        parts = [f"{self.segments} segment{'s' * (self.segments != 1)}", f"{self.keys} keystrokes",
                 f"{self.clicks} clicks", f"{self.frames} screenshot{'s' * (self.frames != 1)}"]
        return ", ".join(parts)


def summarize_range(conn, start: float, end: float) -> RangeSummary:
    """What deleting [start, end] would remove (segments overlapping it, events and frames inside)."""
    seg = conn.execute(
        "SELECT count(*), group_concat(DISTINCT app) FROM segments WHERE end >= ? AND start <= ?", (start, end)
    ).fetchone()
    ev = conn.execute(
        "SELECT count(*), "
        "coalesce(sum(kind = 'key' AND data LIKE '%\"p\":1%'), 0), "
        "coalesce(sum(kind = 'click' AND data LIKE '%\"p\":1%'), 0) "
        "FROM events WHERE t >= ? AND t <= ?", (start, end)
    ).fetchone()
    frames = conn.execute("SELECT count(*) FROM frames WHERE t >= ? AND t <= ?", (start, end)).fetchone()[0]
    apps = tuple(sorted(a for a in (seg[1] or "").split(",") if a))
    return RangeSummary(start, end, seg[0], ev[0], ev[1], ev[2], frames, apps)


def delete_range(conn, start: float, end: float, now: float) -> RangeSummary:
    """Delete everything captured in [start, end]: whole segments inside it, the inside part of
    segments that straddle it (their typed text rebuilt from what remains)."""
    with transaction(conn):
        summary = summarize_range(conn, start, end)
        conn.execute("DELETE FROM segments WHERE start >= ? AND end <= ?", (start, end))
        straddling = [r[0] for r in conn.execute(
            "SELECT id FROM segments WHERE end >= ? AND start <= ?", (start, end))]
        conn.execute("DELETE FROM events WHERE t >= ? AND t <= ?", (start, end))
        conn.execute("DELETE FROM frames WHERE t >= ? AND t <= ?", (start, end))
        for segment_id in straddling:
            _rebuild_segment(conn, segment_id, start, end)
        body = {"range": [start, end], **_counts(summary)}
        ledger.append(conn, LedgerKind.DELETE, body, now)
    checkpoint_truncate(conn)
    return summary


def delete_segments(conn, segment_ids: list[int], now: float) -> RangeSummary:
    """Delete whole segments by id (review window selections)."""
    ids = sorted(set(segment_ids))
    if not ids:
        return RangeSummary(now, now, 0, 0, 0, 0, 0)
    marks = ",".join("?" * len(ids))
    with transaction(conn):
        span = conn.execute(f"SELECT min(start), max(end), count(*), sum(key_count), sum(click_count), "
                            f"sum(frame_count) FROM segments WHERE id IN ({marks})", ids).fetchone()
        events = conn.execute(f"SELECT count(*) FROM events WHERE segment_id IN ({marks})", ids).fetchone()[0]
        summary = RangeSummary(span[0] or now, span[1] or now, span[2], events, span[3] or 0, span[4] or 0, span[5] or 0)
        conn.execute(f"DELETE FROM segments WHERE id IN ({marks})", ids)  # events, frames, flags cascade
        ledger.append(conn, LedgerKind.DELETE, {**_counts(summary), "segment_ids": ids}, now)
    checkpoint_truncate(conn)
    return summary


def _rebuild_segment(conn, segment_id: int, cut_start: float, cut_end: float) -> None:
    """Shrink a segment to what is left outside the cut, or drop it if nothing is."""
    start, end = conn.execute("SELECT start, end FROM segments WHERE id = ?", (segment_id,)).fetchone()
    left = (start, min(end, cut_start)) if start < cut_start else None
    right = (max(start, cut_end), end) if end > cut_end else None
    remaining = [s for s in (left, right) if s]
    if not remaining:
        conn.execute("DELETE FROM segments WHERE id = ?", (segment_id,))
        return
    rows = conn.execute("SELECT t, kind, data FROM events WHERE segment_id = ? ORDER BY t, id", (segment_id,)).fetchall()
    keys = [event_codec.decode(*row) for row in rows if row[1] == event_codec.KIND_KEY]
    new_start, new_end = remaining[0][0], remaining[-1][1]
    conn.execute(
        "UPDATE segments SET start = :start, end = :end, typed_text = :text, "
        "key_count = (SELECT count(*) FROM events WHERE segment_id = :id AND kind = 'key' AND data LIKE '%\"p\":1%'), "
        "click_count = (SELECT count(*) FROM events WHERE segment_id = :id AND kind = 'click' AND data LIKE '%\"p\":1%'), "
        "frame_count = (SELECT count(*) FROM frames WHERE segment_id = :id) WHERE id = :id",
        {"start": new_start, "end": new_end, "text": reconstruct(keys), "id": segment_id},
    )


def _counts(summary: RangeSummary) -> dict:
    return {k: v for k, v in asdict(summary).items() if k in ("segments", "events", "keys", "clicks", "frames")}


def set_flag(conn, segment_ids: list[int], category: FlagCategory, note: str, now: float) -> int:
    """Flag segments as sensitive: they never leave. Released segments cannot be recalled this way."""
    ids = _existing(conn, segment_ids)
    with transaction(conn):
        for segment_id in ids:
            conn.execute("INSERT INTO flags (segment_id, category, note, t) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (segment_id) DO UPDATE SET category = excluded.category, "
                         "note = excluded.note, t = excluded.t", (segment_id, category.value, note, now))
        changed = conn.execute(
            f"UPDATE segments SET state = 'flagged', approved_at = NULL WHERE id IN ({_marks(ids)}) "
            f"AND state != 'released'", ids).rowcount
        # The note may be personal: the ledger keeps the category only.
        ledger.append(conn, LedgerKind.FLAG, {"segments": ids, "category": category.value}, now)
    return changed


def flag_range(conn, start: float, end: float, category: FlagCategory, note: str, now: float) -> int:
    ids = [r[0] for r in conn.execute("SELECT id FROM segments WHERE end >= ? AND start <= ?", (start, end))]
    return set_flag(conn, ids, category, note, now) if ids else 0


def clear_flag(conn, segment_ids: list[int], now: float) -> int:
    ids = _existing(conn, segment_ids)
    with transaction(conn):
        conn.execute(f"DELETE FROM flags WHERE segment_id IN ({_marks(ids)})", ids)
        changed = conn.execute(
            f"UPDATE segments SET state = 'held' WHERE id IN ({_marks(ids)}) AND state = 'flagged'", ids).rowcount
        ledger.append(conn, LedgerKind.UNFLAG, {"segments": ids}, now)
    return changed


def approve(conn, segment_ids: list[int], now: float) -> int:
    """Approve held segments for release. Flagged ones must be unflagged first."""
    ids = _existing(conn, segment_ids)
    with transaction(conn):
        changed = conn.execute(
            f"UPDATE segments SET state = 'approved', approved_at = ? WHERE id IN ({_marks(ids)}) AND state = 'held'",
            [now, *ids]).rowcount
        ledger.append(conn, LedgerKind.APPROVE, {"segments": ids, "approved": changed}, now)
    return changed


def segment_ids_in(conn, start: float, end: float) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT id FROM segments WHERE end >= ? AND start <= ? ORDER BY start", (start, end))]


def _existing(conn, segment_ids: list[int]) -> list[int]:
    ids = sorted(set(int(i) for i in segment_ids))
    if not ids:
        raise KnownError("No segments were selected.")
    found = [r[0] for r in conn.execute(f"SELECT id FROM segments WHERE id IN ({_marks(ids)})", ids)]
    missing = sorted(set(ids) - set(found))
    if missing:
        raise KnownError(f"No such segment: {', '.join(map(str, missing))}.", "List segments with the review window.")
    return found


def _marks(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


# -- pause state: persisted so a crash or restart during a pause stays paused -------------------

def load_pause(conn) -> PauseSnapshot | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (_PAUSE_KEY,)).fetchone()
    return PauseSnapshot.from_json(row[0]) if row else None


def save_pause(conn, snapshot: PauseSnapshot | None, now: float) -> None:
    """Persist a pause (or its end) with its ledger entry."""
    with transaction(conn):
        if snapshot is None:
            conn.execute("DELETE FROM settings WHERE key = ?", (_PAUSE_KEY,))
            ledger.append(conn, LedgerKind.RESUME, {}, now)
        else:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                         "DO UPDATE SET value = excluded.value", (_PAUSE_KEY, snapshot.to_json()))
            ledger.append(conn, LedgerKind.PAUSE, {"from": snapshot.paused_at, "until": snapshot.until}, now)


def segment_state_counts(conn) -> dict[str, int]:
    """How many segments are in each state (the tray's "waiting for review" count is `held`)."""
    counts = {state.value: 0 for state in SegmentState if state is not SegmentState.DELETED}
    counts.update(dict(conn.execute("SELECT state, count(*) FROM segments GROUP BY state").fetchall()))
    return counts


def get_setting(conn, key: str) -> object | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def put_setting(conn, key: str, value: object) -> None:
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (key, json.dumps(value)))

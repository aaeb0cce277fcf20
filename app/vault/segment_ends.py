"""A segment's end is a recorded fact: the recorder writes it (app/vault/writer.py), and one left
open by a crash is closed, at its last event, by the next process that owns the vault."""

from __future__ import annotations

from app.core.model import SegmentEndReason
from app.policy.rules.typed_text import reconstruct
from app.vault import event_store
from app.vault.database import transaction


def close_open_segments(conn) -> list[int]:
    """Close every segment still marked open (call only while holding the profile's instance lock,
    before capture starts: then no recorder is writing to them). Their typed text is rebuilt from
    the stored keys (the recorder writes it only every 30 s). Returns the ids closed."""
    ids = [row[0] for row in conn.execute("SELECT id FROM segments WHERE end_reason IS NULL").fetchall()]
    if not ids:
        return []
    with transaction(conn):
        for segment_id in ids:
            last = conn.execute("SELECT max(dt) FROM events WHERE segment_id = ?", (segment_id,)).fetchone()[0]
            last_frame = conn.execute("SELECT max(t) FROM frames WHERE segment_id = ?", (segment_id,)).fetchone()[0]
            t0 = event_store.segment_t0(conn, segment_id)
            ends = [t for t in (None if last is None else t0 + last / 1000, last_frame) if t is not None]
            keys, clicks = event_store.counts(conn, segment_id)
            conn.execute(
                "UPDATE segments SET end = max(start, ?), end_reason = ?, typed_text = ?, key_count = ?, "
                "click_count = ?, frame_count = (SELECT count(*) FROM frames WHERE segment_id = ?) WHERE id = ?",
                (max(ends) if ends else 0.0, SegmentEndReason.RECOVERED.value,
                 reconstruct(event_store.key_presses(conn, segment_id)), keys, clicks, segment_id, segment_id))
    return ids

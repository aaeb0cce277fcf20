"""What was typed, as stored, while the recorder may still be running.

The recorder writes an open segment's `typed_text` at most every 30 s (and when it ends); the keys
are committed within a second. Tests that wait for typing to be stored read the keys.
"""

from __future__ import annotations

from app.policy.rules.typed_text import reconstruct
from app.vault import event_store


def typed_now(conn, where: str = "1", params: tuple = ()) -> str:
    """The text of the matching segments, in time order, rebuilt from their stored key presses."""
    return "".join(reconstruct(event_store.key_presses(conn, segment_id)) for (segment_id,) in conn.execute(
        f"SELECT id FROM segments WHERE {where} ORDER BY start, id", params).fetchall())

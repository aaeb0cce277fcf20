"""The one owner of "nothing paused or deleted comes back" (DESIGN.md principle 4).

Capture stamps every record with the instant it happened; records reach the vault writer a little
later (the capture queue, the reorder hold, the writer's batch). The writer asks this guard about
each record before writing it: a record stamped inside a pause, or inside a span the employee has
just deleted, is never written, however late it arrives. Deletions register their spans here by
construction: every change runs through the writer's `run()`, which hands the returned `Change`
to `forget()`.

The capture pipeline also drops paused input, but only to shape segments (a pause closes one);
this guard is the guarantee.
"""

from __future__ import annotations

import threading

from app.core.changes import Change, ChangeKind, Span
from app.core.records import EventRecord, FrameRecord, KeyRelease, Record, SegmentStart
from app.policy.rules.pause import PAST_PAUSE_RETENTION_SECONDS, PauseState


def record_time(record: Record) -> float | None:
    """The capture instant a record carries (None: it carries no content of its own)."""
    if isinstance(record, EventRecord):
        return record.event.t
    if isinstance(record, FrameRecord):
        return record.frame.t
    if isinstance(record, SegmentStart):
        return record.start
    if isinstance(record, KeyRelease):
        return record.t
    return None


class InFlightGuard:
    """`keeps(record)`: may this record be written? Thread-safe (the writer thread asks; deletes
    may be registered from the thread that runs them)."""

    def __init__(self, pause: PauseState | None = None) -> None:
        self._pause = pause if pause is not None else PauseState()
        self._lock = threading.Lock()
        self._deleted: list[Span] = []

    @property
    def pause(self) -> PauseState:
        return self._pause

    def keeps(self, record: Record) -> bool:
        t = record_time(record)
        return t is None or not self.dropped_at(t)

    def dropped_at(self, t: float) -> bool:
        if self._pause.is_paused_at(t):
            return True
        with self._lock:
            return any(start <= t <= end for start, end in self._deleted)

    def forget(self, change: Change) -> None:
        """A change ran: remember the spans it deleted (for as long as records can be in flight)."""
        if change.kind is not ChangeKind.DELETE or not change.spans:
            return
        with self._lock:
            self._deleted.extend(change.spans)
            newest = max(end for _, end in self._deleted)
            self._deleted = [(s, e) for s, e in self._deleted if newest - e <= PAST_PAUSE_RETENTION_SECONDS]

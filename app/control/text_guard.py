"""After a delete, the open segment's typed text must not bring the deleted keys back.

The capture pipeline keeps the typed text of the segment it has open and sends it whole with
every SegmentUpdate. When the employee deletes the last minutes, that text still holds what they
deleted; written as is, it would restore it (into the shrunk row, or a new one). This guard sits
on the writer's submit path: it keeps the key events of the open segment as stored, and once a
delete has cut into them, replaces the pipeline's text by the text of the keys that remain. An
update that ends inside a deleted span (nothing typed since) is not written at all: it would
re-create the deleted row.
"""

from __future__ import annotations

import threading

from app.core.model import KeyEvent
from app.core.records import EventRecord, Record, SegmentStart, SegmentUpdate
from app.policy.rules.pause import PAST_PAUSE_RETENTION_SECONDS
from app.policy.rules.typed_text import reconstruct


class DeletedTextGuard:
    """`pass_through(record)` on the capture thread; `cut(start, end)` when a delete is asked for
    (before it is queued, so every later update is rebuilt)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._token: int | None = None
        self._keys: list[KeyEvent] = []
        self._rebuild = False  # a delete cut into the open segment
        self._cuts: list[tuple[float, float]] = []

    def cut(self, start: float, end: float) -> None:
        with self._lock:
            self._cuts.append((start, end))
            self._cuts = [(s, e) for s, e in self._cuts if end - e <= PAST_PAUSE_RETENTION_SECONDS]
            self._keys = [k for k in self._keys if not start <= k.t <= end]
            self._rebuild = self._token is not None

    def pass_through(self, record: Record) -> Record | None:
        """The record to write instead (None: write nothing)."""
        with self._lock:
            if isinstance(record, SegmentUpdate) and self._deleted(record.end):
                # The segment's last event lies in a deleted span: nothing of it came after the
                # delete, so this update would only bring back a row (and its title) in that span.
                return None
            if isinstance(record, SegmentStart):
                if record.token != self._token:
                    self._token, self._keys, self._rebuild = record.token, [], False
            elif isinstance(record, EventRecord) and isinstance(record.event, KeyEvent):
                if record.token == self._token and not self._deleted(record.event.t):
                    self._keys.append(record.event)
            elif isinstance(record, SegmentUpdate) and record.token == self._token and self._rebuild:
                return SegmentUpdate(record.token, record.end, reconstruct(self._keys))
        return record

    def _deleted(self, t: float) -> bool:
        return any(start <= t <= end for start, end in self._cuts)

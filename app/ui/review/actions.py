"""The employee's actions, run as vault writes through the task runner.

The operations themselves live in app/vault/operations.py and app/vault/redaction.py (each writes
its ledger entry in the same transaction); this class only sends them to the right thread and says
what changed (`changed`), so the timeline refreshes and the tray updates its count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.core.clock import Clock
from app.core.model import FlagCategory
from app.vault import operations, redaction

Done = Callable[[object], None] | None
Failed = Callable[[BaseException], None] | None
Span = tuple[float, float]


@dataclass(frozen=True)
class Change:
    """What an action changed: which segments, and whether the timeline must be rebuilt."""

    kind: str  # delete | flag | unflag | approve | redact
    segment_ids: tuple[int, ...] = ()
    spans: tuple[Span, ...] = ()
    frame_id: int | None = None

    @property
    def structural(self) -> bool:
        """Range deletions reshape segments (a straddling one is cut): reload rather than patch."""
        return self.kind == "delete" and bool(self.spans)


class ReviewActions(QObject):
    """Delete, flag, unflag, approve and redact; `changed(Change)` after each one succeeds.

    `after_delete(ids)` runs on the write thread after a delete (the recorder's writer passes
    `VaultWriter.forget_segments`, so an open segment that was deleted is not revived).
    """

    changed = Signal(object)

    def __init__(self, runner, clock: Clock, after_delete: Callable[[set[int]], None] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._clock = clock
        self._after_delete = after_delete

    def _write(self, work, kind: str, spans: list[Span], on_done: Done, on_error: Failed,
               frame_id: int | None = None) -> None:
        """Run `work(conn) -> (touched segment ids, result)`; announce the change, then `on_done(result)`."""
        def done(outcome) -> None:
            touched, result = outcome
            self.changed.emit(Change(kind, tuple(sorted(touched)), tuple(spans), frame_id))
            if on_done is not None:
                on_done(result)

        self._runner.write(work, done, on_error)

    @staticmethod
    def _with_spans(conn, ids: list[int], spans: list[Span]) -> list[int]:
        every = set(ids)
        for start, end in spans:
            every.update(operations.segment_ids_in(conn, start, end))
        return sorted(every)

    def delete(self, segment_ids: list[int], spans: list[Span] = (), on_done: Done = None, on_error: Failed = None) -> None:
        """Delete whole segments and everything in the spans, in one task; WAL truncated after each."""
        ids, spans, now, after = sorted(set(segment_ids)), list(spans), self._clock.now(), self._after_delete

        def work(conn):
            touched = set(ids)
            summaries = []
            for start, end in spans:
                touched.update(operations.segment_ids_in(conn, start, end))
                summaries.append(operations.delete_range(conn, start, end, now))
            if ids:
                summaries.append(operations.delete_segments(conn, ids, now))
            if after is not None:
                after(touched)
            return touched, summaries

        self._write(work, "delete", spans, on_done, on_error)

    def flag(self, segment_ids: list[int], category: FlagCategory, note: str, spans: list[Span] = (),
             on_done: Done = None, on_error: Failed = None) -> None:
        ids, spans, now = list(segment_ids), list(spans), self._clock.now()

        def work(conn):
            every = self._with_spans(conn, ids, spans)
            return every, (operations.set_flag(conn, every, category, note, now) if every else 0)

        self._write(work, "flag", spans, on_done, on_error)

    def unflag(self, segment_ids: list[int], spans: list[Span] = (), on_done: Done = None, on_error: Failed = None) -> None:
        ids, spans, now = list(segment_ids), list(spans), self._clock.now()

        def work(conn):
            every = self._with_spans(conn, ids, spans)
            return every, (operations.clear_flag(conn, every, now) if every else 0)

        self._write(work, "unflag", spans, on_done, on_error)

    def approve(self, segment_ids: list[int], spans: list[Span] = (), on_done: Done = None, on_error: Failed = None) -> None:
        ids, spans, now = list(segment_ids), list(spans), self._clock.now()

        def work(conn):
            every = self._with_spans(conn, ids, spans)
            return every, (operations.approve(conn, every, now) if every else 0)

        self._write(work, "approve", spans, on_done, on_error)

    def redact_frame(self, segment_id: int, frame_id: int, rects: list[tuple[int, int, int, int]],
                     on_done: Done = None, on_error: Failed = None) -> None:
        boxes, now = [redaction.Rect(*r) for r in rects], self._clock.now()
        self._write(lambda conn: ([segment_id], redaction.redact_frame(conn, frame_id, boxes, now)),
                    "redact", [], on_done, on_error, frame_id=frame_id)

    def mask_text(self, segment_id: int, start: int, end: int, on_done: Done = None, on_error: Failed = None) -> None:
        now = self._clock.now()
        self._write(lambda conn: ([segment_id], redaction.mask_typed_text(conn, segment_id, start, end, now)),
                    "redact", [], on_done, on_error)

    def summarize(self, spans: list[Span], on_done: Done, on_error: Failed = None) -> None:
        """What deleting these spans would remove (read only)."""
        self._runner.read(lambda conn: [operations.summarize_range(conn, s, e) for s, e in spans], on_done, on_error)

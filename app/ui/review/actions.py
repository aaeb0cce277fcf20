"""The employee's actions in the review window, sent through the one operations route.

Every change goes to `Operations` (app/control/operations.py) — the same object the tray and the
control channel use, or its stand-in for an Airlock running in another process — so a delete made
here gets the same in-flight protection as the tray's. This class only hands the Futures to the GUI
thread and announces what changed (`changed(Change)`), so the timeline refreshes and the tray
updates its count.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QObject, Signal

from app.core.changes import Change, Span
from app.core.model import FlagCategory
from app.ui.tasks import Tasks

Done = Callable[[object], None] | None
Failed = Callable[[BaseException], None] | None


class ReviewActions(QObject):
    """Delete, flag, unflag, approve, redact and answer suggestions; `changed(Change)` after each one succeeds."""

    changed = Signal(object)

    def __init__(self, operations, tasks: Tasks, parent=None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._tasks = tasks

    def _change(self, future: Future, on_done: Done, on_error: Failed, result=lambda change: change) -> None:
        def done(change: Change) -> None:
            self.changed.emit(change)
            if on_done is not None:
                on_done(result(change))

        self._tasks.deliver(future, done, on_error)

    def _start(self, start: Callable[[], Future], on_done: Done, on_error: Failed,
               result=lambda change: change) -> None:
        """A refusal before the work starts (the vault is not open) goes to `on_error` too."""
        try:
            future = start()
        except Exception as error:  # noqa: BLE001 - a KnownError or a bug: the window reports either
            (on_error or self._tasks.failed.emit)(error)
            return
        self._change(future, on_done, on_error, result)

    def delete(self, segment_ids: list[int], spans: list[Span] = (), on_done: Done = None, on_error: Failed = None) -> None:
        """Delete whole segments and everything in the spans, in one step; WAL truncated after it."""
        self._start(lambda: self._operations.delete(list(segment_ids), list(spans)), on_done, on_error)

    def flag(self, segment_ids: list[int], category: FlagCategory, note: str, spans: list[Span] = (),
             on_done: Done = None, on_error: Failed = None) -> None:
        self._start(lambda: self._operations.flag(category, note, list(segment_ids), list(spans)), on_done, on_error,
                    lambda change: change.count)

    def unflag(self, segment_ids: list[int], spans: list[Span] = (), on_done: Done = None, on_error: Failed = None) -> None:
        self._start(lambda: self._operations.unflag(list(segment_ids), list(spans)), on_done, on_error,
                    lambda change: change.count)

    def approve(self, segment_ids: list[int], spans: list[Span] = (), on_done: Done = None, on_error: Failed = None) -> None:
        self._start(lambda: self._operations.approve(list(segment_ids), list(spans)), on_done, on_error,
                    lambda change: change.count)

    def redact_frame(self, frame_id: int, rects: list[tuple[int, int, int, int]],
                     on_done: Done = None, on_error: Failed = None) -> None:
        self._start(lambda: self._operations.redact_frame(frame_id, [tuple(r) for r in rects]), on_done, on_error)

    def mask_text(self, segment_id: int, start: int, end: int, on_done: Done = None, on_error: Failed = None) -> None:
        self._start(lambda: self._operations.mask_text(segment_id, start, end), on_done, on_error)

    # -- answers to a suggestion ("Needs a look") ---------------------------------------------------

    def accept_suggestion(self, suggestion_id: int, rects: list[tuple[int, int, int, int]],
                          on_done: Done = None, on_error: Failed = None) -> None:
        """Black out `rects` (the suggested boxes, as the employee adjusted them) and settle the suggestion."""
        self._start(lambda: self._operations.accept_suggested_redaction(suggestion_id, [tuple(r) for r in rects]),
                    on_done, on_error)

    def flag_suggestion(self, suggestion_id: int, on_done: Done = None, on_error: Failed = None) -> None:
        self._start(lambda: self._operations.flag_from_suggestion(suggestion_id), on_done, on_error)

    def dismiss_suggestion(self, suggestion_id: int, on_done: Done = None, on_error: Failed = None) -> None:
        self._start(lambda: self._operations.dismiss_suggestion(suggestion_id), on_done, on_error)

    def preview(self, segment_ids: list[int], spans: list[Span], on_done: Done, on_error: Failed = None) -> None:
        """What deleting these would remove (a RangeCounts)."""
        try:
            future = self._operations.preview(list(segment_ids), list(spans))
        except Exception as error:  # noqa: BLE001 - reported like a failed read
            (on_error or self._tasks.failed.emit)(error)
            return
        self._tasks.deliver(future, on_done, on_error)

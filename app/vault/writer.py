"""The one thread that owns the vault's write connection and commits in batches.

Capture submits records (app/core/records.py); they are committed together at least once a second
(one fsync per batch, not per event). Every change the employee makes while the recorder runs
(delete, flag, redact, pause…) runs on this thread through `run()`, in order with the stream: it
sees everything captured before it, and what it returns (a `Change`) tells the in-flight guard and
the open segment what happened, so records still on their way never bring deleted content back.

The writer also keeps the vault's view of the open segment: its end, its counters, its typed text
(rebuilt here from the key events actually stored, written at most every 30 s and when the segment
ends, because each write re-indexes the whole text for search) and, when the pipeline says so, the
recorded fact of its end.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from app.core.changes import Change, ChangeKind
from app.core.errors import DiskFull, KnownError
from app.core.i18n import english, fill, translate
from app.core.log_guard import safe
from app.core.model import ClickEvent, KeyEvent, SegmentEndReason
from app.core.records import EventRecord, FrameRecord, GapRecord, KeyRelease, Record, SegmentEnd, SegmentStart
from app.policy.rules.typed_text import TypedTextBuilder
from app.vault import database, event_store
from app.vault.database import transaction
from app.vault.in_flight import InFlightGuard, record_time
from app.vault.segment_ends import close_open_segments
from app.vault.vault import VaultHandle

log = logging.getLogger("airlock.vault.writer")

BATCH_SECONDS = 1.0  # commit at least this often while records arrive (DESIGN.md: ≤ 1 s)
TEXT_EVERY_S = 30.0  # an open segment's typed text is written at most this often (and at its end)
RECOVERED_AFTER_S = 3.0  # a write error is cleared after this long without another
# The writer only appends and updates the newest rows: a small page cache serves it as well as
# SQLCipher's default 8 MB, which screenshots and events fill page by page in the first ten-odd
# minutes of work and never give back (issue 15's memory soak).
WRITER_CACHE_KIB = 2048
_STOP = object()


@dataclass
class WriterStats:
    committed_batches: int = 0
    committed_events: int = 0
    committed_frames: int = 0
    dropped_paused: int = 0  # paused or inside a deleted span
    dropped_failed: int = 0
    last_commit_at: float = 0.0


class _PendingRow:
    """An event row of the current batch; once inserted, a late release updates it by its key."""

    __slots__ = ("values", "inserted")
    HELD = 7  # index of `held` in `values` (segment_id, n, dt, kind, code, char, mods, held, x, y, dx, dy)

    def __init__(self, values: list) -> None:
        self.values = values
        self.inserted = False


@dataclass
class _OpenSegment:
    """A segment the pipeline has not ended yet, as the writer tracks it."""

    start: SegmentStart
    row_id: int | None = None  # None: not written (its start fell in a pause) or its row was deleted
    t0: float = 0.0
    end: float = 0.0
    text: TypedTextBuilder = field(default_factory=TypedTextBuilder)
    text_dirty: bool = False
    text_written_at: float = 0.0  # monotonic
    next_n: dict[int, int] = field(default_factory=dict)  # dt -> next free n (events of one ms)
    keys: int = 0
    clicks: int = 0
    frames: int = 0


class VaultWriter:
    """Owns one connection; `submit()` is the capture pipeline's RecordSink.

    `guard` decides which records may be written (pauses, deleted spans); `on_error` hears of write
    failures (disk full) and of recovery (None), on the writer thread.
    """

    def __init__(self, handle: VaultHandle, guard: InFlightGuard | None = None,
                 on_error: Callable[[KnownError | None], None] = lambda error: None) -> None:
        self._handle = handle
        self.guard = guard if guard is not None else InFlightGuard()
        self._on_error = on_error
        # SimpleQueue: put and get in C (queue.Queue's Python lock and condition cost every record twice).
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="airlock-vault-writer", daemon=True)
        self._conn = None
        self._open: dict[int, _OpenSegment] = {}  # pipeline token -> segment
        self._pairing = event_store.ReleasePairing()
        self._gaps: dict[int, int] = {}  # open gap's token -> gaps.id (forgotten once its end is written)
        self.stats = WriterStats()
        self.error: KnownError | None = None
        self._failed_at = float("-inf")

    # -- life -------------------------------------------------------------------------------------

    def start(self) -> None:
        """Open the connection, close what a crash left open, start the thread (once)."""
        if self._thread.is_alive():
            return
        self._conn = self._handle.connect()
        self._conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        close_open_segments(self._conn)  # this process owns the vault now: earlier runs are over
        self._thread.start()

    def submit(self, record: Record) -> None:
        self._queue.put(record)

    def run(self, fn: Callable[[Any], Any]) -> Future:
        """Run `fn(connection)` on the writer thread after everything submitted so far is committed.

        A `Change` it returns is applied to the writer's own state before the next record: deleted
        spans are guarded, a deleted open segment continues in a new row, a cut one's text is rebuilt.
        """
        future: Future = Future()
        self._queue.put((fn, future))
        return future

    def flush(self, timeout: float = 10.0) -> None:
        """Block until everything submitted so far is committed (at once if the writer is stopped)."""
        if self._thread.is_alive():
            self.run(lambda conn: None).result(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        """Commit what is queued, end every open segment (the recorder stopped), close the connection."""
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout)
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- the writer thread ---------------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._loop()
            self._end_all(SegmentEndReason.STOPPED)
        except BaseException as exc:  # noqa: BLE001 - a bug must not leave capture "recording" into nothing
            log.error("the vault writer stopped unexpectedly: %s", safe(type(exc).__name__))
            self._set_error(KnownError(translate("Errors", "Not capturing: writing to the vault failed unexpectedly."),
                                       fill(translate("Errors", "(%1) Restart Airlock; nothing already stored was "
                                                                "lost."), type(exc).__name__)))

    def _loop(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if isinstance(item, tuple):
                self._call(*item)
                continue
            batch = [item]
            deadline = time.monotonic() + BATCH_SECONDS
            stop_after = False
            call = None
            while True:
                remaining = deadline - time.monotonic()
                try:
                    nxt = self._queue.get(timeout=remaining) if remaining > 0 else self._queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is _STOP:
                    stop_after = True
                    break
                if isinstance(nxt, tuple):
                    call = nxt
                    break
                batch.append(nxt)
            self._commit(batch)
            if call is not None:
                self._call(*call)
            if stop_after:
                return

    def _call(self, fn: Callable[[Any], Any], future: Future) -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            result = fn(self._conn)
            if isinstance(result, Change):
                self._after_change(result)
            future.set_result(result)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, who decides
            future.set_exception(exc)

    def _after_change(self, change: Change) -> None:
        """Keep the open segments true to what the change left in the vault."""
        self.guard.forget(change)
        touched = set(change.segment_ids) | set(change.removed)
        for segment in self._open.values():
            if segment.row_id is None or segment.row_id not in touched:
                continue
            if segment.row_id in change.removed or not self._row_exists(segment.row_id):
                segment.row_id = None  # later records of this token start a new row
            elif change.kind in (ChangeKind.DELETE, ChangeKind.REDACT):
                segment.text = TypedTextBuilder()
                for key in event_store.key_presses(self._conn, segment.row_id):
                    segment.text.feed(key)
                segment.text_dirty = False
        if change.removed:
            self._pairing.clear()  # a press waiting for its release may be gone; new presses pair anew

    def _row_exists(self, row_id: int) -> bool:
        return self._conn.execute("SELECT 1 FROM segments WHERE id = ?", (row_id,)).fetchone() is not None

    # -- committing ------------------------------------------------------------------------------

    def _commit(self, batch: list[Record]) -> None:
        kept = []
        for record in batch:
            if self.guard.keeps(record):
                kept.append(record)
                continue
            self.stats.dropped_paused += 1
            if isinstance(record, SegmentStart):
                # The segment began inside a span just deleted (or paused): no row for what is gone,
                # but its later records, stamped after the span, still belong to it.
                self._open[record.token] = _OpenSegment(record)
        if not kept and not self._text_due():
            return
        try:
            self._write_with_fallbacks(kept)
        except KnownError as error:
            # e.g. disk full: nothing of this batch is half-written; report and keep running.
            self._forget_rows_of(kept)
            self.stats.dropped_failed += len(kept)
            self._failed_at = time.monotonic()
            self._set_error(error)
            return
        self.stats.committed_batches += 1
        self.stats.last_commit_at = time.time()
        # On a nearly full disk a small batch can fit where the next one does not: say "works
        # again" only once writes have succeeded for a while, so the state does not flicker.
        if time.monotonic() - self._failed_at >= RECOVERED_AFTER_S:
            self._set_error(None)

    def _write_with_fallbacks(self, records: list[Record]) -> None:
        try:
            try:
                self._write_batch(records)
            except database.driver().IntegrityError:
                # A segment row vanished under us (removed by hand, outside Airlock's operations):
                # its later records go to a fresh row rather than being lost.
                self._forget_vanished_rows()
                self._write_batch(records)
        except DiskFull:
            # Screenshots are most of the bytes: on a full disk keep the events, say so, and let
            # the frames go rather than losing everything.
            small = [r for r in records if not isinstance(r, FrameRecord)]
            if len(small) == len(records):
                raise
            self._write_batch(small)
            self.stats.dropped_failed += len(records) - len(small)
            self._failed_at = time.monotonic()
            self._set_error(DiskFull(translate("Errors", "The disk holding the vault is full: screenshots are not "
                                                         "being stored."),
                                     translate("Errors", "Free some space; screenshots resume by themselves.")))

    def _write_batch(self, records: list[Record]) -> None:
        before = {token: (s, (s.row_id, s.text_dirty, dict(s.next_n), s.keys, s.clicks, s.frames, s.end))
                  for token, s in self._open.items()}
        self._rows: list[_PendingRow] = []  # event rows of this batch; a release may still set a press's held
        try:
            with transaction(self._conn) as conn:
                for record in records:
                    self._apply(conn, record)
                self._flush_rows(conn)
                self._write_counters(conn)
                self._write_due_text(conn)
        except BaseException:
            self._restore(before)  # the rows are not there: neither is our memory of them
            raise
        finally:
            self._rows = []
        self.stats.committed_events += sum(1 for r in records if isinstance(r, EventRecord))
        self.stats.committed_frames += sum(1 for r in records if isinstance(r, FrameRecord))
        newest = max((t for t in map(record_time, records) if t is not None), default=None)
        if newest is not None:
            self._pairing.forget_before(newest)  # presses whose release never came (bounded memory)

    def _restore(self, before: dict) -> None:
        started = {token: s for token, s in self._open.items() if token not in before}
        self._open = {}
        for token, (segment, state) in before.items():  # segments ended in the failed batch stay open
            (segment.row_id, segment.text_dirty, segment.next_n, segment.keys, segment.clicks, segment.frames,
             segment.end) = state
            self._open[token] = segment
            if segment.row_id is not None:  # its text was fed keys that were not stored
                segment.text = TypedTextBuilder()
                for key in event_store.key_presses(self._conn, segment.row_id):
                    segment.text.feed(key)
        for token, segment in started.items():
            segment.row_id = None  # its row was rolled back: its next record writes one
            self._open[token] = segment
        self._pairing.clear()

    def _apply(self, conn, record: Record) -> None:
        if isinstance(record, SegmentStart):
            self._open[record.token] = _OpenSegment(record)
            self._row_for(conn, self._open[record.token], record.start)
        elif isinstance(record, EventRecord):
            self._event(conn, record)
        elif isinstance(record, KeyRelease):
            paired = self._pairing.released(record.key, record.t)
            if paired is not None:
                row, held = paired
                assert isinstance(row, _PendingRow)
                if row.inserted:
                    segment_id, n, dt = row.values[:3]
                    event_store.set_held(conn, segment_id, dt, n, held)
                else:
                    row.values[_PendingRow.HELD] = held
        elif isinstance(record, FrameRecord):
            segment = self._segment_for(conn, record.token, record.frame.t)
            if segment is None:
                return
            f = record.frame
            conn.execute(
                "INSERT INTO frames (segment_id, t, width, height, mime, left_px, top_px, scale, image) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (segment.row_id, f.t, f.width, f.height, f.mime, f.left, f.top, f.scale, f.image))
            segment.frames += 1
            segment.end = max(segment.end, f.t)
        elif isinstance(record, SegmentEnd):
            self._end(conn, record.token, record.reason)
        elif isinstance(record, GapRecord):
            g = record.gap
            gap_id = self._gaps.pop(record.token, None)
            if gap_id is None:
                cursor = conn.execute("INSERT INTO gaps (start, end, reason, detail) VALUES (?, ?, ?, ?)",
                                      (g.start, g.end, g.reason.value, g.detail))
                gap_id = cursor.lastrowid
            else:
                conn.execute("UPDATE gaps SET end = ? WHERE id = ?", (g.end, gap_id))
            if g.end is None:
                self._gaps[record.token] = gap_id  # its end comes in a later record

    def _event(self, conn, record: EventRecord) -> None:
        event = record.event
        if isinstance(event, KeyEvent) and not event.pressed:
            self._apply(conn, KeyRelease(event.t, event.key))  # a source's release: timing for the press
            return
        segment = self._segment_for(conn, record.token, event.t)
        if segment is None:
            return
        values = event_store.row_values(event, segment.t0)
        n = segment.next_n.get(values[0], 0)
        segment.next_n[values[0]] = n + 1
        row = _PendingRow([segment.row_id, n, *values])
        self._rows.append(row)
        segment.end = max(segment.end, event.t)
        if isinstance(event, KeyEvent):
            segment.keys += 1
            segment.text.feed(event)
            segment.text_dirty = True
            self._pairing.pressed(event.key, event.t, row)
        elif isinstance(event, ClickEvent) and event.pressed:
            segment.clicks += 1

    def _segment_for(self, conn, token: int, t: float) -> _OpenSegment | None:
        segment = self._open.get(token)
        if segment is None:
            return None  # ended, or never started in this run: nothing to attach to
        if segment.row_id is None:
            self._row_for(conn, segment, t)  # its row was deleted: what comes after starts anew
        return segment

    def _row_for(self, conn, segment: _OpenSegment, at: float) -> None:
        w = segment.start.window
        cursor = conn.execute(
            "INSERT INTO segments (start, end, t0, app, title, pid, wm_class, keystroke_mode) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (at, at, at, w.app, w.title, w.pid, w.wm_class, segment.start.keystroke_mode.value))
        segment.row_id, segment.t0, segment.end = cursor.lastrowid, at, at
        segment.text, segment.text_dirty, segment.next_n = TypedTextBuilder(), False, {}
        segment.keys = segment.clicks = segment.frames = 0
        segment.text_written_at = time.monotonic()
        # Keep the rows of this batch that were for the deleted row from pointing at the new one.
        self._flush_rows(conn)

    def _flush_rows(self, conn) -> None:
        if self._rows:
            event_store.insert_rows(conn, [tuple(row.values) for row in self._rows])
            for row in self._rows:
                row.inserted = True
            self._rows = []

    def _write_counters(self, conn) -> None:
        rows = [(s.end, s.keys, s.clicks, s.frames, s.row_id) for s in self._open.values()
                if s.row_id is not None and (s.keys or s.clicks or s.frames)]
        conn.executemany("UPDATE segments SET end = max(end, ?), key_count = key_count + ?, "
                         "click_count = click_count + ?, frame_count = frame_count + ? WHERE id = ?", rows)
        conn.executemany("UPDATE segments SET end = max(end, ?) WHERE id = ?",
                         [(s.end, s.row_id) for s in self._open.values()
                          if s.row_id is not None and not (s.keys or s.clicks or s.frames)])
        for segment in self._open.values():
            segment.keys = segment.clicks = segment.frames = 0

    def _text_due(self) -> bool:
        now = time.monotonic()
        return any(s.text_dirty and s.row_id is not None and now - s.text_written_at >= TEXT_EVERY_S
                   for s in self._open.values())

    def _write_due_text(self, conn) -> None:
        now = time.monotonic()
        for segment in self._open.values():
            if segment.text_dirty and segment.row_id is not None and now - segment.text_written_at >= TEXT_EVERY_S:
                self._write_text(conn, segment, now)

    @staticmethod
    def _write_text(conn, segment: _OpenSegment, now: float) -> None:
        conn.execute("UPDATE segments SET typed_text = ? WHERE id = ?", (segment.text.text, segment.row_id))
        segment.text_dirty, segment.text_written_at = False, now

    def _end(self, conn, token: int, reason: SegmentEndReason) -> None:
        segment = self._open.pop(token, None)
        if segment is None or segment.row_id is None:
            return
        self._flush_rows(conn)
        if segment.text_dirty:
            self._write_text(conn, segment, time.monotonic())
        # The end is the last item stored: what the pipeline saw after it was dropped (a pause) or
        # deleted, and the segment never reaches into that span.
        conn.execute("UPDATE segments SET end = max(end, ?), end_reason = ?, key_count = key_count + ?, "
                     "click_count = click_count + ?, frame_count = frame_count + ? WHERE id = ?",
                     (segment.end, reason.value, segment.keys, segment.clicks, segment.frames, segment.row_id))

    def _end_all(self, reason: SegmentEndReason) -> None:
        """The recorder stops: every segment still open ends at its last item."""
        if not self._open or self._conn is None:
            return
        try:
            with transaction(self._conn) as conn:
                self._rows = []
                for token in list(self._open):
                    self._end(conn, token, reason)
        except KnownError as error:
            self._set_error(error)  # the next start closes them (at their last event) instead

    def _forget_vanished_rows(self) -> None:
        for segment in self._open.values():
            if segment.row_id is not None and not self._row_exists(segment.row_id):
                segment.row_id = None

    def _forget_rows_of(self, records: list[Record]) -> None:
        for record in records:
            if isinstance(record, SegmentStart) and record.token in self._open:
                self._open[record.token].row_id = None

    def _set_error(self, error: KnownError | None) -> None:
        changed = (error is None) != (self.error is None)
        self.error = error
        if changed:
            if error:
                log.error("writing to the vault failed: %s", safe(english(error.message)))
            self._on_error(error)

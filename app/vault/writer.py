"""The one thread that owns the vault's write connection and commits in batches.

Capture submits records (app/core/records.py); they are committed together at least once a second
(one fsync per batch, not per event). Anything that must be ordered with the stream — a pause, a
delete — runs on this thread through `run()`. Events stamped inside a pause are dropped here too,
so an event already queued when the employee clicked pause is never persisted.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from app.core.errors import DiskFull, KnownError
from app.core.log_guard import safe
from app.core.model import ClickEvent, KeyEvent
from app.core.records import EventRecord, FrameRecord, GapRecord, Record, SegmentStart, SegmentUpdate
from app.policy.rules.typed_text import reconstruct
from app.vault import database, event_codec
from app.vault.database import transaction
from app.vault.vault import VaultHandle

log = logging.getLogger("airlock.vault.writer")

BATCH_SECONDS = 0.5  # commit at least this often while records arrive (budget: ≤ 1 s)
RECOVERED_AFTER_S = 3.0  # a write error is cleared after this long without another
_STOP = object()


@dataclass
class WriterStats:
    committed_batches: int = 0
    committed_events: int = 0
    committed_frames: int = 0
    dropped_paused: int = 0
    dropped_failed: int = 0
    last_commit_at: float = 0.0


def record_time(record: Record) -> float | None:
    """The capture instant a record carries, for the pause filter (None: not content)."""
    if isinstance(record, EventRecord):
        return record.event.t
    if isinstance(record, FrameRecord):
        return record.frame.t
    if isinstance(record, SegmentStart):
        return record.start
    return None


class VaultWriter:
    """Owns one connection; `submit()` is the capture pipeline's RecordSink."""

    def __init__(self, handle: VaultHandle, is_paused: Callable[[float], bool] = lambda t: False,
                 on_error: Callable[[KnownError | None], None] = lambda error: None) -> None:
        self._handle = handle
        self._is_paused = is_paused
        self._on_error = on_error
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="airlock-vault-writer", daemon=True)
        self._segments: dict[int, int] = {}  # pipeline token -> segments.id
        # Segments whose rows are gone (deleted, or their start fell in a pause): a later event
        # of the same token opens a fresh row instead of being lost or reviving the old one.
        self._reopen: dict[int, SegmentStart] = {}
        self._starts: dict[int, SegmentStart] = {}
        # Rows opened after a delete: the pipeline's typed text still holds the deleted keys, so
        # their text is rebuilt from the key events actually stored.
        self._rebuilt_text: set[int] = set()
        self._gaps: dict[int, int] = {}  # gap token -> gaps.id
        self.stats = WriterStats()
        self.error: KnownError | None = None
        self._failed_at = float("-inf")

    def start(self) -> None:
        self._conn = self._handle.connect()
        self._thread.start()

    def submit(self, record: Record) -> None:
        self._queue.put(record)

    def run(self, fn: Callable[[Any], Any]) -> Future:
        """Run `fn(connection)` on the writer thread after everything submitted so far is committed."""
        future: Future = Future()
        self._queue.put((fn, future))
        return future

    def flush(self, timeout: float = 10.0) -> None:
        """Block until everything submitted so far is committed."""
        self.run(lambda conn: None).result(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout)
        conn = getattr(self, "_conn", None)
        if conn is not None:
            conn.close()
            self._conn = None

    # -- the writer thread ---------------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._loop()
        except BaseException as exc:  # a bug must not leave capture "recording" into nothing
            log.exception("the vault writer stopped unexpectedly")
            self._set_error(KnownError("Not capturing: writing to the vault failed unexpectedly.",
                                       f"({type(exc).__name__}) Restart Airlock; nothing already stored was lost."))

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
                    nxt = self._queue.get(timeout=max(remaining, 0)) if remaining > 0 else self._queue.get_nowait()
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
            future.set_result(fn(self._conn))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, who decides
            future.set_exception(exc)

    def _commit(self, batch: list[Record]) -> None:
        kept = []
        for record in batch:
            t = record_time(record)
            if t is not None and self._is_paused(t):
                self.stats.dropped_paused += 1
                if isinstance(record, SegmentStart):
                    self._reopen[record.token] = record
                continue
            kept.append(record)
        if not kept:
            return
        try:
            self._write_with_fallbacks(kept)
        except KnownError as error:
            # e.g. disk full: nothing of this batch is half-written; report and keep running.
            self._forget_uncommitted(kept)
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
                # Another process (a second review window, `airlock delete`) removed a segment we
                # were still writing to: its later records go to a fresh row, like our own deletes.
                self._reopen_vanished_segments()
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
            self._set_error(DiskFull("The disk holding the vault is full: screenshots are not being stored.",
                                     "Free some space; screenshots resume by themselves."))

    def _write_batch(self, records: list[Record]) -> None:
        # Only the newest text of a segment matters; each rewrite re-indexes it for search.
        newest_update = {r.token: i for i, r in enumerate(records) if isinstance(r, SegmentUpdate)}
        self._tally: dict[int, list] = {}  # segment id -> [end, keys, clicks, frames], one UPDATE each
        with transaction(self._conn) as conn:
            for i, record in enumerate(records):
                if isinstance(record, SegmentUpdate) and newest_update[record.token] != i:
                    continue
                self._apply(conn, record)
            conn.executemany(
                "UPDATE segments SET end = max(end, ?), key_count = key_count + ?, click_count = click_count + ?, "
                "frame_count = frame_count + ? WHERE id = ?",
                [(end, keys, clicks, frames, segment_id)
                 for segment_id, (end, keys, clicks, frames) in self._tally.items()])

    def _count(self, segment_id: int, t: float, keys: int = 0, clicks: int = 0, frames: int = 0) -> None:
        tally = self._tally.setdefault(segment_id, [t, 0, 0, 0])
        tally[0] = max(tally[0], t)
        tally[1] += keys
        tally[2] += clicks
        tally[3] += frames

    def _reopen_vanished_segments(self) -> None:
        ids = set(self._segments.values())
        present = {row[0] for row in self._conn.execute(
            f"SELECT id FROM segments WHERE id IN ({','.join('?' * len(ids))})", sorted(ids))} if ids else set()
        self.forget_segments(ids - present)

    def _forget_uncommitted(self, records: list[Record]) -> None:
        for record in records:
            if isinstance(record, SegmentStart):
                self._segments.pop(record.token, None)
                self._reopen[record.token] = record

    def _set_error(self, error: KnownError | None) -> None:
        changed = (error is None) != (self.error is None)
        self.error = error
        if changed:
            if error:
                log.error("writing to the vault failed: %s", safe(error.message))
            self._on_error(error)

    def _apply(self, conn, record: Record) -> None:
        if isinstance(record, SegmentStart):
            self._retire_tokens_before(record.token)
            self._insert_segment(conn, record, record.start)
        elif isinstance(record, SegmentUpdate):
            # An update never opens a row: a segment dropped in a pause stays dropped (its title
            # and text are content); a reopened one gets its text once its events made the row.
            segment_id = self._segments.get(record.token)
            if segment_id is not None:
                text = self._stored_text(conn, segment_id) if segment_id in self._rebuilt_text else record.typed_text
                conn.execute("UPDATE segments SET end = max(end, ?), typed_text = ? WHERE id = ?",
                             (record.end, text, segment_id))
        elif isinstance(record, EventRecord):
            segment_id = self._segment_for(conn, record.token, record.event.t)
            if segment_id is None:
                return  # its segment was dropped (paused) or deleted meanwhile
            kind, data = event_codec.encode(record.event)
            conn.execute("INSERT INTO events (segment_id, t, kind, data) VALUES (?, ?, ?, ?)",
                         (segment_id, record.event.t, kind, data))
            event = record.event
            self._count(segment_id, event.t, keys=int(isinstance(event, KeyEvent) and event.pressed),
                        clicks=int(isinstance(event, ClickEvent) and event.pressed))
            self.stats.committed_events += 1
        elif isinstance(record, FrameRecord):
            segment_id = self._segment_for(conn, record.token, record.frame.t)
            if segment_id is None:
                return
            f = record.frame
            conn.execute(
                "INSERT INTO frames (segment_id, t, width, height, mime, left_px, top_px, scale, image) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (segment_id, f.t, f.width, f.height, f.mime, f.left, f.top, f.scale, f.image),
            )
            self._count(segment_id, f.t, frames=1)
            self.stats.committed_frames += 1
        elif isinstance(record, GapRecord):
            g = record.gap
            gap_id = self._gaps.get(record.token)
            if gap_id is None:
                cursor = conn.execute("INSERT INTO gaps (start, end, reason, detail) VALUES (?, ?, ?, ?)",
                                      (g.start, g.end, g.reason.value, g.detail))
                self._gaps[record.token] = cursor.lastrowid
            else:
                conn.execute("UPDATE gaps SET end = ? WHERE id = ?", (g.end, gap_id))

    def _insert_segment(self, conn, start: SegmentStart, at: float) -> int:
        w = start.window
        cursor = conn.execute(
            "INSERT INTO segments (start, end, app, title, pid, wm_class, keystroke_mode) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (at, at, w.app, w.title, w.pid, w.wm_class, start.keystroke_mode.value),
        )
        self._segments[start.token] = cursor.lastrowid
        self._starts[start.token] = start
        self._reopen.pop(start.token, None)
        return cursor.lastrowid

    def _retire_tokens_before(self, token: int) -> None:
        # The pipeline keeps one segment open at a time: older tokens are finished.
        for table in (self._segments, self._starts, self._reopen):
            for old in [t for t in table if t < token]:
                del table[old]
        self._rebuilt_text.intersection_update(self._segments.values())

    def _segment_for(self, conn, token: int, t: float) -> int | None:
        segment_id = self._segments.get(token)
        if segment_id is None and token in self._reopen:
            segment_id = self._insert_segment(conn, self._reopen[token], t)
            self._rebuilt_text.add(segment_id)
        return segment_id

    @staticmethod
    def _stored_text(conn, segment_id: int) -> str:
        rows = conn.execute("SELECT t, kind, data FROM events WHERE segment_id = ? AND kind = 'key' ORDER BY t, id",
                            (segment_id,)).fetchall()
        return reconstruct(event_codec.decode(*row) for row in rows)

    def forget_segments(self, segment_ids: set[int]) -> None:
        """After a delete (run on this thread): the open segment's later records start a new row."""
        for token, segment_id in list(self._segments.items()):
            if segment_id in segment_ids:
                del self._segments[token]
                self._reopen[token] = self._starts[token]  # the window identity; the row is gone for good

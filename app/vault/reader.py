"""VaultReader: what the windows read, on one worker thread with its own connection.

The UI never opens a connection: it asks a reader for what it shows (the timeline, a segment's
detail, a screenshot, the releases, the activity log…) and gets a Future back. Reads run one at a
time on the reader's thread, each fetching its rows completely, so no read snapshot stays open
between calls (a delete's WAL checkpoint would otherwise find a reader and leave deleted pages in
the journal). `threaded=False` runs each read at once on the caller's thread (tests, scripted tools).
Changes never go through here: they go through the operations (app/control/operations.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from app.policy.model import Policy
from app.vault import ledger, queries
from app.vault.operations import consent, settings
from app.vault.release_store import ReleaseStore
from app.vault.vault import VaultHandle


class VaultReader:
    """Read-only access to one vault for the windows (see the module docstring)."""

    def __init__(self, handle: VaultHandle, threaded: bool = True) -> None:
        self._handle = handle
        self._threaded = threaded
        self._executor: ThreadPoolExecutor | None = None
        self._conn = None  # used only on the reading thread
        self._lock = threading.Lock()

    @property
    def location(self) -> str:
        return str(self._handle.path)

    def _read(self, fn: Callable[[Any], Any]) -> Future:
        if not self._threaded:
            future: Future = Future()
            try:
                future.set_result(self._with_connection(fn))
            except Exception as exc:  # noqa: BLE001 - delivered like the threaded reader delivers it
                future.set_exception(exc)
            return future
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(1, thread_name_prefix="airlock-reader")
            return self._executor.submit(self._with_connection, fn)

    def _with_connection(self, fn: Callable[[Any], Any]) -> Any:
        if self._conn is None:
            self._conn = self._handle.connect()
        return fn(self._conn)

    def close(self, wait: bool = True) -> None:
        """Finish queued reads, close the connection and stop the thread (restarts on use)."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is None:
            self._close_connection()
            return
        executor.submit(self._close_connection)
        executor.shutdown(wait=wait)

    def _close_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- the review window ------------------------------------------------------------------------

    def days(self, flt: queries.TimelineFilter = queries.TimelineFilter()) -> Future:
        return self._read(lambda conn: queries.days(conn, flt))

    def timeline_page(self, flt: queries.TimelineFilter, start: float, end: float,
                      after: queries.TimelineCursor | None = None, limit: int = queries.PAGE_SIZE) -> Future:
        return self._read(lambda conn: queries.timeline_page(conn, flt, start, end, after, limit))

    def segments_and_days(self, segment_ids: list[int], flt: queries.TimelineFilter) -> Future:
        """(rows of these segments, the days under `flt`): a patch after a change, in one read."""
        return self._read(lambda conn: (queries.segments_by_id(conn, segment_ids), queries.days(conn, flt)))

    def applications(self) -> Future:
        return self._read(queries.applications)

    def search(self, text: str, limit: int = 50) -> Future:
        return self._read(lambda conn: queries.search(conn, text, limit))

    def segment_detail(self, segment_id: int) -> Future:
        return self._read(lambda conn: queries.segment_detail(conn, segment_id))

    def frame_image(self, frame_id: int, convert: Callable[[Any], Any] | None = None) -> Future:
        """(mime, bytes) of a screenshot, or None if it is gone; `convert` runs on the reading thread
        (decoding an image there keeps the GUI thread free)."""
        if convert is None:
            return self._read(lambda conn: queries.frame_image(conn, frame_id))
        return self._read(lambda conn: convert(queries.frame_image(conn, frame_id)))

    def events_page(self, segment_id: int, after: tuple[int, int] | None = None,
                    limit: int = queries.PAGE_SIZE) -> Future:
        return self._read(lambda conn: queries.events_page(conn, segment_id, after, limit))

    def state_counts(self) -> Future:
        return self._read(settings.segment_state_counts)

    # -- suggested moments ("Needs a look") ----------------------------------------------------

    def suggestions(self, states: tuple[str, ...] = ("open",), segment_id: int | None = None) -> Future:
        """-> list[queries.Suggestion] in these states (all when empty)."""
        return self._read(lambda conn: queries.suggestions(conn, tuple(states), segment_id))

    def open_suggestion_count(self) -> Future:
        """-> int: suggestions waiting for an answer."""
        return self._read(queries.open_suggestion_count)

    # -- releases, activity log, settings, consent ----------------------------------------------

    def releases(self) -> Future:
        return self._read(lambda conn: ReleaseStore(conn).releases())

    def activity(self) -> Future:
        """(ledger entries, the chain's verification)."""
        return self._read(lambda conn: (ledger.entries(conn), ledger.verify(conn)))

    def personal_settings(self) -> Future:
        return self._read(settings.load_personal)

    def setting(self, key: str) -> Future:
        return self._read(lambda conn: settings.get_setting(conn, key))

    def consent_state(self, policy: Policy) -> Future:
        """(ConsentState, the policy of the last answer or None)."""
        return self._read(lambda conn: (consent.consent_now(conn, policy), consent.consented_policy(conn)))

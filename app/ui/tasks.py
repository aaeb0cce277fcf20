"""Vault work off the GUI thread, results back on it.

`TaskRunner` runs every read on one worker thread that owns its own vault connection (a
one-worker executor, so reads never race each other), and writes either there too or on the
writer the composition root passes in (`VaultWriter.run` while the recorder runs, so an employee's
delete is ordered with the capture stream). Results and errors come back to the GUI thread through
a queued Qt signal. Tests swap in `SyncTaskRunner`, which runs everything at once on the caller's
thread.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.errors import KnownError
from app.core.log_guard import safe
from app.vault.vault import VaultHandle

log = logging.getLogger("airlock.ui.tasks")

Work = Callable[[Any], Any]  # fn(connection) -> result
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
WriteSubmitter = Callable[[Work], Future]  # e.g. VaultWriter.run


class _Runner(QObject):
    """What both runners share: delivery on the GUI thread and the `failed` signal."""

    #: A task failed and had no `on_error` of its own: (exception). KnownError has a message for people.
    failed = Signal(object)
    _deliver = Signal(object, object, object)  # callback, value, is_error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deliver.connect(self._on_deliver)

    def _on_deliver(self, callback, value, is_error) -> None:
        if callback is not None:
            callback(value)
        elif is_error:
            self.failed.emit(value)

    def _report(self, on_done: Done | None, on_error: Failed | None, future: Future) -> None:
        """Called on whichever thread finished `future`; hands the outcome to the GUI thread."""
        error = future.exception()
        if error is None:
            self._deliver.emit(on_done, future.result(), False)
            return
        if not isinstance(error, KnownError):
            # Where it failed, never the exception's text: that may quote captured content.
            where = ", ".join(f"{frame.name}:{frame.lineno}" for frame in traceback.extract_tb(error.__traceback__))
            log.error("a review task failed: %s in %s", safe(type(error).__name__), safe(where))
        self._deliver.emit(on_error, error, True)


class TaskRunner(_Runner):
    """Reads on one worker thread with its own connection; writes there or on `write`."""

    def __init__(self, handle: VaultHandle, write: WriteSubmitter | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self._write = write
        self._executor: ThreadPoolExecutor | None = None
        self._conn = None  # used only on the worker thread
        self._lock = threading.Lock()

    def read(self, fn: Work, on_done: Done | None = None, on_error: Failed | None = None) -> None:
        """Run `fn(connection)` on the worker; `on_done(result)` later on the GUI thread."""
        future = self._executor_now().submit(self._with_connection, fn)
        future.add_done_callback(lambda f: self._report(on_done, on_error, f))

    def write(self, fn: Work, on_done: Done | None = None, on_error: Failed | None = None) -> None:
        """Run a change: on the recorder's writer when there is one, else on the worker."""
        if self._write is None:
            self.read(fn, on_done, on_error)
            return
        future = self._write(fn)
        future.add_done_callback(lambda f: self._report(on_done, on_error, f))

    def close(self, wait: bool = True) -> None:
        """Finish queued work, close the worker's connection and stop the thread (restarts on use)."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is None:
            return
        executor.submit(self._close_connection)
        executor.shutdown(wait=wait)

    def _executor_now(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(1, thread_name_prefix="airlock-review")
            return self._executor

    def _with_connection(self, fn: Work) -> Any:
        if self._conn is None:
            self._conn = self._handle.connect()
        return fn(self._conn)

    def _close_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class SyncTaskRunner(_Runner):
    """Runs each task at once on the calling thread (tests; scripted tools). Same interface."""

    def __init__(self, handle: VaultHandle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self._conn = None

    def read(self, fn: Work, on_done: Done | None = None, on_error: Failed | None = None) -> None:
        if self._conn is None:
            self._conn = self._handle.connect()
        future: Future = Future()
        try:
            future.set_result(fn(self._conn))
        except Exception as exc:  # noqa: BLE001 - delivered like the threaded runner delivers it
            future.set_exception(exc)
        self._report(on_done, on_error, future)

    write = read

    def close(self, wait: bool = True) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

"""Vault work off the GUI thread, results back on it.

Windows never touch a connection: they ask the `VaultReader` (reads) or the `Operations` (changes)
for a Future and hand it to `Tasks.deliver`, which calls `on_done(result)` or `on_error(error)` on
the GUI thread through a queued Qt signal (at once when the Future is already done on the GUI
thread: a synchronous reader in tests). A failure with no `on_error` goes to `failed`.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.errors import KnownError
from app.core.log_guard import safe

log = logging.getLogger("airlock.ui.tasks")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Tasks(QObject):
    """See the module docstring."""

    #: A task failed and had no `on_error` of its own: (exception). KnownError has a message for people.
    failed = Signal(object)
    _arrived = Signal(object, object, object)  # callback, value, is_error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._on_arrived)

    def deliver(self, future: Future, on_done: Done | None = None, on_error: Failed | None = None) -> None:
        """When `future` is done, on the GUI thread: `on_done(result)` or `on_error(exception)`."""
        future.add_done_callback(lambda finished: self._report(on_done, on_error, finished))

    def _report(self, on_done: Done | None, on_error: Failed | None, future: Future) -> None:
        if future.cancelled():
            return
        error = future.exception()
        if error is None:
            self._arrived.emit(on_done, future.result(), False)
            return
        if not isinstance(error, KnownError):
            # Where it failed, never the exception's text: that may quote captured content.
            where = ", ".join(f"{frame.name}:{frame.lineno}" for frame in traceback.extract_tb(error.__traceback__))
            log.error("a vault task failed: %s in %s", safe(type(error).__name__), safe(where))
        self._arrived.emit(on_error, error, True)

    def _on_arrived(self, callback, value, is_error) -> None:
        if callback is not None:
            callback(value)
        elif is_error:
            self.failed.emit(value)


class Reads(Tasks):
    """Tasks bound to the window's `VaultReader`: `read(lambda reader: reader.days(flt), on_done)`."""

    def __init__(self, reader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader

    def read(self, ask: Callable[[Any], Future], on_done: Done | None = None, on_error: Failed | None = None) -> None:
        self.deliver(ask(self.reader), on_done, on_error)

    def close(self) -> None:
        self.reader.close()

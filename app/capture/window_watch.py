"""A window probe that re-reads the active window when woken or every `interval_s`.

Used on Windows (woken by a WinEvent hook on foreground and title changes; the interval is only a
safety net) and macOS (NSWorkspace/Quartz have no title-change notification without Accessibility
observers, so it reads five times a second and says so in `latency_s`). The platform reading is a plain function, so tests drive
this class with fakes on any OS.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable

from app.capture.event_queue import EventQueue, SourceFailure, SourceRecovered
from app.core.clock import Clock
from app.core.errors import KnownError
from app.core.log_guard import safe
from app.core.model import UNKNOWN_WINDOW, FocusEvent, GapReason, WindowInfo

log = logging.getLogger("airlock.capture.window")

Bounds = tuple[int, int, int, int]  # x, y, width, height in desktop coordinates
Reading = tuple[WindowInfo, "Bounds | None"]


class FocusUnavailable(KnownError):
    """The active window cannot be observed in this session."""


class RecentBounds:
    """Where the most recently focused windows were when they got focus, for picking a frame's
    monitor. Only the `limit` most recent are kept: a working day opens thousands of windows
    (dialogs, tabs torn off), and one not focused lately needs no monitor."""

    def __init__(self, limit: int = 32) -> None:
        self._limit = limit
        self._by_window: OrderedDict[int, Bounds] = OrderedDict()
        self._lock = threading.Lock()  # noted on the probe's thread, read on the capture thread

    def note(self, window_id: int, bounds: Bounds) -> None:
        with self._lock:
            self._by_window[window_id] = bounds
            self._by_window.move_to_end(window_id)
            while len(self._by_window) > self._limit:
                self._by_window.popitem(last=False)

    def get(self, window_id: int | None) -> Bounds | None:
        if not window_id:
            return None
        with self._lock:
            return self._by_window.get(window_id)

    def __len__(self) -> int:
        return len(self._by_window)


class WatchedWindowProbe:
    """Emits a FocusEvent when the reading changes. `wake()` may be called from any thread."""

    def __init__(self, name: str, read_active: Callable[[], Reading], clock: Clock, *,
                 interval_s: float = 0.5,
                 notifier_factory: Callable[[Callable[[], None]], Callable[[], None]] | None = None,
                 unavailable: Callable[[], str | None] | None = None) -> None:
        self.name = name
        # Woken by notifications, a change is seen at once; polled, up to an interval late.
        self.latency_s = 0.0 if notifier_factory is not None else interval_s
        self._unavailable = unavailable  # why the window cannot be read now (a missing permission), or None
        self._unavailable_reason: str | None = None
        self._read_active = read_active
        self._clock = clock
        self._interval_s = interval_s
        self._notifier_factory = notifier_factory  # given wake(), starts notifications, returns stop()
        self._stop_notifier: Callable[[], None] | None = None
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._events: EventQueue | None = None
        self._current: WindowInfo | None = None
        self._bounds = RecentBounds()
        self._error: str | None = None

    def start(self, events: EventQueue) -> None:
        self._events = events
        self.poll_once()  # the window focused now, before any input
        if self._notifier_factory is not None:
            self._stop_notifier = self._notifier_factory(self.wake)
        self._thread = threading.Thread(target=self._run, name=f"airlock-{self.name}", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self._stop_notifier is not None:
            self._stop_notifier()
        if self._thread is not None:
            self._thread.join(2.0)

    def wake(self) -> None:
        self._wake.set()

    def failure(self) -> str | None:
        if self._error:
            return self._error
        if self._thread is not None and not self._thread.is_alive() and not self._stopping.is_set():
            return "focus watcher not running"
        return None

    def bounds_of(self, window_id: int | None) -> Bounds | None:
        return self._bounds.get(window_id)

    def poll_once(self) -> None:
        """Read the active window and emit a FocusEvent if it changed (the thread's one step)."""
        t = self._clock.now()
        events = self._events
        assert events is not None, "poll_once runs after start()"
        if self._blocked_by_permission(t, events):
            info, bounds = UNKNOWN_WINDOW, None
        else:
            try:
                info, bounds = self._read_active()
            except Exception as exc:  # noqa: BLE001 - an unreadable window is "unknown", never a guess
                log.warning("reading the active window failed: %s", safe(type(exc).__name__))
                info, bounds = UNKNOWN_WINDOW, None
        if info.window_id and bounds is not None:
            self._bounds.note(info.window_id, bounds)
        if info != self._current:
            self._current = info
            events.offer(FocusEvent(t, info))

    def _blocked_by_permission(self, t: float, events: EventQueue) -> bool:
        """Report a missing permission once as a gap with its reason (and its return once)."""
        reason = self._unavailable() if self._unavailable is not None else None
        if reason and reason != self._unavailable_reason:
            events.offer(SourceFailure(t, self.name, reason, GapReason.FOCUS_UNKNOWN))
        elif not reason and self._unavailable_reason:
            events.offer(SourceRecovered(t, self.name))
        self._unavailable_reason = reason
        return reason is not None

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.wait(self._interval_s)
            self._wake.clear()
            if self._stopping.is_set():
                return
            self.poll_once()

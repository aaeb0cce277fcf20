"""The recorder's honest state: recording, paused (until), excluded, or not capturing (why).

Written by the capture thread, read by anyone (status command, tray) through `snapshot()`. It is
never "recording" while a source is dead, the focus is unknown or the screen is locked (nothing is
stored then). Whoever must follow it at once (the tray, for an excluded window or a dead source)
passes `on_change`, called on the capture thread whenever the status or its detail changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.i18n import translate
from app.core.model import CaptureStatus

SCREEN_LOCKED = "screen locked"  # the detail while locked (a fixed word, like a rule's name)


@dataclass(frozen=True, slots=True)
class HealthSnapshot:
    """A consistent view of the recorder. `detail` never holds captured content."""

    status: CaptureStatus
    detail: str = ""  # why not capturing, or the exclusion rule's name
    paused_until: float | None = None  # for PAUSED: None = until resumed
    since: float = 0.0
    events_stored: int = 0
    frames_stored: int = 0
    events_dropped: int = 0  # queue overflow, paused, excluded, unknown focus (never silent)
    failed_sources: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        """A short human line, e.g. "paused until 14:05" is left to the UI; this is the plain form."""
        if self.status is CaptureStatus.NOT_CAPTURING:
            return f"not capturing: {self.detail}"
        if self.status is CaptureStatus.PAUSED:
            return "paused" if self.paused_until is None else f"paused until {self.paused_until:.0f}"
        if self.status is CaptureStatus.EXCLUDED:
            return f"excluded: {self.detail}"
        return "recording"


class CaptureHealth:
    """Thread-safe health state of one recorder run."""

    def __init__(self, on_change: Callable[[HealthSnapshot], None] | None = None) -> None:
        self._on_change = on_change
        self._reported: tuple[CaptureStatus, str] | None = None
        self._lock = threading.Lock()
        self._running = False
        self._stopped_why = translate("Status", "not started")
        self._failed: dict[str, str] = {}
        self._paused: tuple[bool, float | None] = (False, None)
        self._excluded: str | None = None
        self._locked = False
        self._focus_unknown = False
        self._since = 0.0
        self._status: CaptureStatus = CaptureStatus.NOT_CAPTURING
        self.events_stored = 0
        self.frames_stored = 0
        self.events_dropped = 0

    # -- writers (capture thread / composition) ---------------------------------------------------

    def started(self, t: float) -> None:
        with self._lock:
            self._running, self._stopped_why = True, ""
            self._touch(t)
        self._changed()

    def stopped(self, t: float, why: str = "stopped") -> None:
        with self._lock:
            self._running, self._stopped_why = False, why
            self._touch(t)
        self._changed()

    def source_failed(self, source: str, why: str, t: float) -> None:
        with self._lock:
            self._failed[source] = why
            self._touch(t)
        self._changed()

    def source_recovered(self, source: str, t: float) -> None:
        with self._lock:
            self._failed.pop(source, None)
            self._touch(t)
        self._changed()

    def set_paused(self, paused: bool, until: float | None, t: float) -> None:
        with self._lock:
            self._paused = (paused, until if paused else None)
            self._touch(t)
        self._changed()

    def set_excluded(self, rule_name: str | None, t: float) -> None:
        with self._lock:
            self._excluded = rule_name
            self._touch(t)
        self._changed()

    def set_locked(self, locked: bool, t: float) -> None:
        """The screen is locked: whatever has focus, nothing is stored (shown as the exclusion "screen locked")."""
        with self._lock:
            self._locked = locked
            self._touch(t)
        self._changed()

    def set_focus_unknown(self, unknown: bool, t: float) -> None:
        with self._lock:
            self._focus_unknown = unknown
            self._touch(t)
        self._changed()

    def _status_now(self) -> tuple[CaptureStatus, str]:
        if not self._running:
            return CaptureStatus.NOT_CAPTURING, self._stopped_why
        if self._failed:
            return CaptureStatus.NOT_CAPTURING, "; ".join(f"{name}: {why}" for name, why in sorted(self._failed.items()))
        if self._paused[0]:
            return CaptureStatus.PAUSED, ""
        if self._locked:
            return CaptureStatus.EXCLUDED, SCREEN_LOCKED
        if self._excluded is not None:
            return CaptureStatus.EXCLUDED, self._excluded
        if self._focus_unknown:
            return CaptureStatus.NOT_CAPTURING, translate("Status", "the focused window is unknown")
        return CaptureStatus.RECORDING, ""

    def _changed(self) -> None:
        if self._on_change is None:
            return
        with self._lock:
            key = self._status_now()  # cheap: the capture thread calls this on every tick
        if key != self._reported:
            self._reported = key
            self._on_change(self.snapshot())

    def _touch(self, t: float) -> None:
        status, _ = self._status_now()
        if status is not self._status:
            self._status, self._since = status, t

    # -- readers ----------------------------------------------------------------------------------

    def snapshot(self) -> HealthSnapshot:
        with self._lock:
            status, detail = self._status_now()
            return HealthSnapshot(
                status=status, detail=detail,
                paused_until=self._paused[1] if status is CaptureStatus.PAUSED else None,
                since=self._since, events_stored=self.events_stored, frames_stored=self.frames_stored,
                events_dropped=self.events_dropped, failed_sources=tuple(sorted(self._failed)),
            )

"""Pause state: whether an event stamped at time `t` falls inside a pause.

The employee's pause must drop everything stamped at or after the click, including events still
queued when the pause is lifted again; so recent past pause intervals are remembered too.
"""

from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass

# Past intervals older than this (relative to the newest known instant) can no longer matter:
# nothing stays queued that long.
PAST_PAUSE_RETENTION_SECONDS = 600.0


@dataclass(frozen=True, slots=True)
class PauseSnapshot:
    """An active pause: since `paused_at`, until `until` (None = until the employee resumes)."""

    paused_at: float
    until: float | None = None

    def __post_init__(self) -> None:
        if not math.isfinite(self.paused_at):
            raise ValueError("paused_at must be a finite time")
        if self.until is not None and not (math.isfinite(self.until) and self.until >= self.paused_at):
            raise ValueError("until must be a finite time not before paused_at")

    def covers(self, t: float) -> bool:
        """True if `t` falls in [paused_at, until)."""
        return self.paused_at <= t and (self.until is None or t < self.until)

    def to_json(self) -> str:
        """Compact JSON for persistence (the pause survives crashes and restarts)."""
        return json.dumps({"paused_at": self.paused_at, "until": self.until}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> PauseSnapshot:
        """Parse `to_json` output. Raises ValueError on anything else."""
        try:
            data = json.loads(text)
        except (TypeError, json.JSONDecodeError) as exc:
            raise ValueError("pause snapshot is not valid JSON") from exc
        if not isinstance(data, dict) or set(data) != {"paused_at", "until"}:
            raise ValueError("pause snapshot must have exactly paused_at and until")
        paused_at, until = data["paused_at"], data["until"]
        if isinstance(paused_at, bool) or not isinstance(paused_at, (int, float)):
            raise ValueError("paused_at must be a number")
        if until is not None and (isinstance(until, bool) or not isinstance(until, (int, float))):
            raise ValueError("until must be a number or null")
        return cls(float(paused_at), None if until is None else float(until))


@dataclass(frozen=True, slots=True)
class _Interval:
    start: float
    end: float

    def covers(self, t: float) -> bool:
        return self.start <= t < self.end


class PauseState:
    """Thread-safe pause state shared by the control side (pause/resume) and the capture thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._current: PauseSnapshot | None = None
        self._past: list[_Interval] = []

    def pause(self, at: float, until: float | None = None) -> PauseSnapshot:
        """Start a pause at `at` (optionally timed). Pausing while paused keeps the original start
        and replaces the end. Returns the active pause."""
        with self._lock:
            self._archive_if_expired(at)
            start = self._current.paused_at if self._current is not None else at
            self._current = PauseSnapshot(start, None if until is None else max(until, start))
            return self._current

    def resume(self, at: float) -> bool:
        """End the current pause at `at`. Returns False if there was nothing to resume."""
        with self._lock:
            self._archive_if_expired(at)
            if self._current is None:
                return False
            end = at if self._current.until is None else min(at, self._current.until)
            self._remember(_Interval(self._current.paused_at, max(end, self._current.paused_at)))
            self._current = None
            return True

    def is_paused_at(self, t: float) -> bool:
        """True if an event stamped `t` must be dropped: it falls in the current pause or in a
        recently ended one."""
        with self._lock:
            if self._current is not None and self._current.covers(t):
                return True
            return any(interval.covers(t) for interval in self._past)

    def current(self, now: float) -> PauseSnapshot | None:
        """The active pause, or None if not paused or a timed pause has run out by `now`."""
        with self._lock:
            snapshot = self._current
            if snapshot is None or (snapshot.until is not None and now >= snapshot.until):
                return None
            return snapshot

    def ended_at(self, now: float) -> float:
        """When the most recent pause ended (its resume or its time running out), for a pause that
        has ended by `now`; `now` if none is remembered."""
        with self._lock:
            self._archive_if_expired(now)
            return max((interval.end for interval in self._past), default=now)

    def expire_if_due(self, now: float) -> bool:
        """End a timed pause whose time is up. Returns True exactly once per expired pause."""
        with self._lock:
            return self._archive_if_expired(now)

    def restore(self, snapshot: PauseSnapshot | None) -> None:
        """Adopt a pause loaded from disk (None: not paused). Call `expire_if_due` afterwards."""
        with self._lock:
            self._current = snapshot

    def _archive_if_expired(self, now: float) -> bool:
        snapshot = self._current
        if snapshot is None or snapshot.until is None or now < snapshot.until:
            return False
        self._remember(_Interval(snapshot.paused_at, snapshot.until))
        self._current = None
        return True

    def _remember(self, interval: _Interval) -> None:
        self._past.append(interval)
        newest = max(i.end for i in self._past)
        self._past = [i for i in self._past if newest - i.end <= PAST_PAUSE_RETENTION_SECONDS]

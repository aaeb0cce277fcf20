"""Mouse-move coalescing: a high-rate mouse must not fill the vault (DESIGN.md: <= 30 Hz stored)."""

from __future__ import annotations

from app.core.model import MoveEvent


class MoveCoalescer:
    """Passes at most one move per 1/max_hz seconds (event time); in between, the latest position
    is held back and replaces any earlier held one. `flush` hands out the held position, so the
    pointer's final place is not lost (call it before storing a click, scroll, or segment end).
    Not thread-safe: the capture thread owns it.
    """

    def __init__(self, max_hz: float = 30.0) -> None:
        if max_hz <= 0:
            raise ValueError("max_hz must be positive")
        self.interval = 1.0 / max_hz
        self._last_emitted: float | None = None
        self._held: MoveEvent | None = None

    def offer(self, move: MoveEvent) -> MoveEvent | None:
        """Return the move to store now, or None if it is held back (rate limit)."""
        if self._last_emitted is None or move.t - self._last_emitted >= self.interval:
            self._held = None  # superseded: the newer position wins
            self._last_emitted = move.t
            return move
        self._held = move
        return None

    def flush(self) -> MoveEvent | None:
        """The held-back latest position, if any (it counts as emitted for the rate limit)."""
        held, self._held = self._held, None
        if held is not None:
            self._last_emitted = held.t
        return held

    @property
    def pending(self) -> MoveEvent | None:
        """The held-back position, without taking it."""
        return self._held

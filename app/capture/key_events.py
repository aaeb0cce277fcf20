"""Building KeyEvents with the modifiers held at the time, for any input backend."""

from __future__ import annotations

from app.core.model import KeyEvent

# Keys whose held state is recorded as the `modifiers` of other key events (pynput's names).
MODIFIER_KEYS = frozenset({
    "shift", "shift_l", "shift_r", "ctrl", "ctrl_l", "ctrl_r", "alt", "alt_l", "alt_r", "alt_gr",
    "cmd", "cmd_l", "cmd_r",
})
UNKNOWN_KEY = "unknown"  # a key with neither a name nor a character (never a raw key code: content)


class HeldModifiers:
    """Tracks which modifier keys are down; one input thread calls it."""

    def __init__(self) -> None:
        self._held: set[str] = set()
        self._current: frozenset[str] = frozenset()

    def event(self, t: float, name: str, char: str | None, pressed: bool) -> KeyEvent:
        """The KeyEvent for a key going down/up, carrying the modifiers held before it."""
        event = KeyEvent(t, name, pressed, char, self._current)
        if name in MODIFIER_KEYS:
            if pressed:
                self._held.add(name)
            else:
                self._held.discard(name)
            self._current = frozenset(self._held)
        return event

"""Reconstructing the typed text from key events (what a plain text field would contain).

Only key presses count, so rollover typing (the next key down before the previous is up) works.
Cursor movement is not modelled: text is what was appended and backspaced at the end.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.core.model import KeyEvent

# With one of these held, a key is a shortcut and types nothing (AltGr is not among them: it types).
SHORTCUT_MODIFIERS = frozenset(
    {"ctrl", "ctrl_l", "ctrl_r", "control", "alt", "alt_l", "alt_r", "cmd", "cmd_l", "cmd_r",
     "super", "super_l", "super_r", "meta", "win"}
)
SHIFT_MODIFIERS = frozenset({"shift", "shift_l", "shift_r"})
_NAMED_TEXT_KEYS = {"space": " ", "enter": "\n", "return": "\n", "kp_enter": "\n", "tab": "\t"}
_BACKSPACE_KEYS = frozenset({"backspace"})


def is_backspace(event: KeyEvent) -> bool:
    """True for a backspace press without a shortcut modifier."""
    return (
        event.pressed
        and event.key.lower() in _BACKSPACE_KEYS
        and not (event.modifiers & SHORTCUT_MODIFIERS)
    )


def typed_char(event: KeyEvent) -> str | None:
    """The character a key press adds to the text, or None (releases, shortcuts, control keys)."""
    if not event.pressed or event.modifiers & SHORTCUT_MODIFIERS:
        return None
    named = _NAMED_TEXT_KEYS.get(event.key.lower())
    if event.char:  # "" from a source means unknown, like None
        if event.char == "\r":
            return "\n"
        if event.char in ("\n", "\t") or (event.char.isprintable() and len(event.char) == 1):
            return event.char
        if named is None:
            return None  # a control character such as "\x03"
    if named is not None:
        return named
    if len(event.key) == 1 and event.key.isprintable():
        shifted = bool(event.modifiers & SHIFT_MODIFIERS) != ("caps_lock" in event.modifiers)
        upper = event.key.upper()  # one key, one character: "ß".upper() is "SS"
        return upper if shifted and len(upper) == 1 else event.key
    return None


class TypedTextBuilder:
    """Incremental reconstruction: feed key events in order, read `.text` at any time."""

    def __init__(self) -> None:
        self._chars: list[str] = []

    def feed(self, event: KeyEvent) -> None:
        """Apply one key event (presses type or delete; everything else is ignored)."""
        if is_backspace(event):
            if self._chars:
                self._chars.pop()
            return
        char = typed_char(event)
        if char is not None:
            self._chars.append(char)

    @property
    def text(self) -> str:
        return "".join(self._chars)


def reconstruct(events: Iterable[KeyEvent]) -> str:
    """The text typed by `events` (key events in time order)."""
    builder = TypedTextBuilder()
    for event in events:
        builder.feed(event)
    return builder.text

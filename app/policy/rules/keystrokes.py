"""Keystroke modes: how much of each key event is stored, per application."""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.core.model import KeyEvent, KeystrokeMode, WindowInfo

MASK_CHAR = "•"


def _normalise_app(name: str) -> str:
    """Case-insensitive, and "Code.exe" matches "code" (Windows process names carry the suffix)."""
    name = name.strip().lower()
    return name[:-4] if name.endswith(".exe") else name


@dataclass(frozen=True)
class KeystrokeRules:
    """A default mode and per-application overrides (keys: app or WM class names).

    An override replaces the default for that app, even if it is less strict: the managed policy
    decides. If both the app name and the WM class have an override, the stricter one wins.
    """

    default: KeystrokeMode = KeystrokeMode.FULL
    per_app: Mapping[str, KeystrokeMode] = field(default_factory=dict)

    def __post_init__(self) -> None:
        normalised = {_normalise_app(app): KeystrokeMode(mode) for app, mode in self.per_app.items()}
        object.__setattr__(self, "per_app", types.MappingProxyType(normalised))

    def __hash__(self) -> int:
        return hash((self.default, tuple(sorted(self.per_app.items()))))

    def mode_for(self, window: WindowInfo) -> KeystrokeMode:
        """The mode for key events typed into `window`."""
        names = (_normalise_app(window.app), _normalise_app(window.wm_class))
        found = [self.per_app[name] for name in names if name and name in self.per_app]
        if not found:
            return self.default
        mode = found[0]
        for other in found[1:]:
            mode = mode.stricter_of(other)
        return mode


def is_printable_key(event: KeyEvent) -> bool:
    """True if the event names or produces a visible character (not whitespace, not a control key).

    Editing keys keep their meaning even if a source reports a character for them."""
    if event.key.lower() in ("backspace", "delete"):
        return False
    if event.char and event.char.isprintable() and not event.char.isspace():
        return True
    return len(event.key) == 1 and event.key.isprintable() and not event.key.isspace()


def mask_event(event: KeyEvent) -> KeyEvent:
    """The event with its character hidden: key and char become the mask character (a control
    character such as ctrl+c's "\x03" is kept as it is, so the masked event types what it did)."""
    char = event.char
    hidden = not char or (char.isprintable() and not char.isspace())
    return dataclasses.replace(event, key=MASK_CHAR, char=MASK_CHAR if hidden else char)


def apply_mode(event: KeyEvent, mode: KeystrokeMode) -> KeyEvent | None:
    """What is stored of `event` under `mode` (None: nothing).

    FULL: unchanged. MASKED: visible characters become "•" in key and char; timing, press/release,
    modifiers and non-character keys (backspace, enter, space, shift, arrows) are kept, so the
    count and editing shape survive. COUNTS: only that a key went down or up (key="key").
    NONE: nothing.
    """
    if mode is KeystrokeMode.FULL:
        return event
    if mode is KeystrokeMode.MASKED:
        return mask_event(event) if is_printable_key(event) else event
    if mode is KeystrokeMode.COUNTS:
        return KeyEvent(t=event.t, key="key", pressed=event.pressed, char=None, modifiers=frozenset())
    return None

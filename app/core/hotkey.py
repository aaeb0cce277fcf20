"""A key chord named portably ("Ctrl+Alt+P"): the value the pause shortcut is configured with.

It lives in the core because three layers name it: the policy (`pause_shortcut`), the capture
platforms that register it (X11 grab, Windows RegisterHotKey, macOS event tap) and the UI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

MODIFIER_NAMES = ("ctrl", "alt", "shift", "super")
_MODIFIER_ALIASES = {"control": "ctrl", "ctl": "ctrl", "meta": "super", "win": "super", "cmd": "super",
                     "option": "alt"}
DEFAULT_PAUSE_HOTKEY = "Ctrl+Alt+P"


@dataclass(frozen=True)
class Hotkey:
    """A key chord: modifiers plus one key (a lower-case letter or digit, or "f1".."f24")."""

    modifiers: frozenset[str]
    key: str

    def __str__(self) -> str:
        mods = [m.capitalize() for m in MODIFIER_NAMES if m in self.modifiers]
        return "+".join([*mods, self.key.upper() if len(self.key) == 1 else self.key.capitalize()])

    @property
    def function_key(self) -> int | None:
        """1..24 for F1..F24, None for a letter or digit."""
        return int(self.key[1:]) if len(self.key) > 1 else None


def parse_hotkey(text: str) -> Hotkey:
    """"Ctrl+Alt+P" -> Hotkey({"ctrl", "alt"}, "p"). At least one modifier: a bare key would steal
    typing. Raises ValueError with the reason."""
    parts = [p.strip().lower() for p in text.split("+")]
    if len(parts) < 2 or any(not p for p in parts):
        raise ValueError(f"{text!r} is not a shortcut like Ctrl+Alt+P")
    *mods, key = parts
    modifiers = frozenset(_MODIFIER_ALIASES.get(m, m) for m in mods)
    unknown = modifiers - set(MODIFIER_NAMES)
    if unknown or len(modifiers) != len(mods):
        raise ValueError(f"unknown or repeated modifier in {text!r} (use Ctrl, Alt, Shift, Super)")
    if key in MODIFIER_NAMES or key in _MODIFIER_ALIASES:
        raise ValueError(f"{text!r} has no key after the modifiers")
    if not (len(key) == 1 and key.isascii() and key.isalnum()) and not (
            key.startswith("f") and key[1:].isdigit() and 1 <= int(key[1:]) <= 24):
        raise ValueError(f"the key in {text!r} must be a letter, a digit or F1–F24")
    return Hotkey(modifiers, key)


def pause_shortcut_setting(command_line: str | None, personal: str | None, policy: str | None) -> str:
    """Which pause shortcut applies: `--pause-shortcut`, else the employee's own setting, else the
    policy's `pause_shortcut`, else Ctrl+Alt+P. The employee's choice wins over the policy's: the
    shortcut is their control, and a chord they remember serves them better than a uniform one."""
    return command_line or personal or policy or DEFAULT_PAUSE_HOTKEY


class HotkeyListener(Protocol):
    """A platform's global shortcut for one key chord (X11: XGrabKey; Windows: RegisterHotKey;
    macOS: the input event tap).

    `start` raises KnownError if the chord cannot be taken (another app owns it); `on_pressed` is
    called on the listener's own thread, once per press, and must only hand over and return.
    """

    def start(self, hotkey: Hotkey, on_pressed: Callable[[], None]) -> None: ...

    def stop(self) -> None: ...

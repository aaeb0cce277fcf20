"""The global pause shortcut on macOS: chords matched on the keyboard event tap (pynput).

pynput's own GlobalHotKeys compares characters, and on macOS Option changes the character a key
produces (Option+P types "π"), so Ctrl+Alt+P would never match. This listener tracks the modifier
keys itself and matches the main key by its virtual key code (the ANSI position, the same on every
layout macOS ships), falling back to the character. The tap needs Input Monitoring, as capture does;
unlike X11 and Windows the focused application also receives the chord.
"""

from __future__ import annotations

from collections.abc import Callable

from app.capture.hotkey import ShortcutTaken
from app.capture.input_source import KeyCallback, Listener, pynput_keyboard_listener
from app.capture.macos.frameworks import load_frameworks
from app.capture.macos.permissions import MacPermissions, read_permissions
from app.core.hotkey import Hotkey
from app.core.i18n import fill, translate

# kVK_ANSI_* (HIToolbox Events.h): letters and digits by position.
ANSI_KEY_CODES = {
    "a": 0x00, "s": 0x01, "d": 0x02, "f": 0x03, "h": 0x04, "g": 0x05, "z": 0x06, "x": 0x07, "c": 0x08,
    "v": 0x09, "b": 0x0B, "q": 0x0C, "w": 0x0D, "e": 0x0E, "r": 0x0F, "y": 0x10, "t": 0x11, "1": 0x12,
    "2": 0x13, "3": 0x14, "4": 0x15, "6": 0x16, "5": 0x17, "9": 0x19, "7": 0x1A, "8": 0x1C, "0": 0x1D,
    "o": 0x1F, "u": 0x20, "i": 0x22, "p": 0x23, "l": 0x25, "j": 0x26, "k": 0x28, "n": 0x2D, "m": 0x2E,
}
# pynput's names for the modifier keys (left, right and either).
MODIFIER_KEYS = {"ctrl": "ctrl", "ctrl_l": "ctrl", "ctrl_r": "ctrl", "alt": "alt", "alt_l": "alt", "alt_r": "alt",
                 "alt_gr": "alt", "shift": "shift", "shift_l": "shift", "shift_r": "shift", "cmd": "super",
                 "cmd_l": "super", "cmd_r": "super"}
ListenerFactory = Callable[[KeyCallback, KeyCallback], Listener]


class ChordMatcher:
    """Follows key presses and releases; `press` is True when the chord's main key goes down with
    exactly its modifiers held (an auto-repeat of a held chord fires once)."""

    def __init__(self, hotkey: Hotkey) -> None:
        self._hotkey = hotkey
        self._held: dict[str, int] = {}
        self._fired = False

    def press(self, key: object) -> bool:
        modifier = MODIFIER_KEYS.get(str(getattr(key, "name", "") or ""))
        if modifier is not None:
            self._held[modifier] = self._held.get(modifier, 0) + 1
            return False
        if not self._is_main(key):
            return False
        if set(self._held) != set(self._hotkey.modifiers) or self._fired:
            return False
        self._fired = True
        return True

    def release(self, key: object) -> None:
        modifier = MODIFIER_KEYS.get(str(getattr(key, "name", "") or ""))
        if modifier is not None:
            count = self._held.get(modifier, 0) - 1
            if count > 0:
                self._held[modifier] = count
            else:
                self._held.pop(modifier, None)
        elif self._is_main(key):
            self._fired = False

    def _is_main(self, key: object) -> bool:
        if self._hotkey.function_key is not None:
            return getattr(key, "name", None) == self._hotkey.key
        vk = getattr(key, "vk", None)
        if vk is not None and vk == ANSI_KEY_CODES.get(self._hotkey.key):
            return True
        char = getattr(key, "char", None)
        return isinstance(char, str) and char.lower() == self._hotkey.key


class MacHotkeyListener:
    """A HotkeyListener for macOS on a pynput keyboard listener (a fake factory in tests)."""

    def __init__(self, listener_factory: ListenerFactory = pynput_keyboard_listener,
                 permissions: Callable[[], MacPermissions] | None = None) -> None:
        self._factory = listener_factory
        self._permissions = permissions or (lambda: read_permissions(load_frameworks()))
        self._listener: Listener | None = None

    def start(self, hotkey: Hotkey, on_pressed: Callable[[], None]) -> None:
        if not self._permissions().input_allowed:  # the tap would start and hear nothing
            raise ShortcutTaken(fill(translate("Errors", "macOS has not allowed Airlock to monitor input, so %1 "
                                                         "works only in Airlock's own windows."), hotkey),
                                translate("Errors", "Switch on Airlock in System Settings › Privacy & Security › "
                                                    "Input Monitoring."))
        matcher = ChordMatcher(hotkey)

        def on_press(key: object, injected: bool = False) -> None:
            try:
                if matcher.press(key):
                    on_pressed()
            except Exception:  # noqa: BLE001 - an exception would silently stop pynput's listener
                pass

        def on_release(key: object, injected: bool = False) -> None:
            try:
                matcher.release(key)
            except Exception:  # noqa: BLE001 - an exception would silently stop pynput's listener
                pass

        self._listener = self._factory(on_press, on_release)
        self._listener.start()

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener.join(2.0)
            self._listener = None

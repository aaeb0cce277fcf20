"""X11 key codes to key names and characters, the way pynput names them ("enter", "shift_r", "a").

Pure tables and arithmetic over the keyboard mapping (a list of keysyms per keycode, as
`Display.get_keyboard_mapping` returns it); no Xlib import, so it is tested without a display.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.capture.key_events import UNKNOWN_KEY

SHIFT_MASK, LOCK_MASK, NUM_LOCK_MASK, LEVEL3_MASK = 0x01, 0x02, 0x10, 0x80  # Shift, Lock, Mod2, Mod5

# keysym -> pynput key name for keys without a character.
NAMED_KEYSYMS: dict[int, str] = {
    0xFF0D: "enter", 0xFF8D: "enter", 0xFF08: "backspace", 0xFF09: "tab", 0xFE20: "tab", 0xFF1B: "esc",
    0x0020: "space", 0xFFFF: "delete", 0xFF63: "insert", 0xFF50: "home", 0xFF57: "end",
    0xFF55: "page_up", 0xFF56: "page_down", 0xFF51: "left", 0xFF52: "up", 0xFF53: "right", 0xFF54: "down",
    0xFFE1: "shift", 0xFFE2: "shift_r", 0xFFE3: "ctrl", 0xFFE4: "ctrl_r", 0xFFE9: "alt", 0xFFEA: "alt_r",
    0xFFE7: "alt", 0xFFE8: "alt_r",  # Meta_L/R
    0xFE03: "alt_gr", 0xFF7E: "alt_gr", 0xFFEB: "cmd", 0xFFEC: "cmd_r", 0xFFE5: "caps_lock",
    0xFF67: "menu", 0xFF7F: "num_lock", 0xFF13: "pause", 0xFF61: "print_screen", 0xFF14: "scroll_lock",
    **{0xFFBE + i: f"f{i + 1}" for i in range(20)},
}
_KEYPAD_CHARS = {0xFFAA: "*", 0xFFAB: "+", 0xFFAD: "-", 0xFFAE: ".", 0xFFAF: "/", 0xFFBD: "=",
                 **{0xFFB0 + i: str(i) for i in range(10)}}


def keysym_char(keysym: int) -> str | None:
    """The character a keysym types (Latin-1 and Unicode keysyms, keypad digits), else None."""
    if 0x20 < keysym <= 0x7E or 0xA0 <= keysym <= 0xFF:
        return chr(keysym)
    if 0x01000100 <= keysym <= 0x0110FFFF:
        return chr(keysym - 0x01000000)
    return _KEYPAD_CHARS.get(keysym)


def pick_keysym(keysyms: Sequence[int], state: int) -> int:
    """The keysym a key produces under modifier `state` (shift, caps lock, num lock, AltGr)."""
    def at(index: int) -> int:
        return keysyms[index] if index < len(keysyms) else 0

    base = 4 if state & LEVEL3_MASK and at(4) else 0
    plain, shifted = at(base) or at(0), at(base + 1)
    if 0xFFB0 <= shifted <= 0xFFBD or 0xFFAA <= shifted <= 0xFFAF:  # keypad: num lock picks the digit
        use_shift = bool(state & NUM_LOCK_MASK) != bool(state & SHIFT_MASK)
    else:
        use_shift = bool(state & SHIFT_MASK)
    keysym = (shifted or plain) if use_shift else plain
    if state & LOCK_MASK and 0x61 <= keysym <= 0x7A and not use_shift:
        keysym -= 0x20  # caps lock on a lowercase letter
    return keysym


def describe_key(keysyms: Sequence[int], state: int) -> tuple[str, str | None]:
    """(name, character) for a key press/release, matching `input_source.key_name_and_char`."""
    keysym = pick_keysym(keysyms, state)
    name = NAMED_KEYSYMS.get(keysym) or NAMED_KEYSYMS.get(keysyms[0] if keysyms else 0)
    if name is not None and not (0xFFAA <= keysym <= 0xFFBD):
        return name, None
    char = keysym_char(keysym)
    if char is None:
        return UNKNOWN_KEY, None
    return (char.lower() if len(char) == 1 else char), char

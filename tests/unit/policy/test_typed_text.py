"""Typed-text reconstruction from key events, including a keyboard simulation property."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.model import KeyEvent
from app.policy.rules.typed_text import TypedTextBuilder, reconstruct, typed_char

SHIFT = frozenset({"shift"})


def press(key: str, char: str | None = None, mods: frozenset[str] = frozenset(), t: float = 0.0) -> KeyEvent:
    return KeyEvent(t, key, True, char, mods)


def release(key: str, char: str | None = None, t: float = 0.0) -> KeyEvent:
    return KeyEvent(t, key, False, char)


@pytest.mark.parametrize(
    ("events", "text"),
    [
        ([], ""),
        ([press("a", "a"), release("a", "a")], "a"),
        ([press("space"), press("space", " ")], "  "),
        ([press("enter"), press("return"), press("enter", "\r"), press("tab")], "\n\n\n\t"),
        ([press("a", "a"), press("b", "b"), press("backspace"), press("c", "c")], "ac"),
        ([press("backspace"), press("backspace"), press("x", "x")], "x"),  # nothing to delete
        ([press("a", None, SHIFT)], "A"),  # char unknown: shift applied to the key name
        ([press("a", None, frozenset({"caps_lock"}))], "A"),
        ([press("a", None, frozenset({"caps_lock", "shift"}))], "a"),
        ([press("a", "A", SHIFT)], "A"),  # char already shifted
        ([press("1", "!", SHIFT)], "!"),
        ([press("c", "c", frozenset({"ctrl"})), press("v", "\x16", frozenset({"ctrl"}))], ""),
        ([press("s", "s", frozenset({"cmd"})), press("tab", None, frozenset({"alt"}))], ""),
        ([press("q", "@", frozenset({"alt_gr"}))], "@"),  # AltGr types
        ([press("backspace", None, frozenset({"ctrl"}))], ""),
        ([press("a", "a"), press("backspace", None, frozenset({"ctrl"}))], "a"),  # shortcut: no edit
        ([press("shift"), press("f5"), press("left"), press("escape", "\x1b")], ""),
        ([press("•", "•"), press("•", "•")], "••"),  # masked mode keeps the count
        ([press("a", "a"), press("b", "b"), release("a", "a"), release("b", "b")], "ab"),  # rollover
        ([press("e", "é"), press("x", "日")], "é日"),
    ],
)
def test_reconstruct(events, text):
    assert reconstruct(events) == text


def test_builder_is_incremental():
    builder = TypedTextBuilder()
    seen = []
    for event in [press("h", "h"), press("i", "i"), press("backspace"), press("o", "o")]:
        builder.feed(event)
        seen.append(builder.text)
    assert seen == ["h", "hi", "h", "ho"]


@pytest.mark.parametrize(
    ("event", "char"),
    [(release("a", "a"), None), (press("space"), " "), (press("kp_enter"), "\n"), (press("delete"), None)],
)
def test_typed_char(event, char):
    assert typed_char(event) == char


# ---- a simulated US keyboard ---------------------------------------------------------------------

_SHIFTED = dict(zip('~!@#$%^&*()_+{}|:"<>?', "`1234567890-=[]\\;',./", strict=True))
_NAMED = {" ": "space", "\n": "enter", "\t": "tab"}


def _key_for(char: str) -> tuple[str, bool]:
    """(key name, needs shift) for one character."""
    if char in _NAMED:
        return _NAMED[char], False
    if char.isupper():
        return char.lower(), True
    if char in _SHIFTED:
        return _SHIFTED[char], True
    return char, False


@st.composite
def typing_sessions(draw):
    """Keystrokes typing random ASCII with random backspaces; returns (events, expected text)."""
    alphabet = st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.sampled_from(["\n", "\t"])
    actions = draw(st.lists(alphabet | st.just("BACKSPACE"), max_size=60))
    with_char = draw(st.booleans())  # some sources report the character, some only key names
    events: list[KeyEvent] = []
    down: list[str] = []  # keys pressed but not yet released (rollover)
    expected: list[str] = []
    t = 0.0

    def emit(key: str, pressed: bool, char: str | None = None, mods: frozenset[str] = frozenset()):
        nonlocal t
        t += 0.01
        events.append(KeyEvent(t, key, pressed, char, mods))

    for action in actions:
        # Release some of the keys still down, before the next press (or not: rollover).
        while down and draw(st.booleans()):
            emit(down.pop(0), False)
        if action == "BACKSPACE":
            emit("backspace", True)
            down.append("backspace")
            if expected:
                expected.pop()
            continue
        key, shifted = _key_for(action)
        if shifted:
            emit("shift", True)
        mods = SHIFT if shifted else frozenset()
        if key in _NAMED.values():
            char = None  # like pynput's Key.space: a named key without a character
        elif with_char or (shifted and not action.isalpha()):
            char = action  # a shifted symbol cannot be derived from its key name: sources send it
        else:
            char = None  # letters (shift applied from the modifiers), digits, unshifted symbols
        emit(key, True, char, mods)
        if shifted:
            emit(key, False, char, mods)
            emit("shift", False)
        else:
            down.append(key)
        expected.append(action)
    for key in down:
        emit(key, False)
    return events, "".join(expected)


@given(typing_sessions())
def test_keyboard_typing_reconstructs_the_text(session):
    events, expected = session
    assert reconstruct(events) == expected


@given(typing_sessions(), st.integers(min_value=0, max_value=200))
def test_incremental_text_equals_reconstruction_of_prefix(session, cut):
    events, _ = session
    builder = TypedTextBuilder()
    for event in events[:cut]:
        builder.feed(event)
    assert builder.text == reconstruct(events[:cut])

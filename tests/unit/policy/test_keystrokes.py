"""Keystroke modes: per-app selection and what each mode keeps of a key event."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.core.model import KeyEvent, KeystrokeMode, WindowInfo
from app.policy.rules.keystrokes import KeystrokeRules, apply_mode
from app.policy.rules.typed_text import reconstruct

FULL, MASKED, COUNTS, NONE = KeystrokeMode.FULL, KeystrokeMode.MASKED, KeystrokeMode.COUNTS, KeystrokeMode.NONE
RULES = KeystrokeRules(default=FULL, per_app={"Slack": MASKED, "signal": NONE, "org.gnome.Terminal": COUNTS})


@pytest.mark.parametrize(
    ("window", "mode"),
    [
        (WindowInfo("code", "main.py"), FULL),
        (WindowInfo("slack", "general"), MASKED),
        (WindowInfo("SLACK", "general"), MASKED),
        (WindowInfo("slack.exe", "general"), MASKED),
        (WindowInfo("Signal", "Chats"), NONE),
        (WindowInfo("gnome-terminal-server", "bash", wm_class="org.gnome.Terminal"), COUNTS),
        (WindowInfo("", "", wm_class="Slack"), MASKED),
        # app and class both listed: the stricter wins
        (WindowInfo("slack", "x", wm_class="signal"), NONE),
        (WindowInfo("signal", "x", wm_class="slack"), NONE),
        (WindowInfo("slack", "x", wm_class="org.gnome.Terminal"), COUNTS),
        (WindowInfo("slackware-tool", "x"), FULL),  # whole-name match, not substring
        (WindowInfo("", ""), FULL),
    ],
)
def test_mode_for(window, mode):
    assert RULES.mode_for(window) is mode


def test_override_may_be_less_strict_than_default():
    rules = KeystrokeRules(default=COUNTS, per_app={"code": FULL})
    assert rules.mode_for(WindowInfo("code", "")) is FULL
    assert rules.mode_for(WindowInfo("other", "")) is COUNTS


def test_rules_accept_mode_strings_and_are_immutable_values():
    rules = KeystrokeRules(per_app={"Slack": "masked"})
    assert rules.per_app == {"slack": MASKED}
    with pytest.raises(TypeError):
        rules.per_app["x"] = FULL  # type: ignore[index]
    assert hash(rules) == hash(KeystrokeRules(per_app={"slack": MASKED}))


SHIFT = frozenset({"shift"})
CTRL = frozenset({"ctrl"})


@pytest.mark.parametrize(
    ("event", "mode", "expected"),
    [
        (KeyEvent(1.0, "a", True, "a"), FULL, KeyEvent(1.0, "a", True, "a")),
        (KeyEvent(1.0, "a", True, "A", SHIFT), MASKED, KeyEvent(1.0, "•", True, "•", SHIFT)),
        (KeyEvent(1.5, "a", False, "a"), MASKED, KeyEvent(1.5, "•", False, "•")),
        (KeyEvent(1.0, "7", True, None), MASKED, KeyEvent(1.0, "•", True, "•")),
        (KeyEvent(1.0, "kp_7", True, "7"), MASKED, KeyEvent(1.0, "•", True, "•")),
        (KeyEvent(1.0, "c", True, "c", CTRL), MASKED, KeyEvent(1.0, "•", True, "•", CTRL)),
        (KeyEvent(1.0, "backspace", True), MASKED, KeyEvent(1.0, "backspace", True)),
        (KeyEvent(1.0, "enter", True, "\r"), MASKED, KeyEvent(1.0, "enter", True, "\r")),
        (KeyEvent(1.0, "space", True, None), MASKED, KeyEvent(1.0, "space", True, None)),
        (KeyEvent(1.0, "space", True, " "), MASKED, KeyEvent(1.0, "space", True, " ")),
        (KeyEvent(1.0, "shift", True, None), MASKED, KeyEvent(1.0, "shift", True, None)),
        (KeyEvent(1.0, "left", True, None), MASKED, KeyEvent(1.0, "left", True, None)),
        (KeyEvent(1.0, "a", True, "a", SHIFT), COUNTS, KeyEvent(1.0, "key", True, None)),
        (KeyEvent(2.0, "enter", False), COUNTS, KeyEvent(2.0, "key", False, None)),
        (KeyEvent(1.0, "a", True, "a"), NONE, None),
        (KeyEvent(1.0, "shift", True), NONE, None),
    ],
)
def test_apply_mode(event, mode, expected):
    assert apply_mode(event, mode) == expected


_keys = st.builds(
    KeyEvent,
    t=st.floats(min_value=0, max_value=1e6),
    key=st.sampled_from(["a", "Z", "1", "@", "space", "enter", "backspace", "shift", "tab", "f5"]) | st.text(max_size=3),
    pressed=st.booleans(),
    char=st.none() | st.text(max_size=1),
    modifiers=st.frozensets(st.sampled_from(["shift", "ctrl", "alt"])),
)


@given(st.lists(_keys, max_size=40))
@example([KeyEvent(0.0, "ß", True, None, frozenset({"shift"}))])  # found by Hypothesis: "ß".upper() == "SS"
def test_masked_mode_keeps_shape_and_hides_every_visible_character(events):
    masked = [apply_mode(event, MASKED) for event in events]
    assert [(e.t, e.pressed, e.modifiers) for e in masked] == [(e.t, e.pressed, e.modifiers) for e in events]
    text = reconstruct(masked)
    assert all(char in "• \n\t" for char in text)
    assert len(text) == len(reconstruct(events))  # same count and editing shape


@given(st.lists(_keys, max_size=40))
def test_counts_mode_keeps_only_timing_and_direction(events):
    counted = [apply_mode(event, COUNTS) for event in events]
    assert all(e.key == "key" and e.char is None and not e.modifiers for e in counted)
    assert [(e.t, e.pressed) for e in counted] == [(e.t, e.pressed) for e in events]

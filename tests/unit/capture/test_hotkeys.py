"""The global pause shortcut on Windows (RegisterHotKey over user32 faked at the ctypes level) and
macOS (chords matched on the keyboard tap, with keys shaped as pynput's darwin backend makes them),
the platform factory, and which shortcut applies (command line, employee, policy, default).
X11's grab runs for real in tests/e2e/test_hotkey_e2e.py."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest

from app.capture.hotkey import ShortcutTaken, make_hotkey_listener
from app.capture.macos.hotkey import ChordMatcher, MacHotkeyListener
from app.capture.macos.permissions import MacPermissions
from app.capture.windows.hotkey import MOD_ALT, MOD_CONTROL, MOD_SHIFT, WindowsHotkeyListener
from app.core.hotkey import DEFAULT_PAUSE_HOTKEY, parse_hotkey, pause_shortcut_setting
from tests.helpers.fake_win32 import FakeWindowsDesktop

CTRL_ALT = MOD_CONTROL | MOD_ALT


def test_windows_registers_the_chord_and_calls_back_on_wm_hotkey():
    desk = FakeWindowsDesktop()
    listener = WindowsHotkeyListener(desk.win32())
    pressed = threading.Event()
    listener.start(parse_hotkey(DEFAULT_PAUSE_HOTKEY), pressed.set)
    try:
        assert set(desk.hotkeys) == {(CTRL_ALT, ord("P"))}
        assert not desk.press(MOD_CONTROL, ord("P")), "another chord is not ours"
        assert desk.press(CTRL_ALT, ord("P"))
        assert pressed.wait(5.0)
    finally:
        listener.stop()
    assert desk.hotkeys == {}, "unregistered on stop, on the thread that registered it"


def test_windows_function_keys_and_shift():
    desk = FakeWindowsDesktop()
    listener = WindowsHotkeyListener(desk.win32())
    listener.start(parse_hotkey("Ctrl+Shift+F9"), lambda: None)
    try:
        assert set(desk.hotkeys) == {(MOD_CONTROL | MOD_SHIFT, 0x78)}  # VK_F9
    finally:
        listener.stop()


def test_windows_a_chord_another_application_holds_is_refused():
    desk = FakeWindowsDesktop()
    desk.taken_hotkeys.add((CTRL_ALT, ord("P")))
    with pytest.raises(ShortcutTaken, match=r"Another application already uses Ctrl\+Alt\+P"):
        WindowsHotkeyListener(desk.win32()).start(parse_hotkey("ctrl+alt+p"), lambda: None)


def key(name: str = "", char: str | None = None, vk: int | None = None) -> SimpleNamespace:
    """A key as pynput passes it: Key members have a name; KeyCodes a char and (on macOS) a vk."""
    return SimpleNamespace(name=name or None, char=char, vk=vk)


CTRL, ALT, SHIFT = key("ctrl"), key("alt_l"), key("shift")
P_WITH_OPTION = key(char="π", vk=0x23)  # what Option+P produces on a US layout


def test_macos_chords_match_by_key_code_when_option_changes_the_character():
    matcher = ChordMatcher(parse_hotkey("Ctrl+Alt+P"))
    assert not matcher.press(P_WITH_OPTION), "no modifiers held"
    matcher.release(P_WITH_OPTION)
    matcher.press(CTRL)
    matcher.press(ALT)
    assert matcher.press(P_WITH_OPTION)
    assert not matcher.press(P_WITH_OPTION), "auto-repeat while held fires once"
    matcher.release(P_WITH_OPTION)
    assert matcher.press(key(char="p", vk=0x23))
    matcher.release(key(char="p", vk=0x23))
    matcher.press(SHIFT)
    assert not matcher.press(P_WITH_OPTION), "an extra modifier is another chord"
    matcher.release(SHIFT)
    matcher.release(ALT)
    assert not matcher.press(P_WITH_OPTION)


def test_macos_function_keys_match_by_name():
    matcher = ChordMatcher(parse_hotkey("Ctrl+F9"))
    matcher.press(key("ctrl_r"))
    assert matcher.press(key("f9"))


def test_macos_listener_runs_on_the_keyboard_tap_and_needs_input_monitoring():
    made = {}

    class FakeListener:
        def __init__(self, on_press, on_release):
            made.update(press=on_press, release=on_release, listener=self)
            self.started = self.stopped = False

        def start(self):
            self.started = True

        def stop(self):
            self.stopped = True

        def join(self, timeout=None):
            pass

        def is_alive(self):
            return self.started and not self.stopped

    allowed = MacPermissions(accessibility=False, input_monitoring=True, screen_recording=False)
    listener = MacHotkeyListener(FakeListener, permissions=lambda: allowed)
    presses = []
    listener.start(parse_hotkey("Ctrl+Alt+P"), lambda: presses.append(1))
    made["press"](CTRL)
    made["press"](ALT)
    made["press"](P_WITH_OPTION, False)  # pynput 1.8 passes `injected` too
    made["press"](object())  # an unexpected key object must not stop the listener
    assert presses == [1] and made["listener"].started
    listener.stop()
    assert made["listener"].stopped
    refused = MacPermissions(accessibility=False, input_monitoring=False, screen_recording=True)
    with pytest.raises(ShortcutTaken, match="Input Monitoring"):
        MacHotkeyListener(FakeListener, permissions=lambda: refused).start(parse_hotkey("Ctrl+Alt+P"), lambda: None)


def test_the_factory_picks_each_platforms_listener():
    assert type(make_hotkey_listener({"DISPLAY": ":7"}, "linux")).__name__ == "X11HotkeyListener"
    assert type(make_hotkey_listener({}, "win32", win32=FakeWindowsDesktop().win32())).__name__ == "WindowsHotkeyListener"
    assert type(make_hotkey_listener({}, "darwin")).__name__ == "MacHotkeyListener"
    assert make_hotkey_listener({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert make_hotkey_listener({}, "linux") is None


def test_which_pause_shortcut_applies():
    assert pause_shortcut_setting(None, None, None) == "Ctrl+Alt+P"
    assert pause_shortcut_setting(None, None, "Ctrl+Shift+F9") == "Ctrl+Shift+F9"  # the policy's
    assert pause_shortcut_setting(None, "Alt+F12", "Ctrl+Shift+F9") == "Alt+F12"  # the employee's own
    assert pause_shortcut_setting("Ctrl+Alt+K", "Alt+F12", "Ctrl+Shift+F9") == "Ctrl+Alt+K"

"""Active-window probes: Windows and macOS with faked platform calls, the factory, /proc names."""

from __future__ import annotations

import pytest

from app.capture.event_queue import EventQueue
from app.capture.macos.window import mac_window_probe, read_frontmost
from app.capture.window_probe import DisplayUnsupported, make_window_probe
from app.capture.window_watch import WatchedWindowProbe
from app.capture.windows.window import read_foreground, windows_window_probe
from app.capture.x11.window import X11WindowProbe, process_name
from app.core.model import UNKNOWN_WINDOW, FocusEvent, WindowInfo
from tests.helpers.clock import FakeClock


class FakeWin32:
    def __init__(self):
        self.hwnd = 0x1234
        self.windows = {0x1234: ("Budget.xlsx - Excel", "XLMAIN", 4321, (0, 0, 800, 600)),
                        0x5678: ("KeePassXC", "Qt5QWindowIcon", 0, (1920, 0, 2420, 400))}
        self.images = {4321: r"C:\Program Files\Microsoft Office\EXCEL.EXE"}

    def foreground_window(self):
        return self.hwnd

    def window_text(self, hwnd):
        return self.windows[hwnd][0]

    def window_class(self, hwnd):
        return self.windows[hwnd][1]

    def window_pid(self, hwnd):
        return self.windows[hwnd][2]

    def process_image(self, pid):
        return self.images.get(pid, "")

    def window_rect(self, hwnd):
        return self.windows[hwnd][3]


def test_windows_foreground_window_with_process_name():
    calls = FakeWin32()
    info, bounds = read_foreground(calls)
    assert info == WindowInfo(app="EXCEL.EXE", title="Budget.xlsx - Excel", pid=4321, wm_class="XLMAIN", window_id=0x1234)
    assert bounds == (0, 0, 800, 600)
    calls.hwnd = 0x5678  # no pid readable (elevated process): no process, never a guess
    info, bounds = read_foreground(calls)
    assert (info.app, info.pid, info.title, bounds) == ("", None, "KeePassXC", (1920, 0, 500, 400))
    calls.hwnd = 0
    assert read_foreground(calls) == (UNKNOWN_WINDOW, None)


class FakeMac:
    def __init__(self):
        self.front = ("Safari", 77, "com.apple.Safari")
        self.windows = [
            {"kCGWindowOwnerPID": 5, "kCGWindowLayer": 25, "kCGWindowName": "Menu"},
            {"kCGWindowOwnerPID": 77, "kCGWindowLayer": 0, "kCGWindowName": "Private Browsing",
             "kCGWindowNumber": 901, "kCGWindowBounds": {"X": 10, "Y": 20, "Width": 300, "Height": 200}},
        ]

    def frontmost_app(self):
        return self.front

    def window_list(self):
        return self.windows


def test_macos_frontmost_window():
    calls = FakeMac()
    info, bounds = read_frontmost(calls)
    assert info == WindowInfo(app="Safari", title="Private Browsing", pid=77, wm_class="com.apple.Safari", window_id=901)
    assert bounds == (10, 20, 300, 200)
    calls.windows = []  # no Screen Recording permission: titles unknown, never guessed
    assert read_frontmost(calls) == (WindowInfo("Safari", "", 77, "com.apple.Safari"), None)
    calls.front = None
    assert read_frontmost(calls) == (UNKNOWN_WINDOW, None)


def test_watched_probe_emits_focus_events_only_on_change_and_knows_bounds():
    calls = FakeWin32()
    clock = FakeClock(10.0)
    probe = windows_window_probe(clock, calls=calls)
    events = EventQueue()
    probe._events = events
    probe.poll_once()
    probe.poll_once()  # unchanged: nothing new
    calls.hwnd = 0x5678
    clock.advance(1)
    probe.poll_once()
    items = [events.take(0) for _ in range(len(events))]
    assert [(e.t, e.window.title) for e in items] == [(10.0, "Budget.xlsx - Excel"), (11.0, "KeePassXC")]
    assert probe.bounds_of(0x1234) == (0, 0, 800, 600) and probe.bounds_of(None) is None


def test_watched_probe_thread_wakes_on_notification_and_stops():
    calls = FakeWin32()
    woken = {}

    def notifier(wake):
        woken["wake"] = wake
        return lambda: woken.setdefault("stopped", True)

    probe = WatchedWindowProbe("focus", lambda: read_foreground(calls), FakeClock(), interval_s=60,
                               notifier_factory=notifier)
    events = EventQueue()
    probe.start(events)
    assert isinstance(events.take(1), FocusEvent)
    calls.hwnd = 0x5678
    woken["wake"]()  # the platform hook fired
    assert events.take(5).window.title == "KeePassXC"
    assert probe.failure() is None
    probe.stop()
    assert woken["stopped"]


def test_a_failing_read_is_unknown_focus():
    def broken():
        raise OSError("access denied")

    probe = WatchedWindowProbe("focus", broken, FakeClock())
    events = EventQueue()
    probe._events = events
    probe.poll_once()
    assert events.take(0).window == UNKNOWN_WINDOW


def test_factory_picks_the_platform_probe_lazily():
    clock = FakeClock()
    assert isinstance(make_window_probe(clock, platform="win32", calls=FakeWin32()), WatchedWindowProbe)
    assert isinstance(make_window_probe(clock, platform="darwin", calls=FakeMac()), WatchedWindowProbe)
    assert isinstance(make_window_probe(clock, platform="linux", environ={"DISPLAY": ":5"}), X11WindowProbe)
    with pytest.raises(DisplayUnsupported):
        make_window_probe(clock, platform="linux", environ={"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"})
    with pytest.raises(DisplayUnsupported):
        make_window_probe(clock, platform="linux", environ={})
    assert isinstance(mac_window_probe(clock, calls=FakeMac()), WatchedWindowProbe)


def test_process_name_from_proc(tmp_path):
    (tmp_path / "42").mkdir()
    (tmp_path / "42" / "comm").write_text("keepassxc\n")
    assert process_name(42, tmp_path) == "keepassxc"
    assert process_name(43, tmp_path) == "" and process_name(None, tmp_path) == ""

"""Active-window probes beyond the shared contract (tests/contract): what only one platform has.

Windows runs over user32/kernel32 faked at the ctypes level, macOS over AppKit/Quartz faked at the
pyobjc level; the factory, the watcher's own rules and /proc names need no display.
"""

from __future__ import annotations

import ctypes

import pytest

from app.capture.capture_sources import LOCALLY_STAMPED_MARGIN_S
from app.capture.event_queue import EventQueue, SourceFailure, SourceRecovered
from app.capture.macos.permissions import SCREEN_RECORDING_OFF, input_refusal, read_permissions
from app.capture.macos.window import POLL_S, mac_window_probe, read_frontmost
from app.capture.window_probe import DisplayUnsupported, make_window_probe
from app.capture.window_watch import FocusUnavailable, RecentBounds, WatchedWindowProbe
from app.capture.windows.window import read_foreground, windows_window_probe
from app.capture.x11.window import X11WindowProbe, process_name
from app.core.model import UNKNOWN_WINDOW, FocusEvent, GapReason, WindowInfo
from tests.helpers.clock import FakeClock
from tests.helpers.fake_pyobjc import EXCLUDE_DESKTOP_ELEMENTS, NULL_WINDOW_ID, ON_SCREEN_ONLY, FakeMacDesktop
from tests.helpers.fake_win32 import FakeWindowsDesktop


def drain(events: EventQueue) -> list:
    return [events.take(0) for _ in range(len(events))]


def test_windows_an_elevated_process_has_no_name_and_handles_are_closed():
    desk = FakeWindowsDesktop()
    excel = desk.open("Budget.xlsx - Excel", "XLMAIN", image=r"C:\Program Files\Microsoft Office\EXCEL.EXE",
                      rect=(0, 0, 800, 600))
    info, bounds = read_foreground(desk.win32())
    assert info == WindowInfo(app="EXCEL.EXE", title="Budget.xlsx - Excel", pid=desk.windows[excel].pid,
                              wm_class="XLMAIN", window_id=excel)
    assert bounds == (0, 0, 800, 600) and desk.open_handles == {}, "every OpenProcess handle is closed"
    desk.open("Administrator: Command Prompt", "ConsoleWindowClass", elevated=True)
    info, _ = read_foreground(desk.win32())  # OpenProcess is refused: no process, never a guess
    assert (info.app, info.title, info.wm_class) == ("", "Administrator: Command Prompt", "ConsoleWindowClass")
    desk.foreground = 0
    assert read_foreground(desk.win32()) == (UNKNOWN_WINDOW, None)


def test_windows_long_titles_are_read_whole_through_the_ctypes_buffer():
    desk = FakeWindowsDesktop()
    title = "Ünïcode — " + "x" * 600
    desk.open(title, "Chrome_WidgetWin_1")
    assert read_foreground(desk.win32())[0].title == title


def test_windows_calls_are_checked_against_their_c_signatures():
    desk = FakeWindowsDesktop()
    user32 = desk.win32().user32
    with pytest.raises(ctypes.ArgumentError):
        user32.GetWindowRect(0x1000, ctypes.byref(ctypes.c_int()))  # an int* where RECT* is declared


def test_windows_probe_refuses_to_run_without_its_focus_hook():
    desk = FakeWindowsDesktop()
    desk.open("Inbox", "Mailer")
    win32 = desk.win32()
    hook = win32.user32.SetWinEventHook
    win32.user32.SetWinEventHook = ctypes.CFUNCTYPE(hook.restype, *hook.argtypes)(lambda *args: 0)  # NULL: refused
    probe = windows_window_probe(FakeClock(), win32)
    with pytest.raises(FocusUnavailable, match="SetWinEventHook"):
        probe.start(EventQueue())
    probe.stop()


def test_macos_lists_on_screen_windows_and_takes_the_frontmost_apps_normal_window():
    desk = FakeMacDesktop()
    safari = desk.open("Private Browsing", "Safari", "com.apple.Safari", bounds=(10, 20, 300, 200))
    frameworks = desk.frameworks()
    info, bounds = read_frontmost(frameworks)
    assert info == WindowInfo(app="Safari", title="Private Browsing", pid=desk._window(safari).pid,
                              wm_class="com.apple.Safari", window_id=safari)
    assert bounds == (10, 20, 300, 200)
    assert desk.list_calls[-1] == (ON_SCREEN_ONLY | EXCLUDE_DESKTOP_ELEMENTS, NULL_WINDOW_ID)
    desk.frontmost = None
    assert read_frontmost(frameworks) == (UNKNOWN_WINDOW, None)


def test_macos_without_screen_recording_the_focus_is_unknown_and_the_gap_says_why():
    desk = FakeMacDesktop()
    desk.open("Online banking", "Safari")
    desk.screen_recording = False  # titles would be "": title exclusions could not match
    clock = FakeClock(5.0)
    probe = mac_window_probe(clock, desk.frameworks())
    events = EventQueue()
    probe._events = events
    probe.poll_once()
    failure, focus = drain(events)
    assert failure == SourceFailure(5.0, "focus", SCREEN_RECORDING_OFF, GapReason.FOCUS_UNKNOWN)
    assert focus == FocusEvent(5.0, UNKNOWN_WINDOW)
    probe.poll_once()
    assert drain(events) == [], "reported once"
    desk.screen_recording = True
    clock.advance(1)
    probe.poll_once()
    recovered, focus = drain(events)
    assert recovered == SourceRecovered(6.0, "focus") and focus.window.title == "Online banking"


def test_macos_input_needs_input_monitoring_or_accessibility():
    desk = FakeMacDesktop()
    assert input_refusal(read_permissions(desk.frameworks())) is None
    desk.input_monitoring = False
    assert input_refusal(read_permissions(desk.frameworks())) is None  # Accessibility alone suffices
    desk.accessibility = False
    message, hint = input_refusal(read_permissions(desk.frameworks()))
    assert "monitor input" in message and "Input Monitoring" in hint


def test_a_polled_probes_latency_becomes_the_exclusion_margin():
    desk = FakeMacDesktop()
    probe = mac_window_probe(FakeClock(), desk.frameworks())
    assert probe.latency_s == POLL_S > LOCALLY_STAMPED_MARGIN_S
    assert POLL_S < 0.25, "below the pipeline's reorder hold, so held focus events cover the margin"


def test_watched_probe_emits_focus_events_only_on_change_and_knows_bounds():
    desk = FakeWindowsDesktop()
    first = desk.open("Budget.xlsx - Excel", "XLMAIN", rect=(0, 0, 800, 600))
    clock = FakeClock(10.0)
    probe = WatchedWindowProbe("focus", lambda: read_foreground(desk.win32()), clock)
    events = EventQueue()
    probe._events = events
    probe.poll_once()
    probe.poll_once()  # unchanged: nothing new
    desk.open("KeePassXC", "Qt5QWindowIcon")
    clock.advance(1)
    probe.poll_once()
    assert [(e.t, e.window.title) for e in drain(events)] == [(10.0, "Budget.xlsx - Excel"), (11.0, "KeePassXC")]
    assert probe.bounds_of(first) == (0, 0, 800, 600) and probe.bounds_of(None) is None


def test_a_day_of_new_windows_keeps_only_the_recent_windows_bounds():
    desk = FakeWindowsDesktop()
    clock = FakeClock(10.0)
    probe = WatchedWindowProbe("focus", lambda: read_foreground(desk.win32()), clock)
    probe._events = EventQueue()
    opened = []
    for n in range(500):  # each window focused once, then closed, as dialogs are
        opened.append(desk.open(f"Dialog {n}", "#32770", rect=(n, 0, n + 400, 300)))
        clock.advance(1)
        probe.poll_once()
        desk.close(opened[-1])
    assert len(probe._bounds) == 32
    assert probe.bounds_of(opened[-1]) == (499, 0, 400, 300) and probe.bounds_of(opened[-32]) == (468, 0, 400, 300)
    assert probe.bounds_of(opened[-33]) is None and probe.bounds_of(opened[0]) is None


def test_recent_bounds_keeps_a_window_focused_again_among_the_recent():
    bounds = RecentBounds(limit=3)
    for window in (1, 2, 3):
        bounds.note(window, (window, 0, 10, 10))
    bounds.note(1, (5, 5, 10, 10))  # focused again: now the newest, with where it is now
    bounds.note(4, (4, 0, 10, 10))
    assert [bounds.get(w) for w in (1, 2, 3, 4)] == [(5, 5, 10, 10), None, (3, 0, 10, 10), (4, 0, 10, 10)]
    assert len(bounds) == 3 and bounds.get(None) is None and bounds.get(0) is None


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
    windows = make_window_probe(clock, platform="win32", win32=FakeWindowsDesktop().win32())
    assert isinstance(windows, WatchedWindowProbe) and windows.latency_s == 0.0
    mac = make_window_probe(clock, platform="darwin", mac=FakeMacDesktop().frameworks())
    assert isinstance(mac, WatchedWindowProbe) and mac.latency_s == POLL_S
    assert isinstance(make_window_probe(clock, platform="linux", environ={"DISPLAY": ":5"}), X11WindowProbe)
    with pytest.raises(DisplayUnsupported):
        make_window_probe(clock, platform="linux", environ={"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"})
    with pytest.raises(DisplayUnsupported):
        make_window_probe(clock, platform="linux", environ={})


def test_process_name_from_proc(tmp_path):
    (tmp_path / "42").mkdir()
    (tmp_path / "42" / "comm").write_text("keepassxc\n")
    assert process_name(42, tmp_path) == "keepassxc"
    assert process_name(43, tmp_path) == "" and process_name(None, tmp_path) == ""

"""The mss source over a scripted screen: monitor choice, thread ownership, grab errors."""

from __future__ import annotations

import threading

import pytest

from app.capture.screen_source import Monitor, ScreenSource, ScreenUnavailable, monitor_for
from tests.helpers.scripted_source import ScriptedScreen, scripted_screen_source

LEFT, RIGHT = Monitor(0, 0, 1920, 1080), Monitor(1920, 0, 2560, 1440)


def test_the_monitor_holding_the_active_window_is_chosen():
    assert monitor_for([LEFT, RIGHT], (2000, 100, 800, 600)) == RIGHT
    assert monitor_for([LEFT, RIGHT], (100, 100, 800, 600)) == LEFT
    assert monitor_for([LEFT, RIGHT], None) == LEFT
    assert monitor_for([LEFT, RIGHT], (-5000, 0, 10, 10)) == LEFT


def test_grab_returns_raw_pixels_of_the_monitor():
    screen = ScriptedScreen(paint=lambda: (255, 0, 0), monitors=[(0, 0, 4, 2), (4, 0, 2, 2)])
    source = scripted_screen_source(screen)
    assert source.monitors() == [Monitor(0, 0, 4, 2), Monitor(4, 0, 2, 2)]
    shot = source.grab(Monitor(4, 0, 2, 2), t=3.0)
    assert (shot.width, shot.height, shot.t) == (2, 2, 3.0)
    assert bytes(shot.bgra[:4]) == bytes((0, 0, 255, 255))  # BGRA


def test_the_instance_belongs_to_the_thread_that_made_it():
    source = scripted_screen_source(ScriptedScreen())
    source.monitors()
    failures = []
    thread = threading.Thread(target=lambda: failures.append(pytest.raises(RuntimeError, source.monitors)))
    thread.start()
    thread.join()
    assert failures


def test_a_failed_grab_is_a_known_error_and_reported():
    screen = ScriptedScreen()
    screen.fail_with = OSError("XGetImage failed")
    source = scripted_screen_source(screen)
    with pytest.raises(ScreenUnavailable):
        source.grab(source.monitors()[0], 0.0)
    assert source.failure() == "screen grab failed (OSError)"


def test_no_display_no_mss():
    source = ScreenSource(environ={}, mss_factory=lambda: pytest.fail("mss must not be created"))
    with pytest.raises(ScreenUnavailable):
        source.monitors()

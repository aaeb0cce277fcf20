"""The recorder's composition: its pipeline knows the windows of this profile's Airlock UI processes."""

from __future__ import annotations

import os

from app.capture.health import CaptureHealth
from app.commands.recorder import Recorder
from app.core.model import WindowInfo
from app.policy.file.parser import default_policy
from app.policy.rules.pause import PauseState
from tests.helpers.clock import FakeClock
from tests.unit.control.test_ui_presence import _holder, _paths


def _recorder(tmp_path, paths=None) -> Recorder:
    return Recorder(object(), default_policy(tmp_path), FakeClock(1_700_000_000.0), PauseState(), CaptureHealth(),
                    paths=paths)


def _window(pid: int) -> WindowInfo:
    return WindowInfo(app="python3", title="Review captures — Airlock", pid=pid, wm_class="Airlock", window_id=5)


def test_a_review_process_of_the_recorders_profile_is_airlock_and_its_own_process_too(tmp_path):
    child = _holder(tmp_path / "profile")
    try:
        mine = _recorder(tmp_path, _paths(tmp_path / "profile"))
        other_profile = _recorder(tmp_path, _paths(tmp_path / "elsewhere"))
        assert mine.own_windows.owns(_window(child.pid))
        assert not other_profile.own_windows.owns(_window(child.pid))
        assert mine.own_windows.owns(_window(os.getpid())) and other_profile.own_windows.owns(_window(os.getpid()))
    finally:
        child.communicate("", timeout=60)
    assert not mine.own_windows.owns(_window(child.pid))  # the review window closed: its pid is nobody's

"""The presence lock of processes that show Airlock windows, as the recorder reads it.

Real processes: a child holds its presence the way `airlock review` does, and is then killed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from app.control.ui_presence import UiPresence, UiRegistry
from app.core.errors import KnownError
from app.core.paths import Paths

HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from app.control.ui_presence import UiPresence
    from app.core.paths import Paths

    root = Path(sys.argv[1])
    presence = UiPresence(Paths(data_dir=root, log_dir=root / "logs", run_dir=root / "run")).hold()
    print("held", flush=True)
    sys.stdin.read()  # until the test closes stdin (or kills us)
    presence.release()
    print("released", flush=True)
""")


def _paths(root) -> Paths:
    return Paths(data_dir=root, log_dir=root / "logs", run_dir=root / "run")


def _holder(root) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(root)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, cwd=os.getcwd())
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_a_live_process_holding_its_presence_shows_airlock_windows_until_it_releases(tmp_path):
    registry = UiRegistry(_paths(tmp_path))
    child = _holder(tmp_path)
    try:
        assert registry.shows_airlock_windows(child.pid)
        assert not registry.shows_airlock_windows(os.getpid())  # another process: not announced
        out, _ = child.communicate("", timeout=60)
        assert out.strip() == "released"
        assert not registry.shows_airlock_windows(child.pid)
        assert not (tmp_path / "run" / "ui" / f"{child.pid}.lock").exists()
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate(timeout=60)


def test_a_killed_process_leaves_no_live_presence_so_a_reused_pid_is_not_taken_for_airlock(tmp_path):
    registry = UiRegistry(_paths(tmp_path))
    child = _holder(tmp_path)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    assert (tmp_path / "run" / "ui" / f"{child.pid}.lock").exists()  # left behind by the crash
    assert not registry.shows_airlock_windows(child.pid)  # but nobody holds it


def test_presence_is_per_profile_and_the_directories_are_private(tmp_path):
    mine, other = tmp_path / "mine", tmp_path / "other"
    with UiPresence(_paths(mine)):
        assert UiRegistry(_paths(mine)).shows_airlock_windows(os.getpid())  # held by this process's other open file
        assert not UiRegistry(_paths(other)).shows_airlock_windows(os.getpid())
        for directory in (mine / "run", mine / "run" / "ui"):
            assert directory.stat().st_mode & 0o777 == 0o700
        assert (mine / "run" / "ui" / f"{os.getpid()}.lock").stat().st_mode & 0o777 == 0o600
    assert not UiRegistry(_paths(mine)).shows_airlock_windows(os.getpid())


def test_a_window_that_cannot_be_marked_is_refused_with_a_reason(tmp_path):
    """Where the mark cannot be made, the window is not shown at all (a recording could capture it)."""
    (tmp_path / "run").write_text("not a directory")
    with pytest.raises(KnownError, match="Airlock's own"):
        UiPresence(_paths(tmp_path)).hold()

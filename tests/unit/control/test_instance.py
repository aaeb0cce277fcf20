"""One Airlock per profile: the lock names its holder and dies with it."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap

import pytest

from app.control.instance import AlreadyRunning, InstanceLock, holder


def test_a_second_acquire_names_the_holder(data_dir):
    first = InstanceLock(data_dir.instance_lock)
    first.acquire("desktop")
    try:
        with pytest.raises(AlreadyRunning) as running:
            InstanceLock(data_dir.instance_lock).acquire("headless")
        assert (running.value.pid, running.value.mode) == (os.getpid(), "desktop")
        assert f"pid {os.getpid()}" in running.value.message
        assert holder(data_dir) == (os.getpid(), "desktop")
        assert stat.S_IMODE(os.stat(data_dir.instance_lock).st_mode) == 0o600
    finally:
        first.release()
    assert holder(data_dir) is None
    with InstanceLock(data_dir.instance_lock) as again:
        again.acquire("cli")
        assert again.held


def test_the_lock_is_released_when_its_process_dies(data_dir):
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(os.getcwd())!r})
        from app.core.paths import resolve_paths
        from app.control.instance import InstanceLock
        InstanceLock(resolve_paths({str(data_dir.data_dir)!r}).instance_lock).acquire("headless")
        print("held", flush=True)
        time.sleep(60)
    """)
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "held"
        assert holder(data_dir) == (process.pid, "headless")
        process.send_signal(signal.SIGKILL)  # a crash: no release, no cleanup
        process.wait(10)
        assert holder(data_dir) is None
    finally:
        process.kill()
        process.wait()
        process.stdout.close()

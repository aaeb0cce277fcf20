"""The real scan child (`airlock scan-worker`) started by the real supervisor over a real vault:
it runs at idle priority as a whole process, has the key only from its stdin (not in its command
line or environment), reads what waits with the real OCR engine, reports progress, waits while the
recorder says capture is paused, and ends when the recorder closes the pipe."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app.commands.scanning import BackgroundScan, child_command, engine_missing
from app.policy.file.parser import default_policy
from app.scan.channel import Activity
from tests.e2e.harness.waiting import wait_until
from tests.unit.scan.test_worker import add_segment

pytestmark = pytest.mark.skipif(bool(engine_missing()), reason="needs the OCR engine (tools/system-deps.sh test)")


def _sched(pid: int) -> tuple[int, int]:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[16]), int(fields[38])  # nice, scheduling policy (5: SCHED_IDLE)


def test_the_child_reads_at_idle_priority_with_the_key_from_its_pipe_and_stops_with_the_recorder(
        data_dir, vault_handle, vault_conn, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parents[3]))
    add_segment(vault_conn, frames=2)
    activity = [Activity(None, True)]  # paused: the child waits and says so
    progress: list[str] = []
    scan = BackgroundScan(vault_handle, default_policy(data_dir.data_dir), data_dir.data_dir, lambda: activity[0],
                          lambda p: progress.append(scan.progress))
    scan.start()
    try:
        wait_until(lambda: "Reading screenshots: 0 of 2 (waiting: capture is paused)" in progress, 120,
                   message="the child to wait for the pause")
        pid = scan.supervisor.pid
        assert pid is not None and pid != os.getpid()
        if sys.platform.startswith("linux"):
            assert _sched(pid) == (19, 5)
            assert {_sched(int(task.name)) for task in Path(f"/proc/{pid}/task").iterdir()} == {(19, 5)}
            key = vault_handle.for_child()[1]
            for exposed in ("cmdline", "environ"):
                text = Path(f"/proc/{pid}/{exposed}").read_bytes()
                assert key.hex().encode() not in text and key not in text, exposed
            assert Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[-2:] == [b"scan-worker", b""]
        assert vault_conn.execute("SELECT count(*) FROM frame_reads").fetchone()[0] == 0
        activity[0] = Activity(None, False)
        wait_until(lambda: "Screenshots read: 2 of 2" in progress, 120, message="both frames read")
        assert vault_conn.execute("SELECT count(*) FROM frame_reads").fetchone()[0] == 2
    finally:
        scan.stop()
    assert scan.supervisor.pid is None and scan.supervisor.restarts == 0
    assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]


def test_the_child_is_this_program_on_this_profile_and_nothing_secret(tmp_path):
    argv = child_command(tmp_path)
    assert argv[-3:] == ["--data-dir", str(tmp_path), "scan-worker"]
    assert argv[0] == sys.executable


def test_no_child_when_scanning_is_off(data_dir, vault_handle):
    import dataclasses

    from app.commands.scanning import start_background_scan

    policy = default_policy(data_dir.data_dir)
    off = dataclasses.replace(policy, scan=dataclasses.replace(policy.scan, enabled=False))  # what --no-scan does
    assert start_background_scan(vault_handle, off, data_dir.data_dir, lambda: Activity(None, False)) is None

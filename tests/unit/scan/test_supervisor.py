"""The scan child's supervision, with a stand-in child (tests/helpers/fake_scan_child.py: a real
process on the real channel): the hello first, the recorder's activity only when it changes,
progress back, a stop that ends the child (or kills a stubborn one), a death reported in words and
followed by a new child, no restart when the engine is missing, the backoff."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.scan.channel import Activity, Hello
from app.scan.supervisor import Backoff, ScanChildSupervisor
from app.scan.worker import ScanProgress, describe
from tests.e2e.harness.waiting import wait_until

FAKE_CHILD = Path(__file__).resolve().parents[2] / "helpers" / "fake_scan_child.py"
KEY = bytes(range(32))
HELLO = Hello("/profile/vault.db", KEY, 0.5, 70, {"health": ["Klinikum Nord"]})


class Rig:
    def __init__(self, tmp_path: Path, *modes: str, **options) -> None:
        self.log = tmp_path / "child"
        self.children: list[subprocess.Popen] = []
        self.progress: list[ScanProgress] = []
        self.activity = Activity(None, False)
        self.supervisor = ScanChildSupervisor(self._spawn, HELLO, lambda: self.activity, self.progress.append,
                                              tick_s=0.01, **options)
        self.modes = modes

    def _spawn(self) -> subprocess.Popen:
        child = subprocess.Popen([sys.executable, str(FAKE_CHILD), str(self.log), *self.modes],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.children.append(child)
        return child

    def lines(self, start: int) -> list[dict]:
        path = Path(f"{self.log}.{start}")
        return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []

    def __enter__(self) -> Rig:
        self.supervisor.start()
        return self

    def __exit__(self, *exc) -> None:
        self.supervisor.stop()
        for child in self.children:
            if child.poll() is None:
                child.kill()
                child.wait()


def test_the_hello_goes_first_then_activity_only_when_it_changes_and_stop_ends_the_child(tmp_path):
    with Rig(tmp_path, "serve") as rig:
        wait_until(lambda: any(p.counts.read == 1 for p in rig.progress), 60, message="the first activity answered")
        rig.activity = Activity(1000.5, False)
        wait_until(lambda: any(p.counts.read == 2 for p in rig.progress), 60, message="the new input time")
        rig.activity = Activity(1000.5, True)
        wait_until(lambda: any(p.waiting_because == "capture is paused" for p in rig.progress), 60,
                   message="the pause")
        child = rig.children[0]
        assert rig.supervisor.pid == child.pid
        rig.supervisor.stop()
        assert child.poll() is not None and child.returncode == 0
    first = rig.lines(0)
    assert first[0]["hello"] == ["/profile/vault.db", KEY.hex(), 0.5, 70, {"health": ["Klinikum Nord"]}]
    assert KEY.hex() not in " ".join(first[0]["argv"])  # the key travels over the pipe only
    # Hundreds of ticks, three changes: three activity messages, then the end of stdin as the stop.
    assert [line.get("activity") for line in first[1:-1]] == [[None, False], [1000.5, False], [1000.5, True]]
    assert first[-1] == {"ended": "end of stdin"}
    assert len(rig.children) == 1 and rig.supervisor.restarts == 0


def test_a_child_that_dies_is_reported_without_content_and_started_again(tmp_path):
    with Rig(tmp_path, "die", "serve", backoff=Backoff([0.0])) as rig:
        wait_until(lambda: rig.lines(1), 60, message="a second child")
        wait_until(lambda: any(p.counts.read == 1 for p in rig.progress), 60, message="the second child's progress")
        ended = [p for p in rig.progress if p.ended]
        assert [p.ended for p in ended] == ["signal 9"]
        assert describe(ended[0]) == "Reading screenshots stopped (ended by signal 9); starting again"
        assert rig.supervisor.restarts == 1 and rig.supervisor.pid == rig.children[1].pid
        assert ended[0].restarts == 0 and rig.progress[-1].restarts == 1  # the status counts it from then on
        assert rig.children[0].returncode == -9
        assert rig.lines(1)[0]["hello"][1] == KEY.hex()  # the new child opens the vault the same way


def test_no_engine_is_said_once_and_no_child_is_started_again(tmp_path):
    with Rig(tmp_path, "no-engine", backoff=Backoff([0.0])) as rig:
        wait_until(lambda: rig.progress and rig.progress[-1].unavailable, 60, message="the reason")
        rig.supervisor._thread.join(60)  # the supervisor ended on its own
        assert not rig.supervisor._thread.is_alive()
    assert len(rig.children) == 1 and rig.children[0].returncode == 3
    assert describe(rig.progress[-1]) == "Screenshots are not read: no Tesseract models found"


def test_a_child_that_does_not_stop_when_asked_is_killed(tmp_path):
    with Rig(tmp_path, "stubborn", stop_grace_s=0.5) as rig:
        wait_until(lambda: rig.progress, 60, message="the child to start")
        rig.supervisor.stop()
        child = rig.children[0]
        assert child.poll() == -9
        assert rig.lines(0)[-1] == {"ignored": "end of stdin"}


@pytest.mark.parametrize(("runs", "delays"), [
    ([1, 1, 1, 1, 1, 1], [2, 5, 15, 60, 300, 300]),  # dying early, again and again: longer each time
    ([1, 1, 400, 1], [2, 5, 2, 5]),  # a child that ran for a while starts the steps afresh
])
def test_the_backoff_grows_while_children_die_early(runs, delays):
    backoff = Backoff()
    assert [backoff.after_death(ran) for ran in runs] == delays

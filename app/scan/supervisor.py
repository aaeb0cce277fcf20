"""The scan worker as a child process of the recorder, kept running while the recorder runs.

Why a child: OCR's memory (Tesseract's models, decoded full-size frames) is then not the
recorder's, and a crash in the engine (a segfault, the OOM killer) ends the child, not capture.
The supervisor starts the child at the lowest priority (`spawn_low_priority`), hands it `Hello`
over its stdin (the vault key travels only there), tells it the time of the last input and the
pause once a tick when they change, and turns its progress lines into `ScanProgress`. If the
child dies it says so (the exit code or signal, nothing else) and starts it again after a backoff
that grows while the child keeps dying early; a child that cannot read at all (`NoEngine`) is not
started again. `stop()` closes the child's stdin, which asks it to finish, and kills it if it does
not within `stop_grace_s`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import IO, Protocol

from app.core.log_guard import safe
from app.core.screen_text import ScanCounts
from app.scan.channel import (
    NO_ENGINE_EXIT,
    Activity,
    ChannelBroken,
    Hello,
    NoEngine,
    Progress,
    decode,
    encode,
)
from app.scan.worker import ScanProgress

log = logging.getLogger("airlock.scan")

BACKOFF_S = (2.0, 5.0, 15.0, 60.0, 300.0)  # after the 1st, 2nd, ... early death in a row
HEALTHY_AFTER_S = 300.0  # a child that ran this long starts the backoff afresh when it dies
TICK_S = 1.0  # how often the recorder's activity is looked at (and sent if it changed)
STOP_GRACE_S = 3.0  # the child finishes its frame; a kill is safe too (transactions), and capture must not wait


class Child(Protocol):
    """What the supervisor needs of a started child (subprocess.Popen with stdin and stdout pipes)."""

    pid: int
    stdin: IO[bytes] | None
    stdout: IO[bytes] | None

    def poll(self) -> int | None: ...

    def wait(self, timeout: float | None = None) -> int: ...

    def kill(self) -> None: ...


def spawn_low_priority(argv: Sequence[str]) -> subprocess.Popen[bytes]:
    """Start `argv` with pipes for stdin and stdout (stderr is shared) at the lowest priority:
    Linux: SCHED_IDLE and nice 19 for the whole child (set here at once, and again by the child);
    Windows: IDLE_PRIORITY_CLASS; macOS and other Unixes: nice 19 (the child sets it on itself)."""
    if sys.platform == "win32":
        flags = subprocess.IDLE_PRIORITY_CLASS | subprocess.CREATE_NO_WINDOW
        return subprocess.Popen(list(argv), stdin=subprocess.PIPE, stdout=subprocess.PIPE, creationflags=flags)
    child = subprocess.Popen(list(argv), stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):  # the child lowers itself too: this covers its start-up
            os.sched_setscheduler(child.pid, os.SCHED_IDLE, os.sched_param(0))
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, child.pid, 19)
    return child


class Backoff:
    """How long to wait before the next child: longer after each death in a row that came early,
    back to the first step once a child ran `healthy_after_s`."""

    def __init__(self, steps_s: Sequence[float] = BACKOFF_S, healthy_after_s: float = HEALTHY_AFTER_S) -> None:
        self._steps_s, self._healthy_after_s = tuple(steps_s), healthy_after_s
        self._early = 0

    def after_death(self, ran_s: float) -> float:
        if ran_s >= self._healthy_after_s:
            self._early = 0
        delay = self._steps_s[min(self._early, len(self._steps_s) - 1)]
        self._early += 1
        return delay


def ended_how(code: int) -> str:
    """"signal 9" or "exit code 1": how a child ended, in words without content."""
    return f"signal {-code}" if code < 0 else f"exit code {code}"


class ScanChildSupervisor:
    """See the module docstring. `start()` once, `stop()` once (idempotent). `pid` is the running
    child's (None between children); `restarts` counts the children started after a death."""

    def __init__(self, spawn: Callable[[], Child], hello: Hello, activity: Callable[[], Activity],
                 on_progress: Callable[[ScanProgress], None], *, backoff: Backoff | None = None,
                 tick_s: float = TICK_S, stop_grace_s: float = STOP_GRACE_S) -> None:
        self._spawn, self._hello, self._activity, self._on_progress = spawn, hello, activity, on_progress
        self._backoff = backoff if backoff is not None else Backoff()
        self._tick_s, self._stop_grace_s = tick_s, stop_grace_s
        self._stopping = threading.Event()
        self._wake = threading.Event()  # stop(), or a child's stdout ended
        self._thread: threading.Thread | None = None
        self._counts = ScanCounts(0, 0)  # the last counts a child reported
        self.pid: int | None = None
        self.restarts = 0
        self.unavailable = ""  # why screenshots cannot be read here at all (then no child runs)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._supervise, name="airlock-scan-supervisor", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 60.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    # -- one child after another --------------------------------------------------------------

    def _supervise(self) -> None:
        while not self._stopping.is_set():
            started = time.monotonic()
            code = self._run_one()
            if code is None or self._stopping.is_set():
                return  # stopped by the recorder
            if code == NO_ENGINE_EXIT and self.unavailable:
                log.warning("screenshots are not read: no OCR engine")
                self._on_progress(ScanProgress(self._counts, unavailable=self.unavailable, restarts=self.restarts))
                return
            delay = self._backoff.after_death(time.monotonic() - started)
            how = ended_how(code)
            log.warning("the scan worker ended (%s); starting it again in %.0f s", safe(how), delay)
            self._on_progress(ScanProgress(self._counts, ended=how, restarts=self.restarts))
            if self._stopping.wait(delay):
                return
            self.restarts += 1

    def _run_one(self) -> int | None:
        """Run one child until it ends (-> its exit code) or the recorder stops (-> None)."""
        try:
            child = self._spawn()
        except OSError as exc:
            log.error("the scan worker could not start: %s", safe(type(exc).__name__))
            return 127
        self.pid = child.pid
        self._wake.clear()
        reader = threading.Thread(target=self._read, args=(child,), name="airlock-scan-reader", daemon=True)
        reader.start()
        sent: Activity | None = None
        try:
            self._send(child, self._hello)
            while not self._stopping.is_set() and child.poll() is None:
                activity = self._activity()
                if activity != sent and self._send(child, activity):
                    sent = activity
                self._wake.wait(self._tick_s)
                self._wake.clear()
            if self._stopping.is_set():
                self._finish(child)
                return None
            return child.wait()
        finally:
            reader.join(self._stop_grace_s)  # the child is gone: its stdout ends
            for stream in (child.stdin, child.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError, ValueError):
                        stream.close()
            self.pid = None

    def _send(self, child: Child, message: Hello | Activity) -> bool:
        try:
            assert child.stdin is not None
            child.stdin.write(encode(message))
            child.stdin.flush()
            return True
        except (OSError, ValueError):  # the child is gone (its death is seen by poll)
            return False

    def _read(self, child: Child) -> None:
        assert child.stdout is not None
        try:
            for line in child.stdout:
                try:
                    message = decode(line)
                except ChannelBroken as broken:
                    log.error("the scan worker said something unexpected (%s): stopping it", safe(str(broken)))
                    child.kill()
                    return
                if isinstance(message, Progress):
                    self._counts = message.counts
                    self._on_progress(ScanProgress(message.counts, message.waiting_because, message.done,
                                                   restarts=self.restarts))
                elif isinstance(message, NoEngine):
                    self.unavailable = message.reason
        except (OSError, ValueError):
            pass  # the pipe went away with the child
        finally:
            self._wake.set()

    def _finish(self, child: Child) -> None:
        """Ask the child to stop (its stdin ends), then wait; kill it if it does not end in time."""
        with contextlib.suppress(OSError, ValueError):
            assert child.stdin is not None
            child.stdin.close()
        try:
            child.wait(self._stop_grace_s)
        except subprocess.TimeoutExpired:
            log.warning("the scan worker did not stop in time: killed")
            child.kill()
            child.wait()

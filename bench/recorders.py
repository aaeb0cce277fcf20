"""The two recorders under test, as child processes: Airlock's real headless recorder and the floor.

Both are started the same way (their own process group, output to a log file in the bench's work
dir), report readiness on a pipe, and are stopped with SIGTERM so they flush what they hold.
"""

from __future__ import annotations

import json
import os
import re
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench import store_stats

ROOT = Path(__file__).resolve().parents[1]
READY_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 30.0


def file_name(recorder_name: str) -> str:
    """"airlock+text-30s", "airlock@/work/old": a name for the recorder's files in the work dir."""
    return re.sub(r"[^\w.-]+", "-", recorder_name)


class RecorderError(RuntimeError):
    """A recorder did not start, or died: the bench says which and where its log is."""


class RecorderProcess:
    """One recorder child process; subclasses say how to start it and read what it stored."""

    name = "recorder"
    ready_marker = b""  # a line holding this (on the ready stream) means "hooks running"

    def __init__(self, workdir: Path, env: dict[str, str], root: Path = ROOT) -> None:
        self.workdir = workdir
        self.root = root  # the checkout whose code runs (the soak measures another commit's too)
        self.env = {**env, "PYTHONPATH": str(root), "PYTHONUNBUFFERED": "1"}
        self.process: subprocess.Popen | None = None
        self._log = None
        self.runs = 0

    def argv(self) -> list[str]:
        raise NotImplementedError

    @property
    def log_path(self) -> Path:
        return self.workdir / f"{file_name(self.name)}.log"

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def start(self) -> None:
        """Start the recorder and return once it says its hooks run (RecorderError otherwise)."""
        self.runs += 1
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self._log.write(f"--- run {self.runs} ---\n".encode())
        self._log.flush()
        read_fd, write_fd = os.pipe()
        stdout, stderr = self._streams(write_fd)
        self.process = subprocess.Popen(self.argv(), cwd=self.root, env=self.env, stdout=stdout, stderr=stderr,
                                        stdin=subprocess.DEVNULL, start_new_session=True)
        os.close(write_fd)
        try:
            self._wait_ready(read_fd)
        except BaseException:
            os.close(read_fd)
            self.stop()
            raise
        # Keep draining the pipe into the log: a closed pipe would break the child's later output.
        self._drain = threading.Thread(target=self._copy_to_log, args=(read_fd,), daemon=True)
        self._drain.start()

    def _copy_to_log(self, fd: int) -> None:
        log = self._log
        try:
            while chunk := os.read(fd, 4096):
                log.write(chunk)
                log.flush()
        except (OSError, ValueError):
            pass  # the log was closed after a kill
        finally:
            os.close(fd)

    def _streams(self, write_fd: int):
        """(stdout, stderr) for the child: the ready marker arrives on the pipe, the rest in the log."""
        return write_fd, self._log

    def _wait_ready(self, fd: int) -> None:
        deadline = time.monotonic() + READY_TIMEOUT_S
        seen = b""
        while self.ready_marker not in seen:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise RecorderError(f"{self.name} did not report ready in {READY_TIMEOUT_S:.0f} s (log: {self.log_path})")
            readable, _, _ = select.select([fd], [], [], min(remaining, 1.0))
            if readable:
                chunk = os.read(fd, 4096)
                if not chunk:
                    code = self.process.wait(10)
                    raise RecorderError(f"{self.name} exited with {code} before it was ready (log: {self.log_path})")
                seen += chunk
                self._log.write(chunk)
                self._log.flush()

    def stop(self) -> int | None:
        """SIGTERM, wait for the flush; SIGKILL if it hangs. Returns the exit code."""
        process, self.process = self.process, None
        code = None
        if process is not None:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
            try:
                code = process.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                code = process.wait(10)
                self._note(f"{self.name} did not stop within {STOP_TIMEOUT_S:.0f} s after SIGTERM: killed")
        if getattr(self, "_drain", None) is not None:
            self._drain.join(10)
            self._drain = None
        if self._log is not None:
            self._log.close()
            self._log = None
        return code

    def _note(self, text: str) -> None:
        with open(self.log_path, "ab") as log:
            log.write(f"[bench] {text}\n".encode())

    def report(self, windows: list[tuple[float, float]]) -> dict:
        """What the store holds now: {"used_bytes": n, "windows": [WindowStats as dict, ...]}."""
        raise NotImplementedError


class FloorProcess(RecorderProcess):
    """`python -m bench.floor_recorder` writing a plain sqlite file."""

    name = "floor"
    ready_marker = b"ready"

    def __init__(self, workdir: Path, env: dict[str, str]) -> None:
        super().__init__(workdir, env)
        self.db_path = workdir / "floor.sqlite"

    def argv(self) -> list[str]:
        return [sys.executable, "-m", "bench.floor_recorder", "--db", str(self.db_path)]

    def report(self, windows: list[tuple[float, float]]) -> dict:
        if not self.db_path.exists():
            return {"used_bytes": 0, "windows": [None for _ in windows]}
        return store_stats.floor_report(str(self.db_path), windows)


class AirlockProcess(RecorderProcess):
    """`python -m app record --headless` with its own AIRLOCK_DATA_DIR and the bench's keyring session.

    `backend` "auto" is what users get (on X11: RECORD for keys and buttons, the pointer polled);
    "pynput" forces the pynput listeners (`--input-backend pynput`), to show what the X11 path saves.
    `patches` ("convert-once+text-30s", "all") runs it through bench/experiment.py with those
    patches applied, to measure a proposed fix.
    """

    ready_marker = b"airlock: recording"

    def __init__(self, workdir: Path, env: dict[str, str], backend: str = "auto", patches: str = "",
                 root: Path = ROOT) -> None:
        self.backend = backend
        self.patches = patches
        self.name = ("airlock" if backend == "auto" else f"airlock-{backend}") + (f"+{patches}" if patches else "")
        if root != ROOT:
            self.name += f"@{root}"
        self.data_dir = workdir / f"{file_name(self.name)}-data"
        self.input_backend = ""  # what the recorder said it uses, from its start-up line
        super().__init__(workdir, {**env, "AIRLOCK_DATA_DIR": str(self.data_dir)}, root)

    def argv(self) -> list[str]:
        extra = [] if self.backend == "auto" else ["--input-backend", self.backend]
        # Capture alone: the OCR worker's cost is measured by `make eval-sensitive` (issue 16 leaves the
        # recorder-with-worker ratio open). Experiments too, or a patch is compared with a worker beside it.
        no_scan = ["--no-scan"] if (self.root / "app" / "scan").is_dir() else []  # older checkouts had no reader
        if self.patches:
            return [sys.executable, "-m", "bench.experiment", self.patches, *no_scan, *extra]
        return [sys.executable, "-m", "app", "record", "--headless", *no_scan, *extra]

    def _streams(self, write_fd: int):
        return self._log, write_fd  # the recorder announces itself on stderr

    def _wait_ready(self, fd: int) -> None:
        super()._wait_ready(fd)
        text = self.log_path.read_text(errors="replace").rsplit("--- run", 1)[-1]
        marker = "input through "
        if marker in text:
            self.input_backend = text.split(marker, 1)[1].split(";", 1)[0].split()[0].strip(",.")

    def consent(self) -> None:
        """`airlock consent --accept` once: recording refuses without it."""
        result = self.run_app("consent", "--accept")
        if result.returncode != 0:
            raise RecorderError(f"airlock consent --accept failed: {result.stderr.strip()[-400:]}")

    def run_app(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
        """Run another `airlock` command against the same data dir and keyring."""
        return subprocess.run([sys.executable, "-m", "app", *args], cwd=self.root, env=self.env, capture_output=True,
                              text=True, timeout=timeout)

    def report(self, windows: list[tuple[float, float]]) -> dict:
        # A child process: it needs the keyring session's environment, which the bench itself lacks.
        result = subprocess.run([sys.executable, "-m", "bench.store_stats", "airlock", str(self.data_dir),
                                 json.dumps(windows)], cwd=ROOT, env=self.env, capture_output=True, text=True,
                                timeout=300)
        if result.returncode != 0:
            raise RecorderError(f"reading Airlock's vault failed: {result.stderr.strip()[-600:]}")
        return json.loads(result.stdout.strip().splitlines()[-1])

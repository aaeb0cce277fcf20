"""Shared machinery for the drills: the real recorder on a real desktop, vault checks, a fork server.

    with drill_session(tmp_path, policy=POLICY) as s:     # Xvfb + openbox, private keyring, consent given
        notes = s.window("Notes")
        s.start_recorder()
        s.desk.type_text("hello")
        s.kill_recorder()                                  # SIGKILL
        assert vault_problems(s.connect()) == []

`ForkServer` runs drill workloads (functions of a module) in forked children of one process that
has already imported Airlock, so a kill cycle costs a fork, not a Python start. Children report
what they committed ("acknowledgements") as JSON lines on stdout; the server reports each exit.
Run as `python -m tests.drills.harness fork-server MODULE` (the drills do that themselves).
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VAULT_FILES = ("vault.db", "vault.db-wal", "vault.db-shm")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


# -- vault checks ---------------------------------------------------------------------------------

def vault_problems(conn) -> list[str]:
    """What is wrong with an opened vault: SQLite and SQLCipher integrity, the ledger's chain."""
    from app.vault import ledger

    problems = []
    integrity = conn.execute("PRAGMA integrity_check").fetchall()
    if integrity != [("ok",)]:
        problems.append(f"integrity_check: {integrity[:5]}")
    cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    if cipher:  # no rows when every page's HMAC is right
        problems.append(f"cipher_integrity_check: {cipher[:5]}")
    chain = ledger.verify(conn)
    if not chain.ok:
        problems.append(f"ledger: {chain}")
    return problems


# -- a private desktop, keyring and profile ---------------------------------------------------------

class DrillSession:
    """One drill's desktop, keyring, data dir, private TMPDIR and recorder process."""

    def __init__(self, root: Path, desk, keyring, data: Path, policy: Path | None) -> None:
        self.root, self.desk, self.keyring, self.data = root, desk, keyring, data
        self.tmpdir = root / "session-tmp"
        self.tmpdir.mkdir(exist_ok=True)
        self.env = {**keyring.env, "DISPLAY": desk.display, "XDG_SESSION_TYPE": "x11", "AIRLOCK_DATA_DIR": str(data),
                    "PYTHONUNBUFFERED": "1", "TMPDIR": str(self.tmpdir), "PYTHONPATH": str(ROOT)}
        for inherited in ("WAYLAND_DISPLAY", "AIRLOCK_POLICY", "QT_QPA_PLATFORM"):  # Qt windows go to Xvfb
            self.env.pop(inherited, None)
        if policy is not None:
            self.env["AIRLOCK_POLICY"] = str(policy)
        self.recorder: subprocess.Popen | None = None
        self._stderr = bytearray()
        self._stderr_done: threading.Event | None = None
        self._typist: subprocess.Popen | None = None
        self._typed = ""
        self._key: bytes | None = None
        self.app_log = root / "app.log"

    # CLI ------------------------------------------------------------------------------------------

    def airlock(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", *args], env=self.env, capture_output=True, text=True,
                              timeout=timeout, cwd=ROOT)

    def airlock_popen(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "app", *args], env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True)

    def consent(self) -> None:
        result = self.airlock("consent", "--accept")
        assert result.returncode == 0, result.stderr

    # the recorder ---------------------------------------------------------------------------------

    @property
    def stderr(self) -> str:
        return bytes(self._stderr).decode(errors="replace")

    def start_recorder(self, *extra: str, timeout: float = 40) -> subprocess.Popen:
        """`record --headless`, once it says it records (its stderr is collected by a thread)."""
        assert self.recorder is None or self.recorder.poll() is not None, "a recorder is already running"
        process = subprocess.Popen([sys.executable, "-m", "app", "record", "--headless", *extra], env=self.env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True)
        self.recorder, self._stderr = process, bytearray()
        done = threading.Event()
        self._stderr_done = done

        def collect(stream=process.stderr, sink=self._stderr) -> None:
            for chunk in iter(lambda: stream.read1(4096), b""):
                sink.extend(chunk)
            done.set()

        threading.Thread(target=collect, daemon=True).start()
        from tests.e2e.harness.waiting import wait_until

        def announced() -> bool:
            assert process.poll() is None or b"recording (headless" in self._stderr, \
                f"the recorder exited ({process.returncode}): {self.stderr}"
            return b"recording (headless" in self._stderr

        wait_until(announced, timeout=timeout, message="the recorder to start")
        return process

    def start_app(self, timeout: float = 60) -> subprocess.Popen:
        """`airlock` (the desktop app: tray or status window, its own recorder), once capture runs.
        Its log (-v) goes to `app.log` in the session's root."""
        assert self.recorder is None or self.recorder.poll() is not None, "a recorder is already running"
        self.app_log = self.root / "app.log"
        with open(self.app_log, "wb") as log:
            process = subprocess.Popen([sys.executable, "-m", "app", "-v"], env=self.env, stdout=log,
                                       stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True)
        self.recorder, self._stderr_done = process, None
        from tests.e2e.harness.waiting import wait_until

        def capturing() -> bool:
            assert process.poll() is None, f"the app exited ({process.returncode}): {self.app_text()}"
            return "capture started" in self.app_text() and self.airlock("status").returncode == 0

        wait_until(capturing, timeout=timeout, message="the desktop app to start capturing")
        return process

    def app_text(self) -> str:
        return self.app_log.read_text(errors="replace") if self.app_log.exists() else ""

    def stop_app(self, timeout: float = 60) -> int:
        """SIGTERM: the app's ordered shutdown (control channel, windows, capture, writer, Qt)."""
        process = self.recorder
        assert process is not None
        process.terminate()
        code = process.wait(timeout)
        self.recorder = None
        return code

    def kill_recorder(self) -> None:
        """SIGKILL: no handler runs, nothing is flushed or closed."""
        process = self.recorder
        assert process is not None
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGKILL)
        process.wait(30)
        self._finish_streams()
        self.recorder = None

    def stop_recorder(self, sig: int = signal.SIGINT, timeout: float = 60) -> tuple[int, str, str]:
        process = self.recorder
        assert process is not None
        process.send_signal(sig)
        out = process.stdout.read()
        process.wait(timeout)
        self._finish_streams()
        self.recorder = None
        return process.returncode, out.decode(errors="replace"), self.stderr

    def _finish_streams(self) -> None:
        if self._stderr_done is not None:
            self._stderr_done.wait(10)
        for stream in (self.recorder.stdout, self.recorder.stderr):
            if stream is not None:  # the desktop app writes to its log file instead
                stream.close()

    # typing ---------------------------------------------------------------------------------------

    def window(self, title: str, geometry: str = "900x600+40+40") -> int:
        window = self.desk.open_window(title, "DrillApp", geometry=geometry)
        self.desk.focus(window)
        return window

    def start_typing(self, text: str, delay_ms: int = 25) -> None:
        """Type `text` in the background (xdotool), so the test can act while keys arrive."""
        self._typed = text
        self._typist = subprocess.Popen(["xdotool", "type", "--delay", str(delay_ms), "--", text], env=self.desk.env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop_typing(self) -> None:
        if self._typist is None:
            return
        if self._typist.poll() is None:
            self._typist.kill()
        self._typist.wait(10)
        self._typist = None
        # A typist killed between a press and its release leaves the key down, auto-repeating.
        keys = sorted(set(self._typed) - {" "})
        self.desk.xdotool("keyup", *keys, "space")

    # the vault ------------------------------------------------------------------------------------

    def key(self) -> bytes:
        """The vault key, read from this session's keyring once (kept for after the daemon dies)."""
        if self._key is None:
            from app.vault.keystore import profile_id

            lookup = self.keyring.secret_tool("lookup", "service", "airlock", "username",
                                              f"{profile_id(self.data)}:vault-key")
            assert lookup.returncode == 0, lookup.stderr
            self._key = base64.b64decode(lookup.stdout.strip())
        return self._key

    def connect(self):
        from app.vault.database import open_database

        return open_database(self.data / "vault.db", self.key())

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        conn = self.connect()
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    def stored_keys(self) -> int:
        return self.query("SELECT count(*) FROM events WHERE kind = 1")[0][0]  # key presses

    def typed_in(self, title: str) -> str:
        """The text typed into the segments titled `title`, rebuilt from the stored keys (the recorder
        writes an open segment's typed_text only every 30 s)."""
        from app.policy.rules.typed_text import reconstruct
        from app.vault import event_store

        conn = self.connect()
        try:
            return "".join(reconstruct(event_store.key_presses(conn, sid))
                           for (sid,) in conn.execute("SELECT id FROM segments WHERE title = ? ORDER BY start",
                                                      (title,)).fetchall())
        finally:
            conn.close()

    # the keyring daemon ---------------------------------------------------------------------------

    def keyring_daemon_pid(self) -> int | None:
        """The pid owning org.freedesktop.secrets on this session's bus (None: nobody owns it).

        Asked of the bus because `gnome-keyring-daemon --daemonize --components=secrets` prints
        no GNOME_KEYRING_PID, so KeyringSession does not know it (its kill_daemon() is a no-op).
        """
        reply = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
             "org.freedesktop.DBus.GetConnectionUnixProcessID", "string:org.freedesktop.secrets"],
            capture_output=True, text=True, env=self.keyring.env, timeout=10)
        words = reply.stdout.split()
        return int(words[-1]) if reply.returncode == 0 and "uint32" in words else None

    def kill_keyring_daemon(self) -> int:
        """SIGKILL the Secret Service daemon and wait until the bus sees it gone; returns its pid."""
        from tests.e2e.harness.waiting import wait_until

        pid = self.keyring_daemon_pid()
        assert pid, "no keyring daemon owns org.freedesktop.secrets"
        os.kill(pid, signal.SIGKILL)
        wait_until(lambda: self.keyring_daemon_pid() is None, timeout=10, message="the keyring daemon to be gone")
        return pid

    def close(self) -> None:
        self.stop_typing()
        if self.recorder is not None and self.recorder.poll() is None:
            self.kill_recorder()
        pid = self.keyring_daemon_pid()  # the daemon this session started (or the bus activated)
        if pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)


@contextlib.contextmanager
def drill_session(root: Path, *, policy: Path | None = None, data: Path | None = None,
                  consent: bool = True, tray: bool = False) -> Iterator[DrillSession]:
    """A desktop (Xvfb + openbox, + trayer with `tray`), an unlocked private keyring and a profile
    with consent given."""
    from tests.e2e.harness.desktop import Desktop
    from tests.e2e.harness.keyring import keyring_session

    (root / "desktop").mkdir(parents=True, exist_ok=True)
    with keyring_session(root / "keyring") as keyring, Desktop(root / "desktop", tray=tray) as desk:
        session = DrillSession(root, desk, keyring, data or root / "data", policy)
        try:
            if consent:
                session.consent()
            yield session
        finally:
            session.close()


@dataclass(frozen=True)
class TypedWord:
    """One word the typist typed: every key of it was sent between `began` and `ended` (wall clock)."""

    text: str
    began: float
    ended: float


class WordTypist:
    """Types unique random words (lower-case letters, then a space) one at a time into the focused
    window, on a thread, noting when each was typed — so a test can tell which words were typed
    before an instant and which after. `stop()` lets the word being typed finish: no key is left
    down and no word is split between windows. May be started again after a stop."""

    def __init__(self, desk, rng, *, letters: int = 10, delay_ms: int = 12) -> None:
        self.desk, self._rng, self._letters, self._delay = desk, rng, letters, delay_ms
        self.words: list[TypedWord] = []
        self._used: set[str] = set()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def _word(self) -> str:
        while (word := "".join(self._rng.choice(LETTERS) for _ in range(self._letters))) in self._used:
            pass
        self._used.add(word)
        return word

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                word = self._word()
                began = time.time()
                self.desk.type_text(f"{word} ", delay_ms=self._delay)
                self.words.append(TypedWord(word, began, time.time()))
        except BaseException as error:
            self._error = error

    def start(self) -> WordTypist:
        assert self._thread is None, "the typist is already typing"
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="drill-typist", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 60) -> None:
        if self._thread is None:
            return
        self._stop.set()
        self._thread.join(timeout)
        assert not self._thread.is_alive(), "the typist did not stop"
        self._thread = None
        if self._error is not None:
            raise AssertionError(f"the typist failed: {self._error}")

    def before(self, instant: float, margin: float) -> list[TypedWord]:
        """Words whose every key was sent more than `margin` seconds before `instant`."""
        return [w for w in self.words if w.ended + margin < instant]

    def after(self, instant: float, margin: float) -> list[TypedWord]:
        """Words whose first key was sent more than `margin` seconds after `instant`."""
        return [w for w in self.words if w.began - margin > instant]


def write_policy(path: Path, *, destination: str = "", recipient: str = "", extra: str = "") -> Path:
    """A small unsigned evaluation policy (docs/policy-reference.md): `extra` holds other tables;
    releases go after a zero hold to `destination` (default: a `drop` folder beside the file)."""
    destination = destination or (path.parent / "drop").as_uri()
    recipients = f'"{recipient}"' if recipient else ""
    path.write_text(f'organisation = "Drill Org"\n{extra}\n[release]\ndestination = "{destination}"\n'
                    f'recipients = [{recipients}]\nmode = "after-hold"\nhold_hours = 0\n')
    return path


def scan_for(roots: list[Path], needles: dict[str, bytes], skip: Callable[[Path], bool] = lambda p: False,
             newer_than: float | None = None) -> tuple[int, list[str]]:
    """(files scanned, hits as "path: needle name") for every regular file under `roots`."""
    scanned, hits = 0, []
    for root in roots:
        if not root.exists():
            continue
        for path in sorted(root.rglob("*")) if root.is_dir() else [root]:
            try:
                if path.is_symlink() or not path.is_file() or skip(path):
                    continue
                if newer_than is not None and path.stat().st_mtime < newer_than:
                    continue
                content = path.read_bytes()
            except OSError:
                continue  # a socket, a file that went away meanwhile
            scanned += 1
            hits += [f"{path}: {name}" for name, needle in needles.items() if needle in content]
    return scanned, hits


# -- the fork server ------------------------------------------------------------------------------

class ForkedRun:
    """One forked workload: its pid, and the JSON lines it printed before it exited or was killed."""

    def __init__(self, server: ForkServer, pid: int, started: dict) -> None:
        self.server, self.pid, self.started = server, pid, started
        self.t0 = time.monotonic()
        self.lines: list[dict] = []  # each with "_at": seconds after the start when it was read
        self.exit_status: int | None = None

    def read_until(self, predicate: Callable[[dict], bool], timeout: float) -> dict | None:
        """Collect lines until one satisfies `predicate` (returned) or the run exits (None)."""
        deadline = time.monotonic() + timeout
        while self.exit_status is None:
            line = self.server.next_line(deadline - time.monotonic())
            if self._absorb(line) and predicate(line):
                return line
        return None

    def collect(self, seconds: float) -> None:
        """Take in what the run prints for `seconds` (or until it exits): the kill instant."""
        deadline = time.monotonic() + seconds
        while self.exit_status is None and (remaining := deadline - time.monotonic()) > 0:
            line = self.server.next_line(remaining, missing_ok=True)
            if line is None:
                return
            self._absorb(line)

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)

    def wait(self, timeout: float = 60) -> int:
        deadline = time.monotonic() + timeout
        while self.exit_status is None:
            self._absorb(self.server.next_line(deadline - time.monotonic()))
        return self.exit_status

    def _absorb(self, line: dict) -> bool:
        if line.get("exit") == self.pid:
            self.exit_status = line["status"]
            return False
        if "error" in line:
            raise AssertionError(f"workload {self.pid} failed: {line['error']}")
        line["_at"] = time.monotonic() - self.t0
        self.lines.append(line)
        return True


class ForkServer:
    """Test side: a long-lived process that forks one child per workload run."""

    def __init__(self, module: str, env: dict[str, str] | None = None) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.drills.harness", "fork-server", module], cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        ready = self.next_line(60)
        assert ready.get("ready"), ready

    def _read(self) -> None:
        for raw in self._process.stdout:
            self._lines.put(json.loads(raw))
        self._lines.put({"server-exit": self._process.wait()})

    def next_line(self, timeout: float, missing_ok: bool = False) -> dict | None:
        try:
            line = self._lines.get(timeout=max(timeout, 0.001))
        except queue.Empty:
            if missing_ok:
                return None
            raise AssertionError(f"no word from the fork server within {timeout:.1f} s") from None
        assert "server-exit" not in line, f"the fork server died: {line}"
        return line

    def run(self, workload: str, args: dict) -> ForkedRun:
        self._process.stdin.write((json.dumps({"workload": workload, "args": args}) + "\n").encode())
        self._process.stdin.flush()
        started = self.next_line(30)
        assert "started" in started, started
        return ForkedRun(self, started["started"], started)

    def close(self) -> None:
        self._process.stdin.close()
        try:
            self._process.wait(30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(10)
        self._process.stdout.close()


def emit(message: dict) -> None:
    """Child side: one JSON line in a single write (atomic on a pipe), flushed at once."""
    os.write(1, (json.dumps(message) + "\n").encode())


def _serve_forks(module_name: str) -> int:
    module = importlib.import_module(module_name)  # everything imported once, before any fork
    workloads: dict[str, Callable[[dict], None]] = module.WORKLOADS
    emit({"ready": True})
    for raw in sys.stdin:
        request = json.loads(raw)
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                emit({"started": os.getpid()})
                workloads[request["workload"]](request["args"])
                emit({"idle": True})
                signal.pause()  # done: wait for the kill (the test decides when the run ends)
            except BaseException as exc:
                emit({"error": f"{type(exc).__name__}: {exc}"})
                status = 1
            os._exit(status)
        _, wait_status = os.waitpid(pid, 0)
        emit({"exit": pid, "status": os.waitstatus_to_exitcode(wait_status)})
    return 0


def free_bytes(path: Path) -> int:
    return shutil.disk_usage(path).free


if __name__ == "__main__":
    if sys.argv[1:2] == ["fork-server"]:
        raise SystemExit(_serve_forks(sys.argv[2]))
    raise SystemExit(f"usage: python -m {__spec__.name} fork-server MODULE")

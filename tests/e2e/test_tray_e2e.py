"""The desktop app end to end: real Xvfb + openbox + trayer, a real gnome-keyring, real capture
(pynput, mss, the X11 focus probe), `airlock` started as a subprocess exactly as a user would.

The control commands (`airlock pause|resume|delete|status`) run as separate processes; every
assertion about what was kept reads the vault on disk (opened with the key from the keyring).
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.control.client import ControlClient
from app.core.errors import ControlError
from app.core.paths import resolve_paths
from app.vault.database import open_database
from app.vault.keystore import profile_id
from tests.e2e.harness.desktop import Desktop
from tests.e2e.harness.keyring import keyring_session
from tests.e2e.harness.waiting import wait_until
from tests.helpers.vault_text import typed_now

pytestmark = pytest.mark.e2e

NOTES = "Airlock Tray E2E Notes"


class App:
    """The running desktop app and the helpers the tests need around it."""

    def __init__(self, desk: Desktop, keyring, data: Path, workdir: Path) -> None:
        self.desk, self.keyring, self.data = desk, keyring, data
        self.paths = resolve_paths(data)
        self.env = {**keyring.env, "DISPLAY": desk.display, "XDG_SESSION_TYPE": "x11",
                    "AIRLOCK_DATA_DIR": str(data), "PYTHONUNBUFFERED": "1"}
        for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            self.env.pop(name, None)  # a real xcb window on Xvfb, not offscreen
        self.log_path = workdir / "app.log"
        self.process: subprocess.Popen | None = None

    def airlock(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run([sys.executable, "-m", "app", *args], env=self.env, capture_output=True, text=True,
                                timeout=120)
        if check:
            assert result.returncode == 0, f"airlock {' '.join(args)}: {result.stdout}{result.stderr}"
        return result

    def status(self) -> dict:
        return json.loads(self.airlock("status", "--json").stdout)

    def start(self) -> None:
        self.airlock("consent", "--accept")
        with open(self.log_path, "wb") as log:
            # `airlock` alone starts the desktop app.
            self.process = subprocess.Popen([sys.executable, "-m", "app", "-v"], env=self.env, stdout=log,
                                            stderr=subprocess.STDOUT, start_new_session=True)
        wait_until(lambda: self._running() and self.log().count("capture started"), timeout=60,
                   message="the desktop app to start capturing")

    def _running(self) -> bool:
        assert self.process.poll() is None, f"the app exited: {self.log()}"
        return self.airlock("status", check=False).returncode == 0

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> int:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else 0
        self.process.terminate()  # SIGTERM: the ordered shutdown
        return self.process.wait(30)

    # -- the vault on disk ----------------------------------------------------------------------

    def connect(self):
        lookup = self.keyring.secret_tool("lookup", "service", "airlock", "username",
                                          f"{profile_id(self.data)}:vault-key")
        assert lookup.returncode == 0, lookup.stderr
        return open_database(self.data / "vault.db", base64.b64decode(lookup.stdout.strip()))

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        conn = self.connect()
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    def typed_now(self) -> str:
        conn = self.connect()
        try:
            return typed_now(conn)
        finally:
            conn.close()

    def decrypted_contains(self, marker: str) -> list[str]:
        """Every table (FTS shadow tables included) searched for `marker`, decrypted."""
        conn = self.connect()
        found = []
        try:
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            for table in tables:
                for row in conn.execute(f'SELECT * FROM "{table}"'):
                    for value in row:
                        blob = value if isinstance(value, bytes) else str(value).encode()
                        if marker.encode() in blob:
                            found.append(table)
        finally:
            conn.close()
        return found

    # -- the tray icon --------------------------------------------------------------------------

    def tray_icon_geometry(self) -> tuple[int, int, int, int]:
        """(x, y, w, h) of the Airlock icon window that trayer embedded (XEmbed) in its panel."""
        return self.desk.tray_icon_geometry()


class Typist:
    """xdotool typing continuously in the background until stopped."""

    def __init__(self, desk: Desktop, chunk: str = "abcdefghij") -> None:
        self.desk, self.chunk = desk, chunk
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.desk.type_text(self.chunk, delay_ms=15)

    def __enter__(self) -> Typist:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join(30)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("tray-e2e")
    with keyring_session(workdir / "keyring") as keyring, Desktop(workdir, tray=True) as desk:
        running = App(desk, keyring, workdir / "data", workdir)
        running.notes = desk.open_window(NOTES, geometry="700x400+100+120")
        desk.focus(running.notes)
        running.start()
        try:
            yield running
        finally:
            code = running.stop()
            print(f"\n--- app log ---\n{running.log()[-4000:]}")
            assert code == 0, f"the app did not shut down cleanly ({code})"


def wait_for_key_after(app: App, t: float, timeout: float = 30) -> float:
    def newest() -> float | None:
        rows = app.query("SELECT max(t) FROM timed_events WHERE kind = 1 AND t > ?", (t,))
        return rows[0][0]
    return wait_until(newest, timeout=timeout, message=f"a keystroke stored after {t}")


def test_the_tray_is_real_and_the_icon_can_be_clicked(app):
    assert "desktop shell up (tray)" in app.log()  # QSystemTrayIcon.isSystemTrayAvailable() with trayer
    x, y, w, h = app.tray_icon_geometry()
    wait_until(lambda: app.status()["state"] == "recording", timeout=20,
               message=f"recording (last status: {app.status()})")
    app.desk.click(x + w // 2, y + h // 2)
    wait_until(lambda: app.status()["state"] == "paused", timeout=10, message="a click to pause")
    assert app.status()["paused_until"] is None
    app.desk.click(x + w // 2, y + h // 2)
    wait_until(lambda: app.status()["state"] == "recording", timeout=10, message="a click to resume")
    kinds = [r[0] for r in app.query("SELECT kind FROM ledger WHERE kind IN ('pause', 'resume') ORDER BY seq")]
    assert kinds[-2:] == ["pause", "resume"]
    app.desk.focus(app.notes)


def test_pause_while_typing_keeps_nothing_after_the_pause_instant(app):
    app.desk.focus(app.notes)
    with Typist(app.desk):
        wait_for_key_after(app, time.time() - 0.5)  # typing is being recorded
        started = time.time()
        result = app.airlock("pause", "--json")
        returned = time.time()
        paused = json.loads(result.stdout)
        # Keep typing for a second after the pause (the Typist goes on meanwhile).
        wait_until(lambda: time.time() > returned + 1.0, timeout=5, interval=0.05)
    paused_at = paused["paused_at"]
    assert paused["state"] == "paused" and paused_at is not None
    # The same through the channel from a live process (no interpreter start-up in the way).
    with ControlClient.connect(app.paths) as client:
        first_resume = time.time()
        client.resume()
        before = time.time()
        direct = client.pause()
        after = time.time()
    resume_asked = time.time()  # the app resumes somewhere between this and the command's return:
    resumed = app.airlock("resume", "--json")  # screenshots may be taken again from then on
    resume_at = time.time()
    app.desk.type_text("resumed")
    wait_for_key_after(app, resume_at)  # also an ordering barrier: everything before is processed
    last_before = app.query("SELECT max(t) FROM timed_events WHERE t < ?", (paused_at,))[0][0]
    paused_spans = ((paused_at, first_resume), (direct.paused_at, resume_asked))
    inside = sum(app.query("SELECT count(*) FROM timed_events WHERE t >= ? AND t < ?", span)[0][0] for span in paused_spans)
    frames_inside = sum(app.query("SELECT count(*) FROM frames WHERE t >= ? AND t < ?", span)[0][0]
                        for span in paused_spans)
    print(f"\npause latency: `airlock pause` start → paused in the app {1000 * (paused_at - started):.0f} ms "
          f"(round trip with interpreter start-up {1000 * (returned - started):.0f} ms); "
          f"through the control channel {1000 * (direct.paused_at - before):.1f} ms "
          f"(reply after {1000 * (after - before):.1f} ms); "
          f"last stored keystroke {1000 * (paused_at - last_before):.0f} ms before the pause instant")
    assert inside == 0 and frames_inside == 0
    # And by the app's own clock: nothing stored inside either pause as the vault records it.
    pauses = app.query("SELECT start, end FROM gaps WHERE reason = 'paused' AND start >= ?", (paused_at - 1,))
    assert len(pauses) == 2 and all(end is not None for _, end in pauses)
    assert sum(app.query("SELECT (SELECT count(*) FROM timed_events WHERE t >= ? AND t < ?) + "
                         "(SELECT count(*) FROM frames WHERE t >= ? AND t < ?)", (start, end, start, end))[0][0]
               for start, end in pauses) == 0
    assert json.loads(resumed.stdout)["state"] == "recording"
    assert app.query("SELECT count(*) FROM timed_events WHERE t >= ? AND kind = 1", (resume_at,))[0][0] > 0


def test_status_json_reflects_each_state(app):
    assert app.status()["state"] == "recording"
    timed = json.loads(app.airlock("pause", "--for", "30m", "--json").stdout)
    assert timed["state"] == "paused" and timed["paused_until"] == pytest.approx(timed["paused_at"] + 1800, abs=0.01)
    assert app.status()["describe"].startswith("Paused until ")
    app.airlock("resume")
    keepass = app.desk.open_window("Vault - KeePassXC", wm_class="KeePassXC", geometry="500x300+900+300")
    app.desk.focus(keepass)
    wait_until(lambda: app.status()["state"] == "excluded", timeout=15, message="the excluded window to count")
    assert app.status()["reason"] == "password manager"
    app.desk.close_window(keepass)
    app.desk.focus(app.notes)
    wait_until(lambda: app.status()["state"] == "recording", timeout=15, message="recording again")
    report = app.status()
    assert report["running"] is True and report["mode"] == "desktop" and report["pid"] == app.process.pid


def test_delete_last_5m_removes_segments_screenshots_and_every_trace(app):
    marker = "zqxmarkerjv"
    window = app.desk.open_window("Airlock Tray E2E Diary", geometry="600x300+200+500")
    app.desk.focus(window)
    typed_at = time.time()
    app.desk.type_text(f"my {marker} diary ")
    wait_until(lambda: marker in app.typed_now(), timeout=30, message="the marker's keys to be stored")
    wait_until(lambda: app.query("SELECT count(*) FROM frames WHERE t >= ?", (typed_at - 5,))[0][0], timeout=60,
               message="a screenshot of it")
    before = {r[0] for r in app.query("SELECT id FROM frames WHERE t >= ?", (typed_at - 5,))}
    result = app.airlock("delete", "--last", "5m", "--json")
    deleted = json.loads(result.stdout)
    assert deleted["segments"] >= 1 and deleted["frames"] >= 1
    start, end = deleted["start"], deleted["end"]
    # The same window goes on: the pipeline's open segment still "remembers" the deleted keys.
    app.desk.type_text("after")
    after_at = time.time()
    wait_for_key_after(app, end)
    wait_until(lambda: "after" in app.typed_now(), timeout=30, message="the text typed after the delete")
    assert marker not in app.typed_now()
    assert app.query("SELECT count(*) FROM timed_events WHERE t >= ? AND t <= ?", (start, end))[0][0] == 0
    assert app.query("SELECT count(*) FROM frames WHERE t >= ? AND t <= ?", (start, end))[0][0] == 0
    left = {r[0] for r in app.query(f"SELECT id FROM frames WHERE id IN ({','.join('?' * len(before))})", tuple(before))}
    assert left == set()
    assert app.decrypted_contains(marker) == []
    wal = Path(f"{app.data / 'vault.db'}-wal")
    assert marker.encode() not in (wal.read_bytes() if wal.exists() else b"")
    assert marker.encode() not in (app.data / "vault.db").read_bytes()
    entry = app.query("SELECT body FROM ledger WHERE kind = 'delete' ORDER BY seq DESC LIMIT 1")[0][0]
    assert json.loads(entry)["segments"] == deleted["segments"] and marker not in entry
    assert after_at > end
    app.desk.close_window(window)
    app.desk.focus(app.notes)


def test_the_control_channel_refuses_without_the_right_credentials(app):
    with pytest.raises(ControlError, match="wrong control token"):
        ControlClient.connect(app.paths, token=os.urandom(32))
    raw = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    raw.settimeout(10)
    try:
        raw.connect(str(app.paths.control_socket))
        reader = raw.makefile("rb")
        assert b"challenge" in reader.readline()
        raw.sendall(b'{"command": "delete_last", "args": {"seconds": 3600}}\n')
        refusal = json.loads(reader.readline())
        assert refusal["ok"] is False and refusal["error"]["code"] == "auth-failed"
        assert reader.readline() == b""  # closed
        reader.close()
    finally:
        raw.close()
    assert oct(os.stat(app.paths.control_socket).st_mode & 0o777) == "0o600"
    assert oct(os.stat(app.paths.control_token).st_mode & 0o777) == "0o600"
    assert app.status()["state"] == "recording"  # nothing happened


def test_a_second_start_brings_the_running_one_forward(app):
    result = app.airlock()  # `airlock` again
    assert "already running" in result.stdout and str(app.process.pid) in result.stdout
    def visible_status_window() -> bool:
        found = app.desk.xdotool("search", "--onlyvisible", "--name", "^Airlock$").split()
        return any(app.desk.window_geometry(int(w))[2] > 100 for w in found)
    wait_until(visible_status_window, timeout=15, message="the status window to come forward")


def test_without_a_tray_the_status_window_is_shown_and_stays(tmp_path):
    with keyring_session(tmp_path / "keyring") as keyring, Desktop(tmp_path, tray=False) as desk:
        app = App(desk, keyring, tmp_path / "data", tmp_path)
        app.start()
        try:
            assert "desktop shell up (status window, no tray)" in app.log()

            def status_window() -> int | None:
                for window in desk.xdotool("search", "--onlyvisible", "--class", "^Airlock$").split():
                    if desk.window_geometry(int(window))[2] > 300:
                        return int(window)
                return None
            window = wait_until(status_window, timeout=20, message="the status window")
            desk.focus(window)
            desk.key("alt+F4")  # openbox's close: WM_DELETE_WINDOW, as the title bar's X button sends
            wait_until(lambda: "_NET_WM_STATE_HIDDEN" in subprocess.run(
                ["xprop", "-id", str(window), "_NET_WM_STATE"], env=desk.env, capture_output=True, text=True).stdout,
                timeout=10, message="the window to be minimised, not closed")
            assert app.process.poll() is None and app.status()["running"] is True
        finally:
            assert app.stop() == 0

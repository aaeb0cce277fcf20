"""A private Secret Service for e2e tests: a D-Bus session bus plus an unlocked gnome-keyring.

The same arrangement as `dbus-run-session -- gnome-keyring-daemon --unlock`, but as a context
manager so tests can run several processes against one keyring and stop it (to simulate the
daemon dying). HOME and XDG dirs point into the test's tmp dir: the real user's keyring is never
touched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from pathlib import Path

from tests.e2e.harness.waiting import wait_until


class KeyringSession:
    """A running session bus and keyring daemon; `env` is what child processes need."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env: dict[str, str] = {}
        self._bus: subprocess.Popen | None = None
        self._daemon_pid: int | None = None

    def start(self, unlock: bool = True) -> KeyringSession:
        for tool in ("dbus-daemon", "gnome-keyring-daemon"):
            if not shutil.which(tool):
                raise RuntimeError(f"{tool} is not installed (apt-get install dbus gnome-keyring)")
        home = self.root / "home"
        for sub in ("", ".local/share", ".config", ".cache", "run"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(home / "run", 0o700)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"), XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_CACHE_HOME=str(home / ".cache"), XDG_RUNTIME_DIR=str(home / "run"))
        self._bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE, env=env, text=True,
        )
        address = self._bus.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not print its address")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        args = ["gnome-keyring-daemon", "--components=secrets", "--daemonize"]
        if unlock:
            args.insert(1, "--unlock")
        daemon = subprocess.run(args, input="airlock-test-login" if unlock else None, capture_output=True, text=True, env=env,
                                timeout=30, stdin=None if unlock else subprocess.DEVNULL)
        for line in daemon.stdout.splitlines():
            key, _, value = line.partition("=")
            if key == "GNOME_KEYRING_CONTROL":
                env[key] = value
            if key == "GNOME_KEYRING_PID":
                self._daemon_pid = int(value)
        env.pop("WAYLAND_DISPLAY", None)
        self.env = env
        wait_until(self._secrets_ready, timeout=20, message="the Secret Service to answer on the bus")
        return self

    def _secrets_ready(self) -> bool:
        probe = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
             "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets"],
            capture_output=True, text=True, env=self.env, timeout=10,
        )
        return "boolean true" in probe.stdout

    def kill_daemon(self) -> None:
        """Simulate the keyring daemon dying mid-run."""
        if self._daemon_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._daemon_pid, signal.SIGKILL)
            self._daemon_pid = None

    def secret_tool(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["secret-tool", *args], capture_output=True, text=True, env=self.env, timeout=30)

    def stop(self) -> None:
        self.kill_daemon()
        if self._bus is not None:
            self._bus.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._bus.wait(10)
            if self._bus.poll() is None:
                self._bus.kill()
                self._bus.wait(10)
            self._bus.stdout.close()
            self._bus = None


@contextlib.contextmanager
def keyring_session(root: Path, unlock: bool = True):
    session = KeyringSession(root).start(unlock=unlock)
    try:
        yield session
    finally:
        session.stop()


@contextlib.contextmanager
def keyring_env(root: Path):
    """Just the environment of a fresh unlocked keyring session (for tests that need nothing else)."""
    with keyring_session(root) as session:
        yield session.env

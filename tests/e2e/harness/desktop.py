"""A real X desktop for e2e tests: Xvfb on a free display, openbox (EWMH), optionally trayer.

    with Desktop(tmp_path) as desk:
        wid = desk.open_window("Notes - editor")
        desk.focus(wid)
        desk.type_text("hello")

Everything it starts is a child process in its own process group and is torn down on exit, even
when a test fails half-way. No fixed sleeps: each step waits on the X server's own state.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.e2e.harness.waiting import WaitTimeout, wait_until

WINDOW_APP = Path(__file__).with_name("window_app.py")
REQUIRED_TOOLS = ("Xvfb", "openbox", "xdotool", "xprop", "import")


class DesktopError(RuntimeError):
    """The desktop could not be started (a missing tool fails the test loudly, never skips)."""


class Desktop:
    """Xvfb + openbox (+ trayer) on a free display number, with xdotool helpers.

    `env` is the environment for child processes: DISPLAY set, WAYLAND_DISPLAY removed, and
    HOME/XDG dirs pointed into `workdir` so nothing touches the real user's files.
    """

    def __init__(
        self,
        workdir: Path,
        *,
        tray: bool = False,
        size: tuple[int, int] = (1920, 1080),
        depth: int = 24,
        timeout: float = 20.0,
    ) -> None:
        self.workdir = Path(workdir)
        self.tray = tray
        self.size = size
        self.depth = depth
        self.timeout = timeout
        self.display = ""
        self.env: dict[str, str] = {}
        self.tray_window: int | None = None
        self._processes: list[subprocess.Popen] = []
        self._windows: dict[int, subprocess.Popen] = {}
        self._xlib = None  # one Xlib connection for cheap property reads

    # ---- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> Desktop:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> Desktop:
        missing = [tool for tool in REQUIRED_TOOLS + (("trayer",) if self.tray else ()) if not shutil.which(tool)]
        if missing:
            raise DesktopError(f"missing tools for the e2e desktop: {', '.join(missing)} "
                               "(apt-get install xvfb openbox xdotool x11-utils imagemagick trayer)")
        try:
            self._start_xvfb()
            self._start_openbox()
            if self.tray:
                self._start_trayer()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Close windows, then trayer/openbox/Xvfb (reverse order), killing what does not exit."""
        for process in list(self._windows.values()):
            _terminate(process)
        self._windows.clear()
        if self._xlib is not None:
            try:
                self._xlib.close()
            except Exception:
                pass
            self._xlib = None
        for process in reversed(self._processes):
            _terminate(process)
        self._processes.clear()

    def _home(self) -> Path:
        home = self.workdir / "desktop-home"
        for sub in ("", ".config", ".cache", ".local/share"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        return home

    def _start_xvfb(self) -> None:
        read_fd, write_fd = os.pipe()
        width, height = self.size
        log = open(self.workdir / "xvfb.log", "wb")  # noqa: SIM115 - closed with the process
        try:
            process = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x{self.depth}",
                 "-nolisten", "tcp", "-noreset", "+extension", "RECORD", "+extension", "XTEST"],
                pass_fds=(write_fd,), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        finally:
            os.close(write_fd)
            log.close()
        self._processes.append(process)
        try:
            number = _read_line(read_fd, self.timeout, process, "Xvfb to report its display number")
        finally:
            os.close(read_fd)
        self.display = f":{number}"
        home = self._home()
        env = dict(os.environ)
        env.pop("WAYLAND_DISPLAY", None)
        env.update({
            "DISPLAY": self.display,
            "XDG_SESSION_TYPE": "x11",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_DATA_HOME": str(home / ".local/share"),
        })
        self.env = env
        from Xlib import display as xdisplay  # test-side Xlib; the app keeps its own one home

        self._xlib = wait_until(lambda: xdisplay.Display(self.display), self.timeout,
                                message=f"an X connection to {self.display}")

    def _start_openbox(self) -> None:
        self._spawn(["openbox", "--sm-disable"], "openbox.log")
        wait_until(lambda: self._root_property("_NET_SUPPORTING_WM_CHECK"), self.timeout,
                   message="openbox to set _NET_SUPPORTING_WM_CHECK")

    def _start_trayer(self) -> None:
        self._spawn(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                     "--height", "24", "--SetDockType", "true", "--transparent", "false"], "trayer.log")
        selection = self._atom("_NET_SYSTEM_TRAY_S0")

        def owner() -> int | None:
            window = self._xlib.get_selection_owner(selection)
            return window.id if window and window.id else None

        self.tray_window = wait_until(owner, self.timeout, message="trayer to own _NET_SYSTEM_TRAY_S0")

    def _spawn(self, argv: list[str], log_name: str) -> subprocess.Popen:
        with open(self.workdir / log_name, "wb") as log:
            process = subprocess.Popen(argv, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                       stdin=subprocess.DEVNULL, start_new_session=True)
        self._processes.append(process)
        return process

    # ---- X state -----------------------------------------------------------------------------

    def _atom(self, name: str) -> int:
        return self._xlib.intern_atom(name)

    def _root_property(self, name: str) -> list[int] | None:
        root = self._xlib.screen().root
        prop = root.get_full_property(self._atom(name), 0)
        return list(prop.value) if prop is not None and len(prop.value) else None

    def active_window(self) -> int | None:
        """The window id in the root's _NET_ACTIVE_WINDOW, or None."""
        value = self._root_property("_NET_ACTIVE_WINDOW")
        return value[0] if value and value[0] else None

    def client_windows(self) -> list[int]:
        """The windows openbox manages (_NET_CLIENT_LIST)."""
        return self._root_property("_NET_CLIENT_LIST") or []

    # ---- windows -----------------------------------------------------------------------------

    def open_window(self, title: str, wm_class: str = "AirlockTestApp",
                    geometry: str = "640x400+100+100", legacy: bool = False) -> int:
        """Start the tiny test app with `title`/`wm_class`; return its X window id once managed."""
        argv = [sys.executable, str(WINDOW_APP), "--title", title, "--wm-class", wm_class,
                "--geometry", geometry] + (["--legacy"] if legacy else [])
        process = subprocess.Popen(argv, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            window = int(_read_line(process.stdout.fileno(), self.timeout, process, f"window {title!r} to map"))
        except BaseException:
            _terminate(process)
            raise
        self._windows[window] = process
        wait_until(lambda: window in self.client_windows(), self.timeout,
                   message=f"openbox to manage window {title!r}")
        return window

    def window_geometry(self, window: int) -> tuple[int, int, int, int]:
        """(x, y, width, height) of `window`'s inside, in root coordinates."""
        handle = self._xlib.create_resource_object("window", window)
        geometry = handle.get_geometry()
        origin = handle.translate_coords(self._xlib.screen().root, 0, 0)
        return -origin.x, -origin.y, geometry.width, geometry.height

    def window_center(self, window: int) -> tuple[int, int]:
        x, y, width, height = self.window_geometry(window)
        return x + width // 2, y + height // 2

    def wait_for_window(self, name_pattern: str, timeout: float | None = None) -> int:
        """A visible window whose name matches the regular expression `name_pattern` (another
        process's: a dialog, the review window), once it is mapped with a real size."""
        def found() -> int | None:
            result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name_pattern], env=self.env,
                                    capture_output=True, text=True, timeout=30)
            for window in map(int, result.stdout.split()):
                if self.window_geometry(window)[2] > 50:  # not a 1x1 leader or an unmapped shell
                    return window
            return None
        return wait_until(found, timeout or self.timeout, message=f"a window named {name_pattern!r}")

    def wait_window_gone(self, window: int, timeout: float | None = None) -> None:
        """Until `window` is no longer shown (closed, or hidden as Qt hides a finished dialog)."""
        def gone() -> bool:
            result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."], env=self.env,
                                    capture_output=True, text=True, timeout=30)
            return str(window) not in result.stdout.split()
        wait_until(gone, timeout or self.timeout, message=f"window {window} to close")

    def tray_icon_geometry(self, class_pattern: str = "^Airlock$") -> tuple[int, int, int, int]:
        """(x, y, w, h) of the icon window that trayer embedded (XEmbed) for an application whose
        WM_CLASS matches `class_pattern`: a small window at the top right, trayer's edge."""
        def embedded() -> tuple[int, int, int, int] | None:
            for window in self.xdotool("search", "--class", class_pattern).split():
                x, y, w, h = self.window_geometry(int(window))
                if 16 <= w <= 64 and 16 <= h <= 64 and y < 24 and x > self.size[0] - 200:
                    return x, y, w, h
            return None
        return wait_until(embedded, timeout=20, message="the application's icon inside trayer's panel")

    def wait_closed(self, window: int) -> None:
        """Until the test app showing `window` has exited by itself (closed by the window manager)."""
        process = self._windows.pop(window)
        process.wait(self.timeout)
        _terminate(process)  # reaps it and closes its pipe

    def close_window(self, window: int) -> None:
        process = self._windows.pop(window, None)
        if process is not None:
            _terminate(process)

    def ask_to_close(self, window: int) -> None:
        """Ask the window manager to close `window` (_NET_CLOSE_WINDOW, what a title bar's close button
        and a taskbar send): the application gets WM_DELETE_WINDOW, and no key is pressed for it."""
        from Xlib import X
        from Xlib.protocol import event

        root = self._xlib.screen().root
        message = event.ClientMessage(window=self._xlib.create_resource_object("window", window),
                                      client_type=self._atom("_NET_CLOSE_WINDOW"),
                                      data=(32, [X.CurrentTime, 2, 0, 0, 0]))  # 2: a pager, as the user
        root.send_event(message, event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)
        self._xlib.flush()

    def focus(self, window: int) -> None:
        """Activate `window` through the window manager and wait until it is _NET_ACTIVE_WINDOW."""
        self.xdotool("windowactivate", "--sync", str(window))
        wait_until(lambda: self.active_window() == window, self.timeout,
                   message=f"window {window} to become active")

    # ---- input -------------------------------------------------------------------------------

    def xdotool(self, *args: str, timeout: float = 120.0) -> str:
        """Run xdotool on this display; return its stdout (raises on failure)."""
        result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                                timeout=timeout)
        if result.returncode != 0:
            raise DesktopError(f"xdotool {' '.join(args[:2])} failed: {result.stderr.strip()}")
        return result.stdout

    def type_text(self, text: str, delay_ms: int = 12) -> None:
        """Type ASCII `text` into the focused window (xdotool types only ASCII reliably)."""
        self.xdotool("type", "--delay", str(delay_ms), "--", text)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--", *keys)

    def pointer(self) -> tuple[int, int]:
        reply = self._xlib.screen().root.query_pointer()
        return reply.root_x, reply.root_y

    def move(self, x: int, y: int) -> None:
        """Move the pointer and wait until the server reports it there.

        (`mousemove --sync` hangs for seconds when the pointer is already at the target.)
        """
        self.xdotool("mousemove", str(x), str(y))
        wait_until(lambda: self.pointer() == (x, y), self.timeout, message=f"pointer at {x},{y}")

    def click(self, x: int, y: int, button: int = 1) -> None:
        self.move(x, y)
        self.xdotool("click", str(button))

    def scroll(self, x: int, y: int, clicks: int = 3, down: bool = True) -> None:
        """Wheel clicks at (x, y): X buttons 5 (down) / 4 (up)."""
        self.move(x, y)
        self.xdotool("click", "--repeat", str(clicks), "--delay", "30", "5" if down else "4")

    def screenshot(self, path: Path) -> Path:
        """Save the whole screen (the root window) with imagemagick's `import`."""
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=True,
                       capture_output=True, timeout=60)
        return Path(path)


@contextmanager
def running_desktop(workdir: Path, **options: object) -> Iterator[Desktop]:
    """`with running_desktop(tmp_path) as desk:` — the same as `with Desktop(...)`."""
    desktop = Desktop(workdir, **options)  # type: ignore[arg-type]
    with desktop:
        yield desktop


def _read_line(fd: int, timeout: float, process: subprocess.Popen, what: str) -> str:
    """Read one line from `fd` within `timeout`, failing early if `process` exits."""
    deadline = time.monotonic() + timeout
    data = b""
    while b"\n" not in data:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise WaitTimeout(f"timed out waiting for {what}")
        ready, _, _ = select.select([fd], [], [], min(remaining, 0.5))
        if ready:
            chunk = os.read(fd, 256)
            if not chunk:
                raise DesktopError(f"stream closed while waiting for {what} (exit code {process.poll()})")
            data += chunk
        elif process.poll() is not None:
            raise DesktopError(f"process exited ({process.returncode}) while waiting for {what}")
    return data.split(b"\n", 1)[0].decode().strip()


def _terminate(process: subprocess.Popen, timeout: float = 5.0) -> None:
    """SIGTERM the process group, then SIGKILL it if it lingers; reap it."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait(timeout)
    for stream in (process.stdout, process.stderr, process.stdin):
        if stream is not None:
            stream.close()

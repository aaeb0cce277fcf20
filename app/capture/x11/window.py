"""The active window on X11 through EWMH: the only module (with x11_record_source) importing Xlib.

Focus is followed by events, not polls: PropertyNotify on the root's `_NET_ACTIVE_WINDOW`, and on
the focused window's `_NET_WM_NAME`/`WM_NAME` (a tab switch renames the window). A screen locker or
a password prompt takes the keyboard without changing the active window, so two more things are
followed and become ScreenLockEvents: the screen saver (MIT-SCREEN-SAVER notify; lockers start
with it) and keyboard grabs (the focused window gets FocusOut with mode NotifyGrab when another
client grabs the keyboard, FocusIn NotifyUngrab when it lets go). Input is "locked" while either
holds; a menu's own grab counts too, which costs nothing worth keeping. The NotifyUngrab goes to
whatever has the focus when the grab ends, which need not be a window followed here (Alt+F4: the
window manager grabs the keyboard, the window closes, the grab ends on the next window or on none),
so the root window's focus events are followed too: a grab on the root (a window manager's key
binding) or while no window has the focus announces its start and its end there. Nothing here
grabs the keyboard to ask: a grab of our own, however short, can make another client's grab fail
(a tray menu that then does not open). The watcher runs in its own thread with its own Display
connection (Xlib connections are not thread-safe) and sleeps in select() on the connection and a
stop pipe. Each change becomes a FocusEvent in the same
queue as the input events, so the pipeline judges every key by the window focused when it came.
"""

from __future__ import annotations

import logging
import os
import select
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.capture.event_queue import EventQueue, SourceFailure
from app.capture.window_watch import Bounds, FocusUnavailable, RecentBounds
from app.capture.x11.server_time import X11ServerClock
from app.core.clock import Clock
from app.core.display import detect_display
from app.core.i18n import fill, translate
from app.core.log_guard import safe
from app.core.model import UNKNOWN_WINDOW, FocusEvent, ScreenLockEvent, WindowInfo

log = logging.getLogger("airlock.capture.window")



def process_name(pid: int | None, proc: Path = Path("/proc")) -> str:
    """The process's short name from /proc/<pid>/comm, or "" when it cannot be read."""
    if not pid:
        return ""
    try:
        return (proc / str(pid) / "comm").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


class X11WindowProbe:
    """Emits a FocusEvent whenever the active window or its title changes."""

    name = "focus"
    latency_s = 0.0  # PropertyNotify events: a change is seen as it happens

    def __init__(self, clock: Clock, environ: Mapping[str, str] | None = None,
                 server_clock: X11ServerClock | None = None) -> None:
        self._clock = clock
        self._server_clock = server_clock  # stamps focus changes with the server's time of the change
        self._environ = environ if environ is not None else os.environ
        self._thread: threading.Thread | None = None
        self._stop_read, self._stop_write = -1, -1
        self._display: Any = None
        self._events: EventQueue | None = None
        self._watched: Any = None  # the focused window whose name changes we follow
        self._current: WindowInfo | None = None
        self._bounds = RecentBounds()
        self._error: str | None = None

    # -- lifecycle (caller's thread) ---------------------------------------------------------------

    def start(self, events: EventQueue) -> None:
        session = detect_display(self._environ)
        if not session.capture_supported:
            raise FocusUnavailable(translate("Errors", "The active window cannot be observed."), session.explanation)
        from Xlib import X, error  # lazily: importing app modules opens nothing
        from Xlib import display as xdisplay

        try:
            self._display = xdisplay.Display(self._environ.get("DISPLAY"))
        except (error.DisplayError, error.DisplayConnectionError, OSError) as exc:
            raise FocusUnavailable(translate("Errors", "Could not connect to the X display to follow the active "
                                                       "window."),
                                   fill(translate("Errors", "Check DISPLAY (%1)."), type(exc).__name__)) from None
        self._events = events
        self._gone = error.CatchError(error.BadWindow, error.BadValue)  # asynchronous: try/except sees nothing
        self._watched_events = X.PropertyChangeMask | X.FocusChangeMask | X.StructureNotifyMask
        self._atoms = {name: self._display.intern_atom(name) for name in (
            "_NET_ACTIVE_WINDOW", "_NET_WM_NAME", "WM_NAME", "_NET_WM_PID", "UTF8_STRING", "_NET_SUPPORTED")}
        # The root's focus events carry the start and end of grabs the followed window may miss.
        self._display.screen().root.change_attributes(event_mask=X.PropertyChangeMask | X.FocusChangeMask)
        self._follow_screen_saver()
        self._stop_read, self._stop_write = os.pipe()
        self._refresh()  # the window focused now, before any change
        self._thread = threading.Thread(target=self._run, name="airlock-x11-focus", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is None:
            return
        os.write(self._stop_write, b"x")
        self._thread.join(2.0)
        for fd in (self._stop_read, self._stop_write):
            os.close(fd)
        self._thread = None
        try:
            self._display.close()
        except Exception:  # noqa: BLE001 - the server may be gone already
            pass

    def failure(self) -> str | None:
        if self._error:
            return self._error
        if self._thread is None or not self._thread.is_alive():
            return "focus watcher not running"
        return None

    def bounds_of(self, window_id: int | None) -> Bounds | None:
        """The window's rectangle when it last got focus (for picking its monitor)."""
        return self._bounds.get(window_id)

    # -- the watcher thread ------------------------------------------------------------------------

    def _run(self) -> None:
        from Xlib import X

        fd = self._display.fileno()
        try:
            while True:
                while self._display.pending_events():
                    event = self._display.next_event()
                    if event.type == X.PropertyNotify:
                        self._on_property(event)
                    elif event.type in (X.FocusIn, X.FocusOut):
                        self._on_focus_change(event)
                    elif event.type in (X.UnmapNotify, X.DestroyNotify):
                        self._on_window_gone(event)
                    elif self._saver_event is not None and event.type == self._saver_event:
                        self._on_screen_saver(event)
                ready, _, _ = select.select([fd, self._stop_read], [], [])
                if self._stop_read in ready:
                    return
        except Exception as exc:  # noqa: BLE001 - connection lost: report, never pretend
            self._error = f"focus watcher stopped ({type(exc).__name__})"
            log.error("the X11 focus watcher stopped: %s", safe(type(exc).__name__))
            if self._events is not None:
                self._events.offer(SourceFailure(self._clock.now(), self.name, self._error))

    _gone: Any = None  # catches BadWindow from requests about a window that may be destroyed already
    _watched_events = 0
    _saver_event: int | None = None
    _saver_on = False
    _grabbed = False
    _locked = False

    def _set_locked(self, saver_on: bool | None = None, grabbed: bool | None = None) -> None:
        if saver_on is not None:
            self._saver_on = saver_on
        if grabbed is not None:
            self._grabbed = grabbed
        locked = self._saver_on or self._grabbed
        if locked != self._locked:
            self._locked = locked
            assert self._events is not None, "events are set before the watcher thread starts"
            self._events.offer(ScreenLockEvent(self._clock.now(), locked))

    def _follow_screen_saver(self) -> None:
        """Ask for the screen saver's on/off notices, if the server has the extension."""
        from Xlib.ext import screensaver

        if not self._display.has_extension("MIT-SCREEN-SAVER"):
            log.warning("the X server has no MIT-SCREEN-SAVER extension: a locked screen is not seen")
            return
        root = self._display.screen().root
        root.screensaver_select_input(screensaver.NotifyMask)
        self._saver_event = self._display.query_extension("MIT-SCREEN-SAVER").first_event
        if root.screensaver_query_info().state == screensaver.StateOn:  # already locked at start
            self._set_locked(saver_on=True)

    def _on_screen_saver(self, event: Any) -> None:
        from Xlib.ext import screensaver

        self._set_locked(saver_on=event.state == screensaver.StateOn)

    def _on_focus_change(self, event: Any) -> None:
        from Xlib import X

        # On the followed window a grab shows as FocusOut/FocusIn; on the root as either, by where
        # the grab window and the focus are. The mode is what tells a grab's start from its end.
        if event.mode == X.NotifyGrab:
            self._set_locked(grabbed=True)
        elif event.mode == X.NotifyUngrab:
            self._set_locked(grabbed=False)

    def _on_window_gone(self, event: Any) -> None:
        from Xlib import X

        if event.type == X.DestroyNotify and self._watched is not None and event.window.id == self._watched.id:
            self._watched = None  # its id is free again: the next window to get it must be selected on anew
        # A window manager with nothing else to focus may leave _NET_ACTIVE_WINDOW naming the
        # window that went away, so read the state afresh.
        self._refresh()

    def _on_property(self, event: Any) -> None:
        atoms = self._atoms
        if event.window == self._display.screen().root:
            if event.atom == atoms["_NET_ACTIVE_WINDOW"]:
                self._refresh(event.time)
        elif event.atom in (atoms["_NET_WM_NAME"], atoms["WM_NAME"]):
            self._refresh(event.time)

    def _refresh(self, server_ms: int | None = None) -> None:
        """Read the focused window and emit a FocusEvent if anything about it changed."""
        # Stamped with the change's server time (or before the reads): keys after it are the new window's.
        if self._server_clock is not None and server_ms:
            t = self._server_clock.to_wall(server_ms)
        else:
            t = self._clock.now()
        info = self._read_active()
        if info == self._current:
            return
        self._current = info
        assert self._events is not None, "events are set before the first refresh"
        self._events.offer(FocusEvent(t, info))

    def _read_active(self) -> WindowInfo:
        from Xlib import X, error

        root = self._display.screen().root
        try:
            prop = root.get_full_property(self._atoms["_NET_ACTIVE_WINDOW"], X.AnyPropertyType)
            window_id = int(prop.value[0]) if prop is not None and len(prop.value) else 0
            if not window_id:
                self._watch(None)
                return UNKNOWN_WINDOW  # no EWMH window manager, or nothing focused
            window = self._display.create_resource_object("window", window_id)
            if window.get_attributes().map_state != X.IsViewable:
                self._watch(None)
                return UNKNOWN_WINDOW  # named as active, but unmapped or gone (nothing else had focus)
            self._watch(window)
            info = self._describe(window, window_id)
            self._bounds.note(window_id, self._geometry(window))
            return info
        except (error.BadWindow, error.BadDrawable, error.BadValue, error.BadMatch):
            return UNKNOWN_WINDOW  # the window vanished between the event and the reads

    def _watch(self, window: Any) -> None:
        from Xlib import X

        if self._watched is not None and (window is None or self._watched.id != window.id):
            self._watched.change_attributes(event_mask=X.NoEventMask, onerror=self._gone)
        if window is not None and (self._watched is None or self._watched.id != window.id):
            window.change_attributes(event_mask=self._watched_events, onerror=self._gone)
        self._watched = window

    def _describe(self, window: Any, window_id: int) -> WindowInfo:
        from Xlib import X

        title = self._text_property(window, self._atoms["_NET_WM_NAME"])
        if not title:  # old toolkits (xmessage, Xt) set only WM_NAME
            title = self._text_property(window, self._atoms["WM_NAME"])
        wm_class_pair = window.get_wm_class()
        wm_class = wm_class_pair[1] if wm_class_pair else ""
        pid_prop = window.get_full_property(self._atoms["_NET_WM_PID"], X.AnyPropertyType)
        pid = int(pid_prop.value[0]) if pid_prop is not None and len(pid_prop.value) else None
        app = process_name(pid) or wm_class  # no pid: the class the window names, never a guess
        return WindowInfo(app=app, title=title, pid=pid, wm_class=wm_class, window_id=window_id)

    @staticmethod
    def _text_property(window: Any, atom: int) -> str:
        from Xlib import X

        prop = window.get_full_property(atom, X.AnyPropertyType)
        if prop is None or not prop.value:
            return ""
        value = prop.value
        if isinstance(value, bytes):
            # UTF8_STRING for _NET_WM_NAME; STRING (Latin-1) for WM_NAME. Undecodable bytes are
            # replaced rather than guessed.
            try:
                return value.decode("utf-8")
            except UnicodeDecodeError:
                return value.decode("latin-1")
        return str(value)

    def _geometry(self, window: Any) -> Bounds:
        geometry = window.get_geometry()
        origin = window.translate_coords(self._display.screen().root, 0, 0)
        return -origin.x, -origin.y, int(geometry.width), int(geometry.height)


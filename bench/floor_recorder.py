"""The benchmark's floor: Airlock's capture job done with the bare libraries and nothing else.

pynput listeners whose callbacks only enqueue; an Xlib thread following `_NET_ACTIVE_WINDOW` (a
row per focused window, like a segment); mss screenshots on Airlock's schedule (on focus, after a
click, after a typing burst, a change check every 5 s and a forced frame every 30 s while the user
is active, at most one every 2 s otherwise), compared on a 160x90 grey thumbnail and stored as
half-size Pillow JPEG (quality 70); mouse moves kept at <= 30 Hz; stdlib sqlite3 in WAL mode with
`synchronous=FULL` (the vault's durability) and one commit every 0.5 s. No encryption, policy,
pause, typed-text index or health: what is left is the cost the libraries themselves impose.

    python -m bench.floor_recorder --db PATH [--duration S]

Prints "ready" on stdout once the hooks run; SIGTERM or SIGINT flush and exit 0. It never imports
app: it is the reference Airlock is compared with.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import queue
import select
import signal
import sqlite3
import sys
import threading
import time

SCHEMA = """
CREATE TABLE IF NOT EXISTS segments (id INTEGER PRIMARY KEY, start REAL, end REAL, title TEXT,
                                     wm_class TEXT, pid INTEGER);
CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, segment_id INTEGER, t REAL, kind TEXT, data TEXT);
CREATE INDEX IF NOT EXISTS events_by_segment ON events (segment_id, t);
CREATE TABLE IF NOT EXISTS frames (id INTEGER PRIMARY KEY, segment_id INTEGER, t REAL, width INTEGER,
                                   height INTEGER, mime TEXT, image BLOB);
CREATE INDEX IF NOT EXISTS frames_by_segment ON frames (segment_id, t);
"""
COMMIT_S = 0.5
MOVE_MIN_S = 1 / 30
THUMB = (160, 90)
MODIFIERS = {"shift", "shift_l", "shift_r", "ctrl", "ctrl_l", "ctrl_r", "alt", "alt_l", "alt_r", "alt_gr",
             "cmd", "cmd_l", "cmd_r"}
_STOP = ("stop", 0.0, None)


class FrameTimer:
    """Airlock's frame schedule (app/capture/frame_change.py's timings), written out plainly."""

    SETTLE, TYPING_PAUSE, MIN_STORE, CHECK, FORCED, ACTIVE, CHANGE = 0.3, 1.0, 2.0, 5.0, 30.0, 10.0, 0.02

    def __init__(self) -> None:
        self.last_input = self.focus_at = self.click_at = self.last_key = None
        self.last_stored = self.last_check = None
        self.typing = False

    def input(self, t: float) -> None:
        self.last_input = t if self.last_input is None else max(self.last_input, t)

    def focus(self, t: float) -> None:
        self.input(t)
        self.focus_at = t + self.SETTLE

    def click(self, t: float) -> None:
        self.input(t)
        self.click_at = t + self.SETTLE

    def key(self, t: float) -> None:
        self.input(t)
        self.last_key, self.typing = t, True

    def _candidates(self) -> list[tuple[float, str]]:
        allowed = -1.0 if self.last_stored is None else self.last_stored + self.MIN_STORE
        found = []
        if self.focus_at is not None:
            found.append((self.focus_at, "focus"))
        if self.click_at is not None:
            found.append((max(self.click_at, allowed), "click"))
        if self.typing:
            found.append((max(self.last_key + self.TYPING_PAUSE, allowed), "typing"))
        if self.last_input is not None:
            since = self.last_stored if self.last_stored is not None else self.last_input
            found.append((since + self.FORCED, "forced"))
            check_from = self.last_check if self.last_check is not None else self.last_input
            found.append((max(check_from + self.CHECK, allowed), "check"))
        return found

    def _active(self, t: float) -> bool:
        return self.last_input is not None and t - self.last_input <= self.ACTIVE

    def next_at(self) -> float | None:
        times = [at for at, why in self._candidates() if why not in ("forced", "check") or self._active(at)]
        return min(times) if times else None

    def due(self, now: float) -> str | None:
        order = ["focus", "click", "typing", "forced", "check"]
        ready = sorted((order.index(why), why) for at, why in self._candidates() if at <= now)
        if not ready:
            return None
        why = ready[0][1]
        return None if why in ("forced", "check") and not self._active(now) else why

    def keep(self, why: str, changed: float | None) -> bool:
        if changed is None or why in ("focus", "forced"):
            return True
        return changed > 0 if why in ("click", "typing") else changed >= self.CHANGE

    def grabbed(self, why: str, now: float, stored: bool) -> None:
        if why == "focus":
            self.focus_at = None
        elif why == "click":
            self.click_at = None
        elif why == "typing":
            self.typing = False
        self.last_check = now
        if stored:
            self.last_stored = now
            if self.click_at is not None and self.click_at <= now:
                self.click_at = None
            if self.last_key is not None and self.last_key + self.TYPING_PAUSE <= now:
                self.typing = False


class FocusWatcher(threading.Thread):
    """PropertyNotify on the root's _NET_ACTIVE_WINDOW; each change is queued as a focus item."""

    def __init__(self, items: queue.Queue, stop_fd: int) -> None:
        super().__init__(name="floor-focus", daemon=True)
        from Xlib import X, display

        self._x = X
        self._display = display.Display()
        self._items, self._stop_fd = items, stop_fd
        self._atoms = {n: self._display.intern_atom(n) for n in ("_NET_ACTIVE_WINDOW", "_NET_WM_NAME", "_NET_WM_PID")}
        self._root = self._display.screen().root
        self._root.change_attributes(event_mask=X.PropertyChangeMask)
        self._display.flush()

    def window(self) -> tuple[str, str, int | None]:
        prop = self._root.get_full_property(self._atoms["_NET_ACTIVE_WINDOW"], 0)
        if prop is None or not len(prop.value) or not prop.value[0]:
            return "", "", None
        win = self._display.create_resource_object("window", prop.value[0])
        try:
            name = win.get_full_property(self._atoms["_NET_WM_NAME"], 0)
            title = name.value.decode("utf-8", "replace") if name else (win.get_wm_name() or "")
            wm_class = (win.get_wm_class() or ("", ""))[1]
            pid = win.get_full_property(self._atoms["_NET_WM_PID"], 0)
            return str(title), str(wm_class), int(pid.value[0]) if pid else None
        except Exception:
            return "", "", None

    def run(self) -> None:
        fd = self._display.fileno()
        while True:
            while self._display.pending_events():
                event = self._display.next_event()
                if event.type == self._x.PropertyNotify and event.atom == self._atoms["_NET_ACTIVE_WINDOW"]:
                    self._items.put(("focus", time.time(), self.window()))
            readable, _, _ = select.select([fd, self._stop_fd], [], [])
            if self._stop_fd in readable:
                return


class FloorRecorder:
    """Hooks -> one queue -> one capture thread that grabs, encodes and commits in batches."""

    def __init__(self, db_path: str) -> None:
        self.db = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = FULL")
        self.db.executescript(SCHEMA)
        self.items: queue.Queue = queue.Queue(maxsize=20_000)
        self.timer = FrameTimer()
        self.segment = (self.db.execute("SELECT coalesce(max(id), 0) FROM segments").fetchone()[0])
        self.segment_start = time.time()
        self.events: list[tuple] = []
        self.frames: list[tuple] = []
        self.new_segments: list[tuple] = []
        self.last_thumb: bytes | None = None
        self.held: set[str] = set()
        self._last_move = 0.0
        self._stop_read, self._stop_write = os.pipe()
        self._sct = None
        self.grabs = self.grab_cpu_s = 0.0

    # -- hooks (pynput threads): enqueue only -------------------------------------------------------

    def _put(self, item: tuple) -> None:
        try:
            self.items.put_nowait(item)
        except queue.Full:
            pass

    def on_press(self, key, injected=False) -> None:
        self._put(("key", time.time(), (key, True)))

    def on_release(self, key, injected=False) -> None:
        self._put(("key", time.time(), (key, False)))

    def on_click(self, x, y, button, pressed, injected=False) -> None:
        self._put(("click", time.time(), (x, y, button, pressed)))

    def on_scroll(self, x, y, dx, dy, injected=False) -> None:
        self._put(("scroll", time.time(), (x, y, dx, dy)))

    def on_move(self, x, y, injected=False) -> None:
        now = time.monotonic()
        if now - self._last_move >= MOVE_MIN_S:
            self._last_move = now
            self._put(("move", time.time(), (x, y)))

    # -- capture thread ------------------------------------------------------------------------

    def start(self) -> None:
        from pynput import keyboard, mouse

        self.focus = FocusWatcher(self.items, self._stop_read)
        self.listeners = (keyboard.Listener(on_press=self.on_press, on_release=self.on_release),
                          mouse.Listener(on_click=self.on_click, on_scroll=self.on_scroll, on_move=self.on_move))
        for listener in self.listeners:
            listener.start()
        for listener in self.listeners:
            listener.wait()
        self._new_segment(time.time(), self.focus.window())
        self.focus.start()

    def stop(self) -> None:
        self._put(_STOP)

    def run(self, duration: float | None) -> None:
        end = None if duration is None else time.monotonic() + duration
        last_commit = time.monotonic()
        while True:
            now_m = time.monotonic()
            deadlines = [end] if end is not None else []
            if self.events or self.frames or self.new_segments:
                deadlines.append(last_commit + COMMIT_S)
            grab_at = self.timer.next_at()
            if grab_at is not None:
                deadlines.append(now_m + (grab_at - time.time()))
            timeout = max(0.0, min(deadlines) - now_m) if deadlines else None
            try:
                item = self.items.get(timeout=timeout)
            except queue.Empty:
                item = None
            if item is _STOP or (end is not None and time.monotonic() >= end):
                break
            if item is not None:
                self._handle(item)
            why = self.timer.due(time.time())
            if why is not None:
                self._grab(why)
            if time.monotonic() - last_commit >= COMMIT_S:
                self._commit()
                last_commit = time.monotonic()
        os.write(self._stop_write, b"x")
        for listener in self.listeners:
            listener.stop()
        self._commit()
        self.db.close()

    def _handle(self, item: tuple) -> None:
        kind, t, payload = item
        if kind == "focus":
            self._new_segment(t, payload)
            return
        if kind == "key":
            key, pressed = payload
            name = getattr(key, "name", None) or (getattr(key, "char", None) or "unknown").lower()
            data = {"k": name, "p": int(pressed)}
            char = getattr(key, "char", None)
            if char:
                data["c"] = char
            if self.held:
                data["m"] = sorted(self.held)
            if name in MODIFIERS:
                (self.held.add if pressed else self.held.discard)(name)
            self.timer.key(t)
        elif kind == "click":
            x, y, button, pressed = payload
            data = {"x": x, "y": y, "b": getattr(button, "name", str(button)), "p": int(pressed)}
            if pressed:
                self.timer.click(t)
        elif kind == "scroll":
            x, y, dx, dy = payload
            data = {"x": x, "y": y, "dx": dx, "dy": dy}
            self.timer.input(t)
        else:
            x, y = payload
            data = {"x": x, "y": y}
            self.timer.input(t)
        self.events.append((self.segment, t, kind, json.dumps(data, separators=(",", ":"))))

    def _new_segment(self, t: float, window: tuple[str, str, int | None]) -> None:
        self.segment += 1
        title, wm_class, pid = window
        self.new_segments.append((self.segment, t, t, title, wm_class, pid))
        self.timer.focus(t)

    def _grab(self, why: str) -> None:
        from PIL import Image, ImageChops

        if self._sct is None:
            import mss

            self._sct = mss.mss()
        started = time.thread_time()
        now = time.time()
        shot = self._sct.grab(self._sct.monitors[1])
        image = Image.frombuffer("RGB", shot.size, shot.raw, "raw", "BGRX", 0, 1)
        factor = max(1, min(image.width // THUMB[0], image.height // THUMB[1]))
        thumb = image.reduce(factor).convert("L").resize(THUMB, Image.Resampling.BOX)
        changed = None
        if self.last_thumb is not None:
            histogram = ImageChops.difference(Image.frombytes("L", THUMB, self.last_thumb), thumb).histogram()
            changed = sum(histogram[11:]) / (THUMB[0] * THUMB[1])
        keep = self.timer.keep(why, changed)
        if keep:
            small = image.reduce(2)
            buffer = io.BytesIO()
            small.save(buffer, "JPEG", quality=70)
            self.frames.append((self.segment, now, small.width, small.height, "image/jpeg", buffer.getvalue()))
            self.last_thumb = thumb.tobytes()
        self.timer.grabbed(why, now, keep)
        self.grabs += 1
        self.grab_cpu_s += time.thread_time() - started

    def _commit(self) -> None:
        if not (self.events or self.frames or self.new_segments):
            return
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        db.executemany("INSERT INTO segments (id, start, end, title, wm_class, pid) VALUES (?, ?, ?, ?, ?, ?)",
                       self.new_segments)
        db.executemany("INSERT INTO events (segment_id, t, kind, data) VALUES (?, ?, ?, ?)", self.events)
        db.executemany("INSERT INTO frames (segment_id, t, width, height, mime, image) VALUES (?, ?, ?, ?, ?, ?)",
                       self.frames)
        last = max([e[1] for e in self.events[-1:]] + [f[1] for f in self.frames[-1:]] + [0.0])
        if last:
            db.execute("UPDATE segments SET end = max(end, ?) WHERE id = ?", (last, self.segment))
        db.execute("COMMIT")
        self.events, self.frames, self.new_segments = [], [], []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the sqlite file to record into")
    parser.add_argument("--duration", type=float, help="stop after this many seconds")
    args = parser.parse_args(argv)
    if os.environ.get("BENCH_THREAD_CPU"):
        from bench import thread_cpu

        thread_cpu.start()
    recorder = FloorRecorder(args.db)
    # Started in the background by a non-interactive shell, SIGINT is ignored unless set here. The
    # handler hands the stop to a thread: it may interrupt the main thread inside the queue's lock.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: threading.Thread(target=recorder.stop).start())
    recorder.start()
    print("ready", flush=True)
    recorder.run(args.duration)
    print(f"floor: grabs {recorder.grabs:.0f} cpu {recorder.grab_cpu_s:.3f} s", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

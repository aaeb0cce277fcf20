"""The scripted workload: what a person does at the computer, phase by phase, on a real X display.

Keys, clicks and wheel turns go through xdotool (the X server sees them as real input, so the
recorders' hooks fire exactly as for a person); pointer motion goes through XTest from python-xlib,
because a mouse reports 125 times a second (a gaming mouse 1000) and a process per move would
measure xdotool, not the recorder. Each phase returns what it sent, so completeness is
captured / sent.

Phases: idle (static screen), typing (~8 keys/s), mouse (continuous motion at 125 Hz), mixed
office work (typing, clicks, scrolling and window switches between two real X windows) and a
simulated 1000 Hz mouse.
"""

from __future__ import annotations

import math
import subprocess
import time
from dataclasses import dataclass

KEYS_PER_SECOND = 8.0
MOUSE_HZ = 125.0
FAST_MOUSE_HZ = 1000.0
# xdotool 3's `type --delay D` spends D/2 per character (measured: 40 characters at 125 ms take 2.5 s).
XDOTOOL_TYPE_DELAY_MS = round(2000 / KEYS_PER_SECOND)
WINDOW_A = ("Notes - editor", "AirlockBenchNotes", "900x760+40+60")
WINDOW_B = ("Quarterly report - viewer", "AirlockBenchViewer", "900x760+980+60")
WORDS = ["the", "quarterly", "report", "shows", "steady", "progress", "on", "the", "new", "billing", "system", "and", "the", "team", "plans", "to", "review", "the", "open", "questions", "with", "finance", "next", "week.", "please", "send", "the", "updated", "figures,", "the", "draft", "agenda", "and", "the", "notes", "from", "the", "last", "meeting", "before", "friday", "so", "we", "can", "agree", "on", "the", "next", "steps", "and", "close", "the", "remaining", "tickets", "in", "time", "for", "the", "release"]


@dataclass(frozen=True)
class PhaseSpec:
    """One phase: its name, what it does, and how long the recorder settles before measuring."""

    name: str
    description: str
    settle_s: float


PHASES: tuple[PhaseSpec, ...] = (
    # Airlock and the floor treat input of the last 10 s as "active" (change checks, forced
    # frames): idle is measured from 12 s after the last input, when a person has stepped away.
    PhaseSpec("idle", "recorder running, static screen, no input", 12.0),
    PhaseSpec("typing", f"typing at {KEYS_PER_SECOND:g} keys/s into one window", 2.0),
    PhaseSpec("mouse", f"pointer moving continuously ({MOUSE_HZ:g} Hz motion events)", 2.0),
    PhaseSpec("mixed", "office work: typing, clicks, scrolling, a window switch every ~6 s", 2.0),
    PhaseSpec("mouse-1000hz", f"pointer moving continuously at {FAST_MOUSE_HZ:g} Hz (gaming mouse)", 2.0),
)
PHASE_NAMES = tuple(p.name for p in PHASES)


@dataclass
class Sent:
    """What a phase sent to the X server."""

    keys: int = 0  # key presses
    clicks: int = 0  # button presses (not wheel)
    scrolls: int = 0  # wheel notches
    moves: int = 0  # motion events
    switches: int = 0  # focus changes between the two windows
    move_seconds: float = 0.0
    type_seconds: float = 0.0

    @property
    def move_rate_hz(self) -> float | None:
        return self.moves / self.move_seconds if self.move_seconds > 0 else None

    @property
    def key_rate(self) -> float | None:
        return self.keys / self.type_seconds if self.type_seconds > 0 else None

    def as_dict(self) -> dict:
        rate, keys = self.move_rate_hz, self.key_rate
        return {"keys": self.keys, "clicks": self.clicks, "scrolls": self.scrolls, "moves": self.moves,
                "switches": self.switches, "move_rate_hz": round(rate, 1) if rate else None,
                "keys_per_s_while_typing": round(keys, 2) if keys else None}


class MotionSink:
    """A client that selects pointer motion on the root window, as browsers and editors do for hover.

    Without one, no client has output pending while only the pointer moves, and Xvfb hands RECORD
    data to the recorders in 1 KB blocks (32 events): they would be woken 32 times less often than
    on a real desktop and the motion phases would flatter them. The events are read and dropped on
    a thread of the bench process (not measured).
    """

    def __init__(self, display_name: str) -> None:
        import os
        import threading

        from Xlib import X, display

        self._display = display.Display(display_name)
        self._display.screen().root.change_attributes(event_mask=X.PointerMotionMask)
        self._display.sync()
        self._stop_read, self._stop_write = os.pipe()
        self._thread = threading.Thread(target=self._drain, name="bench-motion-sink", daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        import select

        fd = self._display.fileno()
        while True:
            readable, _, _ = select.select([fd, self._stop_read], [], [])
            if self._stop_read in readable:
                return
            while self._display.pending_events():
                self._display.next_event()

    def close(self) -> None:
        import os

        os.write(self._stop_write, b"x")
        self._thread.join(5)
        self._display.close()
        os.close(self._stop_read)
        os.close(self._stop_write)


def office_text(chars: int, offset: int = 0) -> str:
    """`chars` characters of plain lower-case prose (no shift needed: one press per character)."""
    out: list[str] = []
    length, index = 0, offset
    while length < chars:
        word = WORDS[index % len(WORDS)]
        out.append(word)
        length += len(word) + 1
        index += 1
    return " ".join(out)[:chars]


class Workload:
    """Drives the phases on a running `tests.e2e.harness.desktop.Desktop` with two windows."""

    def __init__(self, desk) -> None:
        from Xlib import display

        self.desk = desk
        self.window_a = self.window_b = 0
        self._open_windows()
        self._x = display.Display(desk.display)  # our own connection for XTest motion
        self._sink = MotionSink(desk.display)
        self._text_offset = 0

    def close(self) -> None:
        self._sink.close()
        self._x.close()

    # -- setting the stage (before a recorder starts) --------------------------------------------

    def _open_windows(self) -> None:
        for window in (self.window_a, self.window_b):
            if window:
                self.desk.close_window(window)
        self.window_a = self.desk.open_window(WINDOW_A[0], WINDOW_A[1], WINDOW_A[2])
        self.window_b = self.desk.open_window(WINDOW_B[0], WINDOW_B[1], WINDOW_B[2])

    def prepare(self, phase: str) -> None:
        """The same start for every recorder: fresh, empty windows (screenshots of text typed by an
        earlier run would be bigger JPEGs), the same text to type, window A focused, pointer in it."""
        self._open_windows()
        self._text_offset = 0
        self.desk.focus(self.window_a)
        x, y = self.desk.window_center(self.window_a)
        self.desk.move(x, y)

    # -- phases ----------------------------------------------------------------------------------

    def run(self, phase: str, seconds: float) -> Sent:
        drive = {"idle": self.idle, "typing": self.typing, "mouse": self.mouse, "mixed": self.mixed,
                 "mouse-1000hz": self.fast_mouse}[phase]
        return drive(seconds)

    def idle(self, seconds: float) -> Sent:
        time.sleep(seconds)  # the workload itself: nobody touches the computer
        return Sent()

    def typing(self, seconds: float) -> Sent:
        sent = Sent()
        self._type(round(seconds * KEYS_PER_SECOND), sent)
        return sent

    def mouse(self, seconds: float, hz: float = MOUSE_HZ) -> Sent:
        sent = Sent()
        self._wander(seconds, hz, sent)
        return sent

    def fast_mouse(self, seconds: float) -> Sent:
        return self.mouse(seconds, FAST_MOUSE_HZ)

    def mixed(self, seconds: float) -> Sent:
        """Rounds of: click into a window, type a sentence, scroll, move across to the other one.

        Half of the switches are clicks into the other window, half keyboard-style activations
        (`windowactivate`, like Alt+Tab or a taskbar click).
        """
        sent = Sent()
        deadline = time.monotonic() + seconds
        windows = (self.window_a, self.window_b)
        current = 0
        round_no = 0
        while time.monotonic() < deadline - 0.5:
            remaining = deadline - time.monotonic()
            self._type(min(36, int(remaining * KEYS_PER_SECOND) - 4), sent)
            if time.monotonic() < deadline - 1.0:
                self._key("Return", sent)
                self._xdotool("click", "--repeat", "2", "--delay", "80", "5")
                sent.scrolls += 2
            if time.monotonic() >= deadline - 1.2:
                break
            current = 1 - current
            target = windows[current]
            x, y = self.desk.window_center(target)
            self._glide_to(x + (round_no % 5) * 20 - 40, y + (round_no % 3) * 30 - 30, 0.5, sent)
            if round_no % 2 == 0:
                self._xdotool("click", "1")
                sent.clicks += 1
            else:
                self._xdotool("windowactivate", "--sync", str(target))
            sent.switches += 1
            round_no += 1
        leftover = deadline - time.monotonic()
        if leftover > 0:
            time.sleep(leftover)
        return sent

    # -- background typing for the latency checks --------------------------------------------------

    def start_typing(self, seconds: float) -> tuple[subprocess.Popen, int]:
        """Start typing `seconds` worth of text without waiting; returns (process, keys it sends)."""
        text = office_text(round(seconds * KEYS_PER_SECOND), self._next_offset())
        process = subprocess.Popen(["xdotool", "type", "--delay", str(XDOTOOL_TYPE_DELAY_MS), "--", text],
                                   env=self.desk.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return process, len(text)

    # -- primitives ------------------------------------------------------------------------------

    def _next_offset(self) -> int:
        self._text_offset += 7
        return self._text_offset

    def _xdotool(self, *args: str) -> None:
        self.desk.xdotool(*args)

    def _type(self, chars: int, sent: Sent) -> None:
        if chars <= 0:
            return
        text = office_text(chars, self._next_offset())
        started = time.monotonic()
        self.desk.type_text(text, delay_ms=XDOTOOL_TYPE_DELAY_MS)
        sent.type_seconds += time.monotonic() - started
        sent.keys += len(text)

    def _key(self, name: str, sent: Sent) -> None:
        self._xdotool("key", name)
        sent.keys += 1

    def _motion(self, x: int, y: int) -> None:
        from Xlib import X
        from Xlib.ext import xtest

        xtest.fake_input(self._x, X.MotionNotify, x=x, y=y)
        self._x.flush()

    def _paced(self, seconds: float, hz: float, position, sent: Sent) -> None:
        """Send motion at `hz` for `seconds`; a late schedule is re-based, never caught up in a burst."""
        period = 1.0 / hz
        start = time.monotonic()
        next_at = start
        i = 0
        while True:
            now = time.monotonic()
            if now - start >= seconds:
                break
            if next_at > now:
                time.sleep(next_at - now)
            elif now - next_at > 0.01:
                next_at = now
            x, y = position(i, time.monotonic() - start)
            self._motion(x, y)
            sent.moves += 1
            i += 1
            next_at += period
        sent.move_seconds += time.monotonic() - start

    def _wander(self, seconds: float, hz: float, sent: Sent) -> None:
        width, height = self.desk.size

        def position(i: int, t: float) -> tuple[int, int]:
            # A slow Lissajous figure over most of the screen: every event moves the pointer.
            x = width / 2 + width * 0.4 * math.sin(2 * math.pi * 0.13 * t)
            y = height / 2 + height * 0.35 * math.sin(2 * math.pi * 0.21 * t + 0.5)
            return int(x) + (i & 1), int(y)

        self._paced(seconds, hz, position, sent)

    def _glide_to(self, x: int, y: int, seconds: float, sent: Sent) -> None:
        x0, y0 = self.desk.pointer()

        def position(i: int, t: float) -> tuple[int, int]:
            f = min(1.0, t / seconds)
            return round(x0 + (x - x0) * f), round(y0 + (y - y0) * f)

        self._paced(seconds, MOUSE_HZ, position, sent)
        self._motion(x, y)
        self._x.sync()  # the server has the pointer there before xdotool clicks (another connection)
        sent.moves += 1

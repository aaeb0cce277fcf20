"""A scripted recording session kept as data (tests/fixtures/session_v*/session.json), and a
driver that plays it through a capture pipeline on a fake clock, as the recorder's thread would.

The script names windows and lists timed steps: focus changes, key downs and ups (`type` expands a
phrase into presses and releases, with shift around capitals), clicks, scrolls, pointer moves, and
the employee's pause, resume and stop. Key events carry the modifiers held before them, worked
out by the sources' own HeldModifiers, so the input is what a real source would queue.

This module imports only what every schema's code has had (app.core.model, app.capture.key_events),
so the one-off script that recorded a fixture with an old version loads this same file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from app.capture.key_events import HeldModifiers
from app.core.model import ClickEvent, FocusEvent, KeyEvent, MoveEvent, ScrollEvent, WindowInfo

SHIFT = "shift"  # the X11 source's name for the left shift key


@dataclass(frozen=True)
class Control:
    """The employee acts at `t`: "pause", "resume" or "stop"."""

    t: float
    action: str


@dataclass(frozen=True)
class Session:
    """A session's queue items (time order) and the employee's controls."""

    t0: float
    windows: dict[str, WindowInfo]
    items: tuple
    controls: tuple[Control, ...]

    @property
    def stop_at(self) -> float:
        return next(c.t for c in self.controls if c.action == "stop")

    def digest(self) -> str:
        """A fingerprint of the expanded input: a fixture recorded from it names the same input."""
        rows = [[type(item).__name__, round(item.t - self.t0, 6),
                 *[_plain(getattr(item, f)) for f in item.__dataclass_fields__ if f not in ("t", "held")]]
                for item in self.items]
        rows += [["Control", round(c.t - self.t0, 6), c.action] for c in self.controls]
        return hashlib.sha256(json.dumps(rows, sort_keys=True).encode()).hexdigest()


def _plain(value):
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, WindowInfo):
        return [value.app, value.title, value.pid, value.wm_class, value.window_id]
    return value


def load_session(path: Path) -> Session:
    """Read and expand a session script (see the module docstring)."""
    script = json.loads(Path(path).read_text())
    t0 = float(script["t0"])
    windows = {name: WindowInfo(**fields) for name, fields in script["windows"].items()}
    keys: list[tuple[float, int, str, str | None, bool]] = []  # (t, order, name, char, pressed)
    others: list[tuple[float, int, object]] = []
    controls: list[Control] = []
    order = 0

    def key(at: float, name: str, char: str | None, pressed: bool) -> None:
        nonlocal order
        order += 1
        keys.append((t0 + at, order, name, char, pressed))

    def other(at: float, item) -> None:
        nonlocal order
        order += 1
        others.append((t0 + at, order, item))

    for step in script["steps"]:
        at = float(step["at"])
        if "focus" in step:
            other(at, FocusEvent(t0 + at, windows[step["focus"]]))
        elif "type" in step:
            every, hold = float(step["every"]), float(step["hold"])
            for index, char in enumerate(step["type"]):
                down = at + index * every
                if char.isupper():
                    key(down - 0.0312, SHIFT, None, True)
                    key(down + hold + 0.0157, SHIFT, None, False)
                name, typed = {" ": ("space", None), "\n": ("enter", None)}.get(char, (char.lower(), char))
                key(down, name, typed, True)
                key(down + hold, name, typed, False)
        elif "down" in step or "up" in step:
            pressed = "down" in step
            key(at, step["down" if pressed else "up"], step.get("char"), pressed)
        elif "click" in step:
            x, y, button = step["click"]
            other(at, ClickEvent(t0 + at, x, y, button, True))
            other(at + float(step["hold"]), ClickEvent(t0 + at + float(step["hold"]), x, y, button, False))
        elif "scroll" in step:
            x, y, dx, dy = step["scroll"]
            other(at, ScrollEvent(t0 + at, x, y, dx, dy))
        elif "move" in step:
            (x0, y0), (x1, y1) = step["move"]
            count = int(step["count"])
            for i in range(count):
                other(at + i * float(step["every"]),
                      MoveEvent(t0 + at + i * float(step["every"]), x0 + (x1 - x0) * i // (count - 1),
                                y0 + (y1 - y0) * i // (count - 1)))
        elif "control" in step:
            controls.append(Control(t0 + at, step["control"]))
        else:
            raise ValueError(f"unknown step: {step}")

    held = HeldModifiers()  # as a source does: each key event carries the modifiers held before it
    key_items = [(t, n, held.event(t, name, char, pressed)) for t, n, name, char, pressed in sorted(keys)]
    items = tuple(item for _, _, item in sorted(key_items + others, key=lambda entry: (entry[0], entry[1])))
    return Session(t0, windows, items, tuple(sorted(controls, key=lambda c: c.t)))


def play(session: Session, *, clock, events, pipeline, pause, step_s: float = 0.01) -> None:
    """Run the session through `pipeline` synchronously: every `step_s` of the fake `clock` the
    items stamped by then are queued (a source queues at once), the employee's controls take
    effect, and the pipeline processes its queue and ticks, as its thread would. At "stop" the
    pipeline drains and finishes (the open segment ends, held keys are released)."""
    items, controls = list(session.items), list(session.controls)
    k = 0
    while True:
        now = session.t0 + k * step_s
        clock.set(now)
        while items and items[0].t <= now:
            events.offer(items.pop(0))
        while controls and controls[0].t <= now:
            control = controls.pop(0)
            if control.action == "pause":
                pause.pause(at=control.t)
            elif control.action == "resume":
                pause.resume(at=control.t)
            else:  # stop: what the recorder's stop() does with the capture thread
                pipeline.drain()
                pipeline.finish(clock.now())
                return
        pipeline.drain(settle=False)
        k += 1


def key_event_fields(event: KeyEvent) -> list:
    """[t, key, char, pressed, modifiers] of a key event, as the fixtures list them."""
    return [event.t, event.key, event.char, event.pressed, sorted(event.modifiers)]

"""Helpers shared by the capture unit tests: a list sink, builders for events and pipelines."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.capture.event_queue import EventQueue
from app.capture.frame_change import FrameScheduler, FrameTiming
from app.capture.frame_encoder import FrameEncoder
from app.capture.frame_taker import FrameTaker
from app.capture.health import CaptureHealth
from app.capture.own_windows import OwnWindows
from app.capture.pipeline import CapturePipeline
from app.capture.pipeline_settings import PipelineSettings
from app.core.model import ClickEvent, FocusEvent, KeyEvent, MoveEvent, WindowInfo
from app.core.records import EventRecord, FrameRecord, GapRecord, KeyRelease, SegmentEnd, SegmentStart
from app.policy.rules.pause import PauseState
from app.policy.rules.typed_text import reconstruct
from tests.helpers.clock import FakeClock
from tests.helpers.scripted_source import ScriptedScreen, scripted_screen_source

EDITOR = WindowInfo(app="gedit", title="notes.txt - gedit", pid=100, wm_class="Gedit", window_id=1)
BROWSER = WindowInfo(app="firefox", title="Docs - Firefox", pid=200, wm_class="firefox", window_id=2)
KEEPASS = WindowInfo(app="keepassxc", title="Passwords.kdbx - KeePassXC", pid=300, wm_class="KeePassXC", window_id=3)


class ListSink:
    """A RecordSink that keeps everything, with views by record type."""

    def __init__(self) -> None:
        self.records: list = []

    def submit(self, record) -> None:
        self.records.append(record)

    def of(self, kind) -> list:
        return [r for r in self.records if isinstance(r, kind)]

    @property
    def starts(self) -> list[SegmentStart]:
        return self.of(SegmentStart)

    @property
    def events(self) -> list:
        return [r.event for r in self.of(EventRecord)]

    @property
    def keys(self) -> list[KeyEvent]:
        return [e for e in self.events if isinstance(e, KeyEvent)]

    @property
    def frames(self) -> list[FrameRecord]:
        return self.of(FrameRecord)

    @property
    def gaps(self) -> list:
        return [r.gap for r in self.of(GapRecord)]

    @property
    def ends(self) -> list[SegmentEnd]:
        return self.of(SegmentEnd)

    @property
    def releases(self) -> list[KeyRelease]:
        return self.of(KeyRelease)

    def text_of(self, token: int) -> str:
        """The typed text the vault writer derives from this segment's stored keys."""
        return reconstruct(r.event for r in self.of(EventRecord) if r.token == token and isinstance(r.event, KeyEvent))


def typed(text: str, t: float, step: float = 0.05) -> list[KeyEvent]:
    """Press/release pairs typing `text` (space as Key.space, like pynput), starting at `t`."""
    events = []
    for index, char in enumerate(text):
        at = t + index * step
        if char == " ":
            events += [KeyEvent(at, "space", True), KeyEvent(at + 0.01, "space", False)]
        else:
            events += [KeyEvent(at, char.lower(), True, char), KeyEvent(at + 0.01, char.lower(), False, char)]
    return events


def focus(window: WindowInfo, t: float) -> FocusEvent:
    return FocusEvent(t, window)


def click(t: float, x: int = 10, y: int = 10) -> list[ClickEvent]:
    return [ClickEvent(t, x, y, "left", True), ClickEvent(t + 0.05, x, y, "left", False)]


def moves(t: float, count: int, hz: float) -> list[MoveEvent]:
    return [MoveEvent(t + i / hz, i, i) for i in range(count)]


@dataclass
class Rig:
    clock: FakeClock
    events: EventQueue
    sink: ListSink
    pause: PauseState
    health: CaptureHealth
    pipeline: CapturePipeline
    screen: ScriptedScreen | None = None
    colour: list = field(default_factory=lambda: [(255, 255, 255)])

    def feed(self, items) -> None:
        """Queue `items` (as sources would), then let the pipeline process them once the clock has
        reached the newest of them (events are never from the future)."""
        for item in items:
            self.events.offer(item)
            if item.t > self.clock.now():
                self.clock.set(item.t)
        self.pipeline.drain()

    def advance(self, seconds: float, step: float = 0.1) -> None:
        """Move the fake clock forward, ticking the pipeline as its thread would."""
        end = self.clock.now() + seconds
        while self.clock.now() < end - 1e-9:
            self.clock.advance(min(step, end - self.clock.now()))
            self.pipeline.tick(self.clock.now())


def make_rig(settings: PipelineSettings | None = None, screenshots: bool = False, capacity: int = 10_000,
             sources=(), timing: FrameTiming | None = None, own_windows: OwnWindows | None = None) -> Rig:
    clock = FakeClock(1_700_000_000.0)
    events = EventQueue(capacity)
    sink = ListSink()
    pause = PauseState()
    health = CaptureHealth()
    settings = settings or PipelineSettings(screenshots=screenshots)
    frames = screen = None
    colour = [(255, 255, 255)]
    if screenshots:
        screen = ScriptedScreen(paint=lambda: colour[0])
        frames = FrameTaker(scripted_screen_source(screen), FrameEncoder(settings.encoder),
                            FrameScheduler(timing or settings.frame_timing))
    pipeline = CapturePipeline(events, sink, clock, pause, health, settings, frames=frames, sources=sources,
                               own_windows=own_windows)
    pipeline.begin()
    return Rig(clock, events, sink, pause, health, pipeline, screen, colour)

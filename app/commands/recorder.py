"""Recorder: the sources and the capture pipeline of one run, writing into a vault writer it is given.

Composition, shared by `airlock record --headless` and the desktop app. Everything it works with
is passed in — the writer (which outlives it in the desktop app: it is there before consent and
between runs), the pause state, the health (whose `on_change` tells the controls) — and nothing is
replaced after construction. `stop()` means one thing: capture stops, and what it captured is
committed; the writer's owner closes the writer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from app.capture.capture_sources import build_sources
from app.capture.event_queue import EventQueue
from app.capture.frame_change import FrameScheduler
from app.capture.frame_encoder import FrameEncoder
from app.capture.frame_taker import FrameTaker
from app.capture.health import CaptureHealth, HealthSnapshot
from app.capture.own_windows import OwnWindows
from app.capture.pipeline import CapturePipeline
from app.capture.pipeline_settings import settings_from_policy
from app.capture.screen_source import ScreenSource
from app.control.interface import CaptureCondition
from app.control.ui_presence import UiRegistry
from app.core.clock import Clock
from app.core.i18n import fill, format_number, translate
from app.core.model import CaptureStatus
from app.core.paths import Paths
from app.policy.model import Policy
from app.policy.rules.pause import PauseState
from app.vault.writer import VaultWriter


@dataclass(frozen=True)
class RecordSummary:
    """Counts only, never content."""

    seconds: float
    events: int
    frames: int
    dropped: int
    committed_events: int
    committed_frames: int
    status: str
    guarded: int = 0  # reached the vault writer after a pause or a delete that covers them: dropped there

    def as_text(self) -> str:
        return fill(translate("Cli", "Recorded for %1 s: %2 events and %3 screenshots stored (%4 not stored: paused, "
                              "excluded or unknown focus; %5 still on their way when a pause or delete covered them: "
                              "dropped). State before stopping: %6."),
                    f"{self.seconds:.0f}", format_number(self.committed_events), format_number(self.committed_frames),
                    format_number(self.dropped), format_number(self.guarded), self.status)


def condition_of(snapshot: HealthSnapshot) -> CaptureCondition:
    """The recorder's health as the controls see it: its pause is the controls' own business."""
    if snapshot.status is CaptureStatus.PAUSED:
        return CaptureCondition(CaptureStatus.RECORDING)
    return CaptureCondition(snapshot.status, snapshot.detail)


class Recorder:
    """Sources + pipeline for one run. `start()`, then `stop()` (idempotent)."""

    def __init__(self, writer: VaultWriter, policy: Policy, clock: Clock, pause: PauseState, health: CaptureHealth,
                 *, paths: Paths | None = None, prefer_record: bool = True,
                 on_pause_expired: Callable[[float], None] = lambda t: None) -> None:
        self.writer, self.policy, self.clock, self.pause, self.health = writer, policy, clock, pause, health
        # Airlock's windows are never captured: this process's, and those of the UI processes of
        # this profile (`airlock review` beside a headless recorder) that hold their presence lock.
        ui_processes = UiRegistry(paths).shows_airlock_windows if paths is not None else (lambda pid: False)
        self.own_windows = OwnWindows(shows_airlock_windows=ui_processes)
        self.prefer_record = prefer_record  # X11: RECORD keys/buttons + pointer polling (else pynput)
        self._on_pause_expired = on_pause_expired
        self.backend = ""
        self.events = EventQueue()
        self._sources: list = []
        self.pipeline: CapturePipeline | None = None
        self._started_at = 0.0
        self._committed_before = (0, 0, 0)

    def start(self) -> None:
        self._started_at = self.clock.now()
        stats = self.writer.stats
        self._committed_before = (stats.committed_events, stats.committed_frames, stats.dropped_paused)
        try:
            sources = build_sources(self.clock, prefer_record=self.prefer_record)
            self.backend = sources.backend
            probe, keyboard_mouse = sources.probe, sources.input
            settings = dataclasses.replace(settings_from_policy(self.policy),
                                           exclusion_margin_s=sources.exclusion_margin_s)
            frames = FrameTaker(ScreenSource(), FrameEncoder(settings.encoder), FrameScheduler(settings.frame_timing),
                                probe.bounds_of, settings.all_monitors)
            self.pipeline = CapturePipeline(self.events, self.writer, self.clock, self.pause, self.health, settings,
                                            frames=frames, sources=(probe, keyboard_mouse),
                                            on_pause_expired=self._on_pause_expired, own_windows=self.own_windows)
            # The probe first: its first FocusEvent is queued before any key, so no key is judged
            # against an unknown window. The pipeline starts last: it checks the sources' health.
            for source in (probe, keyboard_mouse):
                source.start(self.events)
                self._sources.append(source)
            self.pipeline.start()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> RecordSummary:
        """Stop the sources, drain the pipeline (it ends the open segment), commit what it handed over."""
        status = self.health.snapshot().describe() if self.pipeline is not None else translate("Cli", "not started")
        for source in reversed(self._sources):  # input first: nothing new after this point
            source.stop()
        self._sources.clear()
        if self.pipeline is not None:
            self.pipeline.stop()
            self.pipeline = None
        self.writer.flush()
        stats = self.writer.stats
        return RecordSummary(seconds=max(0.0, self.clock.now() - self._started_at), events=self.health.events_stored,
                             frames=self.health.frames_stored, dropped=self.health.events_dropped,
                             committed_events=stats.committed_events - self._committed_before[0],
                             committed_frames=stats.committed_frames - self._committed_before[1],
                             status=status, guarded=stats.dropped_paused - self._committed_before[2])

    def snapshot(self) -> HealthSnapshot:
        return self.health.snapshot()

    def last_input(self) -> float | None:
        """When the employee last typed, clicked or moved (None: not since capture started)."""
        pipeline = self.pipeline
        return pipeline.last_input_t if pipeline is not None else None

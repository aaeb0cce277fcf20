"""`airlock record --headless [--duration S]`: the recorder without windows (servers, benchmarks, tests).

Composition: open the vault, check consent, restore a persisted pause, start the writer, build the
sources and the pipeline from the effective policy, run until the duration ends or SIGINT/SIGTERM
arrives, then stop in order: sources, pipeline (drains its queue), writer (flushes), vault.
`Recorder` is the same composition for other front ends (desktop app, control channel).
"""

from __future__ import annotations

import dataclasses
import logging
import signal
import sys
import threading
import time
from dataclasses import dataclass

from app.capture.capture_sources import build_sources
from app.capture.event_queue import EventQueue
from app.capture.frame_change import FrameScheduler
from app.capture.frame_encoder import FrameEncoder
from app.capture.frame_taker import FrameTaker
from app.capture.health import CaptureHealth, HealthSnapshot
from app.capture.pipeline import CapturePipeline
from app.capture.pipeline_settings import settings_from_policy
from app.capture.screen_source import ScreenSource
from app.commands.control_wiring import headless_control
from app.core.clock import Clock
from app.core.display import detect_display
from app.core.errors import KnownError
from app.core.model import Gap, GapReason
from app.core.records import GapRecord
from app.policy.consent.summary import ConsentState, consent_state
from app.policy.model import Policy
from app.policy.rules.pause import PauseState
from app.vault import ledger, operations
from app.vault.personal_store import effective_for
from app.vault.vault import VaultHandle, open_vault
from app.vault.writer import VaultWriter

log = logging.getLogger("airlock.record")


class ConsentMissing(KnownError):
    """Capture must not start before the employee agreed to the policy in force."""


class CaptureUnsupported(KnownError):
    """This session's display cannot be captured."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("record", help="run the recorder (headless: no windows, no tray)")
    parser.add_argument("--headless", action="store_true", help="record without any window (required here)")
    parser.add_argument("--duration", type=float, metavar="S", help="stop after S seconds (default: until Ctrl-C/SIGTERM)")
    parser.add_argument("--input-backend", choices=("auto", "pynput"), default="auto",
                        help="keyboard/mouse backend: auto (X11: RECORD keys and buttons + pointer polling) or pynput")
    parser.set_defaults(func=run_record)


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

    def as_text(self) -> str:
        return (f"Recorded for {self.seconds:.0f} s: {self.committed_events} events and {self.committed_frames} "
                f"screenshots stored ({self.dropped} not stored: paused, excluded or unknown focus). "
                f"State before stopping: {self.status}.")


class Recorder:
    """Vault writer + sources + pipeline for one run. `start()`, then `stop()` (idempotent)."""

    def __init__(self, handle: VaultHandle, policy: Policy, clock: Clock, pause: PauseState,
                 prefer_record: bool = True) -> None:
        self.handle, self.policy, self.clock, self.pause = handle, policy, clock, pause
        self.prefer_record = prefer_record  # X11: RECORD keys/buttons + pointer polling (else pynput)
        self.backend = ""
        self.health = CaptureHealth()
        self.writer = VaultWriter(handle, is_paused=pause.is_paused_at)
        self.events = EventQueue()
        self._sources: list = []
        self.pipeline: CapturePipeline | None = None
        self._started_at = 0.0

    def start(self) -> None:
        self.writer.start()
        self._started_at = self.clock.now()
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
                                            on_pause_expired=self._persist_resume)
            # The probe first: its first FocusEvent is queued before any key, so no key is judged
            # against an unknown window. The pipeline starts last: it checks the sources' health.
            for source in (probe, keyboard_mouse):
                source.start(self.events)
                self._sources.append(source)
            self.pipeline.start()
        except BaseException:
            self.stop()
            raise

    def _persist_resume(self, t: float) -> None:
        self.writer.run(lambda conn: operations.save_pause(conn, None, t))

    def stop(self) -> RecordSummary:
        status = self.health.snapshot().describe() if self.pipeline is not None else "not started"
        for source in reversed(self._sources):  # input first: nothing new after this point
            source.stop()
        self._sources.clear()
        if self.pipeline is not None:
            self.pipeline.stop()
        self.writer.stop()  # commits what the pipeline handed over, closes its connection
        stats = self.writer.stats
        return RecordSummary(seconds=max(0.0, self.clock.now() - self._started_at), events=self.health.events_stored,
                             frames=self.health.frames_stored, dropped=self.health.events_dropped,
                             committed_events=stats.committed_events, committed_frames=stats.committed_frames,
                             status=status)

    def snapshot(self) -> HealthSnapshot:
        return self.health.snapshot()


def _check_consent(conn, policy: Policy) -> None:
    state = consent_state(ledger.latest_body(conn, ledger.LedgerKind.CONSENT), policy)
    if state is not ConsentState.GIVEN:
        raise ConsentMissing("Not recording: consent to the policy in force has not been given.",
                             "Read it with `airlock consent`, then agree with `airlock consent --accept`.")


def _record_unsupported(handle: VaultHandle, why: str, now: float) -> None:
    """An honest trace in the vault that capture was asked for and could not run (no content)."""
    writer = VaultWriter(handle)
    writer.start()
    writer.submit(GapRecord(1, Gap(now, now, GapReason.DISPLAY_UNSUPPORTED, why)))
    writer.stop()


def run_record(args, context) -> int:
    if not args.headless:
        raise KnownError("`airlock record` runs without windows only: add --headless.",
                         "Run `airlock` for the desktop app with its tray icon.")
    policy = context.policy()
    clock = context.clock
    handle = open_vault(context.paths, context.keystore())
    conn = handle.connect()
    try:
        _check_consent(conn, policy)  # consent is to IT's policy; capture obeys it as tightened
        snapshot = operations.load_pause(conn)
        policy = effective_for(conn, policy)
    finally:
        conn.close()
    display = detect_display()
    if not display.capture_supported:
        _record_unsupported(handle, display.server, clock.now())
        raise CaptureUnsupported("Not recording: this session cannot be captured.", display.explanation)

    pause = PauseState()
    pause.restore(snapshot)  # a pause survives crashes and restarts until it expires
    stop_requested = threading.Event()
    previous = {sig: signal.signal(sig, lambda signum, frame: stop_requested.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}  # background shells ignore SIGINT otherwise
    recorder = Recorder(handle, policy, clock, pause, prefer_record=args.input_backend == "auto")
    try:
        # The control channel (airlock status/pause/resume/delete/flag) and the single-instance
        # lock live as long as capture runs; the same controls as the desktop app's tray.
        with headless_control(context.paths, recorder, clock, snapshot):
            recorder.start()
            if pause.current(clock.now()) is not None:
                print("airlock: paused (a pause in force is kept); recording resumes when it ends.", file=sys.stderr)
            print(f"airlock: recording (headless){f' for {args.duration:.0f} s' if args.duration else ''}, "
                  f"input through {recorder.backend}; stop with Ctrl-C or SIGTERM.", file=sys.stderr, flush=True)
            deadline = None if args.duration is None else time.monotonic() + args.duration
            while not stop_requested.is_set():
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    break
                stop_requested.wait(remaining)
    finally:
        summary = recorder.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print(summary.as_text(), flush=True)
    return 0

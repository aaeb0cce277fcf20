"""The capture pipeline: ONE thread that turns queued source events into records for the vault.

Focus and input events are put back in time order (ReorderBuffer), then for each: the pause drops
what is stamped inside it (even if queued before the click); the focus tracked from FocusEvents
says which window each input event went to (input stamped too close to an excluded window's focus
is dropped: stamps from two threads are only so precise); excluded windows, Airlock's own windows
(own_windows.py: whose they are is asked as the focus change arrives) and unknown focus store
nothing but a gap; keystrokes pass the SecretMasker and the window's keystroke mode; mouse moves
are coalesced; segments are cut by the Segmenter; screenshots are grabbed when the FrameScheduler
says so.

A pause is judged in the same time order: when the pipeline sees the pause, it puts a mark stamped
with the pause instant into the reorder hold, so every key pressed before the instant lands in the
segment it was typed in, the segment ends at the mark, and the first input after the resume opens
a new one. (The vault writer's in-flight guard is what guarantees nothing paused is written; the
pipeline's own pause checks shape the segments.) Records go to a RecordSink (the vault
writer, wired by the composition root); capture never imports the vault.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.capture.event_queue import EventQueue, QueueItem, Source, SourceFailure, SourceRecovered
from app.capture.frame_taker import FrameTaker
from app.capture.gap_book import GapBook
from app.capture.health import CaptureHealth
from app.capture.own_windows import OWN_WINDOW, OwnWindows
from app.capture.pipeline_settings import PipelineSettings
from app.capture.reorder_buffer import ReorderBuffer
from app.capture.segment_book import SegmentBook
from app.core.clock import Clock
from app.core.errors import KnownError
from app.core.log_guard import safe
from app.core.model import (
    UNKNOWN_WINDOW,
    ClickEvent,
    FocusEvent,
    Frame,
    GapReason,
    InputEvent,
    KeyEvent,
    KeystrokeMode,
    MoveEvent,
    ScreenLockEvent,
    ScrollEvent,
    SegmentEndReason,
    WindowInfo,
)
from app.core.records import EventRecord, FrameRecord, KeyRelease, RecordSink
from app.policy.rules.coalescing import MoveCoalescer
from app.policy.rules.exclusions import ExclusionMatcher
from app.policy.rules.keystrokes import apply_mode
from app.policy.rules.pause import PauseState
from app.policy.rules.secret_detection import SecretMasker

log = logging.getLogger("airlock.capture.pipeline")

_WAKE = object()  # put on the queue by stop() so the thread notices at once
_BATCH = 256  # items processed between ticks when the queue is busy
SCREEN_RETRY_S = 30.0  # after a failed grab, try again this much later (no retry storm)
FOCUS_UNKNOWN_GRACE_S = 1.0  # shorter unknown-focus spans are recorded only if input was dropped
INF = float("inf")


@dataclass(frozen=True, slots=True)
class PauseMark:
    """The pause instant, judged in time order with the input around it."""

    t: float


@dataclass(frozen=True, slots=True)
class ResumeMark:
    t: float


def _is_unknown(window: WindowInfo) -> bool:
    return window == UNKNOWN_WINDOW or (not window.app and not window.title and window.window_id is None)


class CapturePipeline:
    """Owns the capture thread. `process`/`tick`/`drain` also run synchronously (unit tests)."""

    def __init__(self, events: EventQueue, sink: RecordSink, clock: Clock, pause: PauseState,
                 health: CaptureHealth, settings: PipelineSettings = PipelineSettings(), *,
                 frames: FrameTaker | None = None, sources: Sequence[Source] = (),
                 on_pause_expired: Callable[[float], None] = lambda t: None,
                 own_windows: OwnWindows | None = None) -> None:
        self.events, self.sink, self.clock, self.pause, self.health = events, sink, clock, pause, health
        self._own_windows = own_windows if own_windows is not None else OwnWindows()
        self.settings = settings
        self.frames = frames if settings.screenshots else None
        self.sources = tuple(sources)
        self._on_pause_expired = on_pause_expired
        self.gaps = GapBook(sink)
        self._exclusions = ExclusionMatcher(settings.exclusions)
        self.segments = SegmentBook(sink, settings.keystrokes, settings.idle_gap_s, settings.max_segment_s)
        self._masker = SecretMasker()
        self._moves = MoveCoalescer(settings.max_move_hz)
        self._intake = ReorderBuffer(settings.reorder_hold_s)
        self._excluded_ended_at = -INF  # when focus last left an excluded window
        self._excluded_cache: dict[WindowInfo, str | None] = {}
        self._focus: WindowInfo | None = None  # None: no FocusEvent yet (unknown)
        self._blocked: str | None = "focus"  # why input is not stored now: focus unknown/excluded
        self._focus_lost_at: float | None = None  # when focus went to no known window
        self._locked = False  # the screen is locked (or its saver is on): nothing is stored
        self._mode = KeystrokeMode.NONE
        self._paused = False  # a pause is in force (no screenshots); its mark may still be held
        self._paused_since: float | None = None  # the start of the pause this thread has marked
        self._last_key_t: float | None = None
        self.last_input_t: float | None = None  # any input, stored or not: the scan worker yields to it
        self._last_health = float("-inf")
        self._dropped_seen = 0
        self._failed: set[str] = set()
        self._screen_retry_at = float("-inf")
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    # -- thread ------------------------------------------------------------------------------------

    def begin(self) -> None:
        """Mark the run as started (without a thread: synchronous use in tests)."""
        now = self.clock.now()
        self.health.started(now)
        # Until the window probe's first FocusEvent (it starts before input) nothing is stored.
        self.health.set_focus_unknown(True, now)

    def start(self) -> None:
        self.begin()
        self._thread = threading.Thread(target=self._run, name="airlock-capture", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Process what is queued, close the open segment and gaps, end the thread."""
        self._stopping.set()
        self.events.offer(_WAKE)  # type: ignore[arg-type]
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            wake = self.clock.now()
            while not self._stopping.is_set():
                now = self.clock.now()
                if now >= wake:
                    self.tick(now)
                    wake = self.next_wake(now)
                item = self.events.take(max(0.0, wake - self.clock.now()))
                processed = 0
                while item is not None and processed < _BATCH:
                    if item is not _WAKE:
                        self.process(item)
                        if isinstance(item, (SourceFailure, SourceRecovered)):
                            wake = self.clock.now()  # a source's state changes what is due: look again
                    processed += 1
                    item = self.events.take(0) if processed < _BATCH else None
                # An item only waits in the reorder hold: it makes nothing due before `wake` but its
                # own release, so the next tick is moved no later than that (one wake-up, not one per key).
                release = self._intake.next_release()
                if release is not None:
                    wake = min(wake, release)
            self.drain()
            self.finish(self.clock.now())
        except Exception as exc:  # noqa: BLE001 - a bug: report without content (messages may quote it)
            log.error("the capture pipeline stopped: %s", safe(type(exc).__name__))
            self.health.source_failed("pipeline", f"stopped ({type(exc).__name__})", self.clock.now())
        finally:
            if self.frames is not None:
                self.frames.close()

    def drain(self, settle: bool = True) -> None:
        """Process everything queued now, then tick once (synchronous use and shutdown).

        `settle` also judges the events still held for reordering (as if their time had come).
        """
        while (item := self.events.take(0)) is not None:
            if item is not _WAKE:
                self.process(item)
        if settle:
            self._judge_held(INF)
        self.tick(self.clock.now())

    def finish(self, now: float) -> None:
        """Release held keys and moves, close the segment and gaps (the recorder stops)."""
        self._judge_held(INF)
        self._release_held_input()
        self.segments.close(SegmentEndReason.STOPPED)
        self.gaps.close_all(now)
        self.health.stopped(now)

    # -- items -------------------------------------------------------------------------------------

    def process(self, item: QueueItem) -> None:
        if isinstance(item, SourceFailure):
            self._source_failed(item.source, item.why, item.t, item.reason)
        elif isinstance(item, SourceRecovered):
            self._source_recovered(item.source, item.t)
        else:
            if isinstance(item, FocusEvent):
                # Judged now, as it arrives: whose window it is must be known while its process
                # lives (an Airlock window closed within the reorder hold is still Airlock's).
                self._exclusion_of(item.window)
            self._intake.push(item)  # judged in time order once `reorder_hold_s` has passed

    def _judge_held(self, now: float) -> None:
        for item in self._intake.release(now):
            if isinstance(item, FocusEvent):
                self._on_focus(item)
            elif isinstance(item, Frame):
                self._on_frame(item)
            elif isinstance(item, ScreenLockEvent):
                self._on_screen_lock(item)
            elif isinstance(item, PauseMark):
                self._on_pause_mark(item)
            elif isinstance(item, ResumeMark):
                self.gaps.close("pause", item.t)
            else:
                self._on_input(item)

    def _exclusion_of(self, window: WindowInfo) -> str | None:
        """The name of what excludes `window` (Airlock's own, or a rule), or None."""
        if window not in self._excluded_cache:
            if len(self._excluded_cache) > 256:
                held = {f.window for f in self._intake.held_focus() if isinstance(f, FocusEvent)}
                self._excluded_cache = {w: v for w, v in self._excluded_cache.items() if w in held}
            self._excluded_cache[window] = self._judge_exclusion(window)
        return self._excluded_cache[window]

    def _judge_exclusion(self, window: WindowInfo) -> str | None:
        if _is_unknown(window):
            return None
        if self._own_windows.owns(window):
            return OWN_WINDOW
        rule = self._exclusions.match(window)
        return rule.name if rule is not None else None

    def _near_excluded(self, t: float) -> bool:
        """Input stamped this close to an excluded window's focus may belong to it: never store it."""
        margin = self.settings.exclusion_margin_s
        if t - self._excluded_ended_at < margin:
            return True
        return any(f.t - t < margin and (f.locked if isinstance(f, ScreenLockEvent) else bool(self._exclusion_of(f.window)))
                   for f in self._intake.held_focus())

    def _on_focus(self, event: FocusEvent) -> None:
        self._release_held_input()  # typed before the change: belongs to the previous window
        if self._blocked == "excluded":
            self._excluded_ended_at = event.t
        window = event.window
        self._focus = window
        self.gaps.close("focus", event.t)
        if _is_unknown(window):
            # Every window switch passes through "no active window" for a moment: keep the segment
            # (the same window usually comes back) and record the gap only if it lasts or costs input.
            self._blocked = "focus"
            self._focus_lost_at = event.t if self._focus_lost_at is None else self._focus_lost_at
            self.gaps.open("focus", GapReason.FOCUS_UNKNOWN, event.t, min_duration=FOCUS_UNKNOWN_GRACE_S)
            self.health.set_focus_unknown(True, event.t)
            self.health.set_excluded(None, event.t)
            return
        self.health.set_focus_unknown(False, event.t)
        self._focus_lost_at = None
        rule_name = self._exclusion_of(window)
        if rule_name is not None:
            self._block("excluded", GapReason.EXCLUDED, rule_name, event.t)
            self.health.set_excluded(rule_name, event.t)
            return
        self.health.set_excluded(None, event.t)
        self._blocked = None
        self._mode = self.settings.keystrokes.mode_for(window)
        if self.frames is not None:
            self.frames.scheduler.note_focus(event.t)

    def _block(self, why: str, reason: GapReason, detail: str, t: float) -> None:
        self._blocked = why
        self.segments.close(SegmentEndReason.EXCLUDED)
        self.gaps.open("focus", reason, t, detail)
        if self.frames is not None:
            self.frames.scheduler.reset()

    def _on_input(self, event: InputEvent) -> None:
        self.last_input_t = event.t
        if self.pause.is_paused_at(event.t) or self._locked or self._blocked is not None or self._focus is None:
            self.health.events_dropped += 1  # counted, never stored; the gap says why
            if self._blocked == "focus":
                self.gaps.confirm("focus")
            return
        if self._near_excluded(event.t):
            self.health.events_dropped += 1
            return
        window, scheduler = self._focus, (self.frames.scheduler if self.frames is not None else None)
        if isinstance(event, KeyEvent):
            self._last_key_t = event.t
            if scheduler is not None:
                (scheduler.note_key if event.pressed else scheduler.note_input)(event.t)
            if self._mode is KeystrokeMode.NONE:
                return
            for released in self._masker.feed(event, window):
                self._store_key(released, window)
        elif isinstance(event, MoveEvent):
            if scheduler is not None:
                scheduler.note_input(event.t)
            move = self._moves.offer(event)
            if move is not None:
                self._store_event(move, window)
        elif isinstance(event, (ClickEvent, ScrollEvent)):
            if scheduler is not None:
                if isinstance(event, ClickEvent) and event.pressed:
                    scheduler.note_click(event.t)
                else:
                    scheduler.note_input(event.t)
            self._flush_moves(window)
            self._store_event(event, window)

    # -- storing -----------------------------------------------------------------------------------

    def _store_key(self, event: KeyEvent, window: WindowInfo) -> None:
        stored = apply_mode(event, self.settings.keystrokes.mode_for(window))
        if stored is not None:
            self._store_event(stored, window)

    def _store_event(self, event: InputEvent, window: WindowInfo) -> None:
        if self.pause.is_paused_at(event.t):  # e.g. a held key released after the pause began
            self.health.events_dropped += 1
            return
        if isinstance(event, KeyEvent) and not event.pressed:
            # A release only times its press: it opens no segment (not even after a resume).
            self.sink.submit(KeyRelease(event.t, event.key))
            return
        token = self.segments.place(event.t, window)
        self.sink.submit(EventRecord(token, event))
        self.health.events_stored += 1

    def _on_frame(self, frame: Frame) -> None:
        """A grab, judged like input once its time has come: the focus change that may have reached
        the queue just after the grab decides whose picture it is (or that it is never stored)."""
        if (self.pause.is_paused_at(frame.t) or self._locked or self._blocked is not None or self._focus is None
                or self._near_excluded(frame.t)):
            return
        token = self.segments.place(frame.t, self._focus)
        self.sink.submit(FrameRecord(token, frame))
        self.health.frames_stored += 1

    def _flush_moves(self, window: WindowInfo) -> None:
        move = self._moves.flush()
        if move is not None:
            self._store_event(move, window)

    def _release_held_input(self) -> None:
        window = self._focus
        released = self._masker.flush()
        if window is None or self._blocked is not None:
            return
        for event in released:
            self._store_key(event, window)
        self._flush_moves(window)

    def _source_failed(self, source: str, why: str, t: float, reason: GapReason = GapReason.SOURCE_FAILED) -> None:
        if source in self._failed:
            return
        self._failed.add(source)
        log.error("capture source %s failed: %s", safe(source), safe(why))  # our own words, no content
        self.health.source_failed(source, why, t)
        self.gaps.open(f"source:{source}", reason, t, f"{source}: {why}")

    def _source_recovered(self, source: str, t: float) -> None:
        if source in self._failed:
            self._failed.discard(source)
            self.health.source_recovered(source, t)
            self.gaps.close(f"source:{source}", t)

    # -- time-driven work --------------------------------------------------------------------------

    def next_wake(self, now: float) -> float:
        """The next instant something is due (never later than the next health check)."""
        times = [self._last_health + self.settings.health_interval_s]
        release = self._intake.next_release()
        if release is not None:
            times.append(release)
        if self._last_key_t is not None and self._masker.pending_since is not None:
            times.append(self._last_key_t + self.settings.key_flush_idle_s)
        idle = self.segments.next_deadline()
        if idle is not None:
            times.append(idle + self.settings.reorder_hold_s)
        if self._focus_lost_at is not None and self.segments.current_token is not None:
            times.append(self._focus_lost_at + FOCUS_UNKNOWN_GRACE_S + self.settings.reorder_hold_s)
        snapshot = self.pause.current(now)
        if snapshot is not None and snapshot.until is not None:
            times.append(snapshot.until)
        if self.frames is not None and self._capturing():
            deadline = self.frames.scheduler.next_deadline(now)
            if deadline is not None:
                times.append(max(deadline, self._screen_retry_at))
        return min(times)

    def _capturing(self) -> bool:
        # While a focus change is still held for reordering, the screen may already show the new
        # (perhaps excluded) window under the old window's name: no grab until it is judged.
        return (not self._paused and not self._locked and self._blocked is None and self._focus is not None
                and not self._intake.held_focus())

    def tick(self, now: float) -> None:
        """Do what is due at `now`: pause changes, held keys, segment updates, frames, health."""
        self._follow_pause(now)
        self._judge_held(now)
        judged = now - self.settings.reorder_hold_s
        if self._focus_lost_at is not None and judged - self._focus_lost_at >= FOCUS_UNKNOWN_GRACE_S:
            # Focus left for no known window and did not come back: the segment ended when it left.
            self.segments.close(SegmentEndReason.FOCUS_UNKNOWN)
        self.segments.tick(judged)
        self.gaps.tick(now)
        if (self._last_key_t is not None and self._masker.pending_since is not None
                and now - self._last_key_t >= self.settings.key_flush_idle_s):
            self._release_held_input()
        self.segments.tick(now)
        if self.frames is not None and self._capturing():
            self._maybe_grab(now)
        if now - self._last_health >= self.settings.health_interval_s:
            self._last_health = now
            self._check_sources(now)

    def _follow_pause(self, now: float) -> None:
        if self.pause.expire_if_due(now):
            self._on_pause_expired(now)
        snapshot = self.pause.current(now)
        if snapshot is not None and self._paused and snapshot.paused_at != self._paused_since:
            # Resumed and paused again between two ticks: two pauses, each marked as such.
            self._intake.push(ResumeMark(min(self.pause.ended_at(now), snapshot.paused_at)))
            self._paused = False
        if snapshot is not None and not self._paused:
            self._paused = True  # no screenshot from now on
            self._paused_since = snapshot.paused_at
            self._intake.push(PauseMark(snapshot.paused_at))  # the segment ends there, in time order
            if self.frames is not None:
                self.frames.scheduler.reset()
        elif snapshot is None and self._paused:
            self._paused = False
            self._intake.push(ResumeMark(min(self.pause.ended_at(now), now)))
        self.health.set_paused(self._paused, snapshot.until if snapshot is not None else None, now)

    def _on_screen_lock(self, event: ScreenLockEvent) -> None:
        """A locker takes the keyboard without taking the focus: while it is up, nothing is stored
        (what is typed is the password), and the segment ends where the lock began."""
        if event.locked == self._locked:
            return
        self._locked = event.locked
        if event.locked:
            self._release_held_input()  # typed before the lock: belongs to the segment
            self.segments.close(SegmentEndReason.SCREEN_LOCKED)
            self.gaps.open("lock", GapReason.SCREEN_LOCKED, event.t)
            self.health.set_locked(True, event.t)  # outranks the focus: a window focused under the lock stays unrecorded
            if self.frames is not None:
                self.frames.scheduler.reset()
            return
        self.gaps.close("lock", event.t)
        self.health.set_locked(False, event.t)
        if self._focus is not None:
            self._on_focus(FocusEvent(event.t, self._focus))  # judge the focused window afresh

    def _on_pause_mark(self, mark: PauseMark) -> None:
        """Everything stamped before the pause instant has been judged: end the segment there."""
        self._release_held_input()  # keys the secret check still held were typed before it too
        self.segments.close(SegmentEndReason.PAUSED)
        self.gaps.open("pause", GapReason.PAUSED, mark.t)

    def _maybe_grab(self, now: float) -> None:
        assert self.frames is not None and self._focus is not None
        reason = self.frames.scheduler.due(now)
        if reason is None or now < self._screen_retry_at:
            return
        try:
            frame = self.frames.take(reason, now, self._focus)
        except KnownError as error:  # ScreenUnavailable: a gap and "not capturing", no traceback
            self._source_failed("screen", error.hint or "screenshot failed", now)
            self._screen_retry_at = now + SCREEN_RETRY_S
            return
        if "screen" in self._failed:
            self._source_recovered("screen", now)
        if frame is not None:
            self._intake.push(frame)

    def _check_sources(self, now: float) -> None:
        for source in self.sources:
            why = source.failure()
            if why:
                self._source_failed(source.name, why, now)
        dropped = self.events.dropped
        if dropped > self._dropped_seen:
            self.health.events_dropped += dropped - self._dropped_seen
            self.gaps.record(GapReason.SOURCE_FAILED, now - self.settings.health_interval_s, now,
                             f"{dropped - self._dropped_seen} events dropped: capture queue full")
            self._dropped_seen = dropped

"""Operations: the one route by which anything changes what Airlock keeps or does.

The tray, the status window, the review window, the consent screen, the settings dialog, the CLI
and the control channel all call one `Operations` object (or, from another process, its stand-in
over the control channel: app/control/remote.py). It holds the pause state (instant: in force
before anything touches the disk) and sends every vault change to a `VaultStore`
(app/vault/operations/store.py), which runs it on the recorder's writer thread while one runs — so
whatever route a delete takes, it is ordered with the capture stream and the writer's in-flight
guard sees it. Observers hear a `ControlEvent` after each change (on the caller's thread); a
`Change` says what changed, so views refresh from it.

Qt-free and thread-safe: the tray (GUI thread), the control server thread and the expiry timer
all call in. Methods that change the vault return a Future (the GUI never waits); the `*_last`
and `status` forms wait (the CLI and the control channel).
"""

from __future__ import annotations

import enum
import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

from app.control.durations import describe_until
from app.control.interface import CaptureCondition, StatusReport, VaultStore
from app.core.changes import Change, ChangeKind, RangeCounts, Span
from app.core.clock import Clock
from app.core.errors import KnownError
from app.core.i18n import english, translate
from app.core.log_guard import safe
from app.core.model import CaptureStatus, FlagCategory, SegmentState
from app.policy.model import Policy
from app.policy.personal import PersonalSettings
from app.policy.rules.pause import PauseSnapshot, PauseState

log = logging.getLogger("airlock.control")

ACTION_TIMEOUT_S = 60.0


class ControlEventKind(str, enum.Enum):
    STATUS = "status"  # state or counts changed
    PAUSE_ENDED = "pause-ended"  # a timed pause ran out
    CAPTURE_STOPPED = "capture-stopped"  # capture stopped for a reason the employee must know
    CAPTURE_RESTORED = "capture-restored"
    CHANGED = "changed"  # the vault changed: `change` says how (views refresh from it)
    DELETED = "deleted"  # a delete from the tray or the CLI: worth a notice
    FLAGGED = "flagged"
    FAILED = "failed"  # an action in the background failed (message, hint)


@dataclass(frozen=True)
class ControlEvent:
    kind: ControlEventKind
    status: StatusReport
    message: str = ""
    hint: str = ""
    change: Change | None = None


def describe_counts(counts: RangeCounts) -> str:
    """"3 segments, 120 keystrokes, 14 clicks, 6 screenshots" (or "nothing"), in the employee's language."""
    if counts.empty:
        return translate("Status", "nothing")
    return ", ".join((translate("Status", "%n segment(s)", None, counts.segments),
                      translate("Status", "%n keystroke(s)", None, counts.keys),
                      translate("Status", "%n click(s)", None, counts.clicks),
                      translate("Status", "%n screenshot(s)", None, counts.frames)))


def describe(state: CaptureStatus, reason: str, paused_until: float | None, now: float) -> str:
    """The state in words, as the tray tooltip and `airlock status` say it."""
    if state is CaptureStatus.PAUSED:
        return (translate("Status", "Paused until you resume") if paused_until is None else
                translate("Status", "Paused until %1").replace("%1", describe_until(paused_until, now, zone=True)))
    if state is CaptureStatus.EXCLUDED:
        return (translate("Status", "Excluded window in focus (%1): nothing recorded").replace("%1", reason) if reason
                else translate("Status", "Excluded window in focus: nothing recorded"))
    if state is CaptureStatus.NOT_CAPTURING:
        return translate("Status", "Not capturing: %1").replace("%1", reason) if reason else translate("Status", "Not capturing")
    return translate("Status", "Recording")


class Operations:
    """See the module docstring. `store` is None while the vault cannot be used (`vault_problem`
    says why); pauses still hold in memory then, and nothing is captured either."""

    def __init__(self, pause_state: PauseState, clock: Clock, store: VaultStore | None, *,
                 mode: str = "desktop", vault_problem: str = "", policy: Policy | None = None,
                 action_timeout: float = ACTION_TIMEOUT_S, reads_screenshots: bool = False) -> None:
        self.pause_state = pause_state
        self._clock = clock
        self._store = store
        self._mode = mode
        self._policy = policy
        self._timeout = action_timeout
        self._lock = threading.RLock()
        self._health = CaptureCondition(CaptureStatus.RECORDING)
        self._timed_until: float | None = None  # the end of the timed pause we announced
        self._vault_problem = vault_problem  # the vault cannot be used at all ("keyring locked")
        self._vault_error = ""  # writing failed for now (disk full)
        self._counts: dict[str, int] = {}
        self._needs_a_look = 0  # open suggestions: moments that look sensitive, not yet answered
        self._scan_progress = ""
        self._scan_restarts = 0
        # Screenshots are read here and unread ones hold their segments (the composition knows: policy, engine).
        self._reads_screenshots = reads_screenshots
        self._not_yet_read = 0
        self._recording_segment: int | None = None
        self._observers: list[Callable[[ControlEvent], None]] = []
        self._show: Callable[[], bool] | None = None
        self._consent_answered: Callable[[bool], None] = lambda accepted: None
        self._settings_saved: Callable[[], None] = lambda: None

    # -- observing and the hooks of the app around it ------------------------------------------

    def subscribe(self, observer: Callable[[ControlEvent], None]) -> None:
        self._observers.append(observer)

    def on_show(self, show: Callable[[], bool]) -> None:
        """How a second start brings the instance's window forward (the desktop app's shell)."""
        self._show = show

    def on_consent_answered(self, answered: Callable[[bool], None]) -> None:
        """Called after consent is recorded, whichever route gave it (start or stop capture)."""
        self._consent_answered = answered

    def on_settings_saved(self, saved: Callable[[], None]) -> None:
        """Called after personal settings are saved (capture restarts under them)."""
        self._settings_saved = saved

    def _emit(self, kind: ControlEventKind, message: str = "", hint: str = "", change: Change | None = None) -> None:
        event = ControlEvent(kind, self.snapshot(), message, hint, change)
        for observer in list(self._observers):
            try:
                observer(event)
            except Exception:
                log.exception("a control observer failed")

    # -- state ----------------------------------------------------------------------------------

    @property
    def has_vault(self) -> bool:
        return self._store is not None

    @property
    def policy(self) -> Policy | None:
        return self._policy

    def vault_unavailable(self, problem: str) -> None:
        """The vault cannot be used (found after construction): say so from now on."""
        with self._lock:
            self._store, self._vault_problem = None, problem
        self._emit(ControlEventKind.STATUS)

    def snapshot(self) -> StatusReport:
        """The status now, with the last known counts (never blocks)."""
        now = self._clock.now()
        pause = self.pause_state.current(now)
        with self._lock:
            problem = self._vault_problem or self._vault_error
            health = self._health
            counts = dict(self._counts)
            needs_a_look = self._needs_a_look
            not_yet_read = self._not_yet_read
            recording_segment = self._recording_segment if self._mode != "not-running" else None
            scan_progress, scan_restarts = self._scan_progress, self._scan_restarts
        if problem:
            state, reason = CaptureStatus.NOT_CAPTURING, problem
        elif health.status is CaptureStatus.NOT_CAPTURING:
            state, reason = health.status, health.reason_now()
        elif pause is not None:
            state, reason = CaptureStatus.PAUSED, ""
        else:
            state, reason = health.status, health.reason_now()
        if self._mode == "not-running" and state is not CaptureStatus.PAUSED:
            state, reason = CaptureStatus.NOT_CAPTURING, reason or "Airlock is not running"
        until = pause.until if pause else None
        return StatusReport(
            state=state, reason=reason,
            paused_at=pause.paused_at if pause else None, paused_until=until,
            waiting_for_review=counts.get(SegmentState.HELD.value, 0), needs_a_look=needs_a_look, segments=counts,
            running=self._mode != "not-running", mode=self._mode,
            pid=os.getpid() if self._mode != "not-running" else None,
            describe=describe(state, reason, until, now), scan_progress=scan_progress,
            scan_restarts=scan_restarts, not_yet_read=not_yet_read, recording_segment=recording_segment,
        )

    def status(self) -> StatusReport:
        """The status with fresh counts (waits briefly for the vault)."""
        self.expire_if_due()
        if self._store is not None:
            try:
                counts, looks, unread, recording = self._count_futures()
                if self._store_counts(counts.result(self._timeout), looks.result(self._timeout),
                                      unread.result(self._timeout) if unread is not None else 0,
                                      recording.result(self._timeout)):
                    self._emit(ControlEventKind.STATUS)  # the tray's count follows too
            except KnownError as error:
                log.warning("counting segments failed: %s", safe(english(error.message)))
        return self.snapshot()

    def refresh_counts(self) -> Future | None:
        """Recount segments and open suggestions in the background; observers get STATUS when the
        numbers change. Returns the Future of the last count."""
        if self._store is None:
            return None
        counts, looks, unread, recording = self._count_futures()
        # The store runs its work in order: when the last is counted, the others were too.
        last = unread if unread is not None else looks
        last.add_done_callback(lambda _done: self._counts_arrived(counts, looks, unread, recording))
        return last

    def _count_futures(self) -> tuple[Future, Future, Future | None, Future]:
        assert self._store is not None
        recording = self._store.recording_segment()  # asked first: the counts' futures are done after it
        return (self._store.state_counts(), self._store.open_suggestion_count(),
                self._store.unread_frame_count() if self._reads_screenshots else None, recording)

    def _counts_arrived(self, counts: Future, looks: Future, unread: Future | None, recording: Future) -> None:
        futures = (counts, looks, recording) if unread is None else (counts, looks, unread, recording)
        if any(f.cancelled() or f.exception() is not None for f in futures):
            return
        if self._store_counts(counts.result(), looks.result(), unread.result() if unread is not None else 0,
                              recording.result()):
            self._emit(ControlEventKind.STATUS)

    def _store_counts(self, counts: dict[str, int], needs_a_look: int, not_yet_read: int = 0,
                      recording_segment: int | None = None) -> bool:
        with self._lock:
            changed = (counts != self._counts or needs_a_look != self._needs_a_look
                       or not_yet_read != self._not_yet_read or recording_segment != self._recording_segment)
            self._counts, self._needs_a_look, self._not_yet_read = dict(counts), needs_a_look, not_yet_read
            self._recording_segment = recording_segment
        return changed

    def report_condition(self, health: CaptureCondition) -> None:
        """The capture pipeline says what it is doing (any thread)."""
        with self._lock:
            previous, self._health = self._health, health
        if previous == health:
            return
        stopped = health.status is CaptureStatus.NOT_CAPTURING
        if stopped and previous.status is not CaptureStatus.NOT_CAPTURING:
            self._emit(ControlEventKind.CAPTURE_STOPPED, translate("Status", "Capture stopped: %1").replace(
                "%1", health.reason or translate("Status", "unknown reason")))
        elif previous.status is CaptureStatus.NOT_CAPTURING and not stopped:
            self._emit(ControlEventKind.CAPTURE_RESTORED, "Capture works again.")
        else:
            self._emit(ControlEventKind.STATUS)

    def report_scan_progress(self, progress: str, restarts: int = 0) -> None:
        """The background scan worker says how far it is ("Reading screenshots: 420 of 1,310") and how
        often its process was started again after dying; any thread."""
        with self._lock:
            changed = (progress, restarts) != (self._scan_progress, self._scan_restarts)
            self._scan_progress, self._scan_restarts = progress, restarts
        if changed:
            self._emit(ControlEventKind.STATUS)

    def report_vault_error(self, error: KnownError | None) -> None:
        """The writer's `on_error`: writing failed (disk full) or works again (None)."""
        with self._lock:
            previous, self._vault_error = self._vault_error, error.message if error else ""
        if error is not None and not previous:
            self._emit(ControlEventKind.CAPTURE_STOPPED, error.message, error.hint)
        elif error is None and previous:
            self._emit(ControlEventKind.CAPTURE_RESTORED, "Capture works again.")

    # -- pause ----------------------------------------------------------------------------------

    def adopt_pause(self, snapshot: PauseSnapshot | None) -> PauseSnapshot | None:
        """Adopt a pause loaded from the vault before capture starts (a restart during a pause stays
        paused). A timed pause that ran out meanwhile is ended and recorded."""
        self.pause_state.restore(snapshot)
        self._watch(snapshot)
        self.expire_if_due()
        return self.pause_state.current(self._clock.now())

    def restore_pause(self) -> PauseSnapshot | None:
        """Adopt the pause saved in the vault (read through the store)."""
        if self._store is None:
            return None
        return self.adopt_pause(self._store.load_pause().result(self._timeout))

    def _watch(self, snapshot: PauseSnapshot | None) -> None:
        with self._lock:
            self._timed_until = snapshot.until if snapshot is not None else None

    def pause(self, *, until: float | None = None, seconds: float | None = None, wait: bool = True) -> StatusReport:
        """Pause now: from this instant nothing is kept. `wait` for the pause to be saved."""
        now = self._clock.now()
        if seconds is not None:
            until = now + seconds
        if until is not None and until <= now:
            raise KnownError(translate("Errors", "That time has already passed."),
                             translate("Errors", "Give a time later today, or a duration like 30m."))
        snapshot = self.pause_state.pause(now, until)  # in force before anything touches the disk
        self._watch(snapshot)
        log.info("paused%s", safe("" if snapshot.until is None else " (timed)"))
        self._persist(snapshot, now, wait)
        self._emit(ControlEventKind.STATUS)
        return self.snapshot()

    def resume(self, *, wait: bool = True) -> StatusReport:
        now = self._clock.now()
        self._watch(None)
        if self.pause_state.resume(now):
            log.info("resumed")
            self._persist(None, now, wait)
            self._emit(ControlEventKind.STATUS)
        return self.snapshot()

    def toggle_pause(self) -> StatusReport:
        """One click: pause until resumed, or resume."""
        if self.pause_state.current(self._clock.now()) is not None:
            return self.resume(wait=False)
        return self.pause(wait=False)

    def expire_if_due(self) -> bool:
        """End a timed pause whose time is up; True once per ended pause.

        The capture thread may have ended it first (and recorded the resume): the employee is
        told either way, exactly once.
        """
        now = self._clock.now()
        if self.pause_state.expire_if_due(now):
            log.info("a timed pause ended")
            self._persist(None, now, wait=False)
        with self._lock:
            ended = (self._timed_until is not None and now >= self._timed_until
                     and self.pause_state.current(now) is None)
            if ended:
                self._timed_until = None
        if ended:
            self._emit(ControlEventKind.PAUSE_ENDED, "The pause has ended: recording again.")
        return ended

    def pause_ran_out(self, at: float) -> None:
        """The capture thread ended a timed pause: record the resume."""
        if self._store is not None:
            self._store.save_pause(None, at).add_done_callback(self._report_failure("The resume could not be saved"))

    def _persist(self, snapshot: PauseSnapshot | None, now: float, wait: bool) -> None:
        if self._store is None:
            return  # nothing is captured without a vault either; the pause still holds in memory
        future = self._store.save_pause(snapshot, now)
        if wait:
            try:
                future.result(self._timeout)
            except KnownError as error:
                raise KnownError(translate("Errors", "The pause is in force, but it could not be saved: %1").replace(
                    "%1", error.message), error.hint) from None
        else:
            future.add_done_callback(self._report_failure("The pause is in force, but it could not be saved"))

    def _report_failure(self, what: str) -> Callable[[Future], None]:
        def done(future: Future) -> None:
            error = None if future.cancelled() else future.exception()
            if error is None:
                return
            hint = getattr(error, "hint", "")
            message = getattr(error, "message", type(error).__name__)
            log.error("%s: %s", safe(what), safe(english(message) if isinstance(error, KnownError) else type(error).__name__))
            self._emit(ControlEventKind.FAILED, f"{what}: {message}", hint)
        return done

    # -- vault changes --------------------------------------------------------------------------

    def _require_store(self) -> VaultStore:
        if self._store is None:
            raise KnownError(translate("Errors", "The vault is not available: %1.").replace(
                "%1", self._vault_problem or translate("Errors", "not open")),
                translate("Errors", "Fix that first (see `airlock doctor`)."))
        return self._store

    def _announced(self, future: Future, after: Callable[[Change], None] | None = None) -> Future:
        """Tell observers what changed once `future` (of a Change) is done; failures are reported too."""
        def done(finished: Future) -> None:
            if finished.cancelled() or finished.exception() is not None:
                return
            change = finished.result()
            self.refresh_counts()
            self._emit(ControlEventKind.CHANGED, change=change)
            if after is not None:
                after(change)
        future.add_done_callback(done)
        return future

    def preview(self, segment_ids: list[int] = (), spans: list[Span] = ()) -> Future:
        """What deleting these segments and spans would remove (a Future of RangeCounts)."""
        return self._require_store().summarize(list(spans), list(segment_ids))

    def delete(self, segment_ids: list[int] = (), spans: list[Span] = ()) -> Future:
        """Delete whole segments and everything captured in the spans (a Future of the Change).

        Records stamped in what is deleted that are still on their way are dropped when they come.
        """
        store = self._require_store()
        future = store.delete(list(segment_ids), list(spans), self._clock.now())
        future.add_done_callback(self._log_delete)
        return self._announced(future)

    @staticmethod
    def _log_delete(future: Future) -> None:
        if not future.cancelled() and future.exception() is None and future.result().counts is not None:
            counts = future.result().counts
            log.info("deleted: %d segments, %d events, %d screenshots", counts.segments, counts.events, counts.frames)

    def flag(self, category: FlagCategory, note: str = "", segment_ids: list[int] = (),
             spans: list[Span] = ()) -> Future:
        return self._announced(self._require_store().flag(list(segment_ids), list(spans), category, note,
                                                          self._clock.now()))

    def unflag(self, segment_ids: list[int] = (), spans: list[Span] = ()) -> Future:
        return self._announced(self._require_store().unflag(list(segment_ids), list(spans), self._clock.now()))

    def approve(self, segment_ids: list[int] = (), spans: list[Span] = ()) -> Future:
        return self._announced(self._require_store().approve(list(segment_ids), list(spans), self._clock.now()))

    def redact_frame(self, frame_id: int, rects: list[tuple[int, int, int, int]]) -> Future:
        return self._announced(self._require_store().redact_frame(frame_id, rects, self._clock.now()))

    def mask_text(self, segment_id: int, start: int, end: int) -> Future:
        return self._announced(self._require_store().mask_text(segment_id, start, end, self._clock.now()))

    # -- the answers to suggested moments (app/vault/operations/suggestions.py) ---------------------

    def accept_suggested_redaction(self, suggestion_id: int, rects: list[tuple[int, int, int, int]] | None = None) -> Future:
        """Black out the words a suggestion boxed on its screenshot — or `rects`, those boxes as the
        employee adjusted them in the redaction tool (a Future of the Change)."""
        return self._announced(self._require_store().accept_suggested_redaction(
            suggestion_id, self._clock.now(), rects))

    def flag_from_suggestion(self, suggestion_id: int) -> Future:
        """Flag the suggestion's segment with its category."""
        return self._announced(self._require_store().flag_from_suggestion(suggestion_id, self._clock.now()))

    def dismiss_suggestion(self, suggestion_id: int) -> Future:
        """"Not sensitive": the suggestion closes and no longer holds its segment."""
        return self._announced(self._require_store().dismiss_suggestion(suggestion_id, self._clock.now()))

    def record_consent(self, policy: Policy, accepted: bool, language: str = "") -> Future:
        """Record the employee's answer to `policy` (the one they were shown); capture follows it."""
        if self._policy is not None and policy.content_hash != self._policy.content_hash:
            raise KnownError(translate("Errors", "The policy shown is not the one Airlock runs under."),
                             translate("Errors", "Read it again with `airlock consent`, then answer."))
        answered = self._consent_answered
        return self._announced(self._require_store().record_consent(policy, accepted, self._clock.now(), language),
                               lambda change: answered(accepted))

    def save_personal(self, personal: PersonalSettings) -> Future:
        saved = self._settings_saved
        return self._announced(self._require_store().save_personal(personal, self._clock.now()),
                               lambda change: saved())

    def load_personal(self) -> Future:
        return self._require_store().load_personal()

    # -- the tray's and the CLI's "last N minutes" ----------------------------------------------

    def span_until_now(self, seconds: float) -> Span:
        now = self._clock.now()
        return (now - seconds, now)

    def preview_last(self, seconds: float) -> RangeCounts:
        return self.preview(spans=[self.span_until_now(seconds)]).result(self._timeout)

    def delete_last(self, seconds: float) -> RangeCounts:
        """Delete everything captured in the last `seconds` ("now" is the moment of the call)."""
        change = self.delete_span(self._clock.now() - seconds).result(self._timeout)
        return change.counts or RangeCounts(*self.span_until_now(seconds))

    def delete_span(self, start: float) -> Future:
        """Delete from `start` until now; observers also get DELETED (a notice for the employee)."""
        future = self.delete(spans=[(start, self._clock.now())])

        def done(finished: Future) -> None:
            if finished.cancelled():
                return
            if finished.exception() is not None:
                self._report_failure("Deleting failed")(finished)
                return
            counts = finished.result().counts or RangeCounts(start, start)
            self._emit(ControlEventKind.DELETED, translate("Status", "Deleted %1.").replace("%1", describe_counts(counts)))
        future.add_done_callback(done)
        return future

    def flag_last(self, seconds: float, category: FlagCategory, note: str = "") -> int:
        return self.flag_span(self._clock.now() - seconds, category, note).result(self._timeout).count

    def flag_span(self, start: float, category: FlagCategory, note: str = "") -> Future:
        future = self.flag(category, note, spans=[(start, self._clock.now())])

        def done(finished: Future) -> None:
            if finished.cancelled():
                return
            if finished.exception() is not None:
                self._report_failure("Flagging failed")(finished)
                return
            count = finished.result().count
            self._emit(ControlEventKind.FLAGGED, translate("Status", "Flagged %n segment(s) as sensitive.", None, count))
        future.add_done_callback(done)
        return future

    # -- window ---------------------------------------------------------------------------------

    def show(self) -> bool:
        """Ask the instance's window to come forward (False when there is none)."""
        return bool(self._show()) if self._show is not None else False


__all__ = ["ChangeKind", "ControlEvent", "ControlEventKind", "Operations", "describe", "describe_counts"]

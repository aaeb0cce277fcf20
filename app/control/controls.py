"""CaptureControls: the employee's controls over a running capture, without any UI.

Pause, resume, delete and flag act on the shared PauseState and, through `VaultActions`, on the
vault — in the writer's order, so a pause drops everything stamped after the click and a delete
removes everything committed before it. Every decision's ledger entry is written by the vault
operation itself. Thread-safe: the tray (GUI thread), the control server thread and the expiry
timer all call in. Observers get a `ControlEvent` after each change (on the caller's thread).
"""

from __future__ import annotations

import enum
import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

from app.control.drop_filter import DropFilter
from app.control.durations import describe_until
from app.control.interface import CaptureCondition, RangeCounts, StatusReport, VaultActions
from app.control.text_guard import DeletedTextGuard
from app.core.clock import Clock
from app.core.errors import KnownError
from app.core.log_guard import safe
from app.core.model import CaptureStatus, FlagCategory, SegmentState
from app.policy.rules.pause import PauseSnapshot, PauseState

log = logging.getLogger("airlock.control")

ACTION_TIMEOUT_S = 60.0


class ControlEventKind(str, enum.Enum):
    STATUS = "status"  # state or counts changed
    PAUSE_ENDED = "pause-ended"  # a timed pause ran out
    CAPTURE_STOPPED = "capture-stopped"  # capture stopped for a reason the employee must know
    CAPTURE_RESTORED = "capture-restored"
    DELETED = "deleted"
    FLAGGED = "flagged"
    FAILED = "failed"  # an action in the background failed (message, hint)


@dataclass(frozen=True)
class ControlEvent:
    kind: ControlEventKind
    status: StatusReport
    message: str = ""
    hint: str = ""


def describe(state: CaptureStatus, reason: str, paused_until: float | None, now: float) -> str:
    """The state in words, as the tray tooltip and `airlock status` say it."""
    if state is CaptureStatus.PAUSED:
        return "Paused until you resume" if paused_until is None else f"Paused until {describe_until(paused_until, now)}"
    if state is CaptureStatus.EXCLUDED:
        return f"Excluded window in focus ({reason}): nothing recorded" if reason else "Excluded window in focus: nothing recorded"
    if state is CaptureStatus.NOT_CAPTURING:
        return f"Not capturing: {reason}" if reason else "Not capturing"
    return "Recording"


class CaptureControls:
    """The Qt-free controller (implements `Controller`); see the module docstring."""

    def __init__(self, pause_state: PauseState, clock: Clock, actions: VaultActions | None, *,
                 mode: str = "desktop", vault_problem: str = "", show: Callable[[], bool] | None = None,
                 action_timeout: float = ACTION_TIMEOUT_S) -> None:
        self.pause_state = pause_state
        self.drop_filter = DropFilter(pause_state)  # give this to the VaultWriter as `is_paused`
        self.text_guard = DeletedTextGuard()  # and every record through this on its way in
        self._clock = clock
        self._actions = actions
        self._mode = mode
        self._show = show
        self._timeout = action_timeout
        self._lock = threading.RLock()
        self._health = CaptureCondition(CaptureStatus.RECORDING)
        self._timed_until: float | None = None  # the end of the timed pause we announced
        self._vault_problem = vault_problem  # the vault cannot be used at all ("keyring locked")
        self._vault_error = ""  # writing failed for now (disk full)
        self._counts: dict[str, int] = {}
        self._observers: list[Callable[[ControlEvent], None]] = []

    # -- observing ------------------------------------------------------------------------------

    def subscribe(self, observer: Callable[[ControlEvent], None]) -> None:
        self._observers.append(observer)

    def _emit(self, kind: ControlEventKind, message: str = "", hint: str = "") -> None:
        event = ControlEvent(kind, self.snapshot(), message, hint)
        for observer in list(self._observers):
            try:
                observer(event)
            except Exception:
                log.exception("a control observer failed")

    # -- state ----------------------------------------------------------------------------------

    @property
    def has_vault(self) -> bool:
        return self._actions is not None

    def bind_actions(self, actions: VaultActions | None, vault_problem: str = "") -> None:
        """Set how the vault is reached (the composition may open it after building the controls)."""
        with self._lock:
            self._actions = actions
            self._vault_problem = vault_problem
        self._emit(ControlEventKind.STATUS)

    def set_show_handler(self, show: Callable[[], bool] | None) -> None:
        self._show = show

    def snapshot(self) -> StatusReport:
        """The status now, with the last known counts (never blocks)."""
        now = self._clock.now()
        pause = self.pause_state.current(now)
        with self._lock:
            problem = self._vault_problem or self._vault_error
            health = self._health
            counts = dict(self._counts)
        if problem:
            state, reason = CaptureStatus.NOT_CAPTURING, problem
        elif health.status is CaptureStatus.NOT_CAPTURING:
            state, reason = health.status, health.reason
        elif pause is not None:
            state, reason = CaptureStatus.PAUSED, ""
        else:
            state, reason = health.status, health.reason
        if self._mode == "not-running" and state is not CaptureStatus.PAUSED:
            state, reason = CaptureStatus.NOT_CAPTURING, reason or "Airlock is not running"
        until = pause.until if pause else None
        return StatusReport(
            state=state, reason=reason,
            paused_at=pause.paused_at if pause else None, paused_until=until,
            waiting_for_review=counts.get(SegmentState.HELD.value, 0), segments=counts,
            running=self._mode != "not-running", mode=self._mode,
            pid=os.getpid() if self._mode != "not-running" else None,
            describe=describe(state, reason, until, now),
        )

    def status(self) -> StatusReport:
        """The status with fresh counts (waits briefly for the vault)."""
        self.expire_if_due()
        if self._actions is not None:
            try:
                if self._store_counts(self._actions.state_counts().result(self._timeout)):
                    self._emit(ControlEventKind.STATUS)  # the tray's count follows too
            except KnownError as error:
                log.warning("counting segments failed: %s", safe(error.message))
        return self.snapshot()

    def refresh_counts(self) -> Future | None:
        """Recount segments in the background; observers get STATUS when the numbers change."""
        if self._actions is None:
            return None
        future = self._actions.state_counts()
        future.add_done_callback(self._counts_arrived)
        return future

    def _counts_arrived(self, future: Future) -> None:
        if future.cancelled() or future.exception() is not None:
            return
        if self._store_counts(future.result()):
            self._emit(ControlEventKind.STATUS)

    def _store_counts(self, counts: dict[str, int]) -> bool:
        with self._lock:
            changed = counts != self._counts
            self._counts = dict(counts)
        return changed

    def report_condition(self, health: CaptureCondition) -> None:
        """The capture pipeline says what it is doing (any thread)."""
        with self._lock:
            previous, self._health = self._health, health
        if previous == health:
            return
        stopped = health.status is CaptureStatus.NOT_CAPTURING
        if stopped and previous.status is not CaptureStatus.NOT_CAPTURING:
            self._emit(ControlEventKind.CAPTURE_STOPPED, f"Capture stopped: {health.reason or 'unknown reason'}")
        elif previous.status is CaptureStatus.NOT_CAPTURING and not stopped:
            self._emit(ControlEventKind.CAPTURE_RESTORED, "Capture works again.")
        else:
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

    def restore_pause(self) -> PauseSnapshot | None:
        """Adopt the pause saved in the vault (call before capture starts: a restart during a
        pause stays paused). A timed pause that ran out meanwhile is ended and recorded."""
        if self._actions is None:
            return None
        return self.adopt_pause(self._actions.load_pause().result(self._timeout))

    def adopt_pause(self, snapshot: PauseSnapshot | None) -> PauseSnapshot | None:
        """Adopt a pause loaded from the vault (the composition may read it before the writer runs)."""
        self.pause_state.restore(snapshot)
        self._watch(snapshot)
        self.expire_if_due()
        return self.pause_state.current(self._clock.now())

    def _watch(self, snapshot: PauseSnapshot | None) -> None:
        with self._lock:
            self._timed_until = snapshot.until if snapshot is not None else None

    def pause(self, *, until: float | None = None, seconds: float | None = None, wait: bool = True) -> StatusReport:
        """Pause now: from this instant nothing is kept. `wait` for the pause to be saved."""
        now = self._clock.now()
        if seconds is not None:
            until = now + seconds
        if until is not None and until <= now:
            raise KnownError("That time has already passed.", "Give a time later today, or a duration like 30m.")
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

    def _persist(self, snapshot: PauseSnapshot | None, now: float, wait: bool) -> None:
        if self._actions is None:
            return  # nothing is captured without a vault either; the pause still holds in memory
        future = self._actions.save_pause(snapshot, now)
        if wait:
            try:
                future.result(self._timeout)
            except KnownError as error:
                raise KnownError(f"The pause is in force, but it could not be saved: {error.message}", error.hint) from None
        else:
            future.add_done_callback(self._report_failure("The pause is in force, but it could not be saved"))

    def _report_failure(self, what: str) -> Callable[[Future], None]:
        def done(future: Future) -> None:
            error = None if future.cancelled() else future.exception()
            if error is None:
                return
            hint = getattr(error, "hint", "")
            message = getattr(error, "message", type(error).__name__)
            log.error("%s: %s", safe(what), safe(message if isinstance(error, KnownError) else type(error).__name__))
            self._emit(ControlEventKind.FAILED, f"{what}: {message}", hint)
        return done

    # -- delete and flag ------------------------------------------------------------------------

    def _require_vault(self) -> VaultActions:
        if self._actions is None:
            raise KnownError(f"The vault is not available: {self._vault_problem or 'not open'}.",
                             "Fix that first (see `airlock doctor`).")
        return self._actions

    def preview_span(self, start: float, end: float | None = None) -> Future:
        """What deleting [start, end or now] would remove (a Future of RangeCounts)."""
        return self._require_vault().summarize(start, self._clock.now() if end is None else end)

    def preview_last(self, seconds: float) -> RangeCounts:
        now = self._clock.now()
        return self.preview_span(now - seconds, now).result(self._timeout)

    def delete_span(self, start: float) -> Future:
        """Delete everything captured from `start` until now (a Future of what was removed).

        "Now" is the moment of the call, so whatever arrived while a confirmation was open goes
        too; records stamped in the span that are still on their way are dropped when they come.
        """
        actions = self._require_vault()
        now = self._clock.now()
        self.text_guard.cut(start, now)  # now: every typed-text update from here on is rebuilt
        # On the writer thread, after what was submitted before is committed (so it is counted
        # and deleted) and before anything later (dropped if stamped in the span).
        future = actions.delete_range(start, now, now, before=lambda: self.drop_filter.remember_deleted(start, now))
        future.add_done_callback(self._after_delete)
        return future

    def _after_delete(self, future: Future) -> None:
        if future.cancelled():
            return
        if future.exception() is not None:
            self._report_failure("Deleting failed")(future)
            return
        counts: RangeCounts = future.result()
        log.info("deleted a span: %d segments, %d events, %d screenshots", counts.segments, counts.events, counts.frames)
        self.refresh_counts()
        self._emit(ControlEventKind.DELETED, f"Deleted {counts.describe()}.")

    def delete_last(self, seconds: float) -> RangeCounts:
        return self.delete_span(self._clock.now() - seconds).result(self._timeout)

    def flag_span(self, start: float, category: FlagCategory, note: str = "") -> Future:
        """Flag the segments from `start` until now as sensitive (a Future of how many)."""
        actions = self._require_vault()
        now = self._clock.now()
        future = actions.flag_range(start, now, category, note, now)
        future.add_done_callback(self._after_flag)
        return future

    def _after_flag(self, future: Future) -> None:
        if future.cancelled():
            return
        if future.exception() is not None:
            self._report_failure("Flagging failed")(future)
            return
        count = future.result()
        self.refresh_counts()
        self._emit(ControlEventKind.FLAGGED, f"Flagged {count} segment{'s' if count != 1 else ''} as sensitive.")

    def flag_last(self, seconds: float, category: FlagCategory, note: str = "") -> int:
        return self.flag_span(self._clock.now() - seconds, category, note).result(self._timeout)

    # -- window ---------------------------------------------------------------------------------

    def show(self) -> bool:
        """Ask the instance's window to come forward (False when there is none)."""
        return bool(self._show()) if self._show is not None else False

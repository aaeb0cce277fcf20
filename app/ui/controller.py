"""AppController: the Qt side of the controls, shared by the tray, the status window and the
control server.

It wraps the Qt-free `Operations` (app/control/operations.py), which does the work — the one
route for every change, which the control server also calls directly. This class adds what Qt
needs: observer events arriving on any thread become signals on the GUI thread (`vault_changed`
carries each `Change`, so open windows follow changes made from any route); a timer ends timed
pauses on time; vault results come back to the GUI thread; the counts are refreshed now and then
for the tooltip.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.control.interface import StatusReport
from app.control.operations import ControlEvent, ControlEventKind, Operations
from app.core.changes import RangeCounts
from app.core.clock import Clock
from app.core.errors import KnownError
from app.core.model import CaptureStatus, FlagCategory
from app.ui.i18n import translate
from app.ui.notifications import Notice, NoticeKind, needs_a_look_notice

log = logging.getLogger("airlock.ui.controller")

COUNT_REFRESH_MS = 60_000  # the "waiting for review" count in the tooltip; a cheap indexed count
STOP_GRACE_MS = 1500  # a window switch passes through "focus unknown" for a moment: no flicker, no alarm
EXPIRY_CHECK_CAP_S = 60.0  # Qt timers stop during suspend: re-check a long pause at least this often


def notice_for(event: ControlEvent) -> Notice | None:
    """The notice an event deserves, or None (plain state changes speak through the icon)."""
    kind = event.kind
    if kind is ControlEventKind.PAUSE_ENDED:
        return Notice(NoticeKind.PAUSE_ENDED, translate("Notices", "Airlock is recording again"),
                      translate("Notices", "Your timed pause has ended. Click the Airlock icon to pause again."),
                      again=lambda: notice_for(event))
    if kind is ControlEventKind.CAPTURE_STOPPED:
        text = event.message + (f"\n{event.hint}" if event.hint else "")
        return Notice(NoticeKind.CAPTURE_STOPPED, translate("Notices", "Airlock is not capturing"), text, urgent=True)
    if kind is ControlEventKind.CAPTURE_RESTORED:
        return Notice(NoticeKind.CAPTURE_RESTORED, translate("Notices", "Airlock is capturing again"), event.message)
    if kind is ControlEventKind.DELETED:
        return Notice(NoticeKind.DONE, translate("Notices", "Deleted for good"), event.message)
    if kind is ControlEventKind.FLAGGED:
        return Notice(NoticeKind.DONE, translate("Notices", "Flagged as sensitive"),
                      event.message + " " + translate("Notices", "They will never leave this computer."))
    if kind is ControlEventKind.FAILED:
        return Notice(NoticeKind.FAILED, translate("Notices", "That did not work"), event.message + (f"\n{event.hint}" if event.hint else ""),
                      urgent=True)
    return None


class AppController(QObject):
    """See the module docstring. `start()` once the UI listens."""

    status_changed = Signal(object)  # StatusReport
    vault_changed = Signal(object)  # Change: what an operation changed, whichever route it took
    notice = Signal(object)  # Notice
    show_requested = Signal()
    _event = Signal(object)  # ControlEvent, emitted on any thread, delivered on the GUI thread
    _deliver = Signal(object, object)  # (callback, value) to run on the GUI thread

    def __init__(self, controls: Operations, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controls = controls
        self._clock = clock
        self._current = controls.snapshot()
        self._event.connect(self._on_event)
        self._deliver.connect(lambda callback, value: callback(value))
        controls.subscribe(self._event.emit)
        controls.on_show(self._request_show)
        self.expiry_timer = QTimer(self)
        self.expiry_timer.setSingleShot(True)
        self.expiry_timer.setTimerType(Qt.TimerType.PreciseTimer)  # "paused until 14:30" ends at 14:30
        self.expiry_timer.timeout.connect(self.check_timed_pause)
        self.stop_grace = QTimer(self)
        self.stop_grace.setSingleShot(True)
        self.stop_grace.setInterval(STOP_GRACE_MS)
        self.stop_grace.timeout.connect(self._stop_confirmed)
        self._pending_stop: ControlEvent | None = None
        self._needs_a_look_told = 0  # the count the last "needs a look" notice (or a smaller count) had
        self._stop_announced = False
        self.count_timer = QTimer(self)
        self.count_timer.setInterval(COUNT_REFRESH_MS)
        self.count_timer.timeout.connect(self.refresh_counts)

    def start(self) -> None:
        self.count_timer.start()
        self.refresh_counts()
        self._publish(self.controls.snapshot())

    def stop(self) -> None:
        self.count_timer.stop()
        self.expiry_timer.stop()
        self.stop_grace.stop()

    @property
    def current(self) -> StatusReport:
        """The last status published on the GUI thread."""
        return self._current

    def _request_show(self) -> bool:
        self.show_requested.emit()  # queued to the GUI thread when called from the server
        return True

    # -- GUI actions: never block the GUI thread ------------------------------------------------

    def toggle_pause(self) -> None:
        """The one-click control (left click on the icon, the global shortcut)."""
        self._guarded(self.controls.toggle_pause)

    def pause_now(self, *, until: float | None = None, seconds: float | None = None) -> None:
        self._guarded(lambda: self.controls.pause(until=until, seconds=seconds, wait=False))

    def resume_now(self) -> None:
        self._guarded(lambda: self.controls.resume(wait=False))

    def _guarded(self, action: Callable[[], Any]) -> None:
        try:
            action()
        except KnownError as error:
            self.notice.emit(Notice(NoticeKind.FAILED, translate("Notices", "That did not work"),
                                    error.message + (f"\n{error.hint}" if error.hint else ""), urgent=True))

    def preview_span(self, start: float, on_done: Callable[[RangeCounts], None],
                     on_error: Callable[[BaseException], None]) -> None:
        self._on_gui(lambda: self.controls.preview(spans=[(start, self._clock.now())]), on_done, on_error)

    def delete_span(self, start: float, on_done: Callable[[RangeCounts], None],
                    on_error: Callable[[BaseException], None]) -> None:
        self._on_gui(lambda: self.controls.delete_span(start), lambda change: on_done(change.counts), on_error,
                     announced=True)

    def flag_span(self, start: float, category: FlagCategory, note: str, on_done: Callable[[int], None],
                  on_error: Callable[[BaseException], None]) -> None:
        self._on_gui(lambda: self.controls.flag_span(start, category, note), lambda change: on_done(change.count),
                     on_error, announced=True)

    def _on_gui(self, submit: Callable[[], Future], on_done: Callable, on_error: Callable,
                announced: bool = False) -> None:
        """Start vault work and get its outcome back on the GUI thread. A refusal before the work
        starts goes to `on_error`; a failure of the work too, unless the controls already
        `announced` it (their FAILED event becomes a notice for every caller, CLI included)."""
        try:
            future = submit()
        except KnownError as error:
            on_error(error)
            return

        def finished(done: Future) -> None:
            if done.cancelled():
                return
            error = done.exception()
            if error is None:
                self._deliver.emit(on_done, done.result())
            elif not announced:
                self._deliver.emit(on_error, error)
        future.add_done_callback(finished)

    def refresh_counts(self) -> None:
        self.controls.refresh_counts()

    def language_changed(self) -> None:
        """The status again: its words ("Paused until 14:30") come from the Qt-free layer, in the language now set."""
        self._publish(self.controls.snapshot())

    def announce_release(self, count: int, at: float) -> None:
        """For the release service: segments will leave at `at` (the last chance to review)."""
        from app.ui.notifications import release_soon_notice

        self.notice.emit(release_soon_notice(count, at, self._clock.now()))

    # -- timed pauses ---------------------------------------------------------------------------

    def check_timed_pause(self) -> None:
        """The expiry timer's slot: end a pause whose time is up, then re-arm."""
        self.controls.expire_if_due()
        self._arm_expiry()

    def _arm_expiry(self) -> None:
        pause = self.controls.pause_state.current(self._clock.now())
        if pause is None or pause.until is None:
            self.expiry_timer.stop()
            return
        wait = min(max(pause.until - self._clock.now(), 0.0), EXPIRY_CHECK_CAP_S)
        self.expiry_timer.start(int(wait * 1000) + 1)  # +1 ms: never fire a hair early

    # -- events (GUI thread) --------------------------------------------------------------------

    def _on_event(self, event: ControlEvent) -> None:
        self._arm_expiry()
        kind = event.kind
        if kind is ControlEventKind.CHANGED:
            if event.change is not None:
                self.vault_changed.emit(event.change)
            return
        if kind is ControlEventKind.CAPTURE_STOPPED and self._current.state is not CaptureStatus.NOT_CAPTURING:
            # Shown (icon and notice) only if it lasts: capture stops for a moment at every
            # window switch. The control channel's `status` is told at once regardless.
            self._pending_stop = event
            self.stop_grace.start()
            return
        if kind is ControlEventKind.CAPTURE_RESTORED:
            self.stop_grace.stop()
            self._pending_stop = None
            self._publish(self.controls.snapshot())
            if self._stop_announced:
                self._stop_announced = False
                self.notice.emit(notice_for(event))
            return
        self._publish(self.controls.snapshot())
        notice = notice_for(event)
        if notice is not None:
            if kind is ControlEventKind.CAPTURE_STOPPED:
                self._stop_announced = True
            self.notice.emit(notice)

    def _stop_confirmed(self) -> None:
        event, self._pending_stop = self._pending_stop, None
        status = self.controls.snapshot()
        self._publish(status)
        if event is not None and status.state is CaptureStatus.NOT_CAPTURING:
            self._stop_announced = True
            self.notice.emit(notice_for(event))

    def _publish(self, status: StatusReport) -> None:
        if self.stop_grace.isActive() and status.state is CaptureStatus.NOT_CAPTURING:
            return  # still within the grace: keep showing the previous state
        self._current = status
        self.status_changed.emit(status)
        self._tell_needs_a_look(status.needs_a_look)

    def _tell_needs_a_look(self, count: int) -> None:
        """Once per new batch: only when more moments wait than when last told (or last counted
        lower, after the employee answered some); never again for the same ones on a refresh."""
        if count > self._needs_a_look_told:
            self.notice.emit(needs_a_look_notice(count))
        self._needs_a_look_told = count

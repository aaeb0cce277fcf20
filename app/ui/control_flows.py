"""The controls as the employee meets them: pause choices, and delete/flag with their questions.

Shared by the tray menu and the status window, so both offer exactly the same controls. The
questions are injectable (tests answer them without dialogs).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.control.durations import until_tomorrow
from app.core.changes import RangeCounts
from app.core.clock import Clock
from app.core.errors import KnownError
from app.core.model import FlagCategory
from app.ui.control_dialogs import ask_delete, ask_flag
from app.ui.controller import AppController
from app.ui.i18n import translate
from app.ui.notifications import Notice, NoticeKind

AskDelete = Callable[[QWidget | None, RangeCounts, float], bool]
AskFlag = Callable[[QWidget | None, float], "tuple[FlagCategory, str] | None"]

FLAG_SECONDS = 15 * 60


def pause_choices() -> tuple[tuple[int, str], ...]:
    """(seconds, words) for the timed pauses, in the employee's language."""
    return ((15 * 60, translate("Controls", "Pause for 15 minutes")),
            (60 * 60, translate("Controls", "Pause for 1 hour")))


def delete_choices() -> tuple[tuple[int, str], ...]:
    return ((5 * 60, translate("Controls", "Delete the last 5 minutes…")),
            (15 * 60, translate("Controls", "Delete the last 15 minutes…")),
            (60 * 60, translate("Controls", "Delete the last hour…")))
class ControlFlows(QObject):
    """What each control does, with its confirmation where one is due."""

    def __init__(self, controller: AppController, clock: Clock, *, ask_delete: AskDelete = ask_delete,
                 ask_flag: AskFlag = ask_flag, parent_widget: Callable[[], QWidget | None] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._clock = clock
        self._ask_delete = ask_delete
        self._ask_flag = ask_flag
        self._parent_widget = parent_widget

    # -- pause ----------------------------------------------------------------------------------

    def pause_for(self, seconds: float) -> None:
        self.controller.pause_now(seconds=seconds)

    def pause_until_tomorrow(self) -> None:
        self.controller.pause_now(until=until_tomorrow(self._clock.now()))

    def pause_until_resumed(self) -> None:
        self.controller.pause_now()

    def resume(self) -> None:
        self.controller.resume_now()

    def toggle(self) -> None:
        self.controller.toggle_pause()

    # -- delete and flag ------------------------------------------------------------------------

    def delete_last(self, seconds: float) -> None:
        """Count what the span holds, ask with those counts, delete only on "Delete for good"."""
        start = self._clock.now() - seconds
        self.controller.preview_span(start, lambda counts: self._confirm_delete(start, seconds, counts), self._failed)

    def _confirm_delete(self, start: float, seconds: float, counts: RangeCounts) -> None:
        if self._ask_delete(self._parent_widget(), counts, seconds):
            # Everything from the same start until the moment of confirming goes (the DELETED
            # event brings the notice with what was removed).
            self.controller.delete_span(start, lambda removed: None, self._failed)

    def flag_last(self, seconds: float = FLAG_SECONDS) -> None:
        choice = self._ask_flag(self._parent_widget(), seconds)
        if choice is None:
            return
        category, note = choice
        self.controller.flag_span(self._clock.now() - seconds, category, note, lambda count: None, self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, KnownError):
            text = error.message + (f"\n{error.hint}" if error.hint else "")
        else:
            text = translate("Controls", "An unexpected error happened (%1); see the log.").replace(
                "%1", type(error).__name__)
        self.controller.notice.emit(Notice(NoticeKind.FAILED, translate("Controls", "That did not work"), text,
                                           urgent=True))

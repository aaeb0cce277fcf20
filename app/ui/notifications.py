"""What the employee must be told, and how: a tray balloon, or the status window without a tray.

Notices: a timed pause ended, capture stopped (or works again) for a reason the employee must
know, segments are about to be released, moments need a look, an action finished or failed. Notices carry no captured
content (counts, times and reasons only); the log gets their kind, never their words.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from app.control.durations import describe_until
from app.core.log_guard import safe
from app.ui.i18n import translate
from app.ui.models.labels import needs_a_look_text

log = logging.getLogger("airlock.ui.notifications")

SHOW_MS = 8000
URGENT_SHOW_MS = 20000


class NoticeKind(str, enum.Enum):
    PAUSE_ENDED = "pause-ended"
    CAPTURE_STOPPED = "capture-stopped"
    CAPTURE_RESTORED = "capture-restored"
    RELEASE_SOON = "release-soon"
    NEEDS_A_LOOK = "needs-a-look"  # moments that look sensitive wait for the employee
    DONE = "done"  # a delete or flag finished
    FAILED = "failed"
    NO_TRAY = "no-tray"


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    title: str
    message: str
    urgent: bool = False
    # The same notice in the language installed now (None: its words came from elsewhere, as they are):
    # what the status window's banner shows after a change of language.
    again: Callable[[], Notice | None] | None = field(default=None, compare=False, repr=False)


def release_soon_notice(count: int, at: float, now: float) -> Notice:
    """Segments about to leave: the last chance to review, delete or flag them."""
    title = translate("Notices", "%n segment(s) will be released at %1", None, count).replace(
        "%1", describe_until(at, now, zone=True))  # a release time: which zone it is in matters
    return Notice(NoticeKind.RELEASE_SOON, title, translate(
        "Notices", "Open “Review captures…” to check, delete or flag them before they leave this computer."),
                  again=lambda: release_soon_notice(count, at, now))


def needs_a_look_notice(count: int) -> Notice:
    """New moments that look sensitive: a count, never what was seen."""
    return Notice(NoticeKind.NEEDS_A_LOOK, needs_a_look_text(count), translate(
        "Notices", "Airlock read your screenshots on this computer and found moments that look sensitive. "
                   "Open “Review captures…”, then “Needs a look”, to redact, flag or dismiss them."),
                  again=lambda: needs_a_look_notice(count))


class Notifier(QObject):
    """Shows notices through the tray when there is one, else through `fallback` (the status
    window's banner). `shown` keeps this session's notices (tests, the status window)."""

    notified = Signal(object)  # Notice

    def __init__(self, tray: QSystemTrayIcon | None = None,
                 fallback: Callable[[Notice], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._fallback = fallback
        self.shown: list[Notice] = []

    def set_tray(self, tray: QSystemTrayIcon | None) -> None:
        self._tray = tray

    def set_fallback(self, fallback: Callable[[Notice], None] | None) -> None:
        self._fallback = fallback

    def notify(self, notice: Notice) -> None:
        self.shown.append(notice)
        log.info("notice: %s", safe(notice.kind.value))
        tray = self._tray
        if tray is not None and tray.isVisible() and QSystemTrayIcon.supportsMessages():
            icon = QSystemTrayIcon.MessageIcon.Warning if notice.urgent else QSystemTrayIcon.MessageIcon.Information
            tray.showMessage(notice.title, notice.message, icon, URGENT_SHOW_MS if notice.urgent else SHOW_MS)
        elif self._fallback is not None:
            self._fallback(notice)
        self.notified.emit(notice)

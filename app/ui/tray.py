"""The tray icon: the capture state at a glance, one click to pause or resume, the controls menu.

The icon is set before `show()` (XEmbed trays such as trayer need it), the tooltip says the state
in words, how many segments wait for review and how many moments need a look, a left click toggles pause, and the context menu
is the ControlMenu, rebuilt when it opens.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from app.control.interface import StatusReport
from app.ui.control_menu import ControlMenu
from app.ui.controller import AppController
from app.ui.i18n import translate
from app.ui.icons import IconSet, panel_shade
from app.ui.models.labels import needs_a_look_text
from app.ui.shown_text import tooltip


def tooltip_text(status: StatusReport, hotkey_text: str = "") -> str:
    """"Airlock: Paused until 14:30" + the review count (and the moments that need a look) + how to pause."""
    waiting = status.waiting_for_review
    lines = [translate("Tray", "Airlock: %1").replace("%1", status.describe),
             translate("Tray", "%n segment(s) waiting for review", None, waiting)]
    if status.needs_a_look:
        lines.append(needs_a_look_text(status.needs_a_look))
    paused = status.paused_at is not None
    action = translate("Tray", "Click to resume") if paused else translate("Tray", "Click to pause")
    lines.append(action + (f" ({hotkey_text})" if hotkey_text else ""))
    return "\n".join(lines)


class TrayIcon(QObject):
    """Owns the QSystemTrayIcon; follows the controller's status."""

    toggled = Signal()  # a left click asked to toggle pause (after doing it)

    def __init__(self, controller: AppController, menu: ControlMenu, icons: IconSet, hotkey_text: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._icons = icons
        self._hotkey = hotkey_text
        self.menu = menu
        self.icon = QSystemTrayIcon(self)
        self.icon.setObjectName("airlock-tray")
        self._apply(controller.current)  # icon before show(): XEmbed hosts need it
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._on_activated)
        controller.status_changed.connect(self._apply)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()
        self.icon.setToolTip(tooltip(tooltip_text(self._controller.current, self._hotkey)))  # some hosts drop it before show

    def hide(self) -> None:
        self.icon.hide()

    def _apply(self, status: StatusReport) -> None:
        self.icon.setIcon(self._icons.tray(status.state, panel_shade(), self._controller.controls.has_vault))
        self.icon.setToolTip(tooltip(tooltip_text(status, self._hotkey)))  # may name an exclusion: shown literally

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # Every click toggles: a second click soon after the first arrives as DoubleClick, and the
        # employee who paused by mistake and clicks again at once means "resume".
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self._controller.toggle_pause()
            self.toggled.emit()

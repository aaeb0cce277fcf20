"""The status window: the state in words and the same controls as the tray menu, in a window.

Without a system tray (some Linux desktops) it is the app's face: it says once (NO_TRAY_NOTICE, in
its banner) that there is no tray, stays available (closing it minimises it), and shows notices
in that banner. With a tray it is
what "show" brings forward (a second `airlock`, `airlock` control `show`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.control.durations import describe_until, until_tomorrow
from app.control.interface import StatusReport
from app.core.clock import Clock
from app.core.model import CaptureStatus
from app.ui.colours import accent_text, css, muted_text
from app.ui.control_flows import FLAG_SECONDS, ControlFlows, delete_choices, pause_choices
from app.ui.control_menu import QuitRule, WindowHooks, state_label
from app.ui.i18n import translate
from app.ui.icons import IconSet, panel_shade
from app.ui.models.labels import needs_a_look_text
from app.ui.notifications import Notice, NoticeKind
from app.ui.retranslate import Retranslating, grow_to_fit
from app.ui.shown_text import escaped, plain_label, tooltip


def no_tray_notice() -> Notice:
    return Notice(NoticeKind.NO_TRAY, translate("StatusWindow", "No system tray on this desktop"),
                  translate("StatusWindow", "Airlock shows this window instead. Closing it only minimises it: "
                            "Airlock keeps running, and its controls stay within reach."), again=no_tray_notice)


class StatusWindow(Retranslating, QWidget):
    """See the module docstring. `always_available`: no tray, so closing minimises."""

    def __init__(self, flows: ControlFlows, clock: Clock, icons: IconSet, hooks: WindowHooks, quit_rule: QuitRule,
                 *, always_available: bool, hotkey_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status-window")
        self.setWindowTitle("Airlock")
        self.setWindowIcon(icons.app())
        self._flows = flows
        self._clock = clock
        self._icons = icons
        self._hooks = hooks
        self._always_available = always_available
        self._notice: Notice | None = None  # the one in the banner
        self._menu_rebuilds: list[Callable[[], None]] = []  # the buttons' menus, built again in another language

        self.state_icon = QLabel()
        self.state_icon.setFixedSize(QSize(48, 48))
        # The state in words may name an exclusion, and exclusions may be named after a window title.
        self.heading = plain_label()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.detail = plain_label()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.waiting = plain_label()
        self.waiting.setObjectName("waiting")
        head_text = QVBoxLayout()
        head_text.setSpacing(2)
        for label in (self.heading, self.detail, self.waiting):
            head_text.addWidget(label)
        head = QHBoxLayout()
        head.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addSpacing(8)
        head.addLayout(head_text, 1)

        self.toggle_button = self._button("toggle", flows.toggle)  # its text follows the state (show_status)
        self.toggle_button.setDefault(True)
        self.pause_menu_button = self._menu_button("pause-choices", lambda: translate("StatusWindow", "Pause for…"),
                                                   self._pause_menu())
        self.delete_button = self._menu_button("delete-choices", lambda: translate("StatusWindow", "Delete recent…"),
                                               self._delete_menu())
        self.flag_button = self._button("flag", lambda: flows.flag_last(FLAG_SECONDS),
                                        lambda: translate("StatusWindow", "Flag last 15 min…"))
        self.review_button = self._hook_button("review", lambda: translate("StatusWindow", "Review captures…"),
                                               hooks.open_review)
        self.activity_button = self._hook_button("activity", lambda: translate("StatusWindow", "What left my computer…"),
                                                 hooks.open_activity_log)
        self.policy_button = self._hook_button("policy", lambda: translate("StatusWindow", "Policy and privacy…"),
                                               hooks.open_policy)
        self.settings_button = self._hook_button("settings", lambda: translate("StatusWindow", "My privacy settings…"),
                                                 hooks.open_settings)
        for button, description in (
                (self.toggle_button, lambda: translate("StatusWindow", "Stops or restarts recording at once")),
                (self.pause_menu_button, lambda: translate("StatusWindow", "Pause for a while or until a time")),
                (self.delete_button, lambda: translate("StatusWindow", "Delete what was captured in the last "
                                                                       "minutes, for good")),
                (self.flag_button, lambda: translate("StatusWindow", "Mark the last 15 minutes as sensitive: they "
                                                                     "never leave this computer")),
                (self.review_button, lambda: translate("StatusWindow", "See everything captured; delete, flag, "
                                                                       "redact or approve it")),
                (self.activity_button, lambda: translate("StatusWindow", "Every bundle that was released, and the "
                                                                         "log of every decision")),
                (self.policy_button, lambda: translate("StatusWindow", "What your organisation's policy records, "
                                                                       "and your answer to it")),
                (self.settings_button, lambda: translate("StatusWindow", "Record less than the policy allows"))):
            self.say(button.setAccessibleDescription, description)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.toggle_button, 0, 0)
        grid.addWidget(self.pause_menu_button, 0, 1)
        grid.addWidget(self.delete_button, 1, 0)
        grid.addWidget(self.flag_button, 1, 1)
        grid.addWidget(self.review_button, 2, 0)
        grid.addWidget(self.activity_button, 2, 1)
        grid.addWidget(self.policy_button, 3, 0)
        grid.addWidget(self.settings_button, 3, 1)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        # Palette roles, not fixed colours: the banner follows a dark or high-contrast theme.
        self.banner.setStyleSheet("padding: 6px; background: palette(alternate-base); color: palette(text); "
                                  "border: 1px solid palette(mid); border-radius: 4px;")
        self.banner.hide()
        hint = QLabel()
        self.say(hint.setText, lambda: translate("StatusWindow", "%1 pauses and resumes from anywhere.").replace(
            "%1", QKeySequence(hotkey_text).toString(QKeySequence.SequenceFormat.NativeText)) if hotkey_text else "")
        hint.setObjectName("shortcut-hint")
        self.hint = hint
        hint.setWordWrap(True)  # longer languages wrap instead of being cut off
        hint.setStyleSheet(f"color: {css(muted_text(self.palette()))};")
        self.quit_button = self._button("quit", quit_rule.quit, lambda: translate("StatusWindow", "Quit Airlock"))
        self.quit_button.setEnabled(quit_rule.allowed)
        self.quit_explanation = QLabel()
        self.say(self.quit_explanation.setText, lambda: "" if quit_rule.allowed else quit_rule.reason())
        self.quit_explanation.setObjectName("quit-explanation")
        self.quit_explanation.setWordWrap(True)
        self.quit_explanation.setVisible(not quit_rule.allowed)
        self.say(self.quit_button.setToolTip, self.quit_explanation.text)
        self.say(self.quit_button.setAccessibleDescription, lambda: self.quit_explanation.text() if not quit_rule.allowed
                 else translate("StatusWindow", "Stops recording and closes Airlock"))
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(head)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self.banner)
        layout.addWidget(self.quit_explanation)
        layout.addLayout(bottom)
        self.setMinimumWidth(440)

        if hotkey_text:  # also works while this window has focus, whatever the platform hook does
            QShortcut(QKeySequence(hotkey_text), self, activated=flows.toggle)
        flows.controller.status_changed.connect(self.show_status)
        flows.controller.notice.connect(self.show_notice)
        self.show_status(flows.controller.current)

    # -- building -------------------------------------------------------------------------------

    def _button(self, name: str, slot, words: Callable[[], str] | None = None) -> QPushButton:
        button = QPushButton()
        if words is not None:
            self.say(button.setText, words)
        button.setObjectName(name)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _hook_button(self, name: str, words: Callable[[], str], hook) -> QPushButton:
        button = self._button(name, hook if hook is not None else (lambda: None), words)
        if hook is None:
            button.setEnabled(False)
            self.say(button.setToolTip, lambda: translate("StatusWindow", "Not available in this version."))
        return button

    def _menu_button(self, name: str, words: Callable[[], str], menu: QMenu) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        self.say(button.setText, words)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def _pause_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("pause-menu")

        def rebuild() -> None:
            menu.clear()
            for seconds, text in pause_choices():
                menu.addAction(text, lambda s=seconds: self._flows.pause_for(s))
            now = self._clock.now()
            tomorrow = describe_until(until_tomorrow(now), now)
            menu.addAction(translate("StatusWindow", "Pause until %1").replace("%1", tomorrow),
                           self._flows.pause_until_tomorrow)
            menu.addAction(translate("StatusWindow", "Pause until I resume"), self._flows.pause_until_resumed)
        menu.aboutToShow.connect(rebuild)
        self._menu_rebuilds.append(rebuild)
        rebuild()
        return menu

    def _delete_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("delete-menu")

        def rebuild() -> None:
            menu.clear()
            for seconds, text in delete_choices():
                menu.addAction(text, lambda s=seconds: self._flows.delete_last(s))
        menu.aboutToShow.connect(rebuild)
        self._menu_rebuilds.append(rebuild)
        rebuild()
        return menu

    # -- following the state --------------------------------------------------------------------

    def show_status(self, status: StatusReport) -> None:
        paused = status.paused_at is not None
        vault = self._flows.controller.controls.has_vault
        self.state_icon.setPixmap(self._icons.tray(status.state, panel_shade(), vault).pixmap(48, 48))
        self.heading.setText(state_label(status.state))
        self.state_icon.setAccessibleName(state_label(status.state))  # the icon's shape, in words
        self.heading.setStyleSheet(f"font-size: 16pt; font-weight: 600; color: {css(accent_text(status.state.value, self.palette()))};")
        detail = status.describe if status.describe != state_label(status.state) else ""
        if paused and status.state is not CaptureStatus.PAUSED:
            also = (translate("StatusWindow", "also paused") if status.paused_until is None else
                    translate("StatusWindow", "also paused until %1").replace(
                        "%1", describe_until(status.paused_until, self._clock.now())))
            detail += f" ({also})"
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        waiting = status.waiting_for_review
        self.waiting.setText(translate("StatusWindow", "%n segment(s) waiting for review", None, waiting)
                             + (f"\n{needs_a_look_text(status.needs_a_look)}" if status.needs_a_look else ""))
        self.toggle_button.setText(translate("StatusWindow", "Resume recording") if paused
                                   else translate("StatusWindow", "Pause"))
        for button in (self.delete_button, self.flag_button):
            button.setEnabled(vault)
            button.setToolTip("" if vault else tooltip(translate("StatusWindow", "The vault is not available: %1").replace("%1", status.reason)))
        self.review_button.setEnabled(vault and self._hooks.open_review is not None)
        self.activity_button.setEnabled(vault and self._hooks.open_activity_log is not None)

    def show_notice(self, notice: Notice) -> None:
        """The banner shows the latest notice (the only notification channel without a tray)."""
        self._notice = notice
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setText(self._banner_html(notice))
        self.banner.show()
        grow_to_fit(self)  # a notice of several lines is read whole
        if notice.urgent and self._always_available and self.isMinimized():
            self.showNormal()

    @staticmethod
    def _banner_html(notice: Notice) -> str:
        return f"<b>{escaped(notice.title)}</b><br>{escaped(notice.message)}"  # words: the notice's

    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def retranslate(self) -> None:
        """The bound texts, the state's words and the banner's notice in the language now installed."""
        super().retranslate()
        if hasattr(self, "banner"):  # not while the constructor binds its first texts
            self.show_status(self._flows.controller.current)
            for rebuild in self._menu_rebuilds:
                rebuild()
            again = self._notice.again() if self._notice is not None and self._notice.again is not None else None
            if again is not None:
                self.banner.setText(self._banner_html(again))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "hint"):  # a theme switch: colours follow
            self.hint.setStyleSheet(f"color: {css(muted_text(self.palette()))};")
            self.show_status(self._flows.controller.current)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._always_available:
            event.ignore()
            self.showMinimized()  # the only way to reach the controls must not disappear
        else:
            event.accept()

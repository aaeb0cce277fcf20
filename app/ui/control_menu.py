"""The controls menu (the tray's context menu, and the status window's "More" menu).

Rebuilt every time it opens (`aboutToShow`), from the controller's current status — never
polled. Every entry has an object name, so tests (and screen readers through the text) find it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.control.durations import describe_until, until_tomorrow
from app.core.clock import Clock
from app.core.model import CaptureStatus
from app.ui.control_flows import FLAG_SECONDS, ControlFlows, delete_choices, pause_choices
from app.ui.i18n import translate
from app.ui.icons import IconSet
from app.ui.models.labels import needs_a_look_text
from app.ui.retranslate import Retranslating
from app.ui.shown_text import menu_text, tooltip


def quit_not_allowed() -> str:
    return translate("Controls", "Your organisation's policy keeps Airlock running. You can still pause it at any "
                     "time, for as long as you need.")


@dataclass(frozen=True)
class WindowHooks:
    """Windows other parts provide; None leaves the entry out of reach (shown disabled)."""

    open_review: Callable[[], None] | None = None
    open_activity_log: Callable[[], None] | None = None
    open_policy: Callable[[], None] | None = None
    open_settings: Callable[[], None] | None = None
    open_export: Callable[[], None] | None = None
    open_status: Callable[[], None] | None = None
    open_needs_a_look: Callable[[], None] | None = None  # the review window on "Needs a look"


@dataclass(frozen=True)
class QuitRule:
    allowed: bool
    quit: Callable[[], None]

    def reason(self) -> str:
        """Why Quit is not offered, in the current language (beside the disabled entry)."""
        return quit_not_allowed()


class ControlMenu(Retranslating, QMenu):
    """See the module docstring. An open menu follows a change of language or state at once."""

    def __init__(self, flows: ControlFlows, clock: Clock, hooks: WindowHooks, quit_rule: QuitRule,
                 hotkey_text: str = "", icons: IconSet | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icons = icons
        self.setObjectName("control-menu")
        self.setToolTipsVisible(True)
        self._flows = flows
        self._clock = clock
        self._hooks = hooks
        self._quit = quit_rule
        self._hotkey = hotkey_text
        self.aboutToShow.connect(self.rebuild)
        flows.controller.status_changed.connect(lambda _status: self._rebuild_open() if self.isVisible() else None)
        self.rebuild()

    def retranslate(self) -> None:
        self._rebuild_open()

    def _rebuild_open(self) -> None:
        """Rebuild, keeping the highlighted entry: the status can change under a menu someone is
        moving through with the keyboard (opening it takes the keyboard, which X11 capture counts
        as a lock), and their next Return must choose what they had reached, not what now sits there."""
        active: QAction | None = self.activeAction()  # None when nothing is highlighted, whatever the stubs say
        name = active.objectName() if active is not None else None
        self.rebuild()
        if name:
            with contextlib.suppress(KeyError):  # gone from the new state's menu: nothing is highlighted
                self.setActiveAction(self.entry(name))

    def entry(self, name: str) -> QAction:
        """The action named `name` (tests)."""
        for action in self.actions():
            if action.objectName() == name:
                return action
        raise KeyError(name)

    def rebuild(self) -> None:
        self.clear()
        status = self._flows.controller.current
        now = self._clock.now()
        paused = status.paused_at is not None
        vault = self._flows.controller.controls.has_vault

        # The state in words; where there is a status window, a click opens it.
        header = self._add("status", menu_text(status.describe), self._hooks.open_status,
                           enabled=self._hooks.open_status is not None)
        header.setToolTip(tooltip(status.reason or status.describe))  # may name an exclusion: shown literally
        if self._icons is not None:
            header.setIcon(self._icons.tray(status.state, vault=vault))
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        waiting = status.waiting_for_review
        self._add("waiting", translate("Controls", "%n segment(s) waiting for review", None, waiting), enabled=False)
        self.addSeparator()

        for seconds, text in pause_choices():
            self._add(f"pause-{int(seconds)}s", text, lambda s=seconds: self._flows.pause_for(s))
        tomorrow = until_tomorrow(now)
        self._add("pause-tomorrow", translate("Controls", "Pause until %1").replace("%1", describe_until(tomorrow, now)), self._flows.pause_until_tomorrow)
        indefinite = self._add("pause-indefinite", translate("Controls", "Pause until I resume"), checkable=True,
                               checked=paused and status.paused_until is None)
        # Ticking pauses; unticking (it was ticked) resumes.
        indefinite.triggered.connect(lambda on: self._flows.pause_until_resumed() if on else self._flows.resume())
        resume = self._add("resume", translate("Controls", "Resume recording"), self._flows.resume, enabled=paused)
        if self._hotkey:
            (resume if paused else indefinite).setShortcut(QKeySequence(self._hotkey))
        self.addSeparator()

        for seconds, text in delete_choices():
            action = self._add(f"delete-{int(seconds)}s", text, lambda s=seconds: self._flows.delete_last(s),
                               enabled=vault)
            if not vault:
                action.setToolTip(tooltip(translate("Controls", "The vault is not available: %1").replace("%1", status.reason)))
        flag = self._add("flag", translate("Controls", "Flag the last 15 minutes as sensitive…"), lambda: self._flows.flag_last(FLAG_SECONDS),
                         enabled=vault)
        flag.setToolTip(translate("Controls", "Flagged segments never leave this computer."))
        self.addSeparator()

        if status.needs_a_look:  # only then, and beside the review: the entries above keep their places
            look = self._hook("needs-a-look", menu_text(needs_a_look_text(status.needs_a_look)) + "…",
                              self._hooks.open_needs_a_look, enabled=vault)
            look.setToolTip(translate("Controls", "Airlock found moments on your screenshots that look sensitive: "
                                                  "redact, flag or dismiss them."))
        review = (translate("Controls", "Review captures… (%n waiting)", None, waiting) if waiting
                  else translate("Controls", "Review captures…"))
        self._hook("review", review, self._hooks.open_review, enabled=vault)
        self._hook("activity", translate("Controls", "What left my computer…"), self._hooks.open_activity_log, enabled=vault)
        self._hook("policy", translate("Controls", "Policy and privacy…"), self._hooks.open_policy)
        if self._hooks.open_settings is not None:
            self._hook("settings", translate("Controls", "My privacy settings…"), self._hooks.open_settings)
        if self._hooks.open_export is not None:
            self._hook("export", translate("Controls", "Download my data…"), self._hooks.open_export, enabled=vault)
        if self._hooks.open_status is not None:
            self._hook("status-window", translate("Controls", "Show status window"), self._hooks.open_status)
        self.addSeparator()
        if self._quit.allowed:
            self._add("quit", translate("Controls", "Quit Airlock"), self._quit.quit)
        else:
            blocked = self._add("quit", translate("Controls", "Quit (kept running by your organisation)"), enabled=False)
            blocked.setToolTip(self._quit.reason())

    def _hook(self, name: str, text: str, hook: Callable[[], None] | None, enabled: bool = True) -> QAction:
        action = self._add(name, text, hook, enabled=enabled and hook is not None)
        if hook is None:
            action.setToolTip(translate("Controls", "Not available in this version."))
        return action

    def _add(self, name: str, text: str, slot: Callable[[], None] | None = None, *, enabled: bool = True,
             checkable: bool = False, checked: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setEnabled(enabled)
        if checkable:
            action.setCheckable(True)
            action.setChecked(checked)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action


def state_label(state: CaptureStatus) -> str:
    """One word per state, for the status window's heading."""
    return {CaptureStatus.RECORDING: translate("Controls", "Recording"),
            CaptureStatus.PAUSED: translate("Controls", "Paused"),
            CaptureStatus.EXCLUDED: translate("Controls", "Not recording this window"),
            CaptureStatus.NOT_CAPTURING: translate("Controls", "Not capturing")}[state]

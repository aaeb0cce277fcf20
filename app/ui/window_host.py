"""The windows the controls open: review captures, what left my computer, policy and privacy,
my privacy settings, download my data.

Each is created on first use, brought forward when asked again, and closed at shutdown. They read
through the `VaultReader` and change the vault only through the `Operations` they are given —
the same object the tray and the control channel use — so every change is ordered with capture.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.core.changes import Change, ChangeKind
from app.core.clock import Clock
from app.policy.model import Policy, ReleasePolicy
from app.policy.personal import PersonalSettings, effective_policy
from app.policy.release.gate import GateHolds
from app.ui.control_menu import WindowHooks
from app.ui.export_dialog import Export
from app.ui.i18n import install_language
from app.ui.tasks import Tasks
from app.vault.reader import VaultReader


class WindowHost(QObject):
    """Opens and keeps the secondary windows for one vault."""

    language_changed = Signal()  # the employee chose another language; the windows follow by themselves

    def __init__(self, reader: VaultReader, operations, clock: Clock, policy: Policy | None, *,
                 withdraw: Callable[[str], None] | None = None, export: Export | None = None,
                 reads_screenshots: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads_screenshots = reads_screenshots  # an OCR engine here (and IT's policy reads)
        self._reader = reader
        self._operations = operations
        self._clock = clock
        self._policy = policy
        self._withdraw = withdraw
        self._export = export
        self.tasks = Tasks(self)
        self.settings = None
        self.review = None
        self.activity = None
        self.consent = None
        self.export = None
        self._scan_progress = ""
        self.chosen_language: str | None = None
        self.language_read = False  # the vault answered apply_language (else the choice is unknown)
        self._waiting = (0, 0)  # (moments that need a look, screenshots not yet read) from the last status
        self._gate_moved: tuple = ()  # what in the last status can change what the gate waits for

    def hooks(self) -> WindowHooks:
        return WindowHooks(open_review=self.open_review, open_activity_log=self.open_activity_log,
                           open_policy=self.open_policy if self._policy is not None else None,
                           open_settings=self.open_settings if self._policy is not None else None,
                           open_export=self.open_export if self._export is not None else None,
                           open_needs_a_look=self.open_needs_a_look)

    def vault_changed(self, change: Change) -> None:
        """A change from any route (the tray, the CLI, the control channel): open windows follow it."""
        if self.review is not None:
            self.review.on_vault_changed(change)
        if self.activity is not None and self.activity.isVisible():
            self.activity.reload()
        if change.kind is ChangeKind.SETTINGS:  # perhaps `airlock settings --language` in a terminal
            self.tasks.deliver(self._reader.personal_settings(), self._follow_settings)

    def _follow_settings(self, settings) -> None:
        if settings.language != self.chosen_language:
            self.change_language(settings.language)
        self._follow_holds(settings)

    def _follow_holds(self, settings: PersonalSettings) -> None:
        if self.review is not None and self._policy is not None:
            self.review.set_gate(*self._gate(effective_policy(self._policy, settings)[0]))

    def _gate(self, policy: Policy) -> tuple[ReleasePolicy, GateHolds]:
        """The rules `airlock release` applies here, for the review window's badges: `policy` is
        IT's, or IT's as this employee tightened it (a longer hold, explicit approval, more holds)."""
        return policy.release, GateHolds.under(policy, self._reads_screenshots)

    def open_review(self) -> None:
        if self.review is None:
            from app.ui.review.window import ReviewServices, ReviewWindow

            release, holds = self._gate(self._policy) if self._policy is not None else (None, GateHolds())
            services = ReviewServices(self._reader, self._operations, self._clock, release, holds)
            self.review = ReviewWindow(services)
            self.tasks.deliver(self._reader.personal_settings(), self._follow_holds)  # the employee's tightening
            self.review.needs.set_progress(self._scan_progress)
        _forward(self.review)

    def open_needs_a_look(self) -> None:
        """The review window on the moments that need a look (the tray's entry, the notification)."""
        self.open_review()
        self.review.show_view(self.review.NEEDS_A_LOOK)

    def status_changed(self, status) -> None:
        """The tray's status changed: new suggestions (found in the background) and how far the
        reading is reach an open review window."""
        self._scan_progress = status.scan_progress
        self._waiting = (status.needs_a_look, status.not_yet_read)
        if self.activity is not None:
            self.activity.show_waiting(*self._waiting)
        moved = (status.state, status.needs_a_look, status.not_yet_read, status.recording_segment,
                 tuple(sorted(status.segments.items())))
        gate_moved, self._gate_moved = moved != self._gate_moved, moved
        if self.review is None:
            return
        if gate_moved:  # a segment ended or began, a screenshot was read, a moment was suggested
            self.review.refresh_waiting()
        self.review.needs.set_progress(status.scan_progress)
        if self.review.isVisible() and status.needs_a_look != self.review.needs.count():
            self.review.needs.reload()

    def open_activity_log(self) -> None:
        """What left my computer (bundles and receipts), with the activity log as its second tab."""
        from app.ui.releases_window import ReleasesWindow

        if self.activity is None:
            self.activity = ReleasesWindow(self._reader, withdraw=self._withdraw)
        else:
            self.activity.reload()
        self.activity.show_waiting(*self._waiting)
        _forward(self.activity)

    def consent_flow(self, start_capture: Callable[[], None], declined: Callable[[str], None]):
        """The first-run consent flow (app/ui/consent_window.py) over this vault and policy."""
        from app.ui.consent_window import ConsentFlow

        assert self._policy is not None
        self.consent = ConsentFlow(self._reader, self._operations, self._policy, self.tasks,
                                   start_capture=start_capture, show_message=declined)
        return self.consent

    def open_policy(self) -> None:
        """What is captured and where it goes, with the choice to agree or decline again."""
        if self.consent is None:
            self.consent_flow(lambda: None, lambda text: None)
        dialog = getattr(self.consent, "dialog", None)
        if dialog is not None and dialog.isVisible():
            _forward(dialog)
            return
        self.consent.run(ask_again=True)

    def apply_language(self, timeout: float = 10.0) -> str:
        """Speak the employee's chosen language (a personal setting), else the system's. Called once
        at start, before the consent screen; `chosen_language` keeps the setting (None: the system's)."""
        try:
            self.chosen_language = self._reader.personal_settings().result(timeout).language
            self.language_read = True
        except Exception:  # noqa: BLE001 - an unreadable vault is reported elsewhere; the system's language will do
            self.chosen_language = None
        return install_language(self.chosen_language)

    def change_language(self, language: str | None) -> str:
        """Speak `language` from now on. Every window, open or not, gets Qt's LanguageChange and sets
        its words again (app/ui/retranslate.py); `language_changed` tells the rest (the status words)."""
        self.chosen_language = language
        chosen = install_language(language)
        self.language_changed.emit()
        return chosen

    def open_settings(self) -> None:
        """My privacy settings: tighten the policy for myself; saved through the operations (ledger entry)."""
        from app.ui.settings_dialog import SettingsDialog

        def show(current) -> None:
            def save(settings) -> None:
                if settings.language != current.language:
                    self.change_language(settings.language)
                self.tasks.deliver(self._operations.save_personal(settings))  # capture restarts under them

            self.settings = SettingsDialog(self._policy, current, save)
            _forward(self.settings)

        self.tasks.deliver(self._reader.personal_settings(), show)

    def open_export(self) -> None:
        from app.ui.export_dialog import ExportDialog

        if self.export is None:
            self.export = ExportDialog(self._export)
        _forward(self.export)

    def close_all(self) -> None:
        """Close every window, then the reader's connection."""
        for window in (self.review, self.activity, getattr(self.consent, "dialog", None), self.settings, self.export):
            if window is not None:
                window.close()
        self._reader.close()


def _forward(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()

"""The windows the controls open: review captures, what left my computer, policy and privacy.

Each is created on first use, brought forward when asked again, and closed (with its vault
connection) at shutdown. Vault changes made from the review window run on the recorder's writer
(`write`, `after_delete`), ordered with the capture stream.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.core.clock import Clock
from app.policy.model import Policy
from app.ui.control_menu import WindowHooks
from app.vault.vault import VaultHandle


class WindowHost(QObject):
    """Opens and keeps the secondary windows for one vault."""

    def __init__(self, handle: VaultHandle, clock: Clock, policy: Policy | None, *,
                 write: Callable[[Callable], Future] | None = None,
                 after_delete: Callable[[set[int]], None] | None = None,
                 on_vault_changed: Callable[[], None] = lambda: None,
                 consent_answered: Callable[[bool], None] = lambda accepted: None,
                 withdraw: Callable[[str], None] | None = None,
                 settings_saved: Callable[[], None] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self._clock = clock
        self._policy = policy
        self._write = write
        self._after_delete = after_delete
        self._on_vault_changed = on_vault_changed
        self._consent_answered = consent_answered
        self._withdraw = withdraw
        self._settings_saved = settings_saved
        self.settings = None
        self.review = None
        self.activity = None
        self.consent = None

    def hooks(self) -> WindowHooks:
        return WindowHooks(open_review=self.open_review, open_activity_log=self.open_activity_log,
                           open_policy=self.open_policy if self._policy is not None else None,
                           open_settings=self.open_settings if self._policy is not None else None)

    def open_review(self) -> None:
        if self.review is None:
            from app.ui.review.window import ReviewServices, ReviewWindow

            services = ReviewServices(self._handle, self._clock, self._policy.release if self._policy else None,
                                      write=self._write, after_delete=self._after_delete)
            self.review = ReviewWindow(services)
            self.review.changed.connect(self._on_vault_changed)
        _forward(self.review)

    def open_activity_log(self) -> None:
        """What left my computer (bundles and receipts), with the activity log as its second tab."""
        from app.ui.releases_window import ReleasesWindow

        if self.activity is None:
            self.activity = ReleasesWindow(self._handle.connect, withdraw=self._withdraw)
        else:
            self.activity.reload()
        _forward(self.activity)

    def consent_flow(self, start_capture: Callable[[], None], declined: Callable[[str], None]):
        """The first-run consent flow (app/ui/consent_window.py) over this vault and policy."""
        from app.ui.consent_window import ConsentFlow

        assert self._policy is not None
        self.consent = ConsentFlow(self._handle.connect, self._policy, self._clock.now,
                                   start_capture=start_capture, show_message=declined)
        return self.consent

    def open_policy(self) -> None:
        """What is captured and where it goes, with the choice to agree or decline again."""
        if self.consent is None:
            self.consent_flow(lambda: self._consent_answered(True), lambda text: self._consent_answered(False))
        dialog = getattr(self.consent, "dialog", None)
        if dialog is not None and dialog.isVisible():
            _forward(dialog)
            return
        self.consent.run(ask_again=True)

    def open_settings(self) -> None:
        """My privacy settings: tighten the policy for myself; saved in the vault with a ledger entry."""
        from app.ui.settings_dialog import SettingsDialog
        from app.vault.personal_store import load_personal, save_personal

        conn = self._handle.connect()
        try:
            current = load_personal(conn)
        finally:
            conn.close()

        def save(settings) -> None:
            conn = self._handle.connect()
            try:
                save_personal(conn, settings, self._clock.now())
            finally:
                conn.close()
            self._settings_saved()

        self.settings = SettingsDialog(self._policy, current, save)
        _forward(self.settings)

    def close_all(self) -> None:
        """Close every window and the review window's own vault connection."""
        for window in (self.review, self.activity, getattr(self.consent, "dialog", None)):
            if window is not None:
                window.close()
        if self.review is not None:
            self.review.runner.close()


def _forward(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()

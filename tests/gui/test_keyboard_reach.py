"""Every control of every window is reached with Tab alone, and Tab never gets stuck (a text view
that swallows Tab would trap a keyboard user); a focused custom-painted view shows a frame."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.policy.consent.summary import consent_summary
from app.policy.file.parser import default_policy
from app.policy.personal import PersonalSettings
from app.ui.consent_window import ConsentDialog
from app.ui.control_menu import QuitRule, WindowHooks
from app.ui.icons import IconSet
from app.ui.releases_window import ReleasesWindow
from app.ui.settings_dialog import SettingsDialog
from app.ui.status_window import StatusWindow
from app.vault.reader import VaultReader
from tests.gui.accessible_probe import focusable_controls
from tests.gui.review_support import review_window, seeded, seeded_template  # noqa: F401
from tests.gui.test_review_redaction import open_segment
from tests.gui.tray_support import env  # noqa: F401 - the fixture


def tab_stops(qtbot, window: QWidget, presses: int) -> list[QWidget]:
    """The widgets that hold the keyboard after each of `presses` Tab presses."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    if QApplication.focusWidget() is None:
        window.focusNextChild()
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def reachable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()


def assert_all_reached(qtbot, window: QWidget) -> None:
    wanted = [w for w in focusable_controls(window) if reachable(w)]
    stops = tab_stops(qtbot, window, 2 * len(wanted) + 2)
    missed = [f"{type(w).__name__} {w.accessibleName()!r}" for w in wanted if w not in stops]
    assert not missed, f"not reached with Tab: {missed}"
    assert len(set(stops)) >= len(wanted)  # moving on, not stuck on one control


@pytest.fixture
def policy(data_dir):
    return default_policy(data_dir.data_dir)


def test_the_consent_screen_is_crossed_with_tab(qtbot, policy):
    dialog = ConsentDialog(consent_summary(policy), ["Screenshots every 30 s"])
    qtbot.addWidget(dialog)
    assert_all_reached(qtbot, dialog)
    assert dialog.text.hasFocus() or dialog.text in tab_stops(qtbot, dialog, 3)  # the policy is read first


def test_the_review_window_is_crossed_with_tab(qtbot, review_window, seeded):
    open_segment(review_window, seeded, "SELECT id FROM segments WHERE frame_count >= 2 LIMIT 1")
    assert_all_reached(qtbot, review_window)
    for tab in range(review_window.detail.tabs.count()):  # typed text and events: no trap either
        review_window.detail.tabs.setCurrentIndex(tab)
        assert_all_reached(qtbot, review_window)


def test_the_status_settings_and_releases_windows_are_crossed_with_tab(env, qtbot, policy, vault_handle):
    status = StatusWindow(env.flows, env.clock, IconSet(), WindowHooks(open_review=lambda: None),
                          QuitRule(True, lambda: None), always_available=False)
    settings = SettingsDialog(policy, PersonalSettings(), save=lambda s: None)
    releases = ReleasesWindow(VaultReader(vault_handle, threaded=False), withdraw=lambda bundle: None)
    for window in (status, settings, releases):
        qtbot.addWidget(window)
        assert_all_reached(qtbot, window)

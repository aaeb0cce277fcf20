"""Every control in every window announces a role, a name and a description to assistive
technology (read through Qt's accessibility interfaces, which the AT-SPI bridge serves to screen
readers; tests/e2e/test_accessibility_e2e.py reads the real bus). Every tab page is visited."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QAccessible

from app.policy.consent.summary import consent_summary
from app.policy.file.parser import default_policy
from app.policy.personal import PersonalSettings
from app.ui.activity_log import ActivityLogWindow
from app.ui.consent_window import ConsentDialog
from app.ui.control_menu import QuitRule, WindowHooks
from app.ui.export_dialog import ExportDialog
from app.ui.flag_dialog import FlagDialog
from app.ui.icons import IconSet
from app.ui.releases_window import ReleasesWindow
from app.ui.review.dialogs import ConfirmDialog, RangeDialog
from app.ui.settings_dialog import SettingsDialog
from app.ui.status_window import StatusWindow
from app.vault.reader import VaultReader
from tests.gui.accessible_probe import assert_announced, describe
from tests.gui.review_support import review_window, seeded, seeded_template  # noqa: F401
from tests.gui.test_review_redaction import open_segment
from tests.gui.tray_support import env  # noqa: F401 - the fixture


@pytest.fixture
def policy(data_dir):
    return default_policy(data_dir.data_dir)


def shown(qtbot, window):
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_review_window_with_a_segment_open(qtbot, review_window, seeded):
    open_segment(review_window, seeded, "SELECT id FROM segments WHERE frame_count >= 2 LIMIT 1")
    review_window.show()
    review_window.detail.screenshots.redact_button.setChecked(True)  # the tool's buttons too
    assert_announced(review_window)


def test_the_screenshot_viewer_is_a_canvas_not_an_anonymous_client(qtbot, review_window):
    role, name, description = describe(review_window.detail.screenshots.viewer)
    assert role == QAccessible.Role.Canvas and name and description


def test_the_review_dialogs(qtbot, review_window):
    confirm = shown(qtbot, ConfirmDialog(review_window, "Delete captured data", "Gone for good.", "&Delete for good",
                                         lambda done, failed: None))
    assert_announced(confirm)
    assert_announced(shown(qtbot, RangeDialog(review_window, 1_700_000_000.0, 1_700_003_600.0)))
    assert_announced(shown(qtbot, FlagDialog("the last 15 minutes")))


def test_the_consent_screen(qtbot, policy):
    dialog = shown(qtbot, ConsentDialog(consent_summary(policy), ["Screenshots every 30 s (was 60 s)"]))
    assert_announced(dialog)


def test_the_status_window(env, qtbot):
    window = shown(qtbot, StatusWindow(env.flows, env.clock, IconSet(), WindowHooks(open_review=lambda: None),
                                       QuitRule(False, lambda: None), always_available=True, hotkey_text="Ctrl+Alt+P"))
    assert_announced(window)


def test_the_settings_dialog(qtbot, policy):
    assert_announced(shown(qtbot, SettingsDialog(policy, PersonalSettings(), save=lambda s: None)))


def test_the_releases_window_and_the_activity_log(qtbot, vault_handle):
    conn = vault_handle.connect()
    summary = {"segments": [{"id": 7, "start": 1.0, "end": 2.0, "events": 4, "keys": 3, "clicks": 1, "frames": 1,
                             "sha256": "ab" * 32}], "counts": {"events": 4, "keys": 3, "clicks": 1, "frames": 1}}
    conn.execute("INSERT INTO releases (bundle_id, t, destination, size, sha256, confirmation, summary) "
                 "VALUES ('bundle-1', 1700000000.0, 's3://drop/airlock', 1234, ?, '{}', ?)", ("cd" * 32, json.dumps(summary)))
    conn.close()
    reader = VaultReader(vault_handle, threaded=False)
    window = shown(qtbot, ReleasesWindow(reader, withdraw=lambda bundle: None))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    assert_announced(window)
    assert_announced(shown(qtbot, ActivityLogWindow(reader)))


def test_the_export_dialog(qtbot):
    dialog = shown(qtbot, ExportDialog(lambda target, as_zip, progress, cancelled: None))
    assert_announced(dialog)

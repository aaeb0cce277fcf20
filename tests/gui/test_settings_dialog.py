"""My privacy settings: IT's values read-only, tightening offered, loosening impossible; saved and
obeyed by capture (the effective policy read back from the vault)."""

from __future__ import annotations

import dataclasses

import pytest

from app.core.model import KeystrokeMode, WindowInfo
from app.policy.file.parser import default_policy
from app.policy.model import ReleaseMode
from app.policy.personal import PersonalSettings
from app.ui.settings_dialog import SettingsDialog
from app.vault import ledger
from app.vault.operations.settings import effective_for, load_personal, save_personal


@pytest.fixture
def it_policy(data_dir):
    base = default_policy(data_dir.data_dir)
    return dataclasses.replace(base, keystroke_default=KeystrokeMode.MASKED,
                               release=dataclasses.replace(base.release, mode=ReleaseMode.AFTER_HOLD, hold_hours=24))


def test_only_stricter_choices_are_offered(qtbot, it_policy):
    dialog = SettingsDialog(it_policy, PersonalSettings(), save=lambda settings: None)
    qtbot.addWidget(dialog)
    offered = [KeystrokeMode(dialog.keystrokes.itemData(i)) for i in range(dialog.keystrokes.count())]
    assert offered == [KeystrokeMode.MASKED, KeystrokeMode.COUNTS, KeystrokeMode.NONE]  # no "full"
    assert dialog.hold.minimum() == 24
    assert dialog.explicit.isEnabled() and not dialog.explicit.isChecked()


def test_saved_tightenings_are_what_capture_and_release_obey(qtbot, it_policy, vault_conn):
    saved = []
    dialog = SettingsDialog(it_policy, PersonalSettings(), save=saved.append)
    qtbot.addWidget(dialog)
    dialog.keystrokes.setCurrentIndex(dialog.keystrokes.findData(KeystrokeMode.COUNTS.value))
    dialog.hold.setValue(96)
    dialog.explicit.setChecked(True)
    dialog.exclude_title.setText("online banking")
    dialog.add_exclusion()
    dialog.accept_and_save()
    (choice,) = saved
    save_personal(vault_conn, choice, now=100.0)
    assert load_personal(vault_conn) == choice
    effective = effective_for(vault_conn, it_policy)
    assert effective.keystroke_default is KeystrokeMode.COUNTS
    assert effective.release.hold_hours == 96 and effective.release.mode is ReleaseMode.EXPLICIT
    assert any(rule.name == "mine: online banking" for rule in effective.exclusions)
    from app.policy.rules.exclusions import match_exclusion

    assert match_exclusion(WindowInfo("firefox", "My Online Banking — Firefox"), effective.exclusions)
    assert ledger.entries(vault_conn)[-1].kind == "policy-change"


def test_a_stored_loosening_is_not_obeyed(vault_conn, it_policy):
    save_personal(vault_conn, PersonalSettings(keystroke_default=KeystrokeMode.FULL, hold_hours=1.0,
                                               release_mode=ReleaseMode.AFTER_HOLD), now=1.0)
    effective = effective_for(vault_conn, it_policy)
    assert effective.keystroke_default is KeystrokeMode.MASKED and effective.release.hold_hours == 24


def test_the_language_is_a_personal_setting_saved_through_the_operations_and_applied(qtbot, it_policy, vault_handle):
    from PySide6.QtCore import QCoreApplication

    from app.control.operations import Operations
    from app.policy.consent.summary import consent_summary
    from app.policy.rules.pause import PauseState
    from app.ui.window_host import WindowHost
    from app.vault.operations.store import VaultOperations
    from app.vault.reader import VaultReader
    from tests.helpers.clock import FakeClock

    conn = vault_handle.connect()
    operations = Operations(PauseState(), FakeClock(100.0), VaultOperations.direct(conn))
    dialog = SettingsDialog(it_policy, PersonalSettings(), save=lambda settings: operations.save_personal(settings).result())
    qtbot.addWidget(dialog)
    offered = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert offered == [None, "de", "en"]  # "as the system" first; the pseudo-locale is a test build, not offered
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept_and_save()
    assert load_personal(conn).language == "de"
    assert ledger.entries(conn)[-1].body["personal"]["language"] == "de"  # recorded like every setting

    host = WindowHost(VaultReader(vault_handle, threaded=False), operations, FakeClock(100.0), it_policy)
    assert host.apply_language() == "de"  # what the app does at start, before the consent screen
    assert QCoreApplication.translate("Controls", "Pause until I resume") == "Pausieren, bis ich fortsetze"
    assert "Was aufgezeichnet wird" in consent_summary(it_policy).as_text()  # the Qt-free layers follow

    host.open_activity_log()  # built in German, then closed: the same window follows a change of language
    window = host.activity
    assert window.windowTitle() == "Was meinen Computer verlassen hat"
    window.close()
    assert host.change_language("en") == "en"
    qtbot.waitUntil(lambda: window.windowTitle() == "What left my computer")
    host.open_activity_log()
    assert host.activity is window
    host.activity.close()
    conn.close()

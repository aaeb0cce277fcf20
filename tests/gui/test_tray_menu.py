"""The controls menu built for each state: entries, enabled and checked, and what they do."""

from __future__ import annotations

import pytest

from app.control.durations import zone_name
from app.control.interface import CaptureCondition
from app.core.model import CaptureStatus
from app.ui.control_menu import quit_not_allowed
from app.vault import ledger
from app.vault.operations import settings
from tests.gui.shown import shown
from tests.gui.tray_support import NOW, env  # noqa: F401 - the fixture

ENTRIES = ["status", "waiting", "pause-900s", "pause-3600s", "pause-tomorrow", "pause-indefinite", "resume",
           "delete-300s", "delete-900s", "delete-3600s", "flag", "review", "activity", "policy", "quit"]


def named(menu) -> list[str]:
    return [a.objectName() for a in menu.actions() if not a.isSeparator()]


def state(menu, name) -> tuple[str, bool, bool]:
    action = menu.entry(name)
    return action.text(), action.isEnabled(), action.isChecked()


def test_recording(env):
    menu = env.menu()
    assert named(menu) == ENTRIES
    assert state(menu, "status") == ("Recording", False, False)
    assert state(menu, "waiting") == ("0 segments waiting for review", False, False)
    assert state(menu, "pause-900s") == ("Pause for 15 minutes", True, False)
    assert state(menu, "pause-3600s") == ("Pause for 1 hour", True, False)
    assert state(menu, "pause-tomorrow") == ("Pause until tomorrow 08:00", True, False)
    assert state(menu, "pause-indefinite") == ("Pause until I resume", True, False)
    assert menu.entry("pause-indefinite").shortcut().toString() == "Ctrl+Alt+P"
    assert state(menu, "resume") == ("Resume recording", False, False)
    assert state(menu, "delete-300s") == ("Delete the last 5 minutes…", True, False)
    assert state(menu, "delete-900s") == ("Delete the last 15 minutes…", True, False)
    assert state(menu, "delete-3600s") == ("Delete the last hour…", True, False)
    assert state(menu, "flag") == ("Flag the last 15 minutes as sensitive…", True, False)
    assert state(menu, "review") == ("Review captures…", True, False)
    assert state(menu, "activity") == ("What left my computer…", True, False)
    assert state(menu, "policy") == ("Policy and privacy…", True, False)
    assert state(menu, "quit") == ("Quit Airlock", True, False)


def test_paused_until_resumed(env, qtbot):
    env.controller.pause_now()
    menu = env.menu()
    assert state(menu, "status") == ("Paused until you resume", False, False)
    assert state(menu, "pause-indefinite") == ("Pause until I resume", True, True)
    assert state(menu, "resume") == ("Resume recording", True, False)
    assert menu.entry("resume").shortcut().toString() == "Ctrl+Alt+P"


def test_paused_for_a_while(env):
    env.controller.pause_now(seconds=3600)
    menu = env.menu()
    assert state(menu, "status") == (f"Paused until 15:00 {zone_name(env.clock.now())}", False, False)
    assert state(menu, "pause-indefinite")[2] is False
    assert state(menu, "resume")[1] is True


def test_excluded_window_in_focus(env):
    env.controls.report_condition(CaptureCondition(CaptureStatus.EXCLUDED, "password manager"))
    menu = env.menu()
    assert state(menu, "status")[0] == "Excluded window in focus (password manager): nothing recorded"
    assert state(menu, "resume")[1] is False


def test_not_capturing_without_a_vault_disables_what_needs_it(env):
    env.controls.vault_unavailable("keyring locked or unavailable")
    menu = env.menu()
    assert state(menu, "status") == ("Not capturing: keyring locked or unavailable", False, False)
    for name in ("delete-300s", "delete-900s", "delete-3600s", "flag", "review", "activity"):
        assert state(menu, name)[1] is False, name
    assert "keyring locked" in shown(menu.entry("delete-300s").toolTip())
    for name in ("pause-900s", "pause-indefinite", "policy", "quit"):
        assert state(menu, name)[1] is True, name


def test_quit_not_allowed_says_why(env):
    menu = env.menu(allow_quit=False)
    assert state(menu, "quit") == ("Quit (kept running by your organisation)", False, False)
    assert menu.entry("quit").toolTip() == quit_not_allowed()
    assert menu.toolTipsVisible()


def test_missing_windows_are_disabled_not_hidden(env):
    from app.ui.control_menu import WindowHooks

    menu = env.menu(hooks=WindowHooks())
    for name in ("review", "activity", "policy"):
        assert state(menu, name)[1] is False
        assert menu.entry(name).toolTip() == "Not available in this version."


def test_the_menu_is_rebuilt_when_it_opens(env):
    menu = env.menu()
    assert state(menu, "resume")[1] is False
    env.controller.pause_now()
    assert state(menu, "resume")[1] is False  # nothing polls: it still shows the old state …
    menu.aboutToShow.emit()  # … until it opens
    assert state(menu, "resume")[1] is True


def test_entries_act(env, vault_conn):
    menu = env.menu()
    menu.entry("pause-900s").trigger()
    assert env.controls.pause_state.current(NOW).until == NOW + 900
    menu.aboutToShow.emit()
    menu.entry("pause-indefinite").trigger()  # ticking it: until resumed
    assert env.controls.pause_state.current(NOW).until is None
    menu.aboutToShow.emit()
    menu.entry("pause-indefinite").trigger()  # unticking it resumes
    assert env.controls.pause_state.current(NOW) is None
    menu.aboutToShow.emit()
    menu.entry("review").trigger()
    menu.entry("quit").trigger()
    assert env.opened == ["review", "quit"]
    env.writer.flush()
    assert [e.kind for e in ledger.entries(vault_conn)] == ["pause", "pause", "resume"]
    assert settings.load_pause(vault_conn) is None


@pytest.mark.parametrize("waiting", [1, 3])
def test_the_review_entry_counts_what_waits(env, qtbot, vault_handle, waiting):
    from tests.helpers.seed import SeededSegment, seed

    seed(vault_handle, [SeededSegment(NOW - 100 * i, "editor", f"n{i}", "x") for i in range(waiting)])
    env.controller.refresh_counts()  # what the slow count timer does
    qtbot.waitUntil(lambda: env.controller.current.waiting_for_review == waiting, timeout=5000)
    menu = env.menu()
    assert state(menu, "review")[0] == f"Review captures… ({waiting} waiting)"
    assert state(menu, "waiting")[0].startswith(f"{waiting} segment")


def test_the_state_line_opens_the_status_window_where_there_is_one(env):
    from app.ui.control_menu import WindowHooks

    menu = env.menu(hooks=WindowHooks(open_status=lambda: env.opened.append("status")))
    assert state(menu, "status") == ("Recording", True, False)
    assert menu.entry("status").font().bold()
    menu.entry("status").trigger()
    assert env.opened == ["status"]


def test_a_state_change_under_an_open_menu_keeps_the_highlighted_entry(env, qtbot):
    """Opening the menu takes the keyboard, which X11 capture reads as a lock: the state changes
    while someone arrows down the open menu. Their Return must choose what they had reached."""
    from PySide6.QtCore import Qt

    menu = env.menu()
    menu.popup(menu.pos())
    qtbot.waitUntil(menu.isVisible)
    for _ in range(5):  # pause 15 min, 1 h, tomorrow, until I resume, delete 5 minutes (no status window here)
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction().objectName() == "delete-300s"
    env.controls.report_condition(CaptureCondition(CaptureStatus.EXCLUDED, "screen locked"))
    qtbot.waitUntil(lambda: "screen locked" in menu.entry("status").text())
    assert menu.activeAction() is menu.entry("delete-300s")
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(env.answers.asked_delete))
    assert [seconds for _counts, seconds in env.answers.asked_delete] == [300]

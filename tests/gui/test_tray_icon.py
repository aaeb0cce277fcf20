"""The tray icon: one click toggles pause; the icon and the tooltip follow the state in words."""

from __future__ import annotations

from PySide6.QtWidgets import QSystemTrayIcon

from app.control.interface import CaptureCondition
from app.core.model import CaptureStatus
from app.ui.icons import IconSet, PanelShade
from app.ui.tray import TrayIcon, tooltip_text
from tests.gui.shown import shown
from tests.gui.tray_support import NOW, env  # noqa: F401 - the fixture

Trigger = QSystemTrayIcon.ActivationReason.Trigger
Context = QSystemTrayIcon.ActivationReason.Context


def make_tray(env) -> TrayIcon:
    return TrayIcon(env.controller, env.menu(), IconSet(), "Ctrl+Alt+P")


def test_clicking_the_icon_toggles_pause(env, qtbot, vault_conn):
    tray = make_tray(env)
    recording_icon = tray.icon.icon().cacheKey()
    with qtbot.waitSignal(tray.toggled):
        tray.icon.activated.emit(Trigger)
    assert env.controls.pause_state.current(NOW) is not None
    assert env.controller.current.state is CaptureStatus.PAUSED
    assert tray.icon.icon().cacheKey() != recording_icon
    assert shown(tray.icon.toolTip()).startswith("Airlock: Paused until you resume")
    tray.icon.activated.emit(Trigger)
    assert env.controls.pause_state.current(NOW) is None
    assert shown(tray.icon.toolTip()).startswith("Airlock: Recording")
    env.writer.flush()
    from app.vault import ledger

    assert [e.kind for e in ledger.entries(vault_conn)] == ["pause", "resume"]


def test_a_right_click_opens_the_menu_and_does_not_toggle(env):
    tray = make_tray(env)
    tray.icon.activated.emit(Context)
    assert env.controls.pause_state.current(NOW) is None
    assert tray.icon.contextMenu() is tray.menu


def test_the_icon_is_set_before_show_and_differs_per_state(env, qtbot):
    tray = make_tray(env)
    assert not tray.icon.icon().isNull()  # before show(): XEmbed hosts need it
    keys = {}
    for condition in (CaptureCondition(CaptureStatus.RECORDING), CaptureCondition(CaptureStatus.EXCLUDED, "bank"),
                      CaptureCondition(CaptureStatus.NOT_CAPTURING, "keyring locked")):
        env.controls.report_condition(condition)
        qtbot.waitUntil(lambda: env.controller.current.state is condition.status, timeout=5000)  # a stop: after its grace
        keys[condition.status] = tray.icon.icon().cacheKey()
    env.controls.report_condition(CaptureCondition(CaptureStatus.RECORDING))
    env.controller.pause_now()
    keys[CaptureStatus.PAUSED] = tray.icon.icon().cacheKey()
    assert len(set(keys.values())) == 4


def test_tooltip_says_the_state_and_what_waits():
    from app.control.interface import StatusReport

    report = StatusReport(CaptureStatus.NOT_CAPTURING, "keyring locked", waiting_for_review=1,
                          describe="Not capturing: keyring locked")
    assert tooltip_text(report, "Ctrl+Alt+P") == ("Airlock: Not capturing: keyring locked\n"
                                                  "1 segment waiting for review\nClick to pause (Ctrl+Alt+P)")


def test_every_state_has_light_dark_and_template_icons(tmp_path):
    icons = IconSet()
    for state in CaptureStatus:
        for shade in PanelShade:
            path = icons.tray_path(state, shade)
            assert path.is_file(), path
            assert not icons.tray(state, shade).pixmap(22, 22).isNull()
    mac = IconSet(platform="darwin")
    assert mac.tray_path(CaptureStatus.PAUSED, PanelShade.DARK).name == "paused-template.svg"
    assert mac.tray(CaptureStatus.PAUSED).isMask()
    assert not icons.app().pixmap(64, 64).isNull()

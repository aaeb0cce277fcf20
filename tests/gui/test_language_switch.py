"""A change of language in the settings dialog reaches every window already on screen at once: the
consent screen, the review window, the status window (with its banner), a settings dialog, what left
my computer (and its activity log), the open tray menu and the tray's tooltip — the same window
objects, none reopened, every text in German and no label clipped. Notices made afterwards speak
German too."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QTabWidget, QWidget
from pytestqt.exceptions import TimeoutError

from app.control.operations import Operations
from app.core import i18n as core_i18n
from app.policy.file.parser import default_policy
from app.policy.personal import PersonalSettings
from app.policy.rules.pause import PauseState
from app.ui.control_flows import ControlFlows
from app.ui.control_menu import ControlMenu, QuitRule
from app.ui.controller import AppController
from app.ui.icons import IconSet
from app.ui.settings_dialog import SettingsDialog
from app.ui.status_window import StatusWindow, no_tray_notice
from app.ui.tray import TrayIcon
from app.ui.window_host import WindowHost
from app.vault.operations.settings import load_personal
from app.vault.operations.store import VaultOperations
from app.vault.reader import VaultReader
from tests.gui.review_support import NOW, seeded, seeded_template  # noqa: F401 - fixtures
from tests.gui.test_i18n_windows import clipped
from tests.helpers.seed import SeededSuggestion, seed_suggestions

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "airlock_de.ts"


def german(context: str, source: str, n: int = -1) -> str:
    """`source` as the German catalogue says it (and proof that it says it differently)."""
    core_i18n.set_language("de")
    words = core_i18n.translate(context, source, None, n)
    assert words != source.replace("%n", str(n)), f"no German for {source!r}"
    return words


def texts(widget: QWidget) -> list[str]:
    """Every title, label, button, tab, action and choice a person sees in `widget`."""
    found = [widget.windowTitle()]
    found += [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
              if w.isVisible() and w.text()]
    for tabs in widget.findChildren(QTabWidget):
        found += [tabs.tabText(i) for i in range(tabs.count())]
    for combo in widget.findChildren(QComboBox):
        found += [combo.itemText(i) for i in range(combo.count())]
    found += [action.text() for action in widget.findChildren(QAction) if action.text()]
    return found


def english_words() -> set[str]:
    """Every English source text that the German catalogue says differently."""
    sources = set()
    for message in ElementTree.parse(TS).iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if translation is not None and (translation.text or "").strip() not in ("", source):
            sources.add(source)
    return sources


@pytest.fixture
def desktop(qtbot, seeded):
    """The app's windows over one seeded vault, composed as app/commands/desktop.py does."""
    conn = seeded.connect()
    conn.execute("INSERT INTO releases (bundle_id, t, destination, size, sha256, confirmation, summary) "
                 "VALUES ('bundle-1', ?, 's3://drop/airlock', 123456, ?, '{}', ?)",
                 (seeded.clock.now() - 3600, "cd" * 32, json.dumps({"segments": [], "counts": {}})))
    [(segment_id,)] = conn.execute("SELECT segment_id FROM frames ORDER BY t DESC LIMIT 1").fetchall()
    seed_suggestions(seeded.handle, [segment_id], [SeededSuggestion(0, "health", (("diagnosis", (96, 120, 120, 24)),))],
                     now=seeded.clock.now())
    operations = Operations(PauseState(), seeded.clock, VaultOperations.direct(conn))
    controller = AppController(operations, seeded.clock)
    flows = ControlFlows(controller, seeded.clock)
    policy = default_policy(seeded.paths.data_dir)
    host = WindowHost(VaultReader(seeded.handle, threaded=False), operations, seeded.clock, policy,
                      export=lambda target, as_zip, progress, cancelled: None)
    host.language_changed.connect(controller.language_changed)
    hooks = host.hooks()
    quit_rule = QuitRule(False, lambda: None)  # kept running by the organisation: the reason shows as a label
    status = StatusWindow(flows, seeded.clock, IconSet(), hooks, quit_rule, always_available=True,
                          hotkey_text="Ctrl+Alt+P")
    menu = ControlMenu(flows, seeded.clock, hooks, quit_rule, "Ctrl+Alt+P")
    tray = TrayIcon(controller, menu, IconSet(), "Ctrl+Alt+P")
    controller.start()
    yield host, controller, status, menu, tray, conn
    controller.stop()
    for window in (status, menu):
        window.close()
    host.close_all()
    conn.close()


def test_every_open_window_follows_the_language_chosen_in_the_settings(qtbot, desktop):
    host, controller, status, menu, tray, conn = desktop
    host.apply_language()  # nothing chosen yet: the system's, English here
    host.open_review()
    host.open_activity_log()
    host.open_export()
    host.open_policy()  # the consent screen, asked again
    qtbot.waitUntil(lambda: host.consent is not None and host.consent.dialog is not None)
    consent = host.consent.dialog
    watched = SettingsDialog(host._policy, PersonalSettings(), save=lambda settings: None)  # a second one, left open
    qtbot.addWidget(watched)
    status.show()
    status.show_notice(no_tray_notice())
    review, releases, export = host.review, host.activity, host.export
    windows = [review, releases, consent, watched, status, export]
    for window in windows:
        window.show()
        qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: releases.model.rowCount() == 1)

    assert review.windowTitle() == "Review captures" and consent.windowTitle() == "Before anything is recorded"
    assert "segments waiting for review" in tray.icon.toolTip()
    english = english_words()
    assert any(text in english for window in windows for text in texts(window))  # the check below can fail
    english_menu = [a.text() for a in menu.actions() if a.text()]
    assert any(text.startswith("Review captures…") for text in english_menu)

    # The employee opens the settings from the tray and picks Deutsch (the tray menu is open again
    # meanwhile: it must follow while open, not only when it is next opened).
    host.open_settings()
    chooser = host.settings
    chooser.language.setCurrentIndex(chooser.language.findData("de"))
    menu.popup(status.geometry().center())
    qtbot.waitExposed(menu)
    chooser.accept_and_save()
    assert load_personal(conn).language == "de"  # saved through the operations

    qtbot.waitUntil(lambda: review.windowTitle() == german("ReviewWindow", "Review captures"))
    assert [host.review, host.activity, host.consent.dialog, host.export] == [review, releases, consent, export]  # none reopened
    assert all(window.isVisible() for window in windows) and menu.isVisible()

    # The review window: title, toolbar, filters, tabs, headers, the detail pane.
    assert review.delete_action.text() == german("ReviewWindow", "&Delete…")
    assert review.state_filter.itemText(0) == german("ReviewWindow", "All states")
    assert review.day_filter.itemText(0) == german("ReviewWindow", "All days")
    assert review.views.tabText(review.TIMELINE) == german("ReviewWindow", "T&imeline")
    assert review.views.tabText(review.NEEDS_A_LOOK).startswith(german("ReviewWindow", "Needs a &look"))
    assert review.model.headerData(0, Qt.Orientation.Horizontal) == german("Timeline", "Time")
    assert review.detail.tabs.tabText(0) == german("DetailPane", "&Screenshots")
    assert review.search.placeholderText() == german("ReviewWindow", "Search typed text and window titles  (Ctrl+F)")
    assert review.needs.count() > 0 and review.needs.heading.text() == german(
        "Labels", "%n moment(s) need a look", review.needs.count())
    review.show_view(review.NEEDS_A_LOOK)
    qtbot.waitUntil(lambda: review.needs.selected() is not None)
    assert review.needs.reason.text().endswith(german("Detectors", "%1 on screen").replace("%1", ""))
    assert review.needs.list.currentIndex().data().endswith(german("Detectors", "%1 on screen").replace("%1", ""))
    review.show_view(review.TIMELINE)
    assert german("ReviewWindow", "%n segment(s)", 1).split()[-1] in review.day_filter.itemData(
        1, Qt.ItemDataRole.AccessibleTextRole)

    # What left my computer, with its activity log.
    assert releases.windowTitle() == german("Releases", "What left my computer")
    assert releases.tabs.tabText(1) == german("Releases", "Activity log")
    assert releases.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == german("Releases", "Sent")
    assert releases.summary.text() == german(
        "Releases", "%n bundle(s) left this computer, holding %1. Each was sealed so only your organisation's "
                    "training pipeline can open it.", 1).replace("%1", german("Releases", "%n reviewed segment(s)", 0))
    assert releases.activity.model.headerData(1, Qt.Orientation.Horizontal) == german("ActivityLog", "What happened")
    assert releases.activity.banner.text() == german(
        "ActivityLog", "✔ The log is intact: %n entries, each linked to the one before.", releases.activity.verified.checked)

    # The consent screen: its buttons and the policy's words.
    assert consent.windowTitle() == german("Consent", "Before anything is recorded")
    assert consent.agree.text() == german("Consent", "I understand — start recording")
    assert "Was aufgezeichnet wird" in consent.text.toPlainText()
    assert "What is recorded" not in consent.text.toPlainText()

    # Download my data.
    assert export.windowTitle() == german("Export", "Download my data")
    assert export.start_button.text() == german("Export", "Export")

    # The settings dialog left open.
    assert watched.windowTitle() == german("Settings", "My privacy settings")
    assert watched.language.itemText(0).startswith(german("Settings", "As the system (%1)").split("(")[0])

    # The status window: the state, the buttons, the banner's notice, the quit explanation.
    assert status.heading.text() == german("Controls", "Recording") or status.heading.text() == german(
        "Controls", "Not capturing")
    assert status.review_button.text() == german("StatusWindow", "Review captures…")
    assert german("StatusWindow", "No system tray on this desktop") in status.banner.text()
    assert status.quit_explanation.text().startswith(german("Controls", "Your organisation's policy keeps Airlock "
                                                            "running. You can still pause it at any time, for as long "
                                                            "as you need.")[:20])

    # The open tray menu and the tray's tooltip.
    waiting = controller.current.waiting_for_review
    review_entry = german("Controls", "Review captures… (%n waiting)", waiting)
    qtbot.waitUntil(lambda: review_entry in [a.text() for a in menu.actions()])
    german_menu = [a.text() for a in menu.actions() if a.text()]
    assert not set(german_menu) & set(english_menu), set(german_menu) & set(english_menu)
    assert not [text for text in german_menu if text in english]
    assert german("Tray", "%n segment(s) waiting for review", waiting) in tray.icon.toolTip()
    assert "waiting for review" not in tray.icon.toolTip()

    # No English word of ours is left on screen (Qt's own buttons included), and nothing is cut off.
    for window in windows:
        left = [text for text in texts(window) if text in english | {"Cancel", "Save", "OK"}]
        assert not left, (window.windowTitle(), left)
        try:  # the layouts settle after the new words (posted layout requests)
            qtbot.waitUntil(lambda window=window: clipped(window) == [], timeout=5000)
        except TimeoutError:
            raise AssertionError((window.windowTitle(), *clipped(window))) from None

    # A notice made now speaks German too.
    notices = []
    controller.notice.connect(notices.append)
    controller.announce_release(3, NOW + 3600)
    assert notices[-1].title.startswith(german("Notices", "%n segment(s) will be released at %1", 3).split("%1")[0])


def test_a_language_saved_elsewhere_reaches_the_open_windows(qtbot, desktop):
    """`airlock settings --language de` in a terminal: the change comes back through the running app's
    operations as a vault change, and its windows follow it."""
    host, controller, status, menu, tray, conn = desktop
    controller.vault_changed.connect(host.vault_changed)  # as app/commands/desktop.py wires it
    host.apply_language()
    host.open_review()
    review = host.review
    qtbot.waitExposed(review)
    assert review.windowTitle() == "Review captures"
    controller.controls.save_personal(PersonalSettings(language="de")).result()
    qtbot.waitUntil(lambda: review.windowTitle() == german("ReviewWindow", "Review captures"))
    assert status.review_button.text() == german("StatusWindow", "Review captures…")
    controller.controls.save_personal(PersonalSettings()).result()  # "as the system" again
    qtbot.waitUntil(lambda: review.windowTitle() == "Review captures")
    assert host.review is review

"""Captured text that looks like HTML is shown as the characters it is (issue 21).

A web page sets its window's title, so a title can be `"><img src=x><script>x</script>`. Qt
guesses whether a label's or tooltip's text is markup; a guess on captured text would render an
image, swallow the script tag, and hide from the employee the title that leaves in a bundle. The
windows are walked with such text in every captured field: every label and tooltip that shows it
must show the literal characters (tests/gui/shown.py renders text as Qt does), and no label may
show them escaped twice (`&lt;`). The same title recorded from a real X window is
tests/e2e/test_hostile_title_e2e.py.
"""

from __future__ import annotations

import json
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.control.interface import CaptureCondition
from app.core.model import CaptureStatus
from app.policy.personal import PersonalSettings
from app.ui.icons import IconSet
from app.ui.models.roles import KIND_SEGMENT, Roles
from app.ui.models.timeline_model import COL_TITLE
from app.ui.releases_window import ReleasesWindow
from app.ui.review.window import ReviewWindow
from app.ui.settings_dialog import SettingsDialog
from app.ui.tray import TrayIcon
from app.vault.reader import VaultReader
from tests.gui.review_support import sync_services
from tests.gui.shown import shown, shown_by
from tests.gui.tray_support import env  # noqa: F401 - the fixture
from tests.helpers.clock import FakeClock
from tests.helpers.seed import SeededSegment, seed

HOSTILE = '"><img src=x><script>x</script> & <b>bold</b>'
TYPED = "<i>typed</i> &amp; x"


def walk_labels(window: QWidget) -> list[str]:
    """What every label of `window` shows; fails on a label that lost markup-like characters or
    shows them escaped twice."""
    seen = []
    for label in window.findChildren(QLabel):
        text = shown_by(label)
        if "<img" in label.text():
            assert "<img" in text, (label.objectName(), label.text(), text)
        assert "&lt;" not in text and "&amp;" not in text.replace(TYPED, ""), (label.objectName(), text)
        seen.append(text)
    return seen


def test_the_review_window_shows_a_hostile_title_app_name_and_typed_text_literally(qtbot, vault_handle):
    start = time.time() - 600
    (segment_id,) = seed(vault_handle, [SeededSegment(start, HOSTILE, HOSTILE, TYPED)])
    services, conn = sync_services(vault_handle, FakeClock(time.time()))
    window = ReviewWindow(services)
    qtbot.addWidget(window)
    window.show()
    day = window.model.index(0, 0)
    window.view.expand(day)
    while window.model.canFetchMore(day):
        window.model.fetchMore(day)
    index = window.model.segment_index(segment_id)
    assert index.isValid() and index.data(Roles.KIND) == KIND_SEGMENT
    window.view.setCurrentIndex(index)
    assert window.detail.detail.segment.id == segment_id

    detail = window.detail
    assert shown_by(detail.title_label) == HOSTILE
    assert shown_by(detail.app_label) == HOSTILE
    assert detail.text_panel.text().startswith(TYPED)
    assert shown(window.model.index(index.row(), COL_TITLE, day).data(Qt.ItemDataRole.ToolTipRole)) == HOSTILE
    assert window.model.index(index.row(), COL_TITLE, day).data() == HOSTILE  # the timeline cell draws plain text
    labels = walk_labels(window)
    assert HOSTILE in labels
    window.close()
    conn.close()


def _release(conn, destination: str, receipt: dict) -> None:
    t = time.time()
    summary = {"segments": [{"id": 3, "start": t - 600, "end": t - 300, "keys": 5, "clicks": 1, "frames": 1,
                             "events": 9, "sha256": "ab" * 32}], "counts": {"keys": 5, "clicks": 1, "frames": 1}}
    conn.execute("INSERT INTO releases (bundle_id, t, destination, size, sha256, confirmation, summary) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)", ("bundle-1", t, destination, 1234, "cd" * 32, json.dumps(receipt),
                                                  json.dumps(summary)))


def test_the_releases_window_shows_destination_and_receipt_literally(qtbot, vault_handle):
    conn = vault_handle.connect()
    _release(conn, f"s3://drop/{HOSTILE}/", {"etag": HOSTILE, "version_id": "<script>alert(1)</script>"})
    conn.close()
    window = ReleasesWindow(VaultReader(vault_handle, threaded=False))
    qtbot.addWidget(window)
    window.table.selectRow(0)
    details = window.details.toPlainText()
    assert f"s3://drop/{HOSTILE}/" in details
    assert f"etag: {HOSTILE}" in details and "version_id: <script>alert(1)</script>" in details
    assert window.model.index(0, 1).data() == f"s3://drop/{HOSTILE}/"
    walk_labels(window)


def test_the_tray_menu_and_status_window_show_an_exclusion_named_after_a_title_literally(env, qtbot, tmp_path):
    # The employee excludes the window by its title in the settings dialog; the rule is named after it.
    from app.policy.file.parser import default_policy

    dialog = SettingsDialog(default_policy(tmp_path), PersonalSettings(), save=lambda settings: None)
    qtbot.addWidget(dialog)
    dialog.exclude_title.setText(HOSTILE)
    dialog.add_exclusion()
    (rule,) = dialog.chosen().extra_exclusions
    walk_labels(dialog)

    env.controls.report_condition(CaptureCondition(CaptureStatus.EXCLUDED, rule.name))
    qtbot.waitUntil(lambda: env.controller.current.state is CaptureStatus.EXCLUDED, timeout=5000)
    expected = f"Excluded window in focus ({rule.name}): nothing recorded"
    assert HOSTILE in expected

    tray = TrayIcon(env.controller, env.menu(), IconSet(), "Ctrl+Alt+P")
    assert shown(tray.icon.toolTip()).startswith(f"Airlock: {expected}\n")

    menu = env.menu()
    header = menu.entry("status")
    assert header.text().replace("&&", "&") == expected and shown(header.toolTip()) == rule.name

    from app.ui.control_menu import QuitRule, WindowHooks
    from app.ui.notifications import Notice, NoticeKind
    from app.ui.status_window import StatusWindow

    window = StatusWindow(env.flows, env.clock, IconSet(), WindowHooks(), QuitRule(True, lambda: None),
                          always_available=True)
    qtbot.addWidget(window)
    window.show_status(env.controller.current)
    window.show_notice(Notice(NoticeKind.FAILED, HOSTILE, HOSTILE))
    labels = walk_labels(window)
    assert expected in labels and f"{HOSTILE}\n{HOSTILE}" in labels

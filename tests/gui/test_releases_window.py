"""What left my computer: bundles with their contents, receipts and a withdraw button."""

from __future__ import annotations

import json

from app.ui.releases_window import ReleasesWindow
from app.vault.reader import VaultReader


def _release(conn, bundle_id, t, withdrawn=None):
    segments = [{"id": 7, "start": t - 600, "end": t - 300, "events": 40, "keys": 30, "clicks": 4, "frames": 3,
                 "sha256": "ab" * 32}]
    summary = {"segments": segments, "counts": {"events": 40, "keys": 30, "clicks": 4, "frames": 3}}
    conn.execute("INSERT INTO releases (bundle_id, t, destination, size, sha256, confirmation, summary, withdrawn_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (bundle_id, t, "s3://drop/airlock", 123456, "cd" * 32, json.dumps({"etag": "e-1"}),
                  json.dumps(summary), withdrawn))


def test_lists_bundles_with_contents_and_receipt(qtbot, vault_handle):
    conn = vault_handle.connect()
    _release(conn, "bundle-old", 1_700_000_000.0, withdrawn=1_700_000_500.0)
    _release(conn, "bundle-new", 1_700_100_000.0)
    conn.close()
    withdrawn = []
    window = ReleasesWindow(VaultReader(vault_handle, threaded=False), withdraw=withdrawn.append)
    qtbot.addWidget(window)
    model = window.model
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == "s3://drop/airlock"
    assert model.index(0, 2).data() == "1" and model.index(0, 4).data() == "30 / 4 / 3"
    assert model.index(0, 6).data() == "delivered" and model.index(1, 6).data().startswith("withdrawn")
    assert "2 bundles left this computer" in window.summary.text()

    window.table.selectRow(0)
    assert "etag: e-1" in window.details.toPlainText() and "#7" in window.details.toPlainText()
    assert window.withdraw_button.isEnabled()
    window.withdraw(window.selected_bundle())
    assert withdrawn == ["bundle-new"]

    window.table.selectRow(1)
    assert not window.withdraw_button.isEnabled()  # already withdrawn


def test_nothing_left_says_so_and_shows_the_activity_log(qtbot, vault_handle):
    window = ReleasesWindow(VaultReader(vault_handle, threaded=False))
    qtbot.addWidget(window)
    assert window.summary.text() == "Nothing has left this computer."
    assert window.tabs.tabText(1) == "Activity log"
    assert window.activity.verified.ok


def test_says_what_is_not_leaving_yet_and_why(qtbot, vault_handle):
    window = ReleasesWindow(VaultReader(vault_handle, threaded=False))
    qtbot.addWidget(window)
    window.show()
    assert not window.waiting.isVisible()
    window.show_waiting(needs_a_look=2, not_yet_read=12)
    assert window.waiting.isVisible()
    assert window.waiting.text().startswith("Not leaving yet: 2 moments need a look")
    assert "12 screenshots not yet read for sensitive moments" in window.waiting.text()
    window.show_waiting(needs_a_look=0, not_yet_read=1)
    assert window.waiting.text().startswith("Not leaving yet: 1 screenshot not yet read")
    window.show_waiting(0, 0)
    assert not window.waiting.isVisible()


def test_the_window_host_passes_the_status_on(qtbot, vault_handle):
    from app.control.interface import StatusReport
    from app.core.clock import SystemClock
    from app.core.model import CaptureStatus
    from app.ui.window_host import WindowHost

    host = WindowHost(VaultReader(vault_handle, threaded=False), operations=None, clock=SystemClock(), policy=None)
    host.status_changed(StatusReport(CaptureStatus.RECORDING, needs_a_look=0, not_yet_read=3))
    host.open_activity_log()
    qtbot.addWidget(host.activity)
    assert "3 screenshots not yet read" in host.activity.waiting.text() and host.activity.waiting.isVisible()

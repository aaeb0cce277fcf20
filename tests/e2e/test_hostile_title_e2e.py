"""A real X window whose title is HTML, recorded by `airlock record --headless`, reviewed as its
characters (issue 21). The window titles of web pages are theirs to choose; the review window
must show the employee exactly the title that would leave in a bundle. (Every other window and
the tray: tests/gui/test_hostile_text.py.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.clock import SystemClock
from app.core.paths import resolve_paths
from app.ui.models.roles import KIND_SEGMENT, Roles
from app.ui.models.timeline_model import COL_TITLE
from app.ui.review.window import ReviewServices, ReviewWindow
from app.vault.reader import VaultReader
from app.vault.vault import VAULT_KEY_NAME, open_vault
from tests.e2e.harness.desktop import Desktop
from tests.e2e.harness.keyring import keyring_session
from tests.e2e.test_review_e2e import Captured
from tests.gui.review_support import sync_services
from tests.gui.shown import shown, shown_by
from tests.gui.test_hostile_text import walk_labels
from tests.helpers.keystore import MemoryKeyStore

pytestmark = pytest.mark.e2e

HOSTILE = '"><img src=x><script>x</script> & <b>bold</b>'


def test_a_recorded_window_titled_with_html_is_reviewed_as_its_characters(qtbot, tmp_path):
    (tmp_path / "desktop").mkdir()
    with keyring_session(tmp_path / "keyring") as keyring, Desktop(tmp_path / "desktop") as desk:
        session = Captured(desk, keyring, tmp_path / "data")
        consent = session.airlock("consent", "--accept")
        assert consent.returncode == 0, consent.stderr
        window_id = desk.open_window(HOSTILE, "HostileTitle", geometry="600x300+80+80")
        desk.focus(window_id)
        session.record([(window_id, "hello there")])
        key = session.key()

    keystore = MemoryKeyStore()
    keystore.set(VAULT_KEY_NAME, key)
    handle = open_vault(resolve_paths(session.data), keystore, create=False)
    services, ops_conn = sync_services(handle, SystemClock())  # reads on the reader's thread, as the app does
    window = ReviewWindow(ReviewServices(VaultReader(handle), services.operations, SystemClock()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    day = window.model.index(0, 0)
    window.view.expand(day)
    qtbot.waitUntil(lambda: window.model.rowCount(day) > 0, timeout=10_000)
    rows = [window.model.index(r, 0, day) for r in range(window.model.rowCount(day))]
    recorded = [i for i in rows if i.data(Roles.KIND) == KIND_SEGMENT and i.data(Roles.ITEM).title == HOSTILE]
    assert recorded, [i.data(Roles.ITEM).title for i in rows if i.data(Roles.KIND) == KIND_SEGMENT]
    index = recorded[0]
    window.view.setCurrentIndex(index)
    qtbot.waitUntil(lambda: window.detail.detail is not None
                    and window.detail.detail.segment.id == index.data(Roles.SEGMENT_ID), timeout=10_000)

    assert shown_by(window.detail.title_label) == HOSTILE
    title_cell = window.model.index(index.row(), COL_TITLE, day)
    assert title_cell.data() == HOSTILE and shown(title_cell.data(Qt.ItemDataRole.ToolTipRole)) == HOSTILE
    assert "hello there" in window.detail.text_panel.text()
    assert HOSTILE in walk_labels(window)
    window.close()
    ops_conn.close()

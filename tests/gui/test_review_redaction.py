"""Redacting through the window changes what the vault stores: black pixels, masked text and keys."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import Qt

from app.policy.rules.typed_text import reconstruct
from app.ui.models.roles import Roles
from app.ui.review.dialogs import ConfirmDialog
from app.vault import event_store, ledger
from tests.gui.review_support import review_window, seeded, seeded_template  # noqa: F401


def open_segment(window, seeded, sql: str) -> int:
    """Select the segment `sql` names in the timeline (loading its day) and return its id."""
    (segment_id,), = seeded.query(sql)
    for row in range(window.model.rowCount()):
        day = window.model.index(row, 0)
        window.view.expand(day)
        while window.model.canFetchMore(day):
            window.model.fetchMore(day)
        index = window.model.segment_index(segment_id)
        if index.isValid():
            window.view.setCurrentIndex(index)
            assert window.detail.detail.segment.id == segment_id
            return segment_id
    raise AssertionError(f"segment {segment_id} is not in the timeline")


def test_drawing_a_rectangle_and_blacking_it_out_replaces_the_stored_image(qtbot, review_window, seeded):
    window = review_window
    segment_id = open_segment(window, seeded, "SELECT id FROM segments WHERE frame_count >= 2 AND state = 'held' LIMIT 1")
    panel = window.detail.screenshots
    qtbot.waitUntil(panel.viewer.has_image)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_R)  # the redaction tool
    assert panel.redact_button.isChecked() and window.detail.tabs.currentWidget() is panel
    viewer = panel.viewer
    top_left = viewer.mapFromScene(40, 30)
    bottom_right = viewer.mapFromScene(200, 110)
    qtbot.mousePress(viewer.viewport(), Qt.MouseButton.LeftButton, pos=top_left)
    qtbot.mouseMove(viewer.viewport(), pos=(top_left + bottom_right) / 2)
    qtbot.mouseMove(viewer.viewport(), pos=bottom_right)
    qtbot.mouseRelease(viewer.viewport(), Qt.MouseButton.LeftButton, pos=bottom_right)
    (rect,) = viewer.rects()
    assert abs(rect.x() - 40) <= 2 and abs(rect.right() - 200) <= 2
    frame = panel.current_frame()
    assert panel.apply_button.isEnabled() and panel.apply_button.text() == "Black out 1 area"
    panel.apply_button.click()
    dialog = window.flows.dialog
    assert isinstance(dialog, ConfirmDialog) and "not kept anywhere" in dialog.text_label.text()
    with qtbot.waitSignal(window.changed):
        dialog.confirm_button.click()

    (blob,), = [(row[0],) for row in seeded.query("SELECT image FROM frames WHERE id = ?", (frame.id,))]
    stored = Image.open(io.BytesIO(blob)).convert("RGB")
    inside = stored.crop((rect.x(), rect.y(), rect.x() + rect.width(), rect.y() + rect.height()))
    assert max(high for _low, high in inside.getextrema()) == 0
    assert max(high for _low, high in stored.crop((0, 0, 30, 20)).getextrema()) > 0  # only the rectangle
    (kind, target), = seeded.query("SELECT kind, target_id FROM redactions WHERE segment_id = ?", (segment_id,))
    assert (kind, target) == ("frame-rect", frame.id)
    conn = seeded.connect()
    entries, ok = ledger.entries(conn), ledger.verify(conn).ok
    conn.close()
    assert ok and entries[-1].kind == "redact" and entries[-1].body["frame"] == frame.id
    assert seeded.wal.stat().st_size == 0
    # The window shows the stored (redacted) image, not a cached original, and leaves the tool.
    qtbot.waitUntil(lambda: panel._cache.get(frame.id) is not None)
    shown = panel._cache.get(frame.id)
    assert shown.pixelColor(rect.center()).black() == 255 or shown.pixelColor(rect.center()).value() == 0
    assert not panel.redact_button.isChecked() and viewer.rects() == []
    assert "1 redaction" in window.detail.facts_label.text()


def test_selecting_typed_text_and_masking_it_changes_the_stored_text_and_keys(qtbot, review_window, seeded):
    window = review_window
    segment_id = open_segment(window, seeded, "SELECT id FROM segments WHERE keystroke_mode = 'full' AND length(typed_text) > 20 "
                                      "AND typed_text LIKE '% %' ORDER BY id DESC LIMIT 1")
    text_panel = window.detail.text_panel
    original = text_panel.text()
    word_start = original.index(" ") + 1
    word_end = original.index(" ", word_start) if " " in original[word_start:] else len(original)
    word = original[word_start:word_end]
    window.detail.tabs.setCurrentWidget(text_panel)
    text_panel.select(word_start, word_end)
    assert text_panel.mask_button.isEnabled()
    text_panel.mask_button.click()
    dialog = window.flows.dialog
    with qtbot.waitSignal(window.changed):
        dialog.confirm_button.click()

    (stored,), = seeded.query("SELECT typed_text FROM segments WHERE id = ?", (segment_id,))
    assert stored == original[:word_start] + "•" * len(word) + original[word_end:]
    conn = seeded.connect()
    try:
        keys = event_store.key_presses(conn, segment_id)
    finally:
        conn.close()
    assert reconstruct(keys) == stored
    assert sum(1 for k in keys if k.key == "•") >= len(word)  # one row per keystroke
    assert text_panel.text() == stored  # the detail pane re-read the vault
    events_view = window.detail.events_model
    assert any("•" in events_view.index(r, 2).data() for r in range(events_view.rowCount()))


def test_the_redaction_tool_is_only_offered_with_a_screenshot(review_window, seeded):
    window = review_window
    open_segment(window, seeded, "SELECT id FROM segments WHERE frame_count >= 1 LIMIT 1")
    assert window.redact_action.isEnabled()
    gap_row = next(window.model.index(r, 0, window.model.index(0, 0))
                   for r in range(window.model.rowCount(window.model.index(0, 0)))
                   if window.model.index(r, 0, window.model.index(0, 0)).data(Roles.KIND) == "gap")
    window.view.setCurrentIndex(gap_row)
    assert window.detail.detail is None and not window.redact_action.isEnabled()

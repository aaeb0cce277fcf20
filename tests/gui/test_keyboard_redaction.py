"""The redaction tool with the keyboard alone: R starts a rectangle in the middle of the screenshot,
arrows move it, Shift+arrows resize it, Enter keeps it, Delete removes it — and Black out, reached
with Shift+Tab and Space, replaces the stored image. Delete inside the tool never deletes the
segment."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.review.dialogs import ConfirmDialog
from tests.gui.review_support import review_window, seeded, seeded_template  # noqa: F401
from tests.gui.test_review_redaction import open_segment

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def start_tool(qtbot, window, seeded) -> tuple[int, object]:
    segment_id = open_segment(window, seeded, "SELECT id FROM segments WHERE frame_count >= 2 AND state = 'held' LIMIT 1")
    panel = window.detail.screenshots
    qtbot.waitUntil(panel.viewer.has_image)
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_R)  # the window's shortcut opens the tool and gives it the keyboard
    assert panel.redact_button.isChecked()
    assert "press R" in window.statusBar().currentMessage()  # the keyboard way is said, not only dragging
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.viewer)
    return segment_id, panel


def test_a_rectangle_is_drawn_moved_resized_and_kept_with_keys(qtbot, review_window, seeded):
    window = review_window
    _segment, panel = start_tool(qtbot, window, seeded)
    viewer = panel.viewer
    image = viewer.sceneRect()
    qtbot.keyClick(viewer, Qt.Key.Key_R)
    start = viewer.draft_rect()
    assert start is not None and viewer.is_redacting() and panel.redact_button.isChecked()  # R did not leave the tool
    assert abs(start.center().x() - image.center().x()) <= 2 and abs(start.center().y() - image.center().y()) <= 2
    assert abs(start.width() - image.width() / 4) <= 2 and abs(start.height() - image.height() / 4) <= 2
    assert "Rectangle at" in viewer.accessibleDescription()  # a screen reader hears where it is

    for _ in range(3):
        qtbot.keyClick(viewer, Qt.Key.Key_Right)
    qtbot.keyClick(viewer, Qt.Key.Key_Up, CTRL)  # fine step: one pixel
    for _ in range(2):
        qtbot.keyClick(viewer, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(viewer, Qt.Key.Key_Left, SHIFT)
    moved = viewer.draft_rect()
    assert (moved.x(), moved.y()) == (start.x() + 30, start.y() - 1)
    assert (moved.width(), moved.height()) == (start.width() - 10, start.height() + 20)
    assert viewer.rects() == [] and not panel.apply_button.isEnabled()  # not kept until Enter

    qtbot.keyClick(viewer, Qt.Key.Key_Return)
    assert viewer.draft_rect() is None and viewer.rects() == [moved]
    assert panel.apply_button.isEnabled()

    qtbot.keyClick(viewer, Qt.Key.Key_R)
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)  # drops the new one, keeps the first
    assert viewer.draft_rect() is None and viewer.rects() == [moved]
    qtbot.keyClick(viewer, Qt.Key.Key_R)
    qtbot.keyClick(viewer, Qt.Key.Key_Enter)
    assert len(viewer.rects()) == 2
    qtbot.keyClick(viewer, Qt.Key.Key_Delete)  # removes the last kept rectangle, not the segment
    assert viewer.rects() == [moved] and window.flows.dialog is None


def test_the_rectangle_stays_on_the_image(qtbot, review_window, seeded):
    _segment, panel = start_tool(qtbot, review_window, seeded)
    viewer = panel.viewer
    image = viewer.sceneRect().toAlignedRect()
    qtbot.keyClick(viewer, Qt.Key.Key_R)
    for _ in range(image.width() // 10 + 5):
        qtbot.keyClick(viewer, Qt.Key.Key_Left)
        qtbot.keyClick(viewer, Qt.Key.Key_Down)
        qtbot.keyClick(viewer, Qt.Key.Key_Right, SHIFT)
    rect = viewer.draft_rect()
    assert rect.left() == 0 and rect.bottom() <= image.bottom() and rect.right() <= image.right()
    assert rect.width() == image.width()


def test_black_out_by_keyboard_replaces_the_stored_image(qtbot, review_window, seeded):
    window = review_window
    segment_id, panel = start_tool(qtbot, window, seeded)
    viewer = panel.viewer
    frame = panel.current_frame()
    qtbot.keyClick(viewer, Qt.Key.Key_R)
    qtbot.keyClick(viewer, Qt.Key.Key_Return)
    (rect,) = viewer.rects()
    qtbot.keyClick(viewer, Qt.Key.Key_Backtab, SHIFT)  # the tool's buttons sit just before the screenshot
    assert QApplication.focusWidget() is panel.apply_button
    qtbot.keyClick(panel.apply_button, Qt.Key.Key_Space)
    dialog = window.flows.dialog
    assert isinstance(dialog, ConfirmDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is not dialog.confirm_button  # Enter would cancel, not destroy
    with qtbot.waitSignal(window.changed):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # "&Black out"

    (blob,), = [(row[0],) for row in seeded.query("SELECT image FROM frames WHERE id = ?", (frame.id,))]
    stored = Image.open(io.BytesIO(blob)).convert("RGB")
    inside = stored.crop((rect.x(), rect.y(), rect.x() + rect.width(), rect.y() + rect.height()))
    assert max(high for _low, high in inside.getextrema()) == 0
    (kind, target), = seeded.query("SELECT kind, target_id FROM redactions WHERE segment_id = ?", (segment_id,))
    assert (kind, target) == ("frame-rect", frame.id)

"""Acting on a seeded vault through the window: what the vault holds afterwards, read from the vault."""

from __future__ import annotations

import json

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from app.core.model import FlagCategory
from app.ui.flag_dialog import FlagDialog
from app.ui.models.roles import Roles
from app.ui.review.dialogs import ConfirmDialog, RangeDialog
from app.vault import ledger
from tests.gui.review_support import fetch_all, review_window, seeded, seeded_template, segment_rows  # noqa: F401


def newest_segments(window, count):
    model = window.model
    day = model.index(0, 0)
    fetch_all(model, day)
    return segment_rows(model, day)[:count]


def select(window, indexes):
    selection = QItemSelection()
    for index in indexes:
        selection.select(index, index)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    window.view.selectionModel().select(selection, flags)
    window.view.selectionModel().setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)


def ledger_kinds(seeded):
    conn = seeded.connect()
    try:
        return [e for e in ledger.entries(conn)], ledger.verify(conn).ok
    finally:
        conn.close()


def test_deleting_a_selection_removes_it_from_the_vault_and_wal_before_the_dialog_closes(qtbot, review_window, seeded):
    window = review_window
    picked = newest_segments(window, 3)[1:]
    ids = [row.id for _, row in picked]
    select(window, [index for index, _ in picked])
    window.delete_action.trigger()
    dialog = window.flows.dialog
    assert isinstance(dialog, ConfirmDialog) and "2 segments" in dialog.text_label.text()
    with qtbot.waitSignal(window.changed), qtbot.waitSignal(dialog.finished):
        dialog.confirm_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    marks = ",".join("?" * len(ids))
    assert seeded.query(f"SELECT count(*) FROM segments WHERE id IN ({marks})", ids) == [(0,)]
    assert seeded.query(f"SELECT count(*) FROM events WHERE segment_id IN ({marks})", ids) == [(0,)]
    assert seeded.query(f"SELECT count(*) FROM frames WHERE segment_id IN ({marks})", ids) == [(0,)]
    assert seeded.wal.stat().st_size == 0  # checkpointed and truncated when the dialog closed
    entries, ok = ledger_kinds(seeded)
    assert ok and entries[-1].kind == "delete" and entries[-1].body["segments"] == 2  # counts, never content
    assert all(not window.model.segment_index(i).isValid() for i in ids)


def test_cancelling_a_delete_keeps_everything(review_window, seeded):
    window = review_window
    (index, row), = newest_segments(window, 1)
    select(window, [index])
    window.view.setFocus()
    before = seeded.query("SELECT count(*) FROM segments")
    window.delete_action.trigger()
    window.flows.dialog.cancel_button.click()
    assert seeded.query("SELECT count(*) FROM segments") == before
    assert window.model.segment_index(row.id).isValid()


def test_deleting_a_whole_day_deletes_its_range(qtbot, review_window, seeded):
    window = review_window
    day_index = window.model.index(0, 0)
    day = day_index.data(Roles.ITEM)
    select(window, [day_index])
    window.delete_action.trigger()
    dialog = window.flows.dialog
    assert f"{day.segments} segments" in dialog.text_label.text()
    with qtbot.waitSignal(dialog.finished):
        dialog.confirm_button.click()
    assert seeded.query("SELECT count(*) FROM segments WHERE end >= ? AND start <= ?", (day.start, day.end)) == [(0,)]
    assert seeded.query("SELECT count(*) FROM frames WHERE t >= ? AND t <= ?", (day.start, day.end)) == [(0,)]
    assert seeded.wal.stat().st_size == 0
    entries, ok = ledger_kinds(seeded)
    assert ok and entries[-1].kind == "delete" and entries[-1].body["range"] == [day.start, day.end]
    newest = window.model.index(0, 0).data(Roles.ITEM)  # only its gaps (which hold no content) remain
    assert newest.day == day.day and newest.segments == 0 and newest.gaps == day.gaps
    fetch_all(window.model, window.model.index(0, 0))
    assert segment_rows(window.model, window.model.index(0, 0)) == []


def test_flag_with_category_and_note_then_unflag(qtbot, review_window, seeded):
    window = review_window
    picked = [p for p in newest_segments(window, 6) if p[1].state.value == "held"][:2]
    ids = sorted(row.id for _, row in picked)
    select(window, [index for index, _ in picked])
    window.flag_action.trigger()
    dialog = window.flows.dialog
    assert isinstance(dialog, FlagDialog)
    dialog.category.setCurrentIndex(dialog.category.findData(FlagCategory.HEALTH))
    dialog.note.setText("doctor booking")
    with qtbot.waitSignal(window.changed):
        dialog.accept()
    rows = seeded.query(f"SELECT s.state, f.category, f.note FROM segments s JOIN flags f ON f.segment_id = s.id "
                        f"WHERE s.id IN ({','.join('?' * len(ids))})", ids)
    assert rows == [("flagged", "health", "doctor booking")] * 2
    entries, _ = ledger_kinds(seeded)
    assert entries[-1].kind == "flag" and entries[-1].body == {"segments": ids, "category": "health"}
    assert {window.model.segment_index(i).data(Roles.STATE) for i in ids} == {"flagged"}

    window.unflag_action.trigger()
    assert seeded.query(f"SELECT DISTINCT state FROM segments WHERE id IN ({','.join('?' * len(ids))})", ids) == [("held",)]
    assert seeded.query("SELECT count(*) FROM flags WHERE segment_id IN (?, ?)", ids) == [(0,)]


def test_approve_by_keyboard_shortcut(qtbot, review_window, seeded):
    window = review_window
    (index, row), = [p for p in newest_segments(window, 5) if p[1].state.value == "held"][:1]
    select(window, [index])
    window.view.setFocus()
    with qtbot.waitSignal(window.changed):
        qtbot.keyClick(window.view, Qt.Key.Key_A)
    assert seeded.query("SELECT state, approved_at FROM segments WHERE id = ?", (row.id,)) == [("approved", seeded.clock.now())]
    entries, ok = ledger_kinds(seeded)
    assert ok and entries[-1].kind == "approve" and entries[-1].body["segments"] == [row.id]
    assert "Approved" in window.model.segment_index(row.id).siblingAtColumn(6).data()


def test_delete_and_flag_shortcuts_open_their_dialogs(qtbot, review_window):
    window = review_window
    (index, _row), = newest_segments(window, 1)
    select(window, [index])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert isinstance(window.flows.dialog, ConfirmDialog)
    window.flows.dialog.reject()
    qtbot.keyClick(window.view, Qt.Key.Key_F)
    assert isinstance(window.flows.dialog, FlagDialog)
    window.flows.dialog.reject()


def test_next_and_previous_move_between_segments(qtbot, review_window):
    window = review_window
    first = window.view.currentIndex().data(Roles.SEGMENT_ID)  # the window opens on the first segment
    assert first is not None and window.detail.detail.segment.id == first
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_N)
    second = window.view.currentIndex().data(Roles.SEGMENT_ID)
    assert second not in (None, first) and window.detail.detail.segment.id == second
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    assert window.view.currentIndex().data(Roles.SEGMENT_ID) == first


def test_a_time_range_can_be_flagged(qtbot, review_window, seeded):
    window = review_window
    picked = newest_segments(window, 4)
    start, end = picked[0][1].start, picked[-1][1].end
    window.range_action.trigger()
    dialog = window.flows.dialog
    assert isinstance(dialog, RangeDialog)
    dialog.start_edit.setDateTime(dialog.start_edit.dateTime().fromSecsSinceEpoch(int(start)))
    dialog.end_edit.setDateTime(dialog.end_edit.dateTime().fromSecsSinceEpoch(int(end) + 1))
    dialog.action.setCurrentIndex(dialog.action.findData("flag"))
    dialog.accept()
    flag = window.flows.dialog
    assert isinstance(flag, FlagDialog)
    with qtbot.waitSignal(window.changed):
        flag.accept()
    expected = seeded.query("SELECT id FROM segments WHERE end >= ? AND start <= ? AND state != 'released'",
                            (float(int(start)), float(int(end) + 1)))
    flagged = seeded.query("SELECT id FROM segments WHERE state = 'flagged' AND end >= ? AND start <= ?",
                           (float(int(start)), float(int(end) + 1)))
    assert flagged == expected and len(flagged) >= 4
    entry = ledger_kinds(seeded)[0][-1]
    assert entry.kind == "flag" and json.dumps(entry.body).count(",") >= 3

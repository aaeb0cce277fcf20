"""Delete-last asks with the right span and counts, deletes only on yes; flag asks for a category."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.core.changes import RangeCounts
from app.core.model import FlagCategory
from app.ui.control_dialogs import ask_delete, delete_question
from app.ui.flag_dialog import FlagDialog
from app.ui.notifications import NoticeKind
from app.vault import ledger
from tests.gui.tray_support import NOW, env  # noqa: F401 - the fixture
from tests.helpers.seed import SeededSegment, seed


def seeded(vault_handle):
    # 40 min ago (outside 15 min), 10 min ago and 2 min ago (inside).
    return seed(vault_handle, [SeededSegment(NOW - 2400, "mail", "Inbox", "old news"),
                               SeededSegment(NOW - 600, "editor", "notes.txt", "secret"),
                               SeededSegment(NOW - 120, "browser", "bank", "pin")])


def test_the_question_names_the_span_and_the_counts():
    counts = RangeCounts(NOW - 900, NOW, segments=2, events=25, keys=9, clicks=2, frames=2, apps=("browser", "editor"))
    question, details = delete_question(counts, 900)
    assert question == "Delete everything captured in the last 15 minutes (13:45 until now)?"
    assert details.startswith("This deletes 2 segments in browser, editor: 9 keystrokes, 2 clicks and 2 screenshots")
    assert "cannot be undone" in details
    one = RangeCounts(NOW - 300, NOW, segments=1, keys=1, clicks=1, frames=1)
    assert delete_question(one, 300)[1].startswith("This deletes 1 segment: 1 keystroke, 1 click and 1 screenshot")
    empty = delete_question(RangeCounts(NOW - 3600, NOW), 3600)
    assert empty == ("Delete everything captured in the last 1 hour (13:00 until now)?",
                     "Nothing was captured between 13:00 and 14:00.")


def test_delete_last_asks_with_the_vaults_counts_and_deletes_on_yes(env, qtbot, vault_handle, vault_conn):
    seeded(vault_handle)
    env.answers.delete = True
    with qtbot.waitSignal(env.controller.notice, timeout=5000) as done:
        env.flows.delete_last(900)
    (counts, seconds), = env.answers.asked_delete
    assert seconds == 900
    assert (counts.segments, counts.keys, counts.clicks, counts.frames) == (2, 9, 2, 2)
    assert counts.apps == ("browser", "editor")
    assert (counts.start, counts.end) == (NOW - 900, NOW)
    assert done.args[0].kind is NoticeKind.DONE
    assert [r[0] for r in vault_conn.execute("SELECT title FROM segments")] == ["Inbox"]
    entry = ledger.entries(vault_conn)[-1]
    assert entry.kind == "delete" and entry.body["segments"] == 2 and entry.body["frames"] == 2


def test_delete_last_keeps_everything_on_no(env, qtbot, vault_handle, vault_conn):
    seeded(vault_handle)
    env.answers.delete = False
    env.flows.delete_last(300)
    qtbot.waitUntil(lambda: bool(env.answers.asked_delete), timeout=5000)
    env.writer.flush()
    assert vault_conn.execute("SELECT count(*) FROM segments").fetchone()[0] == 3
    assert [e.kind for e in ledger.entries(vault_conn)] == []


def test_the_real_dialog_shows_the_text_and_defaults_to_keep(qtbot):
    counts = RangeCounts(NOW - 300, NOW, segments=1, events=8, keys=3, clicks=1, frames=1, apps=("browser",))
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        seen["text"], seen["details"] = box.text(), box.informativeText()
        seen["default"] = box.defaultButton().text()
        box.defaultButton().click()

    QTimer.singleShot(0, answer)
    assert ask_delete(None, counts, 300) is False  # the default button keeps
    assert seen["text"] == "Delete everything captured in the last 5 minutes (13:55 until now)?"
    assert "1 segment in browser: 3 keystrokes, 1 click and 1 screenshot" in seen["details"]
    assert seen["default"] == "Keep"

    def confirm():
        box = QApplication.activeModalWidget()
        next(b for b in box.buttons() if b.text() == "Delete for good").click()

    QTimer.singleShot(0, confirm)
    assert ask_delete(None, counts, 300) is True


def test_flag_last_uses_the_chosen_category(env, qtbot, vault_handle, vault_conn):
    seeded(vault_handle)
    env.answers.flag = (FlagCategory.CREDENTIALS, "bank pin")
    with qtbot.waitSignal(env.controller.notice, timeout=5000) as done:
        env.flows.flag_last()
    assert env.answers.asked_flag == [900]
    assert "Flagged 2 segments" in done.args[0].message
    states = dict(vault_conn.execute("SELECT title, state FROM segments"))
    assert states == {"Inbox": "held", "notes.txt": "flagged", "bank": "flagged"}
    assert ledger.entries(vault_conn)[-1].body["category"] == "credentials"


def test_flag_cancelled_changes_nothing(env, vault_handle, vault_conn):
    seeded(vault_handle)
    env.answers.flag = None
    env.flows.flag_last()
    env.writer.flush()
    assert {r[0] for r in vault_conn.execute("SELECT state FROM segments")} == {"held"}


def test_the_flag_dialog_offers_every_category(qtbot):
    dialog = FlagDialog("the last 15 minutes")
    qtbot.addWidget(dialog)
    assert dialog.category.count() == len(FlagCategory)
    dialog.category.setCurrentIndex(list(FlagCategory).index(FlagCategory.HEALTH))
    dialog.note.setText("  clinic  ")
    assert dialog.choice() == (FlagCategory.HEALTH, "clinic")


def test_delete_without_a_vault_says_why(env, qtbot):
    env.controls.vault_unavailable("keyring locked or unavailable")
    with qtbot.waitSignal(env.controller.notice) as failed:
        env.flows.delete_last(300)
    assert failed.args[0].kind is NoticeKind.FAILED and "keyring locked" in failed.args[0].message
    assert env.answers.asked_delete == []



def test_enter_never_deletes_and_the_review_question_has_its_key(qtbot):
    """Enter answers "no" in both delete questions; the review window's confirms with Alt+D
    (pressed for real on a display by tests/drills/test_deletion_routes.py, with Tab, Space in the
    tray's question)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    from app.ui.review.dialogs import ConfirmDialog

    performed = []
    dialog = ConfirmDialog(None, "Delete captured data", "Delete 1 segment?", "&Delete for good",
                           lambda ok, failed: (performed.append(True), ok(None)))
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Rejected and performed == []
    assert QKeySequence.mnemonic(dialog.confirm_button.text()) == QKeySequence("Alt+D")

    counts = RangeCounts(NOW - 300, NOW, segments=1, events=8, keys=3, clicks=1, frames=1, apps=("browser",))
    QTimer.singleShot(0, lambda: qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Return))
    assert ask_delete(None, counts, 300) is False

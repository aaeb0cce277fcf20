"""Consent gates capture; the activity log reads the ledger in words; export shows progress."""

from __future__ import annotations

import dataclasses

import pytest

from app.control.operations import Operations
from app.policy.file.canonical import policy_to_mapping
from app.policy.file.parser import default_policy
from app.policy.rules.pause import PauseState
from app.ui.activity_log import ActivityLogWindow
from app.ui.consent_window import ConsentFlow, reconsider
from app.ui.export_dialog import ExportDialog
from app.ui.tasks import Tasks
from app.vault import ledger
from app.vault.export import export_all
from app.vault.operations import decisions, deletion, settings
from app.vault.operations.store import VaultOperations
from app.vault.reader import VaultReader
from tests.helpers.clock import FakeClock
from tests.helpers.seed import SeededSegment, seed


class Capture:
    """Counts how often capture was started."""

    def __init__(self):
        self.starts = 0

    def __call__(self):
        self.starts += 1


@pytest.fixture
def policy(data_dir):
    return default_policy(data_dir.data_dir)


@pytest.fixture
def make_flow(vault_handle):
    """ConsentFlow as the app builds it: reads through a reader, the answer through the operations,
    which start capture once consent is recorded (here: synchronous, results at once)."""
    connections = []

    def make(policy, capture, messages):
        conn = vault_handle.connect()
        connections.append(conn)
        operations = Operations(PauseState(), FakeClock(1000.0), VaultOperations.direct(conn), policy=policy)
        operations.on_consent_answered(lambda accepted: capture() if accepted else None)
        return ConsentFlow(VaultReader(vault_handle, threaded=False), operations, policy, Tasks(),
                           start_capture=capture, show_message=messages.append)

    yield make
    for conn in connections:
        conn.close()


def test_no_capture_before_consent_and_capture_after_accepting(qtbot, vault_handle, policy, make_flow):
    capture, messages = Capture(), []
    flow = make_flow(policy, capture, messages)
    flow.run()
    qtbot.addWidget(flow.dialog)
    assert flow.dialog.isVisible() and capture.starts == 0
    assert "What is never recorded" in flow.dialog.text.toPlainText()
    flow.dialog.agree.click()
    assert capture.starts == 1
    # the answer is in the ledger, so the next start does not ask again
    flow2 = make_flow(policy, capture, messages)
    flow2.run()
    assert flow2.dialog is None and capture.starts == 2


def test_declining_is_respected_and_says_how_to_reconsider(qtbot, vault_handle, policy, make_flow):
    capture, messages = Capture(), []
    flow = make_flow(policy, capture, messages)
    flow.run()
    qtbot.addWidget(flow.dialog)
    flow.dialog.decline.click()
    assert capture.starts == 0 and messages == [reconsider()]
    again = make_flow(policy, capture, messages)
    again.run()
    assert again.dialog is None and capture.starts == 0  # not nagged, still nothing captured
    conn = vault_handle.connect()
    assert ledger.latest_body(conn, "consent")["accepted"] is False
    conn.close()


def test_a_changed_policy_asks_again_and_shows_what_changed(qtbot, vault_handle, policy, make_flow):
    capture, messages = Capture(), []
    first = make_flow(policy, capture, messages)
    first.run()
    qtbot.addWidget(first.dialog)
    first.dialog.agree.click()
    changed = dataclasses.replace(policy, release=dataclasses.replace(policy.release, hold_hours=24.0))
    flow = make_flow(changed, capture, messages)
    flow.run()
    qtbot.addWidget(flow.dialog)
    assert capture.starts == 1  # waits for re-consent
    shown = flow.dialog.text.toPlainText()
    assert "What changed since you last answered" in shown
    assert "24" in shown and "72" in shown
    flow.dialog.agree.click()
    assert capture.starts == 2


def test_activity_log_lists_decisions_in_words_and_verifies(qtbot, vault_handle):
    ids = seed(vault_handle, [SeededSegment(100.0, "gedit", "a", "x"), SeededSegment(200.0, "gedit", "b", "y")])
    conn = vault_handle.connect()
    decisions.approve(conn, ids[:1], now=300.0)
    deletion.delete_segments(conn, ids[1:], now=301.0)
    conn.close()
    window = ActivityLogWindow(VaultReader(vault_handle, threaded=False))
    qtbot.addWidget(window)
    texts = [window.model.index(r, 1).data() for r in range(window.model.rowCount())]
    assert texts[0] == "Approved 1 segment for release."
    assert texts[1].startswith("Deleted 1 segment, 1 keystroke, 1 click")
    assert window.verified.ok and "intact" in window.banner.text()


def test_activity_log_warns_when_the_chain_is_broken(qtbot, vault_handle):
    conn = vault_handle.connect()
    settings.save_pause(conn, None, now=1.0)
    settings.save_pause(conn, None, now=2.0)
    conn.execute("DROP TRIGGER ledger_no_update")
    conn.execute("UPDATE ledger SET kind = 'pause' WHERE seq = 1")
    conn.close()
    window = ActivityLogWindow(VaultReader(vault_handle, threaded=False))
    qtbot.addWidget(window)
    assert not window.verified.ok
    assert "tampered with at entry 1" in window.banner.text()


def _export(vault_handle, document):
    """What the composition root gives the dialog: an export on a connection of its own."""
    def export(target, as_zip, progress, cancelled):
        conn = vault_handle.connect()
        try:
            return export_all(conn, target, document, 1000.0, as_zip=as_zip, progress=progress, cancelled=cancelled)
        finally:
            conn.close()
    return export


def test_export_dialog_shows_progress_and_finishes(qtbot, vault_handle, tmp_path, policy):
    seed(vault_handle, [SeededSegment(100.0 * i, "gedit", f"t{i}", "hello") for i in range(1, 6)])
    dialog = ExportDialog(_export(vault_handle, policy_to_mapping(policy)))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "export"))
    with qtbot.waitSignal(dialog.signals.finished, timeout=20000):
        dialog.start()
    assert dialog.progress.value() == dialog.progress.maximum() == 5
    assert dialog.result.segments == 5 and (dialog.result.path / "index.html").exists()
    assert "Done" in dialog.status.text()


def test_export_dialog_cancel_leaves_nothing(qtbot, vault_handle, tmp_path, policy):
    seed(vault_handle, [SeededSegment(100.0 * i, "gedit", f"t{i}", "hello") for i in range(1, 4)])
    dialog = ExportDialog(_export(vault_handle, {}))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "export"))
    dialog._cancel.set()  # the employee pressed Cancel before the first segment was written
    with qtbot.waitSignal(dialog.signals.failed, timeout=20000) as failed:
        dialog._thread = None
        dialog._work(tmp_path / "export", False)
    assert "cancelled" in failed.args[0].lower()
    assert list((tmp_path / "export").iterdir()) == []


@pytest.mark.parametrize(("language", "shown", "words"), [
    ("de", "de", "Wir trainieren ein Modell"),  # the employee's own language
    ("qps", "en", "We train a model"),  # none in the policy: English, and the screen says so
])
def test_the_consent_screen_shows_the_employees_language_and_the_ledger_records_it(
        qtbot, vault_handle, policy, make_flow, language, shown, words):
    from app.policy.model import ConsentText
    from app.ui.i18n import install_language

    texts = {"en": ConsentText("We train a model that fills in order forms."),
             "de": ConsentText("Wir trainieren ein Modell, das Bestellformulare ausfüllt.")}
    policy = dataclasses.replace(policy, consent_texts=texts)
    install_language(language)
    capture, messages = Capture(), []
    flow = make_flow(policy, capture, messages)
    flow.run()
    qtbot.addWidget(flow.dialog)
    text = flow.dialog.text.toPlainText()
    assert words in text
    note = flow.summary.fallback_note  # said at the top of the screen when the language falls back
    assert (bool(note) and note in text) if shown != language else note == ""
    flow.dialog.agree.click()
    conn = vault_handle.connect()
    try:
        assert ledger.entries(conn)[-1].kind == "consent"
        assert ledger.entries(conn)[-1].body["language"] == shown
    finally:
        conn.close()

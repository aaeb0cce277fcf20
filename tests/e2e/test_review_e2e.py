"""Review end to end: words typed into real X windows and captured by `airlock record --headless`,
then deleted and redacted through the review window; search (the window's and `airlock search`)
finds what is left and nothing that was deleted or redacted — and neither is anywhere in the vault
file or its WAL."""

from __future__ import annotations

import base64
import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.clock import SystemClock
from app.core.paths import resolve_paths
from app.ui.models.roles import KIND_SEGMENT, Roles
from app.ui.review.window import ReviewServices, ReviewWindow
from app.vault.keystore import profile_id
from app.vault.reader import VaultReader
from app.vault.vault import VAULT_KEY_NAME, open_vault
from tests.e2e.harness.desktop import Desktop
from tests.e2e.harness.keyring import keyring_session
from tests.e2e.harness.waiting import wait_until
from tests.helpers.keystore import MemoryKeyStore
from tests.helpers.vault_pages import find_in_vault

pytestmark = pytest.mark.e2e

KEEP, DELETE, REDACT = "keepword", "deleteword", "redactword"
WINDOWS = {KEEP: "Review E2E Keep", DELETE: "Review E2E Delete", REDACT: "Review E2E Redact"}


class Captured:
    """A desktop, a private keyring and a data dir; runs `airlock` as the employee would."""

    def __init__(self, desk: Desktop, keyring, data: Path) -> None:
        self.desk, self.keyring, self.data = desk, keyring, data
        self.env = {**keyring.env, "DISPLAY": desk.display, "XDG_SESSION_TYPE": "x11",
                    "AIRLOCK_DATA_DIR": str(data), "PYTHONUNBUFFERED": "1"}

    def airlock(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", *args], env=self.env, capture_output=True, text=True,
                              timeout=120)

    def record(self, typing: list[tuple[int, str]]) -> None:
        """Record while typing `text` into each window in turn; stop with SIGINT (flushes the writer)."""
        process = subprocess.Popen([sys.executable, "-m", "app", "record", "--headless"], env=self.env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        stderr = b""

        def announced() -> bool:
            nonlocal stderr
            ready, _, _ = select.select([process.stderr], [], [], 0.05)
            if ready:
                stderr += os.read(process.stderr.fileno(), 4096)
            assert process.poll() is None, f"recorder exited: {stderr.decode(errors='replace')}"
            return b"recording (headless)" in stderr

        try:
            wait_until(announced, timeout=30, message="the recorder to start")
            for window, text in typing:
                self.desk.focus(window)
                self.desk.type_text(text)
            process.send_signal(signal.SIGINT)
            _out, err = process.communicate(timeout=30)
            assert process.returncode == 0, (stderr + err).decode(errors="replace")
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate(timeout=30)

    def key(self) -> bytes:
        lookup = self.keyring.secret_tool("lookup", "service", "airlock", "username",
                                          f"{profile_id(self.data)}:vault-key")
        assert lookup.returncode == 0, lookup.stderr
        return base64.b64decode(lookup.stdout.strip())


@pytest.fixture
def captured(tmp_path):
    (tmp_path / "desktop").mkdir()
    with keyring_session(tmp_path / "keyring") as keyring, Desktop(tmp_path / "desktop") as desk:
        session = Captured(desk, keyring, tmp_path / "data")
        consent = session.airlock("consent", "--accept")
        assert consent.returncode == 0, consent.stderr
        windows = {word: desk.open_window(title, "ReviewE2E", geometry=f"600x300+{60 + 300 * i}+{60 + 250 * i}")
                   for i, (word, title) in enumerate(WINDOWS.items())}
        desk.focus(windows[KEEP])
        session.record([(windows[KEEP], f"status {KEEP} ok"), (windows[DELETE], f"private {DELETE} gone"),
                        (windows[REDACT], f"code {REDACT} end")])
        yield session


def search_window(qtbot, window, text: str) -> list:
    """Search in the window (as Enter does) and return the matching segment rows, all days loaded."""
    window.search.setText(text)
    with qtbot.waitSignal(window.model.daysLoaded, timeout=10_000):
        window.apply_filters()
    rows = []
    for row in range(window.model.rowCount()):
        day = window.model.index(row, 0)
        expected = day.data(Roles.ITEM).segments
        while window.model.rowCount(day) < expected:
            window.model.fetchMore(day)
            qtbot.waitUntil(lambda: window.model.rowCount(day) > 0, timeout=10_000)
        rows += [window.model.index(r, 0, day) for r in range(window.model.rowCount(day))
                 if window.model.index(r, 0, day).data(Roles.KIND) == KIND_SEGMENT]
    return rows


def test_search_finds_what_was_typed_and_not_what_was_deleted_or_redacted(qtbot, captured):
    key = captured.key()
    keystore = MemoryKeyStore()
    keystore.set(VAULT_KEY_NAME, key)
    paths = resolve_paths(captured.data)
    handle = open_vault(paths, keystore, create=False)
    for word in (KEEP, DELETE, REDACT):  # positive control: the capture stored all three
        assert find_in_vault(paths.vault, key, word.encode()), word
    from tests.gui.review_support import sync_services

    services, ops_conn = sync_services(handle, SystemClock())
    window = ReviewWindow(ReviewServices(VaultReader(handle), services.operations, SystemClock()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)

    (found,) = search_window(qtbot, window, DELETE)
    assert found.data(Roles.ITEM).title == WINDOWS[DELETE]
    window.view.setCurrentIndex(found)
    window.view.selectionModel().select(found, window.view.selectionModel().SelectionFlag.ClearAndSelect
                                        | window.view.selectionModel().SelectionFlag.Rows)
    window.delete_action.trigger()
    dialog = window.flows.dialog
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.confirm_button.click()

    (found,) = search_window(qtbot, window, REDACT)
    segment_id = found.data(Roles.SEGMENT_ID)
    window.view.setCurrentIndex(found)
    qtbot.waitUntil(lambda: window.detail.detail is not None and window.detail.detail.segment.id == segment_id,
                    timeout=10_000)
    text = window.detail.text_panel.text()
    start = text.index(REDACT)
    window.detail.text_panel.select(start, start + len(REDACT))
    window.detail.text_panel.mask_button.click()
    with qtbot.waitSignal(window.changed, timeout=20_000):
        window.flows.dialog.confirm_button.click()

    assert [i.data(Roles.ITEM).title for i in search_window(qtbot, window, KEEP)] == [WINDOWS[KEEP]]
    assert search_window(qtbot, window, DELETE) == [] and search_window(qtbot, window, REDACT) == []
    assert [i.data(Roles.ITEM).title for i in search_window(qtbot, window, "code end")] == [WINDOWS[REDACT]]
    window.close()

    result = captured.airlock("search", KEEP, "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert [h["title"] for h in hits] == [WINDOWS[KEEP]] and KEEP in hits[0]["snippet"]
    for word in (DELETE, REDACT):
        result = captured.airlock("search", word)
        assert result.returncode == 1 and word not in result.stdout, result.stdout
        assert find_in_vault(paths.vault, key, word.encode()) == [], word  # not in any page, live or free
    assert find_in_vault(paths.vault, key, KEEP.encode())

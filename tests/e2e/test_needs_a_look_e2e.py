"""Moments that need a look, in the real desktop app (Xvfb + openbox + trayer, gnome-keyring, real
capture): the running app counts them for `airlock status` and its tray, tells the employee once
per new batch (its log names the notice's kind, never its words), and an answer sent over the
control channel — the route `airlock review` takes beside a running app — settles one."""

from __future__ import annotations

import io
import subprocess
import time

import pytest
from PIL import Image

from app.control.client import ControlClient
from app.control.protocol import Command
from app.ui.controller import COUNT_REFRESH_MS
from app.vault import screen_store
from app.vault.database import transaction
from tests.e2e.harness.desktop import Desktop
from tests.e2e.harness.keyring import keyring_session
from tests.e2e.harness.waiting import wait_until
from tests.e2e.test_tray_e2e import App

pytestmark = pytest.mark.e2e

NOTES = "Airlock Needs A Look E2E Notes"
NOTICE = "notice: needs-a-look"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("needs-a-look-e2e")
    with keyring_session(workdir / "keyring") as keyring, Desktop(workdir, tray=True) as desk:
        running = App(desk, keyring, workdir / "data", workdir)
        running.notes = desk.open_window(NOTES, geometry="700x400+100+120")
        desk.focus(running.notes)
        running.start()
        try:
            yield running
        finally:
            code = running.stop()
            print(f"\n--- app log ---\n{running.log()[-4000:]}")
            assert code == 0, f"the app did not shut down cleanly ({code})"


def suggest_on_newest_frame(app: App, category: str, word: str) -> int:
    """What the scan worker stores when it finds `word` on the newest screenshot."""
    conn = app.connect()
    try:
        (segment_id, frame_id), = conn.execute("SELECT segment_id, id FROM frames ORDER BY t DESC LIMIT 1").fetchall()
        with transaction(conn):
            suggestion = screen_store.add_suggestion(conn, segment_id, frame_id, category, f"'{word}' on screen",
                                                     [screen_store.MatchedWord(word, (10, 10, 60, 16))], now=1.0)
        assert suggestion is not None
        return suggestion
    finally:
        conn.close()


def notification_window(app: App) -> int | None:
    """The app's shown window that is neither its tray icon nor another of its windows: Qt's balloon."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(app.process.pid)], env=app.desk.env,
                           capture_output=True, text=True, timeout=30).stdout.split()
    for window in map(int, found):
        _x, _y, width, height = app.desk.window_geometry(window)
        if width > 100 and 30 < height < 300:
            return window
    return None


def window_picture(app: App, window: int) -> Image.Image:
    png = subprocess.run(["import", "-window", str(window), "png:-"], env=app.desk.env, capture_output=True,
                         timeout=60, check=True).stdout
    return Image.open(io.BytesIO(png)).convert("RGB")


def ocr(image: Image.Image) -> str:
    from app.scan.engine import default_engine

    big = image.resize((image.width * 2, image.height * 2))  # the balloon's small print, read reliably
    return " ".join(word.text for word in default_engine().read(big))


def test_the_running_app_counts_tells_once_and_settles_an_answer(app):
    app.desk.type_text("a note about nothing in particular ")
    wait_until(lambda: app.query("SELECT count(*) FROM frames")[0][0] > 0, timeout=60, message="a screenshot stored")
    assert app.status()["needs_a_look"] == 0 and NOTICE not in app.log()

    first = suggest_on_newest_frame(app, "health", "diagnosis")
    assert app.status()["needs_a_look"] == 1  # `status` recounts in the running app
    wait_until(lambda: app.log().count(NOTICE) == 1, timeout=20, message="the needs-a-look notice")
    assert "diagnosis" not in app.log()
    # The notification is on the desktop (Qt's balloon beside trayer's icon), in words; a click on
    # it opens the review window.
    balloon = wait_until(lambda: notification_window(app), timeout=5, message="the notification on screen")
    picture = window_picture(app, balloon)
    app.desk.click(*app.desk.window_center(balloon))
    review = app.desk.wait_for_window("^Review captures", timeout=30)
    said = ocr(picture).lower()
    assert "moment needs a look" in said and "next release" in said, said
    # It opens on "Needs a look" (its explanation is on no other view).
    wait_until(lambda: "found these moments" in ocr(window_picture(app, review)).lower(), timeout=30,
               message="the review window on 'Needs a look'")
    app.desk.focus(review)
    app.desk.key("alt+F4")
    app.desk.wait_window_gone(review)
    app.desk.focus(app.notes)
    text = app.airlock("status").stdout
    assert "1 moment needs a look before the next release." in text
    app.airlock("pause")  # other news on the tray (paused, recording again) does not tell it again
    app.airlock("resume")

    with ControlClient.connect(app.paths) as client:
        change = client.call(Command.DISMISS_SUGGESTION, suggestion=first)
    assert change["kind"] == "dismiss"
    assert app.query("SELECT state FROM suggestions WHERE id = ?", (first,)) == [("dismissed",)]
    assert app.query("SELECT kind FROM ledger ORDER BY seq DESC LIMIT 1") == [("suggestion",)]
    assert app.status()["needs_a_look"] == 0

    suggest_on_newest_frame(app, "finance", "IBAN")
    assert app.status()["needs_a_look"] == 1
    # The GUI thread handles events in order: once the new batch is told, the pause and the resume
    # before it have been shown too, and told nothing.
    wait_until(lambda: app.log().count(NOTICE) >= 2, timeout=20, message="a notice for the new batch")
    assert app.log().count(NOTICE) == 2


def test_a_sensitive_window_is_read_in_the_background_and_told(app):
    """The whole chain in the running app: captured, read by its scan worker once the employee is
    idle, suggested, and the tray tells of the new moment (no `airlock status` asks it to recount)."""
    from tests.e2e.test_scan_e2e import TITLE, _show_window

    told = app.log().count(NOTICE)
    process, _window = _show_window(app.desk)
    shown_at = time.monotonic()
    try:
        def found() -> list:
            return app.query("SELECT g.category FROM suggestions g JOIN segments s ON s.id = g.segment_id "
                             "WHERE s.title = ? AND g.state = 'open' AND g.frame_id IS NOT NULL", (TITLE,))
        categories = wait_until(found, timeout=300, message="the scan worker to suggest the patient portal")
        stored_at = time.monotonic()
        assert "health" in {row[0] for row in categories}
        wait_until(lambda: app.log().count(NOTICE) > told, timeout=120, message="the tray to tell of the new moment")
        told_at = time.monotonic()
        print(f"\n[needs a look] window shown -> suggestion stored {stored_at - shown_at:.1f} s, -> told "
              f"{told_at - shown_at:.1f} s (the tray's own recount comes every {COUNT_REFRESH_MS // 1000} s)")
    finally:
        process.terminate()
        process.wait(30)
        process.stdout.close()
    assert "hypertension" not in app.log() and "Diagnosis" not in app.log()

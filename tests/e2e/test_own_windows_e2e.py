"""Airlock never records its own windows, on the real desktop.

`airlock record --headless` records while the employee types into a notes window, opens the review
window (`airlock review`, a separate process), searches their captures there, closes it and types
again; the desktop app does the same with the review window opened from its status window, in its
own process. Nothing typed into Airlock's windows and nothing they show is stored: the segment
before ends with its words whole, the words after open a new segment, no segment is Airlock's,
and no screenshot was taken while its window had focus. A window of another program that merely
calls itself Airlock is recorded as any other.

Real Xvfb + openbox, xdotool typing and clicks, X11 RECORD and real pynput, the CLI as
subprocesses; the review window's search box is found through the AT-SPI bus a screen reader uses
(Qt's accessibility bridge on), and what the recorder made of it is read back from the vault.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest

from app.capture.own_windows import OWN_WINDOW
from tests.e2e.harness import atspi
from tests.e2e.harness.atspi import AccessibleApp
from tests.e2e.harness.waiting import wait_until
from tests.e2e.test_capture_e2e import NOTES_TITLE, session  # noqa: F401 - the fixture

pytestmark = pytest.mark.e2e

BEFORE = "before the review quokka"
SEARCHED = "quokka"  # the employee looks for what they typed…
SEARCHED_MORE = " password"  # …then narrows it: a word that must never be captured
AFTER = "after the review numbat"
REVIEW = "Review captures"


def _status(session) -> dict:
    return json.loads(session.airlock("status", "--json").stdout)


def _wait_recording(session, message: str, refocus=None) -> None:
    """Until the status says recording. `refocus` gives the notes window the focus again first: when
    a window closes, openbox may hand the focus to another Airlock window (the status window) after
    our own focus request, and the status then rightly says excluded."""
    last: list[dict] = [{}]

    def recording() -> bool:
        if refocus is not None and last[0].get("state") not in (None, "recording"):
            refocus()
        last[0] = _status(session)
        return last[0]["state"] == "recording"
    try:
        wait_until(recording, timeout=30, message=message)
    except AssertionError as error:
        raise AssertionError(f"{error}; the status said {last[0]}") from None


def _segments(session) -> list[tuple]:
    conn = session.connect()
    try:
        return conn.execute("SELECT id, app, title, start, end, end_reason, typed_text FROM segments "
                            "ORDER BY start, id").fetchall()
    finally:
        conn.close()


def _frames(session) -> list[tuple]:
    conn = session.connect()
    try:
        return conn.execute("SELECT f.t, s.title, s.start, s.end FROM frames f JOIN segments s ON s.id = f.segment_id"
                            ).fetchall()
    finally:
        conn.close()


def _search_box(bus: AccessibleApp):
    return next((n for n in bus.window(REVIEW) if n.role == "text" and n.name == "Search" and n.extents), None)


def _click_into_search(bus: AccessibleApp, desk) -> None:
    """Click the review window's search box, found on the bus, and wait until it is focused. (A click:
    on Xvfb Ctrl+F does not reach it, a known gap; and the bus keeps a stale "focused" on other rows,
    so the box's own state is what is read.)"""
    search = wait_until(lambda: _search_box(bus), timeout=60, interval=0.3, message="the search box on the bus")
    desk.click(*search.centre)
    wait_until(lambda: (box := _search_box(bus)) is not None and box.focused, timeout=30, interval=0.3,
               message="the search box to take the keyboard")


def _status_bar_says(bus: AccessibleApp, text: str) -> None:
    wait_until(lambda: any(n.name == text for n in bus.window(REVIEW)), timeout=60, interval=0.3,
               message=f"the review window to say {text!r}")


def _search_in_review(session, env: dict[str, str]) -> None:
    """With the review window open: wait until the recorder knows it as Airlock's own, search the
    captures there as the employee would, then close it."""
    desk = session.desk
    review = desk.wait_for_window(f"^{REVIEW}")
    desk.focus(review)
    # The recorder has judged the review window as Airlock's own (by its process, not its title).
    wait_until(lambda: _status(session)["reason"] == OWN_WINDOW, timeout=30,
               message="the recorder to see Airlock's own window")
    bus = AccessibleApp(env, "Airlock")
    _click_into_search(bus, desk)
    desk.type_text(SEARCHED)
    _status_bar_says(bus, "1 matching segment")  # the words reached the search, which found the notes
    desk.type_text(SEARCHED_MORE)
    _status_bar_says(bus, "0 matching segments")
    assert _status(session)["reason"] == OWN_WINDOW
    desk.ask_to_close(review)  # as its title bar's close button does
    # Gone before anything else is focused: the window manager's focus fallback comes first.
    desk.wait_window_gone(review)


def _type_and_wait(session, words: str) -> None:
    stored = session.stored_presses()
    session.desk.type_text(words)
    try:
        wait_until(lambda: session.stored_presses() >= stored + len(words), timeout=60,
                   message=f"{words!r} to be stored")
    except AssertionError as error:
        raise AssertionError(f"{error}; status {_status(session)}, segments {_segments(session)}") from None


def _assert_only_the_notes_words_were_recorded(session) -> None:
    """Two segments of the notes window, BEFORE and AFTER whole; nothing of Airlock's windows."""
    rows = _segments(session)
    assert [(r[2], r[6]) for r in rows] == [(NOTES_TITLE, BEFORE), (NOTES_TITLE, AFTER)], rows
    first, second = rows
    assert first[5] == "excluded" and second[5] == "stopped"  # Airlock's window ended the first
    # Exactly the keys typed into the notes window: no letter or click of Airlock's windows.
    assert session.stored_presses() == len(BEFORE) + len(AFTER)
    everything = session.all_text()
    assert "password" not in everything and REVIEW not in everything
    found = session.airlock("search", "password", "--json")
    assert found.returncode in (0, 1) and json.loads(found.stdout or "[]") == []
    searched = session.airlock("search", SEARCHED, "--json")  # only where it was typed in the notes
    assert [hit["id"] for hit in json.loads(searched.stdout)] == [first[0]], searched.stdout
    # Airlock's windows are gaps that say why, one between the two segments; no segment or screenshot
    # reaches into any of them.
    gaps = [(start, end) for start, end, _reason, detail in session.gaps() if detail == OWN_WINDOW]
    assert any(first[4] <= start < end <= second[3] for start, end in gaps), (gaps, rows)
    assert all(end is not None and (end <= r[3] or start >= r[4]) for start, end in gaps for r in rows), (gaps, rows)
    frames = _frames(session)
    assert frames, "the notes window was photographed"
    assert all(title == NOTES_TITLE and start <= t <= end for t, title, start, end in frames), frames
    assert not [t for t, *_ in frames if any(start <= t <= end for start, end in gaps)]


@pytest.mark.parametrize("backend", ["auto", "pynput"])  # X11 RECORD (the default) and pynput's hooks
def test_the_review_window_beside_a_headless_recorder_is_never_recorded(session, backend):
    """`airlock review` in its own process while `airlock record --headless` records."""
    desk = session.desk
    atspi.check_tools()
    notes = desk.open_window(NOTES_TITLE, "NotesApp", geometry="700x500+50+50")
    desk.focus(notes)
    session.start_recorder("--input-backend", backend)
    assert ("x11-record" if backend == "auto" else "pynput").encode() in session.stderr
    _wait_recording(session, "recording")
    _type_and_wait(session, BEFORE)

    env = {**session.env, "QT_QPA_PLATFORM": "xcb", **atspi.ENV}  # a real window on the test display
    review = subprocess.Popen([sys.executable, "-m", "app", "review"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    try:
        _search_in_review(session, env)
        _out, err = review.communicate(timeout=60)
        assert review.returncode == 0, err.decode(errors="replace")
    finally:
        if review.poll() is None:
            review.kill()
            review.communicate(timeout=30)

    desk.focus(notes)
    _wait_recording(session, "recording again", refocus=lambda: desk.focus(notes))
    _type_and_wait(session, AFTER)
    code, _out, err = session.stop_recorder(signal.SIGINT)
    assert code == 0, err
    _assert_only_the_notes_words_were_recorded(session)


def test_the_desktop_apps_own_windows_are_never_recorded(session, tmp_path):
    """The desktop app records in the process that shows its windows: the status window and the
    review window opened from it (no tray on this desktop: the status window is the app's face)."""
    desk = session.desk
    atspi.check_tools()
    notes = desk.open_window(NOTES_TITLE, "NotesApp", geometry="700x500+50+50")
    env = {**session.env, **atspi.ENV}
    env.pop("QT_QPA_PLATFORM", None)  # a real xcb window on Xvfb, not offscreen
    log = tmp_path / "app.log"
    with open(log, "wb") as out:
        app = subprocess.Popen([sys.executable, "-m", "app", "-v"], env=env, stdout=out, stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        wait_until(lambda: app.poll() is None and "capture started" in log.read_text(errors="replace"), timeout=60,
                   message="the desktop app to start capturing")
        desk.focus(notes)
        _wait_recording(session, "recording")
        _type_and_wait(session, BEFORE)

        status_window = desk.wait_for_window("^Airlock$")
        desk.focus(status_window)
        bus = AccessibleApp(env, "Airlock")
        button = wait_until(lambda: next((n for n in bus.window("Airlock") if n.name == "Review captures…"
                                          and n.extents), None), timeout=60, interval=0.3,
                            message="the status window's review button")
        desk.click(*button.centre)
        _search_in_review(session, env)

        desk.focus(notes)
        _wait_recording(session, "recording again", refocus=lambda: desk.focus(notes))
        _type_and_wait(session, AFTER)
    finally:
        app.terminate()  # SIGTERM: the ordered shutdown
        code = app.wait(60)
    assert code == 0, log.read_text(errors="replace")[-4000:]
    _assert_only_the_notes_words_were_recorded(session)


def test_a_window_that_only_calls_itself_airlock_is_recorded(session):
    """Known by process, not by title or class: another program's window titled like the review
    window, with WM_CLASS Airlock, is recorded as any window is."""
    desk = session.desk
    lookalike = desk.open_window(f"{REVIEW} — Airlock", "Airlock", geometry="700x500+50+50")
    desk.focus(lookalike)
    session.start_recorder()
    _wait_recording(session, "recording")
    desk.type_text("typed into a lookalike")
    wait_until(lambda: session.stored_presses() >= len("typed into a lookalike"), timeout=60,
               message="the words to be stored")
    code, _out, err = session.stop_recorder(signal.SIGINT)
    assert code == 0, err
    assert [(r[2], r[6]) for r in _segments(session)] == [(f"{REVIEW} — Airlock", "typed into a lookalike")]

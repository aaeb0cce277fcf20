"""Capture end to end: real Xvfb + openbox, xdotool typing into real X windows, real pynput/mss,
`airlock record --headless` as a subprocess, the vault key in a private gnome-keyring.

Every assertion reads the vault on disk (opened with the key the recorder stored in the keyring).
"""

from __future__ import annotations

import base64
import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.model import ClickEvent, KeyEvent, MoveEvent, ScrollEvent
from app.policy.rules.pause import PauseSnapshot
from app.policy.rules.typed_text import reconstruct
from app.vault import event_store
from app.vault.database import open_database
from app.vault.keystore import profile_id
from app.vault.operations import settings
from tests.e2e.harness.desktop import Desktop
from tests.e2e.harness.keyring import keyring_session
from tests.e2e.harness.waiting import wait_until

pytestmark = pytest.mark.e2e

SENTENCE = "The quick brown fox jumps over the lazy dog, twice."
NOTES_TITLE = "Airlock E2E Notes"
OTHER_TITLE = "Airlock E2E Second"


@dataclass
class Segment:
    id: int
    app: str
    title: str
    start: float
    end: float
    typed_text: str
    events: list
    frames: int


class Session:
    """One test's desktop, keyring, data dir and recorder processes."""

    def __init__(self, desk: Desktop, keyring, data: Path) -> None:
        self.desk, self.keyring, self.data = desk, keyring, data
        self.env = {**keyring.env, "DISPLAY": desk.display, "XDG_SESSION_TYPE": "x11",
                    "AIRLOCK_DATA_DIR": str(data), "PYTHONUNBUFFERED": "1"}
        self.env.pop("WAYLAND_DISPLAY", None)
        self.recorder: subprocess.Popen | None = None
        self.stderr = b""

    def airlock(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", *args], env=self.env, capture_output=True, text=True,
                              timeout=120)

    def consent(self) -> None:
        result = self.airlock("consent", "--accept")
        assert result.returncode == 0, result.stderr

    def start_recorder(self, *extra: str) -> subprocess.Popen:
        process = subprocess.Popen([sys.executable, "-m", "app", "record", "--headless", *extra], env=self.env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        self.recorder = process
        self.stderr = b""

        def announced() -> bool:
            ready, _, _ = select.select([process.stderr], [], [], 0.05)
            if ready:
                self.stderr += os.read(process.stderr.fileno(), 4096)
            assert process.poll() is None, f"recorder exited: {self.stderr.decode(errors='replace')}"
            return b"recording (headless" in self.stderr

        wait_until(announced, timeout=30, message="the recorder to start")
        return process

    def stop_recorder(self, sig: int = signal.SIGINT) -> tuple[int, str, str]:
        process = self.recorder
        assert process is not None
        process.send_signal(sig)
        out, err = process.communicate(timeout=30)
        self.recorder = None
        return process.returncode, out.decode(), (self.stderr + err).decode(errors="replace")

    def key(self) -> bytes:
        lookup = self.keyring.secret_tool("lookup", "service", "airlock", "username", f"{profile_id(self.data)}:vault-key")
        assert lookup.returncode == 0, lookup.stderr
        return base64.b64decode(lookup.stdout.strip())

    def connect(self):
        return open_database(self.data / "vault.db", self.key())

    def segments(self) -> list[Segment]:
        conn = self.connect()
        try:
            found = []
            for row in conn.execute("SELECT id, app, title, start, end, typed_text FROM segments ORDER BY start, id"):
                # As the sources reported them: each stored press followed by its release.
                events = list(event_store.with_releases(event_store.events_of(conn, row[0])))
                frames = conn.execute("SELECT count(*) FROM frames WHERE segment_id = ?", (row[0],)).fetchone()[0]
                found.append(Segment(*row, events=events, frames=frames))
            return found
        finally:
            conn.close()

    def stored_presses(self) -> int:
        conn = self.connect()
        try:
            return conn.execute("SELECT count(*) FROM timed_events WHERE kind = 1").fetchone()[0]
        finally:
            conn.close()

    def gaps(self) -> list[tuple]:
        conn = self.connect()
        try:
            return conn.execute("SELECT start, end, reason, detail FROM gaps ORDER BY start").fetchall()
        finally:
            conn.close()

    def all_text(self) -> str:
        """Everything stored that could hold typed content: typed text, titles and key events."""
        conn = self.connect()
        try:
            parts = [r[0] for r in conn.execute("SELECT typed_text || ' ' || title FROM segments")]
            # The key stream of each segment as one string, so a secret typed key by key shows up.
            for (segment_id,) in conn.execute("SELECT id FROM segments").fetchall():
                parts.append("".join(k.char or k.key for k in event_store.key_presses(conn, segment_id)))
            parts += [r[0] for r in conn.execute("SELECT reason || ' ' || detail FROM gaps")]
            return "\n".join(parts)
        finally:
            conn.close()


@pytest.fixture
def session(tmp_path):
    data = tmp_path / "data"
    (tmp_path / "desktop").mkdir()
    with keyring_session(tmp_path / "keyring") as keyring, Desktop(tmp_path / "desktop") as desk:
        test_session = Session(desk, keyring, data)
        test_session.consent()
        try:
            yield test_session
        finally:
            if test_session.recorder is not None and test_session.recorder.poll() is None:
                test_session.recorder.kill()
                test_session.recorder.communicate(timeout=30)


def keys_typed(events) -> str:
    return reconstruct([e for e in events if isinstance(e, KeyEvent)])


@pytest.mark.parametrize("backend", ["auto", "pynput"])
def test_typing_clicks_scrolls_and_focus_changes_are_recorded(session, backend):
    desk = session.desk
    notes = desk.open_window(NOTES_TITLE, "NotesApp", geometry="700x500+50+50")
    other = desk.open_window(OTHER_TITLE, "SecondApp", geometry="700x500+900+400")
    desk.focus(notes)  # the recorder starts on the notes window: its first segment is the notes one
    session.start_recorder("--input-backend", backend)
    assert ("x11-record" if backend == "auto" else "pynput").encode() in session.stderr

    desk.type_text(SENTENCE)
    nx, ny = desk.window_center(notes)
    desk.click(nx, ny)
    desk.scroll(nx, ny, clicks=3)
    desk.focus(other)
    desk.type_text("second window")
    ox, oy = desk.window_center(other)
    desk.click(ox, oy)
    code, out, err = session.stop_recorder(signal.SIGINT)

    assert code == 0, err
    assert "Recorded for" in out and "events" in out
    assert SENTENCE not in out + err  # the summary counts, it never shows content
    segments = session.segments()
    titles = [s.title for s in segments]
    assert set(titles) == {NOTES_TITLE, OTHER_TITLE}, titles
    notes_segments = [s for s in segments if s.title == NOTES_TITLE]
    other_segments = [s for s in segments if s.title == OTHER_TITLE]
    # Segments split at the focus change: every notes segment ends before the other window's starts.
    assert max(s.end for s in notes_segments) <= min(s.start for s in other_segments)
    assert titles == sorted(titles, key=[NOTES_TITLE, OTHER_TITLE].index)

    notes_events = [e for s in notes_segments for e in s.events]
    assert keys_typed(notes_events) == SENTENCE
    assert "".join(s.typed_text for s in notes_segments) == SENTENCE
    assert keys_typed([e for s in other_segments for e in s.events]) == "second window"
    assert "".join(s.typed_text for s in other_segments) == "second window"

    clicks = [e for e in notes_events if isinstance(e, ClickEvent)]
    assert [(c.x, c.y, c.button, c.pressed) for c in clicks] == [(nx, ny, "left", True), (nx, ny, "left", False)]
    scrolls = [e for e in notes_events if isinstance(e, ScrollEvent)]
    assert len(scrolls) == 3 and all(s.dy == -1 for s in scrolls)
    other_clicks = [e for s in other_segments for e in s.events if isinstance(e, ClickEvent)]
    assert (other_clicks[0].x, other_clicks[0].y) == (ox, oy)

    assert any(isinstance(e, MoveEvent) for s in segments for e in s.events)  # the pointer went to each click
    assert sum(s.frames for s in notes_segments) >= 1
    assert sum(s.frames for s in other_segments) >= 1
    conn = session.connect()
    try:
        frames = conn.execute("SELECT f.width, f.height, f.scale, f.mime, f.image, r.frame_id IS NOT NULL FROM frames f "
                              "LEFT JOIN frame_reads r ON r.frame_id = f.id").fetchall()
    finally:
        conn.close()
    # Screenshots are kept at full size until the scan worker has read them, then at the policy's half
    # size (docs/scanning.md).
    for width, height, scale, mime, image, read in frames:
        assert (width, height, scale) == ((960, 540, 0.5) if read else (1920, 1080, 1.0)), (width, height, read)
        assert mime == "image/jpeg" and image[:3] == b"\xff\xd8\xff"
    assert notes_segments[0].app.startswith("python")  # /proc/<pid>/comm of the test window's process


def test_privacy_card_number_masked_and_password_manager_excluded(session):
    desk = session.desk
    notes = desk.open_window(NOTES_TITLE, "NotesApp", geometry="700x500+50+50")
    vault_window = desk.open_window("Passwords.kdbx - KeePassXC", "KeePassXC", geometry="600x400+900+400")
    desk.focus(notes)
    session.start_recorder()

    desk.type_text("card 4111 1111 1111 1111 ok")
    # Switch only once the card's keys are in the vault: keys stamped in the instant before an
    # excluded window takes focus are dropped (exclusion margin), which would cut the number short.
    wait_until(lambda: session.stored_presses() >= len("card 4111 1111 1111 1111 "), timeout=20,
               message="the card number's keys to be stored")
    desk.focus(vault_window)
    excluded_from = time.time()
    desk.type_text("hunter2 supersecret")
    desk.click(*desk.window_center(vault_window))
    excluded_until = time.time()
    desk.focus(notes)
    desk.type_text(" done and dusted")
    code, _, err = session.stop_recorder()
    assert code == 0, err

    segments = session.segments()
    assert {s.title for s in segments} == {NOTES_TITLE}  # not even the excluded window's title
    text = "".join(s.typed_text for s in segments)
    # Keys typed in the first instant after leaving the password manager may be dropped (the
    # exclusion margin), so " done" may have lost its first characters; nothing else is lost.
    head, _, tail = text.partition(" ok")
    assert head.startswith("card ") and " done and dusted".endswith(tail) and len(tail) >= 8, text
    assert "4111" not in text and "1" not in text and text.count("•") >= 16
    stored = session.all_text()
    for secret in ("4111", "hunter2", "supersecret", "KeePassXC", "Passwords.kdbx"):
        assert secret not in stored
    for segment in segments:
        assert not [e for e in segment.events if excluded_from <= e.t <= excluded_until]
    gaps = session.gaps()
    excluded = [g for g in gaps if g[2] == "excluded"]
    assert excluded and all(g[3] == "password manager" for g in excluded)
    assert any(start <= excluded_from and end >= excluded_until for start, end, _, _ in excluded)
    assert not [g for g in gaps if g[2] == "source-failed"]


def test_a_pause_drops_typing_and_survives_kill_9_and_restart(session):
    desk = session.desk
    notes = desk.open_window(NOTES_TITLE, "NotesApp", geometry="700x500+50+50")
    conn = session.connect()
    try:
        settings.save_pause(conn, PauseSnapshot(time.time() - 1.0, None), time.time())
    finally:
        conn.close()

    session.start_recorder()
    desk.focus(notes)
    desk.type_text("typed while paused")
    desk.click(*desk.window_center(notes))
    session.recorder.send_signal(signal.SIGKILL)
    session.recorder.communicate(timeout=30)
    session.recorder = None

    session.start_recorder()
    assert "paused" in session.stderr.decode()
    desk.focus(notes)
    desk.type_text("still paused after the crash")
    code, out, err = session.stop_recorder()
    assert code == 0, err

    assert session.segments() == []
    stored = session.all_text()
    assert "typed" not in stored and "crash" not in stored
    conn = session.connect()
    try:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM frames").fetchone()[0] == 0
        assert settings.load_pause(conn) is not None  # still paused on disk
    finally:
        conn.close()
    assert any(g[2] == "paused" for g in session.gaps())


def test_kill_9_while_typing_leaves_a_clean_vault_missing_at_most_the_last_second(session):
    desk = session.desk
    notes = desk.open_window(NOTES_TITLE, "NotesApp", geometry="700x500+50+50")
    session.start_recorder()
    desk.focus(notes)
    # Letters only: a run of digit groups ("w1 w2 w3") is one candidate card number for the secret
    # masker and is held back until typing pauses (privacy first), so it would not test the writer.
    words = " ".join(["lorem", "ipsum", "dolor", "sit", "amet", "consectetur"] * 60)
    typist = subprocess.Popen(["xdotool", "type", "--delay", "40", "--", words], env=desk.env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def stored_keys() -> int:
            conn = session.connect()
            try:
                return conn.execute("SELECT count(*) FROM timed_events WHERE kind = 1").fetchone()[0]
            finally:
                conn.close()

        wait_until(lambda: stored_keys() >= 80, timeout=30, message="keys to reach the vault")
        killed_at = time.time()
        session.recorder.send_signal(signal.SIGKILL)
        session.recorder.communicate(timeout=30)
        session.recorder = None
    finally:
        typist.kill()
        typist.wait(10)
        # A typist killed between a key's press and release leaves it down, auto-repeating.
        desk.xdotool("keyup", *sorted(set(words) - {" "}), "space")

    conn = session.connect()
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        last_key = conn.execute("SELECT max(t) FROM timed_events WHERE kind = 1").fetchone()[0]
    finally:
        conn.close()
    assert killed_at - last_key <= 1.0, f"{killed_at - last_key:.2f} s of typing lost"
    # The recorder restarts on the same vault and records again.
    session.start_recorder()
    desk.focus(notes)
    desk.type_text("after")
    code, _, err = session.stop_recorder()
    assert code == 0, err
    assert keys_typed(session.segments()[-1].events) == "after"

"""Deletion through every route while typing goes on up to the delete's instant (issue 20).

One drill, five routes, each round on a fresh desktop (Xvfb + openbox + trayer), keyring and
profile, with real capture:

  review-headless  `airlock review` (a real window) beside `airlock record --headless`; the window's
                   change goes through commands/routing.py and control/remote.py over the control
                   channel to the recorder's Operations
  review-app       the desktop app's review window, opened from the tray menu; it changes through
                   the app's own Operations
  tray             the tray menu's "Delete the last 5 minutes…"
  cli              `airlock delete --last 5m` while `record --headless` runs
  control-channel  ControlClient.call(Command.DELETE, segments=[the segment being typed into])
                   (under AIRLOCK_DRILLS=full every other round sends spans=[[start, now]] instead)

A typist types unique words into a notes window and notes when each was typed. Where a window of
Airlock must have focus, the typist stops only for the keys that reach it (the tray menu: arrow
keys and Enter; the review window: Home selects today's row, Delete asks); while the question is
open the typist types on in the notes window, then focus goes back to the question and the
keyboard confirms (Alt+D; in the tray's question, whose default is Keep: Tab, Space). So the last
words are still in the capture queue, the 250 ms reorder hold or the writer's batch when the
delete runs. In the CLI and control-channel routes the typist goes on until the delete is
acknowledged. The delete's instant is the time of its ledger entry.

Afterwards a word typed into another window must stay (the positive control). Then, while the
recorder still runs and again after it stopped: no word typed before the instant in any decrypted
page of the vault or its WAL (searched by the tail the search index keeps of a term, which the
whole word contains too); not in the text rebuilt from the stored keys of any remaining segment;
not in any file of `airlock export` (nor in the text rebuilt from its events); no event or
screenshot stored from the start of recording up to the instant; the notes window's title only on
segments begun after it; the vault's integrity and its ledger intact.
"""

from __future__ import annotations

import contextlib
import json
import random
import re
import signal
import string
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.control.client import ControlClient
from app.control.protocol import Command
from app.core.paths import resolve_paths
from tests.drills.harness import (
    LETTERS,
    ROOT,
    DrillSession,
    WordTypist,
    drill_session,
    scan_for,
    vault_problems,
    write_policy,
)
from tests.drills.settings import FULL, count, report
from tests.e2e.harness.waiting import WaitTimeout, wait_until
from tests.helpers.vault_pages import find_all_in_vault
from tests.helpers.vault_text import typed_now

pytestmark = pytest.mark.e2e

ROUTES = ("review-headless", "review-app", "tray", "cli", "control-channel")
APP_ROUTES = ("review-app", "tray")
TYPING_THROUGH = ("cli", "control-channel")  # no window of Airlock needs the keyboard: typing goes on
ROUNDS = count(1, 4)  # per route
MARGIN_S = 0.05  # a key is stamped with the X server's time of it: within this of when xdotool sent it
TAIL = 6  # letters of a word searched in raw pages: what the search index stores of a term after the
#           prefix it shares with the term before it (a random 10-letter word shares at most a few)
WAIT_S = 60  # generous: the machine is shared and slow at times; waits return as soon as things happen

# The tray menu by keyboard (app/ui/control_menu.py; the count and "Resume" are disabled while
# recording, and Qt's arrow keys pass over disabled entries; the state line opens the status window).
MENU_DELETE_LAST_5_MIN = ["Down"] * 6 + ["Return"]  # state, pause 15 min, 1 h, tomorrow, until I resume, delete 5 min
# From the bottom: quit, show status window, download my data, settings, policy, what left, review
# ("N moments need a look…" sits above the review, so neither path passes it).
MENU_REVIEW = ["Up"] * 7 + ["Return"]


@pytest.mark.parametrize("route", ROUTES)
def test_nothing_typed_before_the_delete_instant_is_left_anywhere(tmp_path, route):
    rng = random.Random()
    totals: dict[str, float] = {}
    for number in range(ROUNDS):
        for name, value in _round(tmp_path / f"round-{number}", route, rng, number).items():
            totals[name] = max(totals.get(name, 0), value) if name.startswith("max_") else totals.get(name, 0) + value
    report(f"deletion routes ({route})", rounds=ROUNDS, **totals)


def _round(root: Path, route: str, rng: random.Random, number: int) -> dict[str, float]:
    root.mkdir(parents=True)
    policy = write_policy(root / "policy.toml", extra="[capture]\nscreenshot_interval_s = 1\n")
    with drill_session(root, policy=policy, tray=route in APP_ROUTES) as s:
        drill = Round(s, route, rng, root)
        try:
            drill.start_capture()
            drill.type_first_words()
            DRIVERS[route](drill, by_span=FULL and number % 2 == 1)
            drill.type_on_and_after()
            drill.search_while_recording()
        finally:
            drill.close()
        drill.stop_capture()
        drill.search_after_stop()
    return drill.numbers


class Round:
    """One round of one route: a fresh desktop, keyring and profile, the notes window, the typist,
    and what was found (`numbers`, for the report)."""

    def __init__(self, s: DrillSession, route: str, rng: random.Random, root: Path) -> None:
        self.s, self.route, self.rng, self.root = s, route, rng, root
        self.notes_title = f"Deletion drill notes {''.join(rng.choice(string.ascii_uppercase) for _ in range(10))}"
        self.aside_title = "Deletion drill, aside"
        self.notes = s.window(self.notes_title, geometry="800x500+40+60")
        self._aside: int | None = None
        self.typist = WordTypist(s.desk, rng)
        self.review: subprocess.Popen | None = None  # `airlock review`, in its own process
        self.recording_from = 0.0
        self.span_end = float("inf")  # a delete of an explicit span ends there, not at its instant
        self.acknowledged = 0.0
        self.by_segments = False  # deleted by segment ids (not a span)
        self.numbers: dict[str, float] = {}

    # -- capture and typing -----------------------------------------------------------------------

    def start_capture(self) -> None:
        self.recording_from = time.time()
        if self.route in APP_ROUTES:
            self.s.start_app()
        else:
            self.s.start_recorder()

    def type_first_words(self, words: int = 3) -> None:
        """Type into the notes window until `words` of it are in the vault; stop there."""
        self.typist.start()
        wait_until(lambda: sum(w.text in self.s.typed_in(self.notes_title) for w in list(self.typist.words)) >= words,
                   timeout=WAIT_S, message="the typed words to be stored")
        self.typist.stop()

    def aside(self) -> int:
        """Another window (opened on first use): focus moves there, the word typed after goes there."""
        if self._aside is None:
            self._aside = self.s.window(self.aside_title, geometry="700x300+900+600")
        else:
            self.s.desk.focus(self._aside)
        return self._aside

    def check_the_search_sees_the_first_words(self) -> None:
        """Positive control: focus has left the notes window, so its first segment ended and its text
        was written (typed text, search index): the page search finds those words now."""
        wait_until(lambda: self.s.query("SELECT count(*) FROM segments WHERE title = ? AND end_reason IS NOT NULL",
                                        (self.notes_title,))[0][0], timeout=WAIT_S,
                   message="the notes window's first segment to end")
        stored = {w.text: w.text[-TAIL:].encode() for w in self.typist.words}
        _pages, hits = find_all_in_vault(self.s.data / "vault.db", self.s.key(), stored)
        self.numbers["seen_before_delete"] = sum(bool(h) for h in hits.values())
        assert self.numbers["seen_before_delete"] >= 1, "the page search does not find words that are there"

    def type_while_the_question_is_open(self, question: int) -> None:
        """Type on in the notes window; at a random instant stop, give the question the keyboard."""
        self.s.desk.focus(self.notes)
        typed = len(self.typist.words)
        self.typist.start()
        wait_until(lambda: len(self.typist.words) > typed, timeout=WAIT_S, message="a word typed while asked")
        time.sleep(self.rng.uniform(0.0, 1.0))  # a random instant to answer (not a synchronisation)
        self.typist.stop()  # the word being typed is finished; focus moves at once
        self.s.desk.focus(question)

    def type_on(self) -> None:
        """Type on in the notes window (a new segment), for the routes that delete while it goes on."""
        self.s.desk.focus(self.notes)
        typed = len(self.typist.words)
        self.typist.start()
        wait_until(lambda: len(self.typist.words) > typed, timeout=WAIT_S, message="typing to go on")
        time.sleep(self.rng.uniform(0.0, 1.0))  # a random instant in the typing (not a synchronisation)

    def type_on_and_after(self) -> None:
        """Where typing went through the delete: on past its acknowledgement, in the same window (it
        must stay). Then capture goes on: a word typed into another window must be kept."""
        if self.route in TYPING_THROUGH:
            wait_until(lambda: any(w.began > self.acknowledged for w in list(self.typist.words)), timeout=WAIT_S,
                       message="a word typed after the delete was acknowledged")
        self.typist.stop()
        self.after_word = _fresh_word(self.rng, {w.text for w in self.typist.words})
        self.aside()
        # Focus comes from Airlock's own window in the review and tray routes, which the recorder
        # excludes: keys in the first instant after leaving it are never stored (the exclusion
        # margin), so the word is typed once the recorder has seen the aside window.
        wait_until(lambda: json.loads(self.s.airlock("status", "--json").stdout)["state"] == "recording",
                   timeout=WAIT_S, message="the recorder to see the aside window")
        self.s.desk.type_text(f"{self.after_word} ", delay_ms=12)
        wait_until(lambda: self.after_word in self.s.typed_in(self.aside_title), timeout=WAIT_S,
                   message="the word typed after the delete to be stored")
        (self.instant, self.ledger_body), = [(t, json.loads(body)) for t, body in self.s.query(
            "SELECT t, body FROM ledger WHERE kind = 'delete' ORDER BY seq")]
        self.instant = min(self.instant, self.span_end)
        before = self.typist.before(self.instant, MARGIN_S)
        self.after = self.typist.after(self.instant, MARGIN_S)
        assert len(before) >= 3, f"too few words typed before the delete: {len(before)}"
        self.words = {w.text: w.text[-TAIL:].encode() for w in before}
        assert self.ledger_body.get("segments", 0) >= 1, self.ledger_body
        if self.route.startswith("review"):  # Home chose the day's row: everything of today, up to its end
            assert self.ledger_body["range"][1] - self.ledger_body["range"][0] >= 23 * 3600, self.ledger_body
        self.numbers.update(words_before=len(before), words_after=len(self.after),
                            words_at_instant=len(self.typist.words) - len(before) - len(self.after),
                            max_last_word_ms=round(1000 * (self.instant - max(w.ended for w in before))))

    def close(self) -> None:
        self.typist.stop()
        if self.review is not None:
            _close(self.review)
            self.review = None

    def stop_capture(self) -> None:
        """Stop the recorder (or the app) cleanly; note how many records its writer dropped on their way."""
        if self.route in APP_ROUTES:
            assert self.s.stop_app() == 0, self.s.app_text()[-3000:]
            found = re.search(r"capture stopped: .*?(\d+) dropped on their way", self.s.app_text())
        else:
            code, out, err = self.s.stop_recorder()
            assert code == 0, err
            found = re.search(r"(\d+) still on their way", out)
        assert found, "the recorder did not say what it dropped"
        self.numbers["dropped_in_flight"] = int(found.group(1))
        if self.route in TYPING_THROUGH:  # keys typed in the reorder hold's 250 ms before the instant came after it
            assert self.numbers["dropped_in_flight"] > 0, "nothing was on its way when the delete ran"

    # -- the search --------------------------------------------------------------------------------

    def search_while_recording(self) -> None:
        """The WAL is live: the delete truncated it and writing went on since."""
        self.numbers["pages_running"], hits = find_all_in_vault(self.s.data / "vault.db", self.s.key(), self.words)
        assert not {w: h for w, h in hits.items() if h}, "typed before the delete, found while recording"

    def search_after_stop(self) -> None:
        s, instant = self.s, self.instant
        needles = {**self.words, "_after": self.after_word[-TAIL:].encode()}
        notes_left = s.query("SELECT min(start) FROM segments WHERE title = ?", (self.notes_title,))[0][0]
        if notes_left is None:  # nothing was typed into the notes window after the instant: its title is gone
            needles["_title"] = self.notes_title.encode()
        self.numbers["pages_stopped"], hits = find_all_in_vault(s.data / "vault.db", s.key(), needles)
        assert hits.pop("_after"), "the page search does not find the word typed after the delete"
        assert not {w: h for w, h in hits.items() if h}, "typed before the delete, found after the recorder stopped"
        assert notes_left is None or notes_left > instant, "the notes window's title is kept from before the delete"

        # A delete of segments deletes those windows' segments; a span deletes every window's.
        scope, params = ("segment_id IN (SELECT id FROM segments WHERE title = ?)", (self.notes_title,)) \
            if self.by_segments else ("1", ())
        conn = s.connect()
        try:
            typed = typed_now(conn)  # every remaining segment, rebuilt from its stored keys
            inside = [conn.execute(f"SELECT count(*) FROM {table} WHERE t >= ? AND t <= ? AND {scope}",
                                   (self.recording_from, instant, *params)).fetchone()[0]
                      for table in ("timed_events", "frames")]
            problems = vault_problems(conn)
        finally:
            conn.close()
        assert self.after_word in typed
        assert [w.text for w in self.after if w.text not in typed] == [], "typed after the delete, not kept"
        assert [w for w in self.words if w in typed] == [], "typed before the delete, rebuilt from the stored keys"
        assert inside == [0, 0], f"events, screenshots stored between the start and the delete: {inside}"
        assert problems == []

        export = self.root / "export"
        exported = s.airlock("export", "--to", str(export))
        assert exported.returncode == 0, exported.stderr
        self.numbers["export_files"], found = scan_for([export], {w: w.encode() for w in [*self.words, self.after_word]})
        rebuilt = "".join("".join(e.get("char") or "" for e in map(json.loads, path.read_text().splitlines())
                                  if e.get("kind") == "key" and e.get("pressed"))
                          for path in sorted(export.rglob("segment-*.jsonl")))
        assert any(hit.endswith(f": {self.after_word}") for hit in found) and self.after_word in rebuilt
        assert [hit for hit in found if not hit.endswith(f": {self.after_word}")] == [], \
            "typed before the delete, exported"
        assert [w for w in self.words if w in rebuilt] == [], "typed before the delete, rebuilt from the exported keys"


# -- the routes ---------------------------------------------------------------------------------------

def _review_headless(drill: Round, by_span: bool) -> None:
    s = drill.s
    with open(drill.root / "review.log", "wb") as log:  # focus goes to it: the typist has stopped
        drill.review = subprocess.Popen([sys.executable, "-m", "app", "review"], env=s.env, stdout=log,
                                        stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True)
    _delete_today_from_the_review_window(drill, s.desk.wait_for_window("^Review captures", timeout=WAIT_S))


def _review_in_the_app(drill: Round, by_span: bool) -> None:
    _tray_menu(drill.s, MENU_REVIEW)  # the menu takes the keyboard: the typist has stopped
    _delete_today_from_the_review_window(drill, drill.s.desk.wait_for_window("^Review captures", timeout=WAIT_S))


def _delete_today_from_the_review_window(drill: Round, window: int) -> None:
    """Keyboard only: Home (the newest day's row), Delete; type on while asked; Alt+D."""
    s = drill.s
    s.desk.focus(window)
    drill.check_the_search_sees_the_first_words()
    question = None
    for _attempt in range(3):
        s.desk.key("Home", "Delete")  # nothing happens while the window has not loaded today's row yet
        with contextlib.suppress(WaitTimeout):
            question = s.desk.wait_for_window("^Delete captured data", timeout=15)
            break
    assert question is not None, "the review window did not ask to delete today"
    drill.type_while_the_question_is_open(question)
    s.desk.key("alt+d")  # "&Delete for good" (the default button is Cancel: Enter never deletes)
    s.desk.wait_window_gone(question, timeout=WAIT_S)  # it closes only once the data is gone


def _tray(drill: Round, by_span: bool) -> None:
    s = drill.s
    _tray_menu(s, MENU_DELETE_LAST_5_MIN)  # the menu takes the keyboard: the typist has stopped
    question = s.desk.wait_for_window("^Delete recent captures", timeout=WAIT_S)
    drill.check_the_search_sees_the_first_words()
    drill.type_while_the_question_is_open(question)
    s.desk.key("Tab", "space")  # from "Keep" (the default) to "Delete for good", and press it
    wait_until(lambda: s.query("SELECT count(*) FROM ledger WHERE kind = 'delete'")[0][0], timeout=WAIT_S,
               message="the tray's delete to be done")
    s.desk.wait_window_gone(question, timeout=WAIT_S)


def _cli(drill: Round, by_span: bool) -> None:
    drill.aside()  # the first segment of the notes window ends
    drill.check_the_search_sees_the_first_words()
    drill.type_on()
    deleted = drill.s.airlock("delete", "--last", "5m", "--json")  # the typist goes on meanwhile
    drill.acknowledged = time.time()
    assert deleted.returncode == 0, deleted.stderr
    assert json.loads(deleted.stdout)["segments"] >= 1


def _control_channel(drill: Round, by_span: bool) -> None:
    """The notes window's segments, the one being typed into included (or, `by_span`, everything
    from the start of recording until now)."""
    s = drill.s
    drill.aside()  # the first segment of the notes window ends
    drill.check_the_search_sees_the_first_words()
    drill.type_on()
    wait_until(lambda: s.query("SELECT count(*) FROM segments WHERE title = ? AND end_reason IS NULL",
                               (drill.notes_title,))[0][0], timeout=WAIT_S, message="the notes window's new segment")
    ids = [i for (i,) in s.query("SELECT id FROM segments WHERE title = ? ORDER BY id", (drill.notes_title,))]
    with ControlClient.connect(resolve_paths(s.data)) as client:  # the typist goes on meanwhile
        if by_span:
            drill.span_end = time.time()
            change = client.call(Command.DELETE, segments=[], spans=[[drill.recording_from, drill.span_end]])
        else:
            drill.by_segments = True
            change = client.call(Command.DELETE, segments=ids, spans=[])
    drill.acknowledged = time.time()
    assert set(ids) <= set(change["removed"]) and len(ids) == 2, (ids, change)


DRIVERS = {"review-headless": _review_headless, "review-app": _review_in_the_app, "tray": _tray, "cli": _cli,
           "control-channel": _control_channel}


# -- the desktop --------------------------------------------------------------------------------------

def _tray_menu(s: DrillSession, keys: list[str]) -> None:
    """Open the tray icon's menu (a right click: a left click pauses) and choose by keyboard."""
    def airlock_windows() -> set[int]:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--class", "^Airlock$"], env=s.desk.env,
                               capture_output=True, text=True, timeout=30).stdout.split()
        return {int(w) for w in found}

    shown = airlock_windows()
    x, y, w, h = s.desk.tray_icon_geometry()
    s.desk.click(x + w // 2, y + h // 2, button=3)
    wait_until(lambda: any(s.desk.window_geometry(m)[3] > 150 for m in airlock_windows() - shown), timeout=WAIT_S,
               message="the tray menu to open")
    s.desk.key(*keys)


def _fresh_word(rng: random.Random, used: set[str]) -> str:
    while (word := "".join(rng.choice(LETTERS) for _ in range(10))) in used:
        pass
    return word


def _close(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)  # the review window closes (SignalWakeup)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)

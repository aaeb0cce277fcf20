"""Nothing lost for the new event layout (issue 15): the same scripted session, recorded by schema 1
(main @ffc987e, tests/fixtures/session_v1/expected_by_schema1.json) and by today's pipeline and
vault writer, reconstructs the same segments, typed text, clicks, scrolls, moves, modifiers on each
key press and held-key timing.

Where the two differ, it is by rules issue 15 changed on purpose, each asserted here as the new
behaviour rather than tolerated:

- Times are kept to the millisecond, rounded down (schema 1 kept REAL seconds): a stored time is
  never later than the event and less than 1 ms earlier; a held time is rounded to the nearest ms.
- A key release is its press's held time, not a row: it opens no segment and is not a segment's
  end. Schema 1 began segment 2 at the tab key's release (alt+tab, released after the focus had
  moved) and ended segments at their last key's release; schema 2 begins and ends a segment at its
  own first and last stored input, and shows that release with its press.
- A word typed just before a pause stays whole (defect 1): schema 1 closed segment 3 when it saw
  the pause while the last keys typed before it were still in the reorder hold, so "walnut" was
  split and segment 4 began before the pause and ran on after the resume. Schema 2 judges the
  pause in time order: segment 3 holds the whole word and ends at the pause, segment 4 begins with
  the first input after the resume.
- A segment's end is a recorded fact with its reason (defect 2); schema 1 recorded none.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.capture.event_queue import EventQueue
from app.capture.health import CaptureHealth
from app.capture.key_events import MODIFIER_KEYS
from app.capture.pipeline import CapturePipeline
from app.capture.pipeline_settings import PipelineSettings
from app.core.model import ClickEvent, KeyEvent, MoveEvent, ScrollEvent
from app.core.paths import resolve_paths
from app.policy.rules.keystrokes import MASK_CHAR
from app.policy.rules.pause import PauseState
from app.policy.rules.typed_text import reconstruct
from app.vault import event_store, queries
from app.vault.in_flight import InFlightGuard
from app.vault.vault import open_vault
from app.vault.writer import VaultWriter
from tests.helpers.clock import FakeClock
from tests.helpers.keystore import MemoryKeyStore
from tests.helpers.scripted_session import load_session, play

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "session_v1"
SESSION = load_session(FIXTURE / "session.json")
OLD = json.loads((FIXTURE / "expected_by_schema1.json").read_text())
PAUSED_AT, RESUMED_AT = (c.t for c in SESSION.controls if c.action in ("pause", "resume"))
BEFORE_PAUSE, ACROSS_PAUSE = 3, 4  # schema 1's segments on either side of the split word
MS = 0.001
EPS = 1e-6  # float noise of epoch seconds


@pytest.fixture(scope="module")
def new(tmp_path_factory):
    """The session recorded by today's pipeline and writer (wired as app/commands/record.py does)."""
    handle = open_vault(resolve_paths(tmp_path_factory.mktemp("layout") / "data").ensure(), MemoryKeyStore())
    clock, pause, events = FakeClock(SESSION.t0), PauseState(), EventQueue(100_000)
    writer = VaultWriter(handle, InFlightGuard(pause))
    writer.start()
    pipeline = CapturePipeline(events, writer, clock, pause, CaptureHealth(), PipelineSettings(screenshots=False))
    pipeline.begin()
    play(SESSION, clock=clock, events=events, pipeline=pipeline, pause=pause)
    writer.stop()
    conn = handle.connect()
    try:
        rows = conn.execute("SELECT id, app, title, start, end, end_reason, key_count, click_count "
                            "FROM segments ORDER BY id").fetchall()
        segments = {}
        for sid, app, title, start, end, reason, keys, clicks in rows:
            detail = queries.segment_detail(conn, sid)  # what the review shows
            segments[sid] = dict(app=app, title=title, start=start, end=end, end_reason=reason, key_count=keys,
                                 click_count=clicks, typed_text=detail.typed_text, click_marks=detail.clicks,
                                 events=event_store.events_of(conn, sid))
        search = {word: sorted(hit.segment.id for hit in queries.search(conn, word)) for word in OLD["search"]}
        gaps = [list(row) for row in conn.execute("SELECT start, end, reason FROM gaps ORDER BY id")]
    finally:
        conn.close()
    return dict(segments=segments, search=search, gaps=gaps)


def _old_regrouped() -> dict[int, dict]:
    """Schema 1's segments with its events regrouped the way schema 2 places them: what schema 1
    put in the segment that straddled the pause goes to the segment typed in before the pause, or
    stays after it."""
    old = {s["id"]: {k: (list(v) if isinstance(v, list) else v) for k, v in s.items()} for s in OLD["segments"]}
    across, before = old[ACROSS_PAUSE], old[BEFORE_PAUSE]
    assert across["start"] < PAUSED_AT and across["end"] > RESUMED_AT  # the defect, as recorded
    for kind in ("presses", "releases", "clicks", "scrolls", "moves"):
        before[kind] += [e for e in across[kind] if e[0] < PAUSED_AT]
        across[kind] = [e for e in across[kind] if e[0] >= RESUMED_AT]
    return old


def _stored_inputs(segment: dict) -> list[float]:
    """Times of what schema 2 stores as rows: every event of a segment but key releases."""
    return [e[0] for kind in ("presses", "clicks", "scrolls", "moves") for e in segment[kind]]


def _same_time(new_t: float, old_t: float) -> bool:
    # Kept to the ms, rounded down. Float noise of epoch seconds no longer costs a whole ms
    # (event_store.to_ms): it did for 5 of this session's 197 rows, and for about half of all rows
    # with the whole-ms stamps of X11 server time (tests/unit/vault/test_event_times.py).
    return old_t - MS < new_t <= old_t + EPS


def _of(segment: dict, kind: type) -> list:
    return [e for e in segment["events"] if isinstance(e, kind)]


def test_the_session_is_the_one_schema_1_recorded():
    assert OLD["user_version"] == 1000
    assert (OLD["session_digest"], OLD["input_items"]) == (SESSION.digest(), len(SESSION.items))


def test_the_same_segments_with_the_same_windows(new):
    assert list(new["segments"]) == [s["id"] for s in OLD["segments"]] == [1, 2, 3, 4, 5, 6]
    for old in OLD["segments"]:
        seg = new["segments"][old["id"]]
        assert (seg["app"], seg["title"]) == (old["app"], old["title"])
    assert new["gaps"] == OLD["gaps"]  # the pause, exactly where it was


def test_segments_begin_and_end_at_their_own_first_and_last_input(new):
    old = _old_regrouped()
    for sid, seg in new["segments"].items():
        inputs = _stored_inputs(old[sid])
        assert seg["start"] == min(inputs) and seg["end"] == max(inputs)
        # Schema 1's bounds also counted key releases; each such release is still shown, as its
        # press's held time (in this segment or, released after the focus moved, in the one before).
        if sid not in (BEFORE_PAUSE, ACROSS_PAUSE):
            released = [e.t + e.held for s in new["segments"].values() for e in _of(s, KeyEvent) if e.held is not None]
            for bound, new_bound in ((old[sid]["start"], seg["start"]), (old[sid]["end"], seg["end"])):
                assert bound == new_bound or any(abs(bound - r) <= 1.5 * MS for r in released)
    # The two that differ, and why: segment 2 began at the tab key's release (alt+tab) 397 ms
    # before its own first key; segment 6 ended at its last key's release, 60.6 ms after the press.
    assert round(OLD["segments"][1]["start"] - new["segments"][2]["start"], 4) == -0.3966
    assert round(OLD["segments"][5]["end"] - new["segments"][6]["end"], 4) == 0.0606


def test_a_word_typed_just_before_the_pause_stays_whole_and_nothing_spans_the_pause(new):
    old_before, old_across = OLD["segments"][BEFORE_PAUSE - 1], OLD["segments"][ACROSS_PAUSE - 1]
    assert old_before["typed_text"].endswith(" before pause waln") and old_across["typed_text"] == "utafter resume"
    assert OLD["search"]["walnut"] == []
    before, after = new["segments"][BEFORE_PAUSE], new["segments"][ACROSS_PAUSE]
    assert before["typed_text"] == old_before["typed_text"] + "ut"
    assert after["typed_text"] == "after resume"
    assert new["search"]["walnut"] == [BEFORE_PAUSE]
    assert before["end"] < PAUSED_AT and after["start"] >= RESUMED_AT
    assert (before["end_reason"], after["end_reason"]) == ("paused", "idle")


def test_the_same_typed_text_in_every_segment(new):
    old = _old_regrouped()
    for sid, seg in new["segments"].items():
        presses = [KeyEvent(t, key, True, char, frozenset(mods)) for t, key, char, mods, _ in old[sid]["presses"]]
        assert seg["typed_text"] == reconstruct(presses)
        if sid not in (BEFORE_PAUSE, ACROSS_PAUSE):
            assert seg["typed_text"] == old[sid]["typed_text"]
    assert new["segments"][1]["typed_text"] == "Dear team, the build is green.\n Thanks asap"
    assert new["segments"][3]["typed_text"].startswith("pay " + "•" * 19)  # the card stays masked
    assert new["search"] == {**OLD["search"], "walnut": [BEFORE_PAUSE]}


def test_the_same_key_presses_with_their_modifiers_and_held_times(new):
    old = _old_regrouped()
    for sid, seg in new["segments"].items():
        keys = _of(seg, KeyEvent)
        assert seg["key_count"] == len(keys) == len(old[sid]["presses"])
        for key, (t, name, char, mods, held_ms) in zip(keys, old[sid]["presses"], strict=True):
            assert key.pressed and _same_time(key.t, t)
            assert (key.key, key.char, sorted(key.modifiers)) == (name, char, mods)
            # Both pair a release with the first press of that key still waiting. An auto-repeating
            # key (backspace at 6.4 s: four presses, one release) leaves three presses waiting, so
            # the next backspace's release (7.86 s) times the first repeat, in schema 1's pairing as
            # in the writer's; the release instants shown are right either way (see below).
            if held_ms is None:
                assert key.held is None
            else:  # rounded to the nearest ms
                assert abs(key.held * 1000 - held_ms) <= 0.5 + EPS
    # The editor's share: shift capitals, a shift held 1.2 s over two keys, ctrl+s, alt+tab.
    editor = _of(new["segments"][1], KeyEvent)
    assert [(k.key, sorted(k.modifiers)) for k in editor if k.modifiers] == [
        ("d", ["shift"]), ("o", ["shift"]), ("k", ["shift"]), ("s", ["ctrl"]), ("t", ["shift"]), ("tab", ["alt"])]
    assert 1.2 in [round(k.held, 3) for k in editor if k.key == "shift"]


def test_the_dataset_shows_the_same_releases(new):
    """Bundles and exports write each press followed by its release (event_store.with_releases):
    every release schema 1 stored comes out with its key and character at its instant, and the
    modifier state at that instant follows from the modifier keys' own presses and held times.

    A shown release is its press's time (to the ms, rounded down) plus the held time (to the
    nearest ms): from 1.5 ms before to 0.5 ms after the instant schema 1 stored."""
    shown = sorted(((e.t, e.key, e.char) for seg in new["segments"].values()
                    for e in event_store.with_releases(seg["events"]) if isinstance(e, KeyEvent) and not e.pressed),
                   key=lambda r: r[0])
    stored = sorted((r for seg in OLD["segments"] for r in seg["releases"]), key=lambda r: r[0])
    assert len(shown) == len(stored)
    modifier_spans = [(e.key, e.t, e.t + e.held) for seg in new["segments"].values() for e in _of(seg, KeyEvent)
                      if e.key in MODIFIER_KEYS and e.held is not None]
    for (t, key, char), (old_t, old_key, old_char, old_mods) in zip(shown, stored, strict=True):
        assert -1.5 * MS - EPS < t - old_t <= 0.5 * MS + EPS and key == old_key
        # A release line repeats its press's character. The one place schema 1's release said
        # otherwise: the masker hides a card number's separating space as "•" on its press but left
        # its release without a character; both say nothing about the key.
        assert char == old_char or (old_key == MASK_CHAR and old_char is None and char == MASK_CHAR)
        assert sorted(m for m, down, up in modifier_spans if down < t <= up + EPS) == old_mods


def test_the_same_clicks_scrolls_and_moves(new):
    old = _old_regrouped()
    for sid, seg in new["segments"].items():
        clicks = _of(seg, ClickEvent)
        assert [(c.x, c.y, c.button, c.pressed) for c in clicks] == [tuple(c[1:]) for c in old[sid]["clicks"]]
        assert all(_same_time(c.t, o[0]) for c, o in zip(clicks, old[sid]["clicks"], strict=True))
        assert [(m.t, m.x, m.y, m.button) for m in seg["click_marks"]] == [
            (c.t, c.x, c.y, c.button) for c in clicks if c.pressed]  # the review draws the presses
        assert seg["click_count"] == sum(c.pressed for c in clicks)
        scrolls = _of(seg, ScrollEvent)
        assert [(s.x, s.y, s.dx, s.dy) for s in scrolls] == [tuple(s[1:]) for s in old[sid]["scrolls"]]
        assert all(_same_time(s.t, o[0]) for s, o in zip(scrolls, old[sid]["scrolls"], strict=True))
        moves = _of(seg, MoveEvent)
        assert [(m.x, m.y) for m in moves] == [tuple(m[1:]) for m in old[sid]["moves"]]
        assert all(_same_time(m.t, o[0]) for m, o in zip(moves, old[sid]["moves"], strict=True))
    # A right click, three scrolls, coalesced moves; the click while paused was never stored.
    assert [c.button for c in _of(new["segments"][2], ClickEvent)] == ["right", "right", "left"]
    assert len(_of(new["segments"][1], ScrollEvent)) == 3 and len(_of(new["segments"][1], MoveEvent)) == 11
    assert not any(PAUSED_AT <= e.t < RESUMED_AT for seg in new["segments"].values() for e in seg["events"])


def test_every_segment_end_is_a_recorded_fact(new):
    reasons = [seg["end_reason"] for seg in new["segments"].values()]
    assert reasons == ["window-changed", "window-changed", "paused", "idle", "window-changed", "stopped"]

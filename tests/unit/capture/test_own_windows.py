"""Airlock's own windows are never captured: the pipeline treats them exactly as an excluded window.

A search typed into the review window, the captures it shows, a consent or settings dialog: none
of it is stored, the segment before ends with its keys whole, the first input after opens a new
one, and no screenshot is taken while such a window has focus.
"""

from __future__ import annotations

import os

from app.capture.frame_change import FrameTiming
from app.capture.own_windows import OWN_WINDOW, OwnWindows
from app.core.model import CaptureStatus, GapReason, KeyEvent, SegmentEndReason, WindowInfo
from app.core.records import EventRecord
from tests.unit.capture.capture_fakes import BROWSER, EDITOR, click, focus, make_rig, typed

UI_PID = 4242  # an `airlock review` process beside the recorder
REVIEW_HERE = WindowInfo(app="airlock", title="Review captures — Airlock", pid=os.getpid(), wm_class="Airlock",
                         window_id=7)
REVIEW_THERE = WindowInfo(app="python3", title="Review captures — Airlock", pid=UI_PID, wm_class="Airlock",
                          window_id=8)


def _rig(ui_pids: set[int] | None = None, **options):
    ui = set() if ui_pids is None else ui_pids
    return make_rig(own_windows=OwnWindows(shows_airlock_windows=lambda pid: pid in ui), **options)


def _stored_text(rig) -> str:
    return "".join(k.char or k.key for k in rig.sink.keys)


def test_a_window_of_the_recorders_own_process_stores_only_a_gap():
    rig = _rig(screenshots=True)
    t = rig.clock.now()
    rig.feed([focus(REVIEW_HERE, t), *typed("password", t + 0.1), *click(t + 2)])
    rig.advance(40.0)

    assert rig.sink.of(EventRecord) == [] and rig.sink.starts == [] and rig.sink.frames == []
    assert rig.screen.grabs == 0  # not even grabbed, let alone stored
    [gap] = rig.sink.gaps
    assert (gap.reason, gap.detail, gap.start) == (GapReason.EXCLUDED, OWN_WINDOW, t)
    assert "Review captures" not in repr(rig.sink.records)
    snapshot = rig.health.snapshot()
    assert (snapshot.status, snapshot.detail) == (CaptureStatus.EXCLUDED, OWN_WINDOW)


def test_a_review_window_of_another_airlock_process_closes_the_segment_like_an_excluded_window():
    """Typed in the editor, then the review window (another process) takes focus: the segment ends
    there with its keys whole; the search typed in the review window is not stored; the first key
    after leaving it opens a new segment."""
    rig = _rig({UI_PID})
    t = rig.clock.now()
    before = typed("quarterly figures", t + 0.1, step=0.02)
    switched = before[-1].t + 0.1
    back = switched + 2.0
    rig.feed([focus(EDITOR, t), *before, focus(REVIEW_THERE, switched), *typed("colleague Zoe", switched + 0.2),
              focus(EDITOR, back), *typed("after review", back + 0.2)])
    rig.advance(3.0)

    first, second = rig.sink.starts
    assert (first.window, second.window) == (EDITOR, EDITOR)
    assert rig.sink.text_of(first.token) == "quarterly figures"
    assert rig.sink.text_of(second.token) == "after review"
    assert [(e.token, e.reason) for e in rig.sink.ends] == [(first.token, SegmentEndReason.EXCLUDED)]
    assert rig.sink.ends[0].end <= switched < back < second.start
    assert "Zoe" not in _stored_text(rig) and "z" not in {k.key for k in rig.sink.keys}
    excluded = [g for g in rig.sink.gaps if g.reason is GapReason.EXCLUDED and g.end is not None]
    assert [(g.start, g.end, g.detail) for g in excluded] == [(switched, back, OWN_WINDOW)]


def test_windows_are_known_by_their_process_not_by_title_or_class():
    """A web page titled like the review window, or a program that calls itself Airlock, is captured;
    a window whose owner is unknown is judged by the policy's rules alone."""
    rig = _rig({UI_PID})
    t = rig.clock.now()
    lookalike = WindowInfo(app="firefox", title="Review captures — Airlock", pid=BROWSER.pid, wm_class="Airlock",
                           window_id=9)
    no_owner = WindowInfo(app="xterm", title="Airlock", pid=None, wm_class="Airlock", window_id=10)
    rig.feed([focus(lookalike, t), *typed("web", t + 0.1), focus(no_owner, t + 1), *typed("term", t + 1.1)])
    rig.advance(2.0)

    assert [s.window for s in rig.sink.starts] == [lookalike, no_owner]
    assert [rig.sink.text_of(s.token) for s in rig.sink.starts] == ["web", "term"]
    assert not [g for g in rig.sink.gaps if g.reason is GapReason.EXCLUDED]


def test_whose_window_it_is_is_asked_as_the_focus_change_arrives_not_when_it_is_judged():
    """The review window is closed (its process gone) within the reorder hold: the keys typed into it
    are judged after the process has ended, and are still never stored."""
    ui = {UI_PID}
    rig = _rig(ui)
    t = rig.clock.now()
    for item in [focus(REVIEW_THERE, t), *typed("secret", t + 0.01, step=0.01)]:
        rig.events.offer(item)
    rig.clock.set(t + 0.07)
    rig.pipeline.drain(settle=False)  # queued and seen, not yet judged (held for reordering)
    assert rig.sink.records == []
    ui.clear()  # the review process ends
    rig.advance(2.0)

    assert rig.sink.keys == [] and rig.sink.starts == []
    assert [g.detail for g in rig.sink.gaps] == [OWN_WINDOW]


def test_no_screenshot_while_an_airlock_window_has_focus_and_screenshots_resume_after():
    rig = _rig({UI_PID}, screenshots=True, timing=FrameTiming(settle_s=0.0))
    t = rig.clock.now()
    rig.feed([focus(REVIEW_THERE, t), *click(t + 0.5)])
    rig.advance(30.0)
    assert rig.screen.grabs == 0 and rig.sink.frames == []

    back = rig.clock.now()
    rig.feed([focus(EDITOR, back), *click(back + 0.5)])
    rig.advance(5.0)
    assert rig.sink.frames and all(f.frame.t > back for f in rig.sink.frames)
    assert {s.window for s in rig.sink.starts} == {EDITOR}


def test_by_default_the_pipeline_knows_the_windows_of_its_own_process():
    """No wiring needed for the desktop app's windows: they are the recorder's own process."""
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([focus(REVIEW_HERE, t), KeyEvent(t + 0.1, "p", True, "p"), KeyEvent(t + 0.15, "p", False, "p")])
    rig.advance(2.0)
    assert rig.sink.keys == [] and [g.detail for g in rig.sink.gaps] == [OWN_WINDOW]


def test_a_full_judgement_cache_keeps_what_was_asked_of_windows_still_held():
    """The cache of judgements is trimmed past 256 windows (a day of tab titles), but never loses the
    answer for a focus change still held for reordering: that answer may not be asked again."""
    ui = {UI_PID}
    rig = _rig(ui)
    t = rig.clock.now()
    rig.events.offer(focus(REVIEW_THERE, t))
    rig.events.offer(KeyEvent(t + 0.1, "s", True, "s"))
    rig.clock.set(t + 0.1)
    rig.pipeline.drain(settle=False)
    for n in range(300):  # many other windows seen meanwhile (judged at once, as they arrive)
        rig.pipeline._exclusion_of(WindowInfo(app="firefox", title=f"Tab {n}", pid=BROWSER.pid, window_id=100 + n))
    ui.clear()
    rig.advance(2.0)
    assert rig.sink.keys == [] and [g.detail for g in rig.sink.gaps] == [OWN_WINDOW]

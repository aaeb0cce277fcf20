"""The capture pipeline with scripted events, a list sink and a fake clock."""

from __future__ import annotations

import pytest

from app.capture.pipeline_settings import PipelineSettings
from app.core.model import (
    UNKNOWN_WINDOW,
    CaptureStatus,
    ClickEvent,
    GapReason,
    KeyEvent,
    KeystrokeMode,
    MoveEvent,
    ScreenLockEvent,
    ScrollEvent,
    SegmentEndReason,
    WindowInfo,
)
from app.core.records import EventRecord, SegmentStart
from app.policy.rules.keystrokes import KeystrokeRules
from app.policy.rules.typed_text import reconstruct
from tests.helpers.scripted_source import ScriptedSource
from tests.unit.capture.capture_fakes import BROWSER, EDITOR, KEEPASS, click, focus, make_rig, moves, typed


def test_typed_sentence_is_stored_as_key_events_of_one_segment_with_its_text():
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), *typed("Hello world, again.", t + 0.1)])
    rig.advance(2.0)  # the masker releases the last word after ~1 s idle

    assert [s.window for s in rig.sink.starts] == [EDITOR]
    assert rig.sink.starts[0].keystroke_mode is KeystrokeMode.FULL
    assert reconstruct(rig.sink.keys) == "Hello world, again."
    assert rig.sink.text_of(rig.sink.starts[0].token) == "Hello world, again."
    assert rig.health.snapshot().status is CaptureStatus.RECORDING


def test_pause_drops_events_already_queued_when_the_pause_began():
    rig = make_rig()
    t = rig.clock.now()
    keys = typed("abcdefghij", t + 0.1, step=0.1)  # one key press every 0.1 s
    for item in [focus(EDITOR, t), *keys]:
        rig.events.offer(item)
    # The employee clicks pause at t+0.55 while all ten keys are still queued (capture thread stalled).
    rig.pause.pause(at=t + 0.55)
    rig.clock.set(t + 1.5)
    rig.pipeline.drain()
    rig.advance(2.0)

    stored = [e for e in rig.sink.keys if e.pressed]
    assert [e.char for e in stored] == list("abcde")
    assert all(e.t < t + 0.55 for e in rig.sink.events)
    gaps = [g for g in rig.sink.gaps if g.reason is GapReason.PAUSED]
    assert gaps and gaps[0].start == t + 0.55
    assert rig.health.snapshot().status is CaptureStatus.PAUSED


def test_events_inside_a_pause_that_already_ended_are_still_dropped():
    rig = make_rig()
    t = rig.clock.now()
    for item in [focus(EDITOR, t), *typed("abcdefghij", t + 0.1, step=0.1)]:
        rig.events.offer(item)
    rig.pause.pause(at=t + 0.35)
    rig.pause.resume(at=t + 0.75)  # paused and resumed before the capture thread got to the queue
    rig.clock.set(t + 1.2)
    rig.pipeline.drain()
    rig.advance(2.0)
    assert [e.char for e in rig.sink.keys if e.pressed] == list("abc") + list("hij")


def test_a_resume_and_a_new_pause_between_two_ticks_are_two_pauses():
    """Resumed and paused again within a millisecond (a script, two quick clicks): the capture
    thread never sees the state in between, but the record shows two pauses and the moment between."""
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), *typed("ab", t + 0.1)])
    rig.pause.pause(at=t + 0.5)
    rig.advance(1.0)
    rig.pause.resume(at=t + 1.5)
    rig.pause.pause(at=t + 1.501)  # before the next tick
    rig.advance(1.0)
    rig.pause.resume(at=rig.clock.now())
    resumed = rig.clock.now()
    rig.advance(1.0)
    gaps = [(g.start, g.end) for g in rig.sink.gaps if g.reason is GapReason.PAUSED and g.end is not None]
    assert gaps == [(t + 0.5, t + 1.5), (t + 1.501, resumed)]


def test_no_screenshot_is_grabbed_while_paused():
    rig = make_rig(screenshots=True)
    t = rig.clock.now()
    rig.pause.pause(at=t)
    rig.feed([focus(EDITOR, t + 0.1), *click(t + 0.2)])
    rig.advance(60.0)
    assert rig.screen.grabs == 0
    assert rig.sink.frames == [] and rig.sink.starts == []


def test_an_excluded_window_stores_only_a_gap_with_the_rule_name():
    rig = make_rig(screenshots=True)
    t = rig.clock.now()
    rig.feed([focus(KEEPASS, t), *typed("hunter2 correct horse", t + 0.1), *click(t + 2)])
    rig.advance(40.0)

    assert rig.sink.of(EventRecord) == [] and rig.sink.starts == [] and rig.sink.frames == []
    assert rig.screen.grabs == 0
    [gap] = rig.sink.gaps
    assert (gap.reason, gap.detail, gap.start) == (GapReason.EXCLUDED, "password manager", t)
    assert "KeePassXC" not in repr(rig.sink.records)
    snapshot = rig.health.snapshot()
    assert (snapshot.status, snapshot.detail) == (CaptureStatus.EXCLUDED, "password manager")


def test_each_event_is_judged_by_the_window_focused_when_it_happened():
    rig = make_rig()
    t = rig.clock.now()
    # Everything is queued before the pipeline runs: focus must be followed in queue order.
    rig.feed([
        focus(EDITOR, t), *typed("abc", t + 0.1),
        focus(KEEPASS, t + 1), *typed("secret", t + 1.1),
        focus(EDITOR, t + 2), *typed("def", t + 2.3),
    ])
    rig.advance(2.0)

    assert [s.window for s in rig.sink.starts] == [EDITOR, EDITOR]  # split by the excluded stretch
    tokens = [s.token for s in rig.sink.starts]
    assert [rig.sink.text_of(token) for token in tokens] == ["abc", "def"]
    assert "s" not in {e.char for e in rig.sink.keys}
    excluded = [g for g in rig.sink.gaps if g.reason is GapReason.EXCLUDED]
    assert [(g.start, g.end) for g in excluded] == [(t + 1, None), (t + 1, t + 2)]  # opened, then closed


def test_keys_held_by_the_secret_masker_go_to_the_window_they_were_typed_in():
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), *typed("abc", t + 0.1), focus(BROWSER, t + 0.5), *typed("xyz", t + 0.6)])
    rig.advance(2.0)
    by_token = {s.token: s.window for s in rig.sink.starts}
    first, second = sorted(by_token)
    assert (by_token[first], rig.sink.text_of(first)) == (EDITOR, "abc")
    assert (by_token[second], rig.sink.text_of(second)) == (BROWSER, "xyz")


def test_a_card_number_is_stored_masked():
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), *typed("pay 4111 1111 1111 1111 now", t + 0.1)])
    rig.advance(2.0)
    text = rig.sink.text_of(rig.sink.starts[0].token)
    # The whole number (its separating spaces included) is masked; timing and count are kept.
    assert text == "pay " + "•" * 19 + " now"
    assert "1" not in {e.char for e in rig.sink.keys} and "1" not in {e.key for e in rig.sink.keys}


def test_text_typed_into_a_password_titled_window_is_masked():
    rig = make_rig()
    t = rig.clock.now()
    login = WindowInfo(app="firefox", title="Sign in - Example", pid=1, wm_class="firefox", window_id=9)
    rig.feed([focus(login, t), *typed("alice pw123", t + 0.1)])
    rig.advance(2.0)
    assert set(rig.sink.text_of(rig.sink.starts[0].token)) <= {"•", " "}


def test_keystroke_modes_apply_per_application():
    rules = KeystrokeRules(KeystrokeMode.FULL, {"firefox": KeystrokeMode.COUNTS, "gedit": KeystrokeMode.MASKED})
    rig = make_rig(PipelineSettings(keystrokes=rules, screenshots=False))
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), *typed("ab c", t + 0.1), focus(BROWSER, t + 1), *typed("xy", t + 1.1)])
    rig.advance(2.0)
    editor, browser = rig.sink.starts
    assert (editor.keystroke_mode, browser.keystroke_mode) == (KeystrokeMode.MASKED, KeystrokeMode.COUNTS)
    assert rig.sink.text_of(editor.token) == "•• •"
    browser_keys = [r.event for r in rig.sink.of(EventRecord) if r.token == browser.token]
    # Counts mode keeps that a key went down (presses are rows; releases only time them).
    assert {e.key for e in browser_keys} == {"key"} and len(browser_keys) == 2
    assert len(rig.sink.releases) == 4 + 2  # every release reaches the writer, to time its press
    assert rig.sink.text_of(browser.token) == ""


def test_keystroke_mode_none_stores_no_key_at_all():
    rig = make_rig(PipelineSettings(keystrokes=KeystrokeRules(KeystrokeMode.NONE), screenshots=False))
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), *typed("abc", t + 0.1), *click(t + 1)])
    rig.advance(2.0)
    assert rig.sink.keys == [] and len([e for e in rig.sink.events if isinstance(e, ClickEvent)]) == 2


def test_moves_are_coalesced_to_30_hz_and_the_last_position_survives_a_click():
    rig = make_rig()
    t = rig.clock.now()
    burst = moves(t + 0.1, 1000, hz=1000.0)  # a 1000 Hz mouse for one second
    rig.feed([focus(EDITOR, t), *burst, *click(t + 1.2, x=999, y=999)])
    stored = [e for e in rig.sink.events if isinstance(e, MoveEvent)]
    assert 25 <= len(stored) <= 31
    times = [m.t for m in stored]
    assert all(b - a >= 1 / 30 - 1e-9 for a, b in zip(times, times[1:-1], strict=False))
    assert stored[-1] == burst[-1]  # flushed before the click
    assert isinstance(rig.sink.events[-1], ClickEvent)


def test_clicks_and_scrolls_are_always_stored():
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), *click(t + 0.1), ScrollEvent(t + 0.3, 5, 5, 0, -1)])
    kinds = [type(e) for e in rig.sink.events]
    assert kinds == [ClickEvent, ClickEvent, ScrollEvent]


def test_segments_split_on_focus_change_idle_gap_and_maximum_length():
    settings = PipelineSettings(idle_gap_s=60.0, max_segment_s=300.0, screenshots=False)
    rig = make_rig(settings)
    t = rig.clock.now()
    items = [focus(EDITOR, t), *click(t + 1), focus(BROWSER, t + 2), *click(t + 3)]
    items += click(t + 100)  # idle gap > 60 s
    items += [e for k in range(1, 7) for e in click(t + 100 + k * 55)]  # 330 s of activity: one cut
    rig.clock.set(t + 500)
    rig.feed(items)
    starts = rig.sink.starts
    assert [s.window for s in starts] == [EDITOR, BROWSER, BROWSER, BROWSER]
    assert [s.start for s in starts] == [t + 1, t + 3, t + 100, t + 100 + 6 * 55]


def test_unknown_focus_stores_no_keys_and_says_why():
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([*typed("early", t), focus(UNKNOWN_WINDOW, t + 1), *typed("lost", t + 1.1)])
    rig.advance(2.0)
    assert rig.sink.keys == [] and rig.sink.starts == []
    assert [g.reason for g in rig.sink.gaps] == [GapReason.FOCUS_UNKNOWN]
    snapshot = rig.health.snapshot()
    assert snapshot.status is CaptureStatus.NOT_CAPTURING and "unknown" in snapshot.detail
    assert snapshot.events_dropped == 2 * len("early") + 2 * len("lost")


def test_a_dead_source_is_reported_never_recording():
    source = ScriptedSource([], name="input")
    rig = make_rig(sources=[source])
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t)])
    rig.advance(1.5)
    assert rig.health.snapshot().status is CaptureStatus.RECORDING
    source.fail("keyboard listener stopped")
    rig.advance(1.5)
    snapshot = rig.health.snapshot()
    assert snapshot.status is CaptureStatus.NOT_CAPTURING
    assert snapshot.detail == "input: keyboard listener stopped"
    [gap] = [g for g in rig.sink.gaps if g.reason is GapReason.SOURCE_FAILED]
    assert gap.detail == "input: keyboard listener stopped" and gap.end is None


def test_a_full_queue_drops_counts_and_records_a_gap():
    rig = make_rig(capacity=10)
    t = rig.clock.now()
    offered = [rig.events.offer(e) for e in typed("abcdefghij", t)]  # 20 events into 10 places
    assert offered.count(False) == 10 and rig.events.dropped == 10
    rig.advance(1.5)
    assert any(g.reason is GapReason.SOURCE_FAILED and g.detail.startswith("10 events dropped") for g in rig.sink.gaps)
    assert rig.health.snapshot().events_dropped >= 10


def test_finish_releases_held_keys_and_closes_the_segment_and_gaps():
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), *typed("last", t + 0.1)])
    assert reconstruct(rig.sink.keys) == ""  # still held by the masker (a word in progress)
    rig.pipeline.finish(t + 0.5)
    assert reconstruct(rig.sink.keys) == "last"
    assert rig.sink.text_of(rig.sink.starts[0].token) == "last"
    assert rig.health.snapshot().status is CaptureStatus.NOT_CAPTURING


def test_segment_start_precedes_its_events_and_tokens_increase():
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), *click(t + 0.1), focus(BROWSER, t + 1), *click(t + 1.1)])
    seen: set[int] = set()
    for record in rig.sink.records:
        if isinstance(record, SegmentStart):
            assert not seen or record.token > max(seen)
            seen.add(record.token)
        elif isinstance(record, EventRecord):
            assert record.token in seen


def test_the_thread_processes_queued_events_and_stops_cleanly():
    from app.core.clock import SystemClock

    rig = make_rig()
    rig.pipeline.clock = SystemClock()
    now = SystemClock().now()
    rig.pipeline.start()
    for item in [focus(EDITOR, now), KeyEvent(now, "enter", True), KeyEvent(now, "enter", False)]:
        rig.events.offer(item)
    rig.pipeline.stop(timeout=5)
    assert not rig.pipeline._thread.is_alive()
    assert reconstruct(rig.sink.keys) == "\n"


def test_a_key_queued_before_the_focus_change_that_preceded_it_goes_to_the_new_window():
    # The probe's thread queued the switch a moment after the hook's thread queued the key.
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), KeyEvent(t + 1.01, "x", True, "x"), KeyEvent(t + 1.05, "x", False, "x"),
              focus(BROWSER, t + 1.0)])
    rig.advance(2.0)
    assert [s.window for s in rig.sink.starts] == [BROWSER]
    assert reconstruct(rig.sink.keys) == "x"


def test_input_stamped_near_an_excluded_window_focus_is_never_stored():
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([
        focus(EDITOR, t),
        KeyEvent(t + 0.95, "a", True, "a"),  # 50 ms before the switch: may have gone to KeePassXC
        focus(KEEPASS, t + 1.0),
        focus(EDITOR, t + 2.0),
        KeyEvent(t + 2.05, "b", True, "b"),  # 50 ms after leaving it: may still have gone there
        KeyEvent(t + 2.5, "c", True, "c"),  # clearly in the editor
    ])
    rig.advance(2.0)
    assert [e.char for e in rig.sink.keys] == ["c"]


def test_events_wait_for_the_reorder_hold_before_they_are_judged():
    rig = make_rig()
    t = rig.clock.now()
    for item in [focus(EDITOR, t), *click(t + 0.01)]:
        rig.events.offer(item)
    rig.pipeline.drain(settle=False)
    assert rig.sink.events == []
    rig.advance(0.2)
    assert rig.sink.events == []  # the press was stamped at t+0.01: held until t+0.26
    rig.advance(0.2)
    assert len(rig.sink.events) == 2


def test_no_screenshot_while_a_focus_change_is_still_held():
    from app.capture.frame_change import FrameTiming

    rig = make_rig(screenshots=True, timing=FrameTiming(settle_s=0.0))
    t = rig.clock.now()
    rig.events.offer(focus(EDITOR, t))
    rig.clock.set(t + 0.3)
    rig.pipeline.drain(settle=False)
    rig.events.offer(focus(KEEPASS, t + 0.3))  # the screen now shows KeePassXC
    rig.pipeline.drain(settle=False)
    grabs = rig.screen.grabs
    rig.pipeline.tick(t + 0.31)
    assert rig.screen.grabs == grabs  # the editor frame is not taken while the switch is pending
    rig.advance(5.0)
    assert rig.screen.grabs == grabs


# -- a segment's end is a recorded fact, and a pause is an exact boundary ----------------------------


def _ends(rig) -> list[tuple[int, SegmentEndReason]]:
    return [(e.token, e.reason) for e in rig.sink.ends]


def test_keys_typed_just_before_a_pause_stay_in_their_segment_which_ends_there():
    """`before pause walnut` typed, pause clicked at once (the last keys still held for reordering):
    the word is whole in one segment, which ends at the pause; the first key after resume opens a
    new segment; no segment spans any part of the pause."""
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), *typed("before pause walnut", t + 0.1, step=0.02)])
    last_key = t + 0.1 + 18 * 0.02
    rig.pause.pause(at=last_key + 0.01)  # clicked while "lnut" still waits in the reorder hold
    rig.advance(1.0)
    rig.pause.resume(at=rig.clock.now())
    resumed = rig.clock.now()
    rig.feed(typed("after", resumed + 0.1))
    rig.advance(1.0)
    first, second = rig.sink.starts
    assert rig.sink.text_of(first.token) == "before pause walnut"
    assert rig.sink.text_of(second.token) == "after"
    assert _ends(rig) == [(first.token, SegmentEndReason.PAUSED)]
    (end,) = rig.sink.ends
    assert end.end <= last_key + 0.01 < resumed < second.start  # neither segment reaches into the pause
    gap = next(g for g in rig.sink.gaps if g.reason is GapReason.PAUSED and g.end is not None)
    assert (gap.start, gap.end) == (last_key + 0.01, resumed)


def test_releases_time_their_presses_and_never_open_a_segment():
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), *typed("a", t + 0.1)])
    rig.pause.pause(at=t + 0.105)  # between the press and its release
    rig.advance(1.0)
    rig.pause.resume(at=rig.clock.now())
    now = rig.clock.now()
    rig.feed([KeyEvent(now + 0.1, "shift", False)])  # a lone release after the resume
    rig.advance(1.0)
    assert len(rig.sink.starts) == 1  # no segment for a release
    assert [r.key for r in rig.sink.releases] == ["shift"]  # the one inside the pause was dropped


def test_a_segment_ends_when_focus_goes_to_no_window_and_stays_away():
    rig = make_rig()
    t = rig.clock.now()
    nowhere = WindowInfo(app="", title="")
    rig.feed([focus(EDITOR, t), *typed("one", t + 0.1), focus(nowhere, t + 1.0), focus(EDITOR, t + 1.2),
              *typed("two", t + 1.3)])
    rig.advance(0.5)
    assert rig.sink.ends == [] and len(rig.sink.starts) == 1  # a window switch passes through nowhere
    rig.feed([focus(nowhere, rig.clock.now())])
    rig.advance(2.0)
    assert _ends(rig) == [(1, SegmentEndReason.FOCUS_UNKNOWN)]


def test_a_segment_ends_when_idle_and_when_capture_stops():
    rig = make_rig(PipelineSettings(screenshots=False, idle_gap_s=5.0))
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), *typed("one", t + 0.1)])
    rig.advance(6.0)
    assert _ends(rig) == [(1, SegmentEndReason.IDLE)]
    assert rig.sink.ends[0].end == pytest.approx(t + 0.1 + 2 * 0.05)
    rig.feed(typed("two", rig.clock.now()))
    rig.pipeline.finish(rig.clock.now())
    assert _ends(rig) == [(1, SegmentEndReason.IDLE), (2, SegmentEndReason.STOPPED)]


def test_a_locked_screen_stores_nothing_and_ends_the_segment_where_the_lock_began():
    """A locker takes the keyboard without taking the focus: the password typed into it is never
    stored under the window that had focus."""
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), *typed("before", t + 0.1), ScreenLockEvent(t + 1.0, True),
              *typed("password", t + 1.5), ScreenLockEvent(t + 3.0, False), *typed("after", t + 3.5)])
    rig.advance(1.0)
    first, second = rig.sink.starts
    assert (rig.sink.text_of(first.token), rig.sink.text_of(second.token)) == ("before", "after")
    assert _ends(rig) == [(first.token, SegmentEndReason.SCREEN_LOCKED)]
    assert "password" not in "".join(k.char or "" for k in rig.sink.keys)
    gap = next(g for g in rig.sink.gaps if g.reason is GapReason.SCREEN_LOCKED and g.end is not None)
    assert (gap.start, gap.end) == (t + 1.0, t + 3.0)


def test_the_status_says_locked_while_locked_whichever_window_takes_the_focus():
    """A focus change under the lock (a window closed, another one opened) stores nothing, so the
    status must not say "recording" until the lock ends; then what is typed is stored."""
    rig = make_rig()
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), ScreenLockEvent(t + 1.0, True), focus(BROWSER, t + 1.5), *typed("password", t + 2.0)])
    rig.advance(1.0)
    snapshot = rig.health.snapshot()
    assert (snapshot.status, snapshot.detail) == (CaptureStatus.EXCLUDED, "screen locked")
    assert rig.sink.keys == []
    rig.feed([ScreenLockEvent(rig.clock.now(), False), *typed("after", rig.clock.now() + 0.1)])
    rig.advance(2.0)
    assert rig.health.snapshot().status is CaptureStatus.RECORDING
    assert [(s.window, rig.sink.text_of(s.token)) for s in rig.sink.starts] == [(BROWSER, "after")]


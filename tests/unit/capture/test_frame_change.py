"""Screenshot decisions: when grabs are due, which grabs are kept, and the pipeline's use of them."""

from __future__ import annotations

from app.capture.frame_change import FrameScheduler, FrameTiming, GrabReason, changed_fraction, thumbnail
from app.capture.frame_encoder import EncoderSettings, FrameEncoder, ImageFormat
from app.capture.screen_source import Monitor, RawShot
from app.core.model import ScrollEvent
from tests.unit.capture.capture_fakes import BROWSER, EDITOR, KEEPASS, click, focus, make_rig, typed

MONITOR = Monitor(0, 0, 320, 180)
TIMING = FrameTiming(forced_interval_s=30.0, change_threshold=0.02, check_interval_s=5.0, active_window_s=10.0,
                     settle_s=0.3, typing_pause_s=1.0, min_store_interval_s=2.0)


def shot(colour=(255, 255, 255), box=None, t=0.0) -> RawShot:
    """A 320x180 shot of one colour, with an optional black rectangle (x, y, w, h)."""
    pixels = bytearray(bytes((colour[2], colour[1], colour[0], 255)) * (320 * 180))
    if box:
        x0, y0, w, h = box
        for y in range(y0, y0 + h):
            start = (y * 320 + x0) * 4
            pixels[start:start + w * 4] = bytes((0, 0, 0, 255)) * w
    return RawShot(t, MONITOR, 320, 180, pixels)


def test_change_fraction_counts_changed_thumbnail_pixels():
    white = thumbnail(shot())
    assert changed_fraction(white, thumbnail(shot())) == 0.0
    assert changed_fraction(None, white) is None
    assert changed_fraction(white, thumbnail(shot((0, 0, 0)))) == 1.0
    quarter = changed_fraction(white, thumbnail(shot(box=(0, 0, 160, 90))))
    assert 0.24 <= quarter <= 0.26
    small = changed_fraction(white, thumbnail(shot(box=(10, 10, 8, 4))))
    assert 0 < small < TIMING.change_threshold


def test_nothing_is_due_before_any_input_or_while_idle():
    scheduler = FrameScheduler(TIMING)
    assert scheduler.due(100.0) is None and scheduler.next_deadline(100.0) is None
    scheduler.note_input(100.0)
    scheduler.grabbed(GrabReason.FORCED, 100.0, stored=True)
    assert scheduler.due(100.0 + TIMING.active_window_s + 30) is None  # idle: no forced frame


def test_focus_click_and_typing_grabs_wait_for_the_screen_to_settle():
    scheduler = FrameScheduler(TIMING)
    scheduler.note_focus(10.0)
    assert scheduler.due(10.1) is None and scheduler.next_deadline(10.1) == 10.3
    assert scheduler.due(10.3) is GrabReason.FOCUS
    scheduler.grabbed(GrabReason.FOCUS, 10.3, stored=True)
    scheduler.note_click(11.0)
    assert scheduler.due(11.5) is None  # min store interval after the focus frame (until 12.3)
    assert scheduler.due(12.3) is GrabReason.CLICK
    scheduler.grabbed(GrabReason.CLICK, 12.3, stored=True)
    scheduler.note_key(13.0)
    scheduler.note_key(13.5)
    assert scheduler.due(14.4) is None
    assert scheduler.due(14.5) is GrabReason.TYPING


def test_which_grabs_are_kept():
    scheduler = FrameScheduler(TIMING)
    assert scheduler.should_store(GrabReason.CHANGE_CHECK, None)  # nothing to compare with
    assert scheduler.should_store(GrabReason.FOCUS, 0.0) and scheduler.should_store(GrabReason.FORCED, 0.0)
    assert scheduler.should_store(GrabReason.TYPING, 0.001) and not scheduler.should_store(GrabReason.TYPING, 0.0)
    assert not scheduler.should_store(GrabReason.CLICK, 0.0)
    assert not scheduler.should_store(GrabReason.CHANGE_CHECK, 0.019)
    assert scheduler.should_store(GrabReason.CHANGE_CHECK, 0.02)


def test_forced_frames_come_every_interval_while_active_only():
    scheduler = FrameScheduler(TIMING)
    scheduler.note_input(0.0)
    scheduler.grabbed(GrabReason.FOCUS, 0.0, stored=True)
    for t in (5.0, 10.0):  # change checks while active, screen unchanged
        scheduler.note_input(t)
        assert scheduler.due(t) is GrabReason.CHANGE_CHECK
        scheduler.grabbed(GrabReason.CHANGE_CHECK, t, stored=False)
    scheduler.note_input(29.0)
    assert scheduler.due(30.0) is GrabReason.FORCED


def test_pipeline_grabs_a_frame_per_focused_window_and_nothing_while_static_and_idle():
    rig = make_rig(screenshots=True, timing=TIMING)
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t)])
    rig.advance(1.0)
    assert len(rig.sink.frames) == 1 and rig.sink.starts[0].window == EDITOR
    rig.feed([focus(BROWSER, t + 3)])
    rig.advance(1.0)
    assert [s.window for s in rig.sink.starts] == [EDITOR, BROWSER]
    assert [f.token for f in rig.sink.frames] == [s.token for s in rig.sink.starts]
    rig.advance(TIMING.active_window_s)  # a focus change counts as activity: one change check
    grabs = rig.screen.grabs
    rig.advance(120.0)  # no input, static screen: no grab at all
    assert rig.screen.grabs == grabs and len(rig.sink.frames) == 2


def test_pipeline_keeps_a_changed_screen_and_skips_an_unchanged_one():
    rig = make_rig(screenshots=True, timing=TIMING)
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t)])
    rig.advance(3.0)
    rig.feed(click(rig.clock.now()))  # same screen: the click grab is not kept
    rig.advance(3.0)
    assert len(rig.sink.frames) == 1 and rig.screen.grabs == 2
    rig.colour[0] = (0, 0, 0)
    rig.feed(typed("ok", rig.clock.now()))
    rig.advance(3.0)
    assert len(rig.sink.frames) == 2


def test_pipeline_forces_a_frame_every_interval_while_active():
    rig = make_rig(screenshots=True, timing=TIMING)
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t)])
    for second in range(1, 65):  # scroll once a second for 64 s; the screen never changes
        rig.feed([ScrollEvent(t + second, 1, 1, 0, -1)])
        rig.advance(1.0)
    assert len(rig.sink.frames) == 3  # the focus frame + forced at ~30 s and ~60 s


def test_no_frame_of_an_excluded_window():
    rig = make_rig(screenshots=True, timing=TIMING)
    t = rig.clock.now()
    rig.feed([focus(KEEPASS, t), *click(t + 1)])
    rig.advance(40.0)
    assert rig.screen.grabs == 0


def test_a_failing_grab_is_a_gap_not_a_crash_and_is_retried_later():
    from app.core.model import CaptureStatus, GapReason

    rig = make_rig(screenshots=True, timing=TIMING)
    rig.screen.fail_with = OSError("XGetImage failed")
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t)])
    rig.advance(1.0)
    assert rig.health.snapshot().status is CaptureStatus.NOT_CAPTURING
    assert any(g.reason is GapReason.SOURCE_FAILED and g.detail.startswith("screen") for g in rig.sink.gaps)
    rig.screen.fail_with = None
    for second in range(1, 40):
        rig.feed([ScrollEvent(t + second, 1, 1, 0, -1)])
        rig.advance(1.0)
    assert rig.health.snapshot().status is CaptureStatus.RECORDING
    assert rig.sink.frames


def test_encoder_scales_and_compresses_in_memory():
    raw = shot(box=(0, 0, 100, 100), t=5.0)
    frame = FrameEncoder(EncoderSettings(scale=0.5, jpeg_quality=60)).encode(raw)
    assert (frame.width, frame.height, frame.mime, frame.t, frame.scale) == (160, 90, "image/jpeg", 5.0, 0.5)
    assert frame.image[:3] == b"\xff\xd8\xff"
    png = FrameEncoder(EncoderSettings(scale=0.3, image_format=ImageFormat.PNG)).encode(raw)
    assert png.mime == "image/png" and png.image[:8] == b"\x89PNG\r\n\x1a\n" and png.width == 96


def test_a_grab_taken_just_before_an_excluded_window_focus_arrives_is_not_stored():
    from app.core.model import KeyEvent

    rig = make_rig(screenshots=True, timing=FrameTiming(settle_s=0.0, min_store_interval_s=0.0))
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), KeyEvent(t + 0.1, "a", True, "a")])
    rig.advance(3.0)
    stored = len(rig.sink.frames)
    assert stored == 1
    rig.colour[0] = (0, 0, 0)  # KeePassXC is on screen now; its focus event is still on its way
    rig.events.offer(click(rig.clock.now())[0])
    rig.pipeline.drain(settle=False)
    grabs = rig.screen.grabs
    while rig.screen.grabs == grabs:  # the click is judged after the reorder hold, then grabbed
        rig.advance(0.01, step=0.01)
    grabbed_at = rig.clock.now()
    rig.events.offer(focus(KEEPASS, grabbed_at - 0.02))  # the switch happened just before the grab
    rig.pipeline.drain(settle=False)
    rig.advance(1.0)
    assert len(rig.sink.frames) == stored  # the picture of KeePassXC never reaches the sink


def test_a_grab_is_stored_once_no_focus_change_claims_it():
    from app.core.model import KeyEvent

    rig = make_rig(screenshots=True, timing=FrameTiming(settle_s=0.0, min_store_interval_s=0.0))
    t = rig.clock.now()
    rig.feed([focus(EDITOR, t), KeyEvent(t + 0.1, "a", True, "a")])
    rig.advance(3.0)
    rig.colour[0] = (0, 0, 0)
    rig.events.offer(click(rig.clock.now())[0])
    rig.pipeline.drain(settle=False)
    rig.advance(1.0)
    assert len(rig.sink.frames) == 2 and rig.sink.frames[-1].token == rig.sink.starts[0].token

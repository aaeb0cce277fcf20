"""After a delete, the open segment's typed text is rebuilt from the keys that remain."""

from __future__ import annotations

from app.control.text_guard import DeletedTextGuard
from app.core.model import KeyEvent, KeystrokeMode, WindowInfo
from app.core.records import EventRecord, SegmentStart, SegmentUpdate

W = WindowInfo(app="editor", title="notes")


def typed(guard: DeletedTextGuard, token: int, t0: float, text: str) -> float:
    t = t0
    for ch in text:
        guard.pass_through(EventRecord(token, KeyEvent(t, ch, True, ch)))
        guard.pass_through(EventRecord(token, KeyEvent(t + 0.01, ch, False, ch)))
        t += 1
    return t


def test_untouched_updates_pass_unchanged():
    guard = DeletedTextGuard()
    guard.pass_through(SegmentStart(1, 0.0, W, KeystrokeMode.FULL))
    typed(guard, 1, 0.0, "hello")
    update = SegmentUpdate(1, 5.0, "hello")
    assert guard.pass_through(update) is update


def test_after_a_cut_the_text_holds_only_what_remains():
    guard = DeletedTextGuard()
    guard.pass_through(SegmentStart(1, 0.0, W, KeystrokeMode.FULL))
    typed(guard, 1, 0.0, "keep")  # t = 0..3
    typed(guard, 1, 10.0, "secret")  # t = 10..15
    guard.cut(9.5, 16.0)
    typed(guard, 1, 12.0, "x")  # late, stamped inside the cut: never counted
    typed(guard, 1, 20.0, "!")
    assert guard.pass_through(SegmentUpdate(1, 21.0, "keepsecretx!")).typed_text == "keep!"


def test_a_new_segment_starts_clean():
    guard = DeletedTextGuard()
    guard.pass_through(SegmentStart(1, 0.0, W, KeystrokeMode.FULL))
    typed(guard, 1, 0.0, "abc")
    guard.cut(0.0, 5.0)
    guard.pass_through(SegmentStart(2, 10.0, W, KeystrokeMode.FULL))
    typed(guard, 2, 10.0, "new")
    update = SegmentUpdate(2, 13.0, "new")
    assert guard.pass_through(update) is update


def test_an_update_ending_inside_a_deleted_span_is_not_written():
    guard = DeletedTextGuard()
    guard.pass_through(SegmentStart(1, 0.0, W, KeystrokeMode.FULL))
    typed(guard, 1, 0.0, "diary")
    guard.cut(0.0, 10.0)
    assert guard.pass_through(SegmentUpdate(1, 4.5, "diary")) is None  # closed later, nothing since

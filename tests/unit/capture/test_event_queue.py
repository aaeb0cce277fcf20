"""EventQueue: the hand-over between hook threads and the capture thread (order, bound, waiting)."""

from __future__ import annotations

import threading

from app.capture.event_queue import EventQueue, SourceRecovered


def _item(n: int) -> SourceRecovered:
    return SourceRecovered(float(n), "keyboard")


def test_items_leave_in_the_order_they_were_offered():
    events = EventQueue()
    for n in range(5):
        assert events.offer(_item(n))
    assert [events.take(0) for _ in range(5)] == [_item(n) for n in range(5)]
    assert events.take(0) is None and len(events) == 0


def test_a_full_queue_drops_and_counts_new_items_and_keeps_the_old_ones():
    events = EventQueue(capacity=3)
    offered = [events.offer(_item(n)) for n in range(5)]
    assert offered == [True, True, True, False, False] and events.dropped == 2 and len(events) == 3
    assert [events.take(0) for _ in range(3)] == [_item(0), _item(1), _item(2)]
    assert events.offer(_item(9)) and events.take(0) == _item(9)  # room again once taken


def test_take_returns_none_when_nothing_comes_within_the_timeout():
    assert EventQueue().take(0.01) is None


def test_a_waiting_take_receives_an_item_offered_from_another_thread():
    events = EventQueue()
    waiting, got = threading.Event(), []

    def consumer() -> None:
        waiting.set()
        got.append(events.take(None))  # blocks until the producer offers

    thread = threading.Thread(target=consumer)
    thread.start()
    waiting.wait(10)
    events.offer(_item(7))
    thread.join(10)
    assert got == [_item(7)]

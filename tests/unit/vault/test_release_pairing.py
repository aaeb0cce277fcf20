"""Key releases pair with their presses first in, first out per key name; presses whose release never
comes are bounded in time and in number, so the writer's memory does not grow over a day."""

from __future__ import annotations

from app.core.model import KeyEvent, KeystrokeMode, WindowInfo
from app.core.records import EventRecord, KeyRelease, SegmentStart
from app.vault import event_store
from app.vault.in_flight import InFlightGuard
from app.vault.writer import VaultWriter

EDITOR = WindowInfo(app="gedit", title="notes.txt", pid=42, wm_class="gedit")


def test_releases_pair_first_in_first_out_even_when_every_key_has_the_same_name():
    pairing = event_store.ReleasePairing()
    pairing.pressed("key", 1.0, "a")  # a "counts" window: every key is "key"; typists overlap keys
    pairing.pressed("key", 1.1, "b")
    assert pairing.released("key", 1.15) == ("a", 150)
    assert pairing.released("key", 1.2) == ("b", 100)
    assert pairing.released("key", 1.3) is None and len(pairing) == 0


def test_presses_never_released_are_forgotten_by_age_and_by_number():
    pairing = event_store.ReleasePairing(max_hold_s=600.0, max_waiting=64)
    for n in range(1000):  # an auto-repeating key: presses, no release
        pairing.pressed("backspace", 10.0 + n * 0.04, n)
    assert len(pairing) == 64
    assert pairing.released("backspace", 60.0) == (936, round((60.0 - (10.0 + 936 * 0.04)) * 1000))
    for n in range(20_000):  # a day of presses whose releases were lost (one every 2 s, many key names)
        pairing.pressed(f"k{n % 50}", 100.0 + 2 * n, n)
        pairing.forget_before(100.0 + 2 * n)
    assert len(pairing) <= 600 / 2 + 1


def test_the_writer_keeps_a_bounded_number_of_unreleased_presses(vault_handle, vault_conn):
    writer = VaultWriter(vault_handle, InFlightGuard())
    writer.start()
    try:
        writer.submit(SegmentStart(1, 100.0, EDITOR, KeystrokeMode.COUNTS))
        for n in range(2000):  # 2000 presses in 200 s, releases lost
            writer.submit(EventRecord(1, KeyEvent(100.0 + n * 0.1, "key", True)))
        writer.flush()
        assert len(writer._pairing) <= 64
        writer.submit(KeyRelease(300.0, "key"))  # the newest presses still pair
        writer.flush()
    finally:
        writer.stop()
    held = vault_conn.execute("SELECT count(*) FROM events WHERE held IS NOT NULL").fetchone()[0]
    assert held == 1

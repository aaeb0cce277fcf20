"""The global pause shortcut grabs the chord on a real X server and reports each press."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pytest

from app.capture.hotkey import ShortcutTaken
from app.capture.x11.hotkey import X11HotkeyListener
from tests.e2e.harness.desktop import Desktop
from tests.e2e.harness.waiting import wait_until

pytestmark = pytest.mark.e2e


@dataclass(frozen=True)
class Chord:
    modifiers: frozenset
    key: str

    def __str__(self) -> str:
        return "+".join([*sorted(self.modifiers), self.key])


def test_ctrl_alt_p_is_grabbed_reported_and_kept_from_the_focused_window(tmp_path):
    with Desktop(tmp_path) as desk:
        window = desk.open_window("Hotkey target")
        desk.focus(window)
        presses = []
        pressed = threading.Event()
        listener = X11HotkeyListener({"DISPLAY": desk.display})
        listener.start(Chord(frozenset({"ctrl", "alt"}), "p"), lambda: (presses.append(1), pressed.set()))
        try:
            desk.key("ctrl+alt+p")
            assert pressed.wait(10)
            desk.key("ctrl+alt+p")
            wait_until(lambda: len(presses) == 2, timeout=10, message="the second press")
            # a second grab of the same chord is refused with a message, not a crash
            other = X11HotkeyListener({"DISPLAY": desk.display})
            with pytest.raises(ShortcutTaken):
                other.start(Chord(frozenset({"ctrl", "alt"}), "p"), lambda: None)
        finally:
            listener.stop()
        # released: another listener can take it now
        again = X11HotkeyListener({"DISPLAY": desk.display})
        again.start(Chord(frozenset({"ctrl", "alt"}), "p"), lambda: None)
        again.stop()

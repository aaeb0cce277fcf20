"""A stand-in screen locker for e2e tests: a fullscreen override-redirect window that grabs the
keyboard (as i3lock, xsecurelock or a password prompt do) until its stdin closes.

    python tests/e2e/harness/locker.py    (prints "locked" once the grab is held)
"""

from __future__ import annotations

import sys

from Xlib import X, display


def main() -> int:
    screen_display = display.Display()
    screen = screen_display.screen()
    window = screen.root.create_window(0, 0, screen.width_in_pixels, screen.height_in_pixels, 0, screen.root_depth,
                                       X.InputOutput, X.CopyFromParent, override_redirect=True,
                                       background_pixel=screen.black_pixel, event_mask=X.KeyPressMask)
    window.map()
    screen_display.sync()
    status = window.grab_keyboard(True, X.GrabModeAsync, X.GrabModeAsync, X.CurrentTime)
    if status != X.GrabSuccess:
        print(f"grab failed: {status}", flush=True)
        return 1
    screen_display.sync()
    print("locked", flush=True)
    sys.stdin.read()  # until the test lets go
    screen_display.ungrab_keyboard(X.CurrentTime)
    window.destroy()
    screen_display.sync()
    return 0


if __name__ == "__main__":
    sys.exit(main())

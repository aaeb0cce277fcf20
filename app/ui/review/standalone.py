"""`airlock review` without the tray: the review window alone, in its own event loop."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer

from app.ui.application import SignalWakeup, create_application
from app.ui.review.window import ReviewServices, ReviewWindow

# Without the desktop app's status there is no word of a segment ending or a screenshot being read:
# what the gate waits for is read again this often instead (a few ms for the rows loaded).
REFRESH_WAITING_MS = 10_000


def keep_badges_current(window: ReviewWindow, interval_ms: int = REFRESH_WAITING_MS) -> QTimer:
    """Read the badges of segments that may still leave again every `interval_ms` while shown."""
    timer = QTimer(window, interval=interval_ms)
    timer.timeout.connect(window.refresh_waiting)
    timer.start()
    return timer


def run_review_app(services: ReviewServices, argv: Sequence[str] | None = None) -> int:
    """Show the review window until it is closed (or SIGINT/SIGTERM arrives); returns the exit code."""
    app = create_application(argv)
    app.setQuitOnLastWindowClosed(True)  # no tray here: closing the window ends the command
    wakeup = SignalWakeup()
    window = ReviewWindow(services)
    keep_badges_current(window)
    wakeup.received.connect(lambda _signum: window.close())
    window.show()
    try:
        return app.exec()
    finally:
        wakeup.close()
        window.runner.close()

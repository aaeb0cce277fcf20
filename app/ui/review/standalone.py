"""`airlock review` without the tray: the review window alone, in its own event loop."""

from __future__ import annotations

from collections.abc import Sequence

from app.ui.application import SignalWakeup, create_application
from app.ui.review.window import ReviewServices, ReviewWindow


def run_review_app(services: ReviewServices, argv: Sequence[str] | None = None) -> int:
    """Show the review window until it is closed (or SIGINT/SIGTERM arrives); returns the exit code."""
    app = create_application(argv)
    app.setQuitOnLastWindowClosed(True)  # no tray here: closing the window ends the command
    wakeup = SignalWakeup()
    window = ReviewWindow(services)
    wakeup.received.connect(lambda _signum: window.close())
    window.show()
    try:
        return app.exec()
    finally:
        wakeup.close()
        window.runner.close()

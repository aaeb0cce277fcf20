"""Grabbing, comparing and encoding screenshots for the pipeline (on the capture thread)."""

from __future__ import annotations

from collections.abc import Callable

from app.capture.frame_change import FrameScheduler, GrabReason, Thumbnail, changed_fraction, thumbnail
from app.capture.frame_encoder import FrameEncoder, to_image
from app.capture.screen_source import Monitor, ScreenSource, monitor_for
from app.core.model import Frame, WindowInfo

BoundsOf = Callable[[int | None], "tuple[int, int, int, int] | None"]


class FrameTaker:
    """Grabs the monitor of the active window, keeps a grab only if the scheduler says so."""

    def __init__(self, screen: ScreenSource, encoder: FrameEncoder, scheduler: FrameScheduler,
                 bounds_of: BoundsOf = lambda window_id: None, all_monitors: bool = False) -> None:
        self.screen = screen
        self.encoder = encoder
        self.scheduler = scheduler
        self._bounds_of = bounds_of
        self._all_monitors = all_monitors
        self._last_stored: Thumbnail | None = None

    def _monitor(self, window: WindowInfo) -> Monitor:
        monitors = self.screen.monitors()
        if self._all_monitors and len(monitors) > 1:
            left = min(m.left for m in monitors)
            top = min(m.top for m in monitors)
            right = max(m.left + m.width for m in monitors)
            bottom = max(m.top + m.height for m in monitors)
            return Monitor(left, top, right - left, bottom - top)
        return monitor_for(monitors, self._bounds_of(window.window_id))

    def take(self, reason: GrabReason, now: float, window: WindowInfo) -> Frame | None:
        """Grab now; the encoded frame if it is to be stored, else None. Raises ScreenUnavailable."""
        try:
            shot = self.screen.grab(self._monitor(window), now)
        except Exception:
            self.scheduler.grabbed(reason, now, False)  # no retry storm: the next reason comes later
            raise
        image = to_image(shot)  # once, for the comparison and the encoding
        small = thumbnail(shot, image)
        keep = self.scheduler.should_store(reason, changed_fraction(self._last_stored, small))
        self.scheduler.grabbed(reason, now, keep)
        if not keep:
            return None
        self._last_stored = small
        return self.encoder.encode(shot, image)

    def close(self) -> None:
        self.screen.close()

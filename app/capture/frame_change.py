"""When to grab a screenshot, and whether the screen changed enough to keep it.

Two parts: `Thumbnail`/`changed_fraction` compare a small grayscale copy of a grab with the last
stored one; `FrameScheduler` (pure, clock-driven) says when a grab is due and whether a grab is
kept. Grabs happen only while the user is active (input in the last `active_window_s`):
- on a focus change (always kept: the first picture of a segment),
- shortly after a click, and after a typing burst ends (kept if anything changed),
- every `check_interval_s` (kept if more than `change_threshold` of the pixels changed),
- every `forced_interval_s` (always kept).
Nothing is grabbed while idle, paused or excluded (the pipeline does not ask then).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.capture.frame_encoder import to_image
from app.capture.screen_source import Monitor, RawShot

THUMB_SIZE = (160, 90)
PIXEL_DELTA = 10  # grey levels: smaller differences are noise (JPEG, subpixel antialiasing)


class GrabReason(str, enum.Enum):
    FOCUS = "focus"
    CLICK = "click"
    TYPING = "typing"
    FORCED = "forced"
    CHANGE_CHECK = "change-check"


@dataclass(frozen=True, slots=True)
class Thumbnail:
    monitor: Monitor
    pixels: bytes  # THUMB_SIZE grayscale


def thumbnail(shot: RawShot, image=None) -> Thumbnail:
    """A 160x90 grayscale copy (box-filtered) of a grab: cheap to compare, never stored.
    `image`: the shot already converted by `to_image` (a conversion costs ~5 ms at 1080p)."""
    from PIL import Image

    image = to_image(shot) if image is None else image
    factor = max(1, min(shot.width // THUMB_SIZE[0], shot.height // THUMB_SIZE[1]))
    if factor > 1:
        image = image.reduce(factor)  # fast integer box filter first
    small = image.convert("L").resize(THUMB_SIZE, Image.Resampling.BOX)
    return Thumbnail(shot.monitor, small.tobytes())


def changed_fraction(before: Thumbnail | None, after: Thumbnail, delta: int = PIXEL_DELTA) -> float | None:
    """Fraction (0..1) of thumbnail pixels that changed by more than `delta`; None if not comparable."""
    if before is None or before.monitor != after.monitor or len(before.pixels) != len(after.pixels):
        return None
    from PIL import Image, ImageChops

    a = Image.frombytes("L", THUMB_SIZE, before.pixels)
    b = Image.frombytes("L", THUMB_SIZE, after.pixels)
    histogram = ImageChops.difference(a, b).histogram()
    return sum(histogram[delta + 1:]) / (THUMB_SIZE[0] * THUMB_SIZE[1])


@dataclass(frozen=True, slots=True)
class FrameTiming:
    forced_interval_s: float = 30.0
    change_threshold: float = 0.02
    check_interval_s: float = 5.0
    active_window_s: float = 10.0
    settle_s: float = 0.3  # let the screen repaint after a click or focus change
    typing_pause_s: float = 1.0  # a burst ends after this long without keys
    min_store_interval_s: float = 4.0  # except focus changes (disk budget: ≤ 15 frames/min)


class FrameScheduler:
    """Decides when grabs are due. Not thread-safe: the capture thread owns it."""

    def __init__(self, timing: FrameTiming = FrameTiming()) -> None:
        self.timing = timing
        self._last_input: float | None = None
        self._focus_at: float | None = None
        self._click_at: float | None = None
        self._last_key: float | None = None
        self._typing = False
        self._last_stored: float | None = None
        self._last_check: float | None = None

    # -- what happened ---------------------------------------------------------------------------

    def note_focus(self, t: float) -> None:
        self._focus_at = t + self.timing.settle_s
        self._last_input = t if self._last_input is None else max(self._last_input, t)

    def note_input(self, t: float) -> None:
        self._last_input = t if self._last_input is None else max(self._last_input, t)

    def note_click(self, t: float) -> None:
        self.note_input(t)
        self._click_at = t + self.timing.settle_s

    def note_key(self, t: float) -> None:
        self.note_input(t)
        self._last_key = t
        self._typing = True

    def reset(self) -> None:
        """Forget pending grabs (paused, excluded): nothing from before may be grabbed after."""
        self._focus_at = self._click_at = None
        self._typing = False

    # -- decisions -------------------------------------------------------------------------------

    def active(self, now: float) -> bool:
        return self._last_input is not None and now - self._last_input <= self.timing.active_window_s

    def _store_allowed_at(self) -> float:
        return -1.0 if self._last_stored is None else self._last_stored + self.timing.min_store_interval_s

    def _candidates(self) -> list[tuple[float, GrabReason]]:
        timing = self.timing
        allowed = self._store_allowed_at()
        found: list[tuple[float, GrabReason]] = []
        if self._focus_at is not None:
            found.append((self._focus_at, GrabReason.FOCUS))
        if self._click_at is not None:
            found.append((max(self._click_at, allowed), GrabReason.CLICK))
        if self._typing and self._last_key is not None:
            found.append((max(self._last_key + timing.typing_pause_s, allowed), GrabReason.TYPING))
        if self._last_input is not None:
            since = self._last_stored if self._last_stored is not None else self._last_input
            found.append((since + timing.forced_interval_s, GrabReason.FORCED))
            check_from = self._last_check if self._last_check is not None else self._last_input
            found.append((max(check_from + timing.check_interval_s, allowed), GrabReason.CHANGE_CHECK))
        return found

    def due(self, now: float) -> GrabReason | None:
        """The reason to grab now, or None. Focus first, then click, typing, forced, change check."""
        order = list(GrabReason)
        ready = [(order.index(reason), reason) for at, reason in self._candidates() if at <= now]
        if not ready:
            return None
        reason = min(ready)[1]
        if reason in (GrabReason.FORCED, GrabReason.CHANGE_CHECK) and not self.active(now):
            return None
        return reason

    def next_deadline(self, now: float) -> float | None:
        """When `due` may next say yes (None: not until new input)."""
        times = [at for at, reason in self._candidates()
                 if reason not in (GrabReason.FORCED, GrabReason.CHANGE_CHECK) or self.active(at)]
        return min(times) if times else None

    def should_store(self, reason: GrabReason, fraction: float | None) -> bool:
        """Keep a grab? `fraction` is the change against the last stored frame (None: no comparison)."""
        if fraction is None or reason in (GrabReason.FOCUS, GrabReason.FORCED):
            return True
        if reason in (GrabReason.CLICK, GrabReason.TYPING):
            return fraction > 0.0
        return fraction >= self.timing.change_threshold

    def grabbed(self, reason: GrabReason, now: float, stored: bool) -> None:
        """Record a grab's outcome (every grab is also a change check)."""
        if reason is GrabReason.FOCUS:
            self._focus_at = None
        elif reason is GrabReason.CLICK:
            self._click_at = None
        elif reason is GrabReason.TYPING:
            self._typing = False
        self._last_check = now
        if stored:
            self._last_stored = now
            # A stored frame taken after a click settled or a burst ended shows their effect too.
            if self._click_at is not None and self._click_at <= now:
                self._click_at = None
            if self._last_key is not None and self._last_key + self.timing.typing_pause_s <= now:
                self._typing = False

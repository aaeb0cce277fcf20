"""Captured events, windows, frames, gaps and states: frozen values passed between the parts."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class SegmentState(str, enum.Enum):
    """Review state of a segment. DELETED is terminal (the row is gone; kept for ledger wording)."""

    HELD = "held"
    FLAGGED = "flagged"
    APPROVED = "approved"
    RELEASED = "released"
    DELETED = "deleted"


class FlagCategory(str, enum.Enum):
    HEALTH = "health"
    FINANCE = "finance"
    PERSONAL_COMMUNICATION = "personal-communication"
    HR_PERFORMANCE = "hr-performance"
    CREDENTIALS = "credentials"
    OTHER_PEOPLE = "other-peoples-data"
    OTHER = "other"


MAX_FLAG_NOTE_CHARS = 1000  # a flag's note is the employee's own words: bounded everywhere it is entered


class KeystrokeMode(str, enum.Enum):
    """How much of the keystroke stream is stored, strictest last."""

    FULL = "full"
    MASKED = "masked"
    COUNTS = "counts"
    NONE = "none"

    @property
    def strictness(self) -> int:
        return list(KeystrokeMode).index(self)

    def stricter_of(self, other: KeystrokeMode) -> KeystrokeMode:
        return self if self.strictness >= other.strictness else other


class CaptureStatus(str, enum.Enum):
    RECORDING = "recording"
    PAUSED = "paused"
    EXCLUDED = "excluded"  # recording, but the focused window is excluded: nothing stored
    NOT_CAPTURING = "not-capturing"


class SegmentEndReason(str, enum.Enum):
    """Why a segment ended: its end is a recorded fact, never guessed from the clock."""

    WINDOW_CHANGED = "window-changed"
    IDLE = "idle"
    MAX_LENGTH = "max-length"
    PAUSED = "paused"
    EXCLUDED = "excluded"  # an excluded window took focus
    FOCUS_UNKNOWN = "focus-unknown"
    SCREEN_LOCKED = "screen-locked"
    SOURCE_FAILED = "source-failed"
    STOPPED = "stopped"  # the recorder stopped (duration over, Ctrl-C, quit, settings changed)
    RECOVERED = "recovered"  # left open by a crash; closed at its last event when the vault was next opened


class GapReason(str, enum.Enum):
    PAUSED = "paused"
    EXCLUDED = "excluded"
    SOURCE_FAILED = "source-failed"
    SCREEN_LOCKED = "screen-locked"
    DISPLAY_UNSUPPORTED = "display-unsupported"
    FOCUS_UNKNOWN = "focus-unknown"
    OUTSIDE_HOURS = "outside-working-hours"
    NO_CONSENT = "no-consent"
    DISK_FULL = "disk-full"


@dataclass(frozen=True, slots=True)
class WindowInfo:
    """What had focus. `app` is the process or class name; unknown values are "" (never guessed)."""

    app: str
    title: str
    pid: int | None = None
    wm_class: str = ""
    window_id: int | None = None

    @property
    def key(self) -> tuple[str, str]:
        """Identity for segmenting: a new segment starts when this changes."""
        return (self.app, self.title)


UNKNOWN_WINDOW = WindowInfo(app="", title="")


@dataclass(frozen=True, slots=True)
class KeyEvent:
    """One key going down or up. `key` is a name ("a", "space", "shift", "backspace").

    The vault stores presses only, each with `held`: how long the key stayed down (seconds; None
    while unknown: released during a pause, or not yet). Sources report releases as separate
    events (`pressed=False`) and the vault writer pairs them with their press.
    """

    t: float
    key: str
    pressed: bool
    char: str | None = None  # the character produced, if any (with shift applied)
    modifiers: frozenset[str] = field(default_factory=frozenset)
    held: float | None = None


@dataclass(frozen=True, slots=True)
class ClickEvent:
    t: float
    x: int
    y: int
    button: str
    pressed: bool


@dataclass(frozen=True, slots=True)
class ScrollEvent:
    t: float
    x: int
    y: int
    dx: int
    dy: int


@dataclass(frozen=True, slots=True)
class MoveEvent:
    t: float
    x: int
    y: int


@dataclass(frozen=True, slots=True)
class FocusEvent:
    """Focus moved to `window` at `t`."""

    t: float
    window: WindowInfo


InputEvent = KeyEvent | ClickEvent | ScrollEvent | MoveEvent


@dataclass(frozen=True, slots=True)
class ScreenLockEvent:
    """The screen was locked (or its saver came on) at `t`, or unlocked. Nothing typed while it is
    locked is stored: a locker takes the keyboard without taking the focus, and what is typed into
    it is the employee's password."""

    t: float
    locked: bool


@dataclass(frozen=True, slots=True)
class Frame:
    """An encoded screenshot (JPEG or PNG bytes) of one monitor region."""

    t: float
    width: int
    height: int
    image: bytes
    mime: str = "image/jpeg"
    left: int = 0  # monitor origin, so clicks can be drawn in frame coordinates
    top: int = 0
    scale: float = 1.0  # frame pixels per screen pixel


@dataclass(frozen=True, slots=True)
class Gap:
    """A span where nothing (or not everything) was captured, and why. Never holds content."""

    start: float
    end: float | None
    reason: GapReason
    detail: str = ""  # e.g. the exclusion rule's name; never a window title or typed text

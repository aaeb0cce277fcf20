"""The controller interface the control server dispatches to, and the values it answers with.

Three things implement `Controller`: the desktop app's AppController (app/ui/controller.py), the
headless recorder's HeadlessController (headless.py), both over `CaptureControls` (controls.py).
`VaultActions` is what a controller needs from the vault — ordered with the capture stream when an
instance runs — and `HotkeyListener` is how a platform module reports the global pause shortcut.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.control.protocol import Command, Request

# The chord value moved to the core (the policy names it too); re-exported for existing importers.
from app.core.hotkey import DEFAULT_PAUSE_HOTKEY as DEFAULT_PAUSE_HOTKEY
from app.core.hotkey import MODIFIER_NAMES as MODIFIER_NAMES
from app.core.hotkey import Hotkey as Hotkey
from app.core.hotkey import HotkeyListener as HotkeyListener
from app.core.hotkey import parse_hotkey as parse_hotkey
from app.core.model import CaptureStatus, FlagCategory
from app.policy.rules.pause import PauseSnapshot


@dataclass(frozen=True)
class CaptureCondition:
    """What capture is doing apart from pauses: recording, excluded window in focus, or not
    capturing — with the reason in words ("keyring locked") when it is not."""

    status: CaptureStatus
    reason: str = ""


@dataclass(frozen=True)
class RangeCounts:
    """What a span holds (before a delete) or held (after it). No content besides app names."""

    start: float
    end: float
    segments: int = 0
    events: int = 0
    keys: int = 0
    clicks: int = 0
    frames: int = 0
    apps: tuple[str, ...] = ()

    def describe(self) -> str:
        """"3 segments, 120 keystrokes, 14 clicks, 6 screenshots" (or "nothing")."""
        if not (self.segments or self.events or self.frames):
            return "nothing"
        def plural(count: int, word: str) -> str:
            return f"{count} {word}{'' if count == 1 else 's'}"
        return ", ".join((plural(self.segments, "segment"), plural(self.keys, "keystroke"),
                          plural(self.clicks, "click"), plural(self.frames, "screenshot")))

    def to_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "apps": list(self.apps)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RangeCounts:
        return cls(float(data["start"]), float(data["end"]), int(data["segments"]), int(data["events"]),
                   int(data["keys"]), int(data["clicks"]), int(data["frames"]),
                   tuple(str(a) for a in data.get("apps", ())))


@dataclass(frozen=True)
class StatusReport:
    """The state of capture as the employee should see it, in values and in words."""

    state: CaptureStatus
    reason: str = ""  # why not capturing ("keyring locked"), or the exclusion in force
    paused_at: float | None = None
    paused_until: float | None = None  # None while paused: until the employee resumes
    waiting_for_review: int = 0  # segments held for review
    segments: dict[str, int] = field(default_factory=dict)  # by state
    running: bool = True
    mode: str = "desktop"  # desktop | headless | not-running
    pid: int | None = None
    describe: str = ""  # "Paused until 14:30", "Not capturing: keyring locked"

    @property
    def paused(self) -> bool:
        return self.state is CaptureStatus.PAUSED

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["state"] = self.state.value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StatusReport:
        return cls(
            state=CaptureStatus(data["state"]), reason=str(data.get("reason", "")),
            paused_at=data.get("paused_at"), paused_until=data.get("paused_until"),
            waiting_for_review=int(data.get("waiting_for_review", 0)),
            segments={str(k): int(v) for k, v in dict(data.get("segments", {})).items()},
            running=bool(data.get("running", True)), mode=str(data.get("mode", "desktop")),
            pid=data.get("pid"), describe=str(data.get("describe", "")),
        )


class Controller(Protocol):
    """What the control channel, the tray and the status window can ask of a running Airlock.

    Methods may be called from any thread. Known refusals raise KnownError (message + hint).
    """

    def status(self) -> StatusReport: ...

    def pause(self, *, until: float | None = None, seconds: float | None = None) -> StatusReport:
        """Pause now, until `until`, for `seconds`, or (neither) until resumed."""

    def resume(self) -> StatusReport: ...

    def preview_last(self, seconds: float) -> RangeCounts:
        """What deleting the last `seconds` would remove."""

    def delete_last(self, seconds: float) -> RangeCounts:
        """Delete everything captured in the last `seconds`; returns what was removed."""

    def flag_last(self, seconds: float, category: FlagCategory, note: str = "") -> int:
        """Flag the segments of the last `seconds` as sensitive; returns how many."""

    def show(self) -> bool:
        """Bring the instance's window forward; False if it has none (headless)."""


class VaultActions(Protocol):
    """The vault operations a controller uses. Each returns a Future: an instance runs them on
    the writer thread, after everything captured so far is committed (app/commands/control_wiring.py)."""

    def load_pause(self) -> Future: ...  # -> PauseSnapshot | None

    def save_pause(self, snapshot: PauseSnapshot | None, now: float) -> Future: ...  # -> None

    def summarize(self, start: float, end: float) -> Future: ...  # -> RangeCounts

    def delete_range(self, start: float, end: float, now: float,
                     before: Callable[[], None] | None = None) -> Future:
        """-> RangeCounts. `before` runs first, in the same ordered slot (the writer thread)."""

    def flag_range(self, start: float, end: float, category: FlagCategory, note: str,
                   now: float) -> Future: ...  # -> int

    def state_counts(self) -> Future: ...  # -> dict[str, int]


def dispatch(controller: Controller, request: Request) -> dict[str, Any]:
    """Run a validated request on `controller`; the reply's result object."""
    args = request.args
    command = request.command
    if command is Command.STATUS:
        return controller.status().to_dict()
    if command is Command.PAUSE:
        return controller.pause(**args).to_dict()
    if command is Command.RESUME:
        return controller.resume().to_dict()
    if command is Command.PREVIEW_LAST:
        return controller.preview_last(args["seconds"]).to_dict()
    if command is Command.DELETE_LAST:
        return controller.delete_last(args["seconds"]).to_dict()
    if command is Command.FLAG_LAST:
        return {"flagged": controller.flag_last(args["seconds"], args["category"], args["note"])}
    if command is Command.SHOW:
        return {"shown": bool(controller.show())}
    raise AssertionError(f"no handler for {command}")  # parse_request admits only known commands

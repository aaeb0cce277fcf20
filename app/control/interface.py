"""The values the controls answer with, what they need from the vault, and the hotkey contract.

`Operations` (operations.py) is the one route for every change; `VaultStore` is what it needs from
the vault (implemented by app/vault/operations/store.py, wired by the composition root);
`HotkeyListener` is how a platform module reports the global pause shortcut.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.core.changes import Span

# The chord value and the listener contract live in the core (the policy names the chord too);
# re-exported for existing importers.
from app.core.hotkey import DEFAULT_PAUSE_HOTKEY as DEFAULT_PAUSE_HOTKEY
from app.core.hotkey import MODIFIER_NAMES as MODIFIER_NAMES
from app.core.hotkey import Hotkey as Hotkey
from app.core.hotkey import HotkeyListener as HotkeyListener
from app.core.hotkey import parse_hotkey as parse_hotkey
from app.core.model import CaptureStatus, FlagCategory
from app.policy.model import Policy
from app.policy.personal import PersonalSettings
from app.policy.rules.pause import PauseSnapshot


@dataclass(frozen=True)
class CaptureCondition:
    """What capture is doing apart from pauses: recording, excluded window in focus, or not
    capturing — with the reason in words ("keyring locked") when it is not."""

    status: CaptureStatus
    reason: str = ""
    # The reason again in the language set now, for a condition that lasts across a change of
    # language ("waiting for your consent"); None: `reason` as it was given.
    words: Callable[[], str] | None = field(default=None, compare=False, repr=False)

    def reason_now(self) -> str:
        return self.words() if self.words is not None else self.reason


@dataclass(frozen=True)
class StatusReport:
    """The state of capture as the employee should see it, in values and in words."""

    state: CaptureStatus
    reason: str = ""  # why not capturing ("keyring locked"), or the exclusion in force
    paused_at: float | None = None
    paused_until: float | None = None  # None while paused: until the employee resumes
    waiting_for_review: int = 0  # segments held for review
    needs_a_look: int = 0  # moments Airlock found that look sensitive, not yet answered
    segments: dict[str, int] = field(default_factory=dict)  # by state
    running: bool = True
    mode: str = "desktop"  # desktop | headless | not-running
    pid: int | None = None
    describe: str = ""  # "Paused until 14:30", "Not capturing: keyring locked"
    scan_progress: str = ""  # "Reading screenshots: 420 of 1,310" while the background worker runs
    scan_restarts: int = 0  # times the scan child died and was started again since capture started
    not_yet_read: int = 0  # screenshots not yet read, holding their segments at the release gate (0: not read here)
    # The segment being recorded now (its end is not recorded yet); None when none is, and whenever
    # nothing runs. The same fact the release gate and the review window read.
    recording_segment: int | None = None

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
            needs_a_look=int(data.get("needs_a_look", 0)),
            segments={str(k): int(v) for k, v in dict(data.get("segments", {})).items()},
            running=bool(data.get("running", True)), mode=str(data.get("mode", "desktop")),
            pid=data.get("pid"), describe=str(data.get("describe", "")),
            scan_progress=str(data.get("scan_progress", "")), scan_restarts=int(data.get("scan_restarts", 0)),
            not_yet_read=int(data.get("not_yet_read", 0)),
            recording_segment=None if data.get("recording_segment") is None else int(data["recording_segment"]),
        )


class VaultStore(Protocol):
    """How Operations reach the vault (app/vault/operations/store.py: VaultOperations). Each
    returns a Future; a running instance runs them on its writer thread, ordered with capture."""

    def state_counts(self) -> Future: ...  # -> dict[str, int]

    def open_suggestion_count(self) -> Future: ...  # -> int: moments that need a look

    def unread_frame_count(self) -> Future: ...  # -> int: screenshots that could leave, not yet read

    def recording_segment(self) -> Future: ...  # -> int | None: the segment whose end is not recorded yet

    def load_pause(self) -> Future: ...  # -> PauseSnapshot | None

    def load_personal(self) -> Future: ...  # -> PersonalSettings

    def summarize(self, spans: list[Span], segment_ids: list[int] = ()) -> Future: ...  # -> RangeCounts

    def delete(self, segment_ids: list[int], spans: list[Span], now: float) -> Future: ...  # -> Change

    def flag(self, segment_ids: list[int], spans: list[Span], category: FlagCategory, note: str,
             now: float) -> Future: ...

    def unflag(self, segment_ids: list[int], spans: list[Span], now: float) -> Future: ...

    def approve(self, segment_ids: list[int], spans: list[Span], now: float) -> Future: ...

    def redact_frame(self, frame_id: int, rects: list[tuple[int, int, int, int]], now: float) -> Future: ...

    def mask_text(self, segment_id: int, start: int, end: int, now: float) -> Future: ...

    def accept_suggested_redaction(self, suggestion_id: int, now: float,
                                   rects: list[tuple[int, int, int, int]] | None = None) -> Future: ...  # -> Change

    def flag_from_suggestion(self, suggestion_id: int, now: float) -> Future: ...

    def dismiss_suggestion(self, suggestion_id: int, now: float) -> Future: ...

    def record_consent(self, policy: Policy, accepted: bool, now: float, language: str = "") -> Future: ...

    def save_personal(self, personal: PersonalSettings, now: float) -> Future: ...

    def save_pause(self, snapshot: PauseSnapshot | None, now: float) -> Future: ...


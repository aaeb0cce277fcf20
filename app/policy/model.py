"""The policy: what IT decides, as frozen values (parsed by app/policy/file/parser.py).

The file format is TOML (see docs/policy-reference.md, generated from `SCHEMA`). Unknown keys are
errors, because a typo must never silently loosen a rule.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from types import MappingProxyType

from app.core.model import KeystrokeMode, WindowInfo
from app.policy.file.canonical import policy_hash
from app.policy.rules.exclusions import ExclusionRule
from app.policy.rules.keystrokes import KeystrokeRules

BUILT_IN_SOURCE = "built-in default"
DEFAULT_HOLD_HOURS = 72.0


class ReleaseMode(str, enum.Enum):
    """How held segments become releasable."""

    EXPLICIT = "explicit"  # the employee approves each segment
    AFTER_HOLD = "after-hold"  # released after the hold unless deleted or flagged


class MonitorChoice(str, enum.Enum):
    ACTIVE = "active"
    ALL = "all"


@dataclass(frozen=True)
class CapturePolicy:
    """Screenshot and segmenting settings."""

    screenshot_interval_s: float = 30.0  # a forced frame every N s while the user is active
    change_threshold: float = 0.02  # fraction of pixels that must change for an extra frame
    jpeg_quality: int = 70
    scale: float = 0.5
    monitors: str = MonitorChoice.ACTIVE.value  # "active" | "all"
    idle_gap_s: float = 60.0  # no input for this long ends a segment
    max_segment_s: float = 300.0  # a segment is cut after this long
    screenshots: bool = True  # False: no screenshots at all


@dataclass(frozen=True)
class ScanPolicy:
    """Reading kept screenshots on the device to suggest sensitive moments (app/scan)."""

    enabled: bool = True  # read screenshots, typed text and titles for sensitive moments
    hold_suggestions: bool = True  # a segment with an open suggestion does not leave (the employee may only tighten)
    hold_unread: bool = True  # a segment not yet read does not leave, while screenshots are read here (only tightens)
    words: tuple[str, ...] = ()  # "category: word" / "category: re:<regex>" the detectors also look for

    def word_additions(self) -> dict[str, list[str]]:
        """The additions by category, as the detectors' `load_rules(extra=…)` takes them."""
        found: dict[str, list[str]] = {}
        for item in self.words:
            category, _, entry = item.partition(":")
            found.setdefault(category.strip(), []).append(entry.strip())
        return found


@dataclass(frozen=True)
class ReleasePolicy:
    """Where and when reviewed data leaves the machine."""

    mode: ReleaseMode = ReleaseMode.EXPLICIT
    hold_hours: float = DEFAULT_HOLD_HOURS
    destination: str = ""  # "file:///abs/path" or "s3://bucket/prefix"
    s3_endpoint: str | None = None
    s3_region: str = "us-east-1"
    recipients: tuple[str, ...] = ()  # age X25519 recipients ("age1...")
    schedule_minutes: int = 60
    bandwidth_kbps: int | None = None
    ac_power_only: bool = False

    @property
    def can_seal(self) -> bool:
        """Without recipients nothing can be sealed, so nothing may be sent."""
        return bool(self.recipients)


@dataclass(frozen=True)
class WorkingHours:
    """Capture happens only on these ISO weekdays (1 = Monday) between start and end (local time)."""

    days: tuple[int, ...]
    start: time
    end: time

    def contains(self, weekday: int, at: time) -> bool:
        """True if local time `at` on ISO `weekday` is inside the hours (end exclusive).

        An end earlier than the start spans midnight (a night shift belongs to its start day).
        """
        if self.start <= self.end:
            return weekday in self.days and self.start <= at < self.end
        if at >= self.start:
            return weekday in self.days
        previous_day = 7 if weekday == 1 else weekday - 1
        return previous_day in self.days and at < self.end


@dataclass(frozen=True)
class ConsentText:
    """The organisation's own words for the consent screen, in one language."""

    purpose: str  # why it records (the purpose statement the works council approved)
    text: str = ""  # anything else it must tell the employee


@dataclass(frozen=True)
class Policy:
    """The rules in force. `source` is a file path or "built-in default"; `managed` means signed by IT."""

    organisation: str
    capture: CapturePolicy
    keystroke_default: KeystrokeMode
    keystroke_per_app: Mapping[str, KeystrokeMode]
    exclusions: tuple[ExclusionRule, ...]
    retention_days: int
    release: ReleasePolicy
    working_hours: WorkingHours | None = None
    allow_quit: bool = True
    pause_shortcut: str | None = None  # None: the built-in Ctrl+Alt+P
    valid_until: date | None = None  # the last day it applies (None: no end)
    source: str = BUILT_IN_SOURCE
    managed: bool = False
    warnings: tuple[str, ...] = field(default=(), compare=False)  # valid but noteworthy, in words
    signer_key_id: str = field(default="", compare=False)  # who signed it, when verified
    scan: ScanPolicy = ScanPolicy()
    consent_texts: Mapping[str, ConsentText] = field(default_factory=dict)  # language ("de", "fr_CA") -> its words

    def __post_init__(self) -> None:
        # Freeze the mappings so a Policy stays a value (hashable content, no aliasing surprises).
        frozen = MappingProxyType(dict(sorted(self.keystroke_per_app.items())))
        object.__setattr__(self, "keystroke_per_app", frozen)
        object.__setattr__(self, "consent_texts", MappingProxyType(dict(sorted(self.consent_texts.items()))))

    @property
    def keystroke_rules(self) -> KeystrokeRules:
        """The keystroke modes as the capture pipeline applies them."""
        return KeystrokeRules(self.keystroke_default, self.keystroke_per_app)

    def keystroke_mode_for(self, app: str) -> KeystrokeMode:
        """The mode for an application name, matched as the capture pipeline matches it."""
        return self.keystroke_rules.mode_for(WindowInfo(app=app, title=""))

    @property
    def content_hash(self) -> str:
        """sha256 (hex) of the canonical form: the "policy hash" in the ledger and in bundles."""
        return policy_hash(self)


def normalised_app(name: str) -> str:
    """An application name as keystroke rules compare it (case-insensitive, ".exe" dropped)."""
    return next(iter(KeystrokeRules(per_app={name: KeystrokeMode.FULL}).per_app))

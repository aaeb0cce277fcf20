"""The one table of managed settings: every key an OS's managed store may set, and how it is stored.

Three things read it, so they cannot drift apart:
- the Windows reader (registry.py) decodes `HKLM\\Software\\Policies\\Airlock[\\<section>]` values by it;
- the macOS reader (preferences.py) accepts exactly its keys in the managed-preferences plist;
- packaging/windows/gen_admx.py writes the Group Policy template (ADMX/ADML) from it.

Every key of the policy file (app/policy/file/schema.py) appears here once, except `schema_version`
(the stores have one layout) and `managed` (a managed store is managed by definition); a test
checks that. Two settings exist only in managed stores: where the signed policy file is, and
where its trusted keys are.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.policy.file import schema

REGISTRY_ROOT = "Software\\Policies\\Airlock"
# The consent texts are long prose in several languages, approved with the signed file: they come
# from the signed file only, never from a registry value or a preference.
NOT_IN_STORES = frozenset({("", "schema_version"), ("", "managed"),
                           ("consent.<language>", "purpose"), ("consent.<language>", "text")})


class Kind(enum.Enum):
    """How one setting is held in a store (the ADMX element that writes it)."""

    FLAG = "boolean"  # REG_DWORD 1/0; a plist <true/>/<false/>
    WHOLE = "decimal"  # REG_DWORD within [low, high]; a plist <integer>
    TEXT = "text"  # REG_SZ, read as the schema's kind (number, string, time, list of weekdays)
    CHOICE = "enum"  # REG_SZ, one of `choices`
    LIST = "list"  # a subkey of values named 1, 2, 3...; a plist <array>
    PAIRS = "pairs"  # a subkey of name = data values; a plist <dict>


class Purpose(enum.Enum):
    """What a setting does: a key of the policy itself, or where the signed policy file is."""

    RULE = "rule"
    LOCATE = "locate"


@dataclass(frozen=True)
class ManagedSetting:
    """One value a managed store may hold.

    `section` and `key` are the policy file's ("" is the top level). For `PAIRS` the key names the
    subkey: ("keystrokes", "per_app") holds application = mode, ("exclusions", "app_pattern") and
    ("exclusions", "title_pattern") hold rule name = pattern. `group` joins settings shown as one
    Group Policy setting (working hours: days, start and end together).
    """

    section: str
    key: str
    kind: Kind
    title: str
    category: str
    low: int = 0
    high: int = 0
    choices: tuple[str, ...] = ()
    group: str = ""
    purpose: Purpose = Purpose.RULE

    @property
    def registry_key(self) -> str:
        """The key the value (or, for LIST and PAIRS, the subkey) sits under, below HKLM."""
        parts = [REGISTRY_ROOT, *(part for part in self.section.split(".") if part)]
        if self.kind in (Kind.LIST, Kind.PAIRS):
            parts.append(self.key)
        return "\\".join(parts)

    @property
    def dotted(self) -> str:
        """As written in policy.toml and shown by doctor ("capture.jpeg_quality")."""
        return f"{self.section}.{self.key}" if self.section else self.key


def _setting(category: str, section: str, key: str, kind: Kind, title: str, *, low: int = 0, high: int = 0,
             choices: tuple[str, ...] = (), group: str = "", purpose: Purpose = Purpose.RULE) -> ManagedSetting:
    return ManagedSetting(section, key, kind, title, category, low, high, choices, group, purpose)


SETTINGS: tuple[ManagedSetting, ...] = (
    _setting("Airlock", "", "policy_file", Kind.TEXT, "Signed policy file location", purpose=Purpose.LOCATE),
    _setting("Airlock", "", "trusted_keys_dir", Kind.TEXT, "Trusted policy keys folder", purpose=Purpose.LOCATE),
    _setting("Airlock", "", "organisation", Kind.TEXT, "Organisation shown to the employee"),
    _setting("Airlock", "", "retention_days", Kind.WHOLE, "Retention (days)", low=1, high=3650),
    _setting("Airlock", "", "allow_quit", Kind.FLAG, "Allow Quit in the tray menu"),
    _setting("Airlock", "", "pause_shortcut", Kind.TEXT, "Pause shortcut"),
    _setting("Airlock", "", "valid_until", Kind.TEXT, "Last day the policy applies (YYYY-MM-DD)"),
    _setting("Capture", "capture", "screenshots", Kind.FLAG, "Take screenshots"),
    _setting("Capture", "capture", "screenshot_interval_s", Kind.TEXT, "Screenshot interval (seconds)"),
    _setting("Capture", "capture", "change_threshold", Kind.TEXT, "Screen change threshold (fraction)"),
    _setting("Capture", "capture", "jpeg_quality", Kind.WHOLE, "JPEG quality", low=10, high=95),
    _setting("Capture", "capture", "scale", Kind.TEXT, "Screenshot scale (0.1 to 1)"),
    _setting("Capture", "capture", "monitors", Kind.CHOICE, "Monitors captured", choices=("active", "all")),
    _setting("Capture", "capture", "idle_gap_s", Kind.TEXT, "Idle gap ending a segment (seconds)"),
    _setting("Capture", "capture", "max_segment_s", Kind.TEXT, "Longest segment (seconds)"),
    _setting("Keystrokes", "keystrokes", "default", Kind.CHOICE, "Default keystroke mode",
             choices=schema.KEYSTROKE_MODES),
    _setting("Keystrokes", "keystrokes", "per_app", Kind.PAIRS, "Keystroke mode per application"),
    _setting("Exclusions", "exclusions", "app_pattern", Kind.PAIRS, "Excluded applications (rule name = app pattern)"),
    _setting("Exclusions", "exclusions", "title_pattern", Kind.PAIRS,
             "Excluded window titles (rule name = title pattern)"),
    _setting("Release", "release", "destination", Kind.TEXT, "Release destination"),
    _setting("Release", "release", "mode", Kind.CHOICE, "Release mode", choices=("explicit", "after-hold")),
    _setting("Release", "release", "hold_hours", Kind.TEXT, "Hold period (hours)"),
    _setting("Release", "release", "recipients", Kind.LIST, "age recipients (sealing keys)"),
    _setting("Release", "release", "s3_endpoint", Kind.TEXT, "S3-compatible endpoint URL"),
    _setting("Release", "release", "s3_region", Kind.TEXT, "S3 region"),
    _setting("Release", "release", "schedule_minutes", Kind.WHOLE, "Minutes between release runs", low=1, high=10080),
    _setting("Release", "release", "bandwidth_kbps", Kind.WHOLE, "Upload cap (KB/s)", low=1, high=10_000_000),
    _setting("Release", "release", "ac_power_only", Kind.FLAG, "Upload only on mains power"),
    _setting("Scan", "scan", "enabled", Kind.FLAG, "Read screenshots on the device to suggest sensitive moments"),
    _setting("Scan", "scan", "hold_suggestions", Kind.FLAG, "Hold segments with an unanswered suggestion"),
    _setting("Scan", "scan", "hold_unread", Kind.FLAG, "Hold segments until their screenshots were read"),
    _setting("Scan", "scan", "words", Kind.LIST, 'Sensitive words ("category: word" or "category: re:<regex>")'),
    _setting("WorkingHours", "working_hours", "days", Kind.TEXT, "Weekdays, 1 = Monday (e.g. 1,2,3,4,5)",
             group="working_hours"),
    _setting("WorkingHours", "working_hours", "start", Kind.TEXT, "Start (HH:MM)", group="working_hours"),
    _setting("WorkingHours", "working_hours", "end", Kind.TEXT, "End (HH:MM, exclusive)", group="working_hours"),
)

LOCATING = {setting.key: setting for setting in SETTINGS if setting.purpose is Purpose.LOCATE}
RULES = tuple(setting for setting in SETTINGS if setting.purpose is Purpose.RULE)


def find(section: str, key: str) -> ManagedSetting | None:
    """The setting for a (section, key) of the policy file, if managed stores may set it."""
    return next((s for s in SETTINGS if (s.section, s.key) == (section, key)), None)


def schema_keys() -> set[tuple[str, str]]:
    """Every (section, key) of the policy file that the stores must be able to set."""
    from app.policy.file.exclusion_entries import EXCLUSIONS

    keys = {(section.name, spec.key) for section in schema.SECTIONS for spec in section.fields}
    keys = {("keystrokes", "per_app") if section == "keystrokes.per_app" else (section, key)
            for section, key in keys}
    keys |= {("exclusions", spec.key) for spec in EXCLUSIONS.fields}
    return keys - NOT_IN_STORES


def covered_keys() -> set[tuple[str, str]]:
    """The schema keys the table stands for (the exclusion pattern lists stand for whole rules)."""
    covered = set()
    for setting in RULES:
        covered.add((setting.section, setting.key))
        if setting.section == "exclusions":
            covered.add(("exclusions", "name"))
    return covered

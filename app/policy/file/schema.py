"""The policy file's schema, declared once: the parser validates with it, the reference docs are
generated from it (tools/gen_policy_reference.py), so the two cannot drift apart.

Each field has a converter that turns a TOML value into the Python value or raises `Problem`
with a short phrase ("must be a whole number from 1 to 3650, got 0").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, Generic, TypeVar
from urllib.parse import SplitResult, unquote, urlsplit

from app.core.hotkey import parse_hotkey
from app.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from app.core.model import KeystrokeMode

SCHEMA_VERSION = 1


class Problem(ValueError):
    """A value is unacceptable; the message is a phrase completing "<field>: …"."""


REQUIRED = object()  # sentinel default: the key must be present
T = TypeVar("T")


class Converter(Generic[T]):
    """A converter that also says in words what it accepts (shown in the policy reference)."""

    def __init__(self, convert: Callable[[Any], T], allowed: str) -> None:
        self._convert = convert
        self.allowed = allowed

    def __call__(self, value: Any) -> T:
        return self._convert(value)


@dataclass(frozen=True)
class FieldSpec:
    """One key: its TOML type in words, default, meaning and converter."""

    key: str
    kind: str
    default: Any
    doc: str
    convert: Callable[[Any], Any]
    example: str = ""


@dataclass(frozen=True)
class SectionSpec:
    """A group of keys. `name` "" is the top level; `array` means [[name]] (a list of tables)."""

    name: str
    doc: str
    fields: tuple[FieldSpec, ...]
    array: bool = False

    def field(self, key: str) -> FieldSpec | None:
        return next((spec for spec in self.fields if spec.key == key), None)


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, bool) else str(value).lower()
    return text if len(text) <= 40 else text[:37] + "..."


def string(value: Any) -> str:
    if not isinstance(value, str):
        raise Problem(fill(translate("Errors", "must be a string, got %1"), _show(value)))
    return value


def boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Problem(fill(translate("Errors", "must be true or false, got %1"), _show(value)))
    return value


def whole(low: int, high: int) -> Converter[int]:
    def convert(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise Problem(fill(translate("Errors", "must be a whole number from %1 to %2, got %3"),
                               low, high, _show(value)))
        return value

    return Converter(convert, f"{low} to {high}")


def number(low: float, high: float, low_open: bool = False) -> Converter[float]:
    bracket = "above" if low_open else "from"

    def convert(value: Any) -> float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        if ok and (value > low if low_open else value >= low) and value <= high:
            return float(value)
        template = (translate("Errors", "must be a number above %1 to %2, got %3") if low_open else
                    translate("Errors", "must be a number from %1 to %2, got %3"))
        raise Problem(fill(template, f"{low:g}", f"{high:g}", _show(value)))

    return Converter(convert, f"{bracket} {low:g} to {high:g}")


def choice(*options: str) -> Converter[str]:
    def convert(value: Any) -> str:
        if value not in options or not isinstance(value, str):
            listed = ", ".join(f'"{option}"' for option in options)
            raise Problem(fill(translate("Errors", "must be one of %1, got %2"), listed, _show(value)))
        return value

    return Converter(convert, ", ".join(f'`"{option}"`' for option in options))


KEYSTROKE_MODES = tuple(mode.value for mode in KeystrokeMode)


_KEYSTROKE_CHOICE = choice(*KEYSTROKE_MODES)
keystroke_mode = Converter(lambda value: KeystrokeMode(_KEYSTROKE_CHOICE(value)), _KEYSTROKE_CHOICE.allowed)


def _calendar_date(value: Any) -> date:
    """A TOML local date (2027-06-30) or the same as a string."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise Problem(fill(translate("Errors", "must be a date like 2027-06-30, got %1"), _show(value)))


calendar_date = Converter(_calendar_date, "a date, YYYY-MM-DD")


def clock_time(value: Any) -> time:
    """A TOML local time (09:00:00) or a string "HH:MM"."""
    if isinstance(value, time):
        if value.tzinfo is not None or value.second or value.microsecond:
            raise Problem(fill(translate("Errors", 'must be a time in whole minutes like "09:00", got %1'),
                               _show(value)))
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{2}:\d{2}", value):
        hours, minutes = int(value[:2]), int(value[3:])
        if hours < 24 and minutes < 60:
            return time(hours, minutes)
    raise Problem(fill(translate("Errors", 'must be a time like "09:00", got %1'), _show(value)))


def weekdays(value: Any) -> tuple[int, ...]:
    if not isinstance(value, list) or not value:
        raise Problem(fill(translate("Errors", "must be a non-empty list of weekdays 1 (Monday) to 7 (Sunday), got "
                                               "%1"), _show(value)))
    for day in value:
        if isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= 7:
            raise Problem(fill(translate("Errors", "must list weekdays 1 (Monday) to 7 (Sunday), got %1"), _show(day)))
    return tuple(sorted(set(value)))


_AGE_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")


def recipients(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise Problem(fill(translate("Errors", 'must be a list of age recipients ("age1..."), got %1'), _show(value)))
    for item in value:
        if not isinstance(item, str) or not _AGE_RECIPIENT.fullmatch(item):
            raise Problem(fill(translate("Errors", 'must hold age X25519 recipients ("age1" and 58 more characters), '
                                                   'got %1'), _show(item)))
    return tuple(dict.fromkeys(value))


MAX_SCAN_WORDS = 2000


def scan_words(value: Any) -> tuple[str, ...]:
    """ "category: word or phrase" or "category: re:<regex>" entries (the detectors' additions)."""
    from app.policy.detectors import WordListError, additions

    if not isinstance(value, list) or len(value) > MAX_SCAN_WORDS:
        raise Problem(fill(translate("Errors", 'must be a list of at most %1 "category: word" entries, got %2'),
                           MAX_SCAN_WORDS, _show(value)))
    for item in value:
        category, colon, entry = item.partition(":") if isinstance(item, str) else ("", "", "")
        if not colon or not entry.strip():
            raise Problem(fill(translate("Errors", 'must hold "category: word" or "category: re:<regex>" entries, '
                                                   'got %1'), _show(item)))
        try:
            additions(category.strip(), [entry.strip()])
        except WordListError as error:
            raise Problem(str(error)) from None
    return tuple(dict.fromkeys(value))


def _split(text: str, expected: str) -> SplitResult:
    try:
        return urlsplit(text)
    except ValueError:  # e.g. an unbalanced "[" read as an IPv6 host
        raise Problem(fill(translate("Errors", "must be %1, got %2"), translate("Errors", expected), _show(text))) from None


def destination(value: Any) -> str:
    """ "file:///absolute/path" or "s3://bucket/prefix"."""
    text = string(value)
    parts = _split(text, QT_TRANSLATE_NOOP("Errors", '"file:///absolute/path" or "s3://bucket/prefix"'))
    if parts.scheme == "file":
        path = unquote(parts.path)
        absolute = PurePosixPath(path).is_absolute() or PureWindowsPath(path.lstrip("/")).is_absolute()
        if parts.netloc not in ("", "localhost") or not absolute or parts.query or parts.fragment:
            raise Problem(fill(translate("Errors", 'must be "file:///absolute/path" or "s3://bucket/prefix", got '
                                                   '%1'), _show(value)))
        return text
    if parts.scheme == "s3":
        if not re.fullmatch(r"[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9]", parts.netloc) or parts.query or parts.fragment:
            raise Problem(fill(translate("Errors", "must name a valid S3 bucket (3-63 lowercase letters, digits, "
                                                   "dots, hyphens), got %1"), _show(value)))
        return text
    raise Problem(fill(translate("Errors", 'must be "file:///absolute/path" or "s3://bucket/prefix", got %1'),
                       _show(value)))


def http_url(value: Any) -> str:
    text = string(value)
    parts = _split(text, QT_TRANSLATE_NOOP("Errors", 'an http(s) URL like "https://s3.example.com"'))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise Problem(fill(translate("Errors", 'must be an http(s) URL like "https://s3.example.com", got %1'),
                           _show(value)))
    return text


def shortcut(value: Any) -> str:
    """A key chord like "Ctrl+Alt+P", normalised to how Airlock writes it."""
    text = string(value)
    try:
        return str(parse_hotkey(text))
    except ValueError as error:
        raise Problem(fill(translate("Errors", 'must be a shortcut like "Ctrl+Alt+P" (%1)'), error)) from None


def non_empty(value: Any) -> str:
    text = string(value).strip()
    if not text:
        raise Problem(translate("Errors", "must not be empty"))
    return text


def app_name(value: Any) -> str:
    text = string(value).strip()
    if not text:
        raise Problem(translate("Errors", "must not be empty"))
    return text


TOP = SectionSpec(
    "",
    "Top-level keys.",
    (
        FieldSpec("schema_version", "integer", SCHEMA_VERSION, "Format version of this file. Only 1 exists.", whole(1, 1)),
        FieldSpec("organisation", "string", "", "Who sets this policy; shown to the employee on the consent screen.",
                  string, '"Example Corp"'),
        FieldSpec("managed", "boolean", False,
                  "True for an organisation's policy: it must then be signed, wherever it is read from. "
                  "A policy at the managed location must be signed either way.", boolean, "true"),
        FieldSpec("retention_days", "integer", 30,
                  "Captured data older than this is deleted from the vault, released or not.", whole(1, 3650)),
        FieldSpec("allow_quit", "boolean", True, "Whether the tray menu offers Quit. Pause is always offered.", boolean),
        FieldSpec("pause_shortcut", "string", None,
                  "The global shortcut that pauses and resumes, on every OS; absent means Ctrl+Alt+P. "
                  "At least one modifier (Ctrl, Alt, Shift, Super) and a letter, digit or F1-F24. "
                  "An employee's own choice in the app's settings takes precedence.",
                  shortcut, '"Ctrl+Shift+F9"'),
        FieldSpec("valid_until", "date", None,
                  "The last day this policy applies (for example the end of the works council's agreement). "
                  "After it, nothing is captured until a renewed policy is installed. Unset: no end.",
                  calendar_date, "2027-06-30"),
    ),
)

CAPTURE = SectionSpec(
    "capture",
    "What is recorded and how often.",
    (
        FieldSpec("screenshots", "boolean", True, "False turns screenshots off entirely.", boolean),
        FieldSpec("screenshot_interval_s", "number", 30.0,
                  "A screenshot at least every this many seconds while the employee is active.", number(1, 3600)),
        FieldSpec("change_threshold", "number", 0.02,
                  "Fraction of pixels that must change for an extra screenshot between the regular ones.",
                  number(0, 1, low_open=True)),
        FieldSpec("jpeg_quality", "integer", 70, "JPEG quality of stored screenshots.", whole(10, 95)),
        FieldSpec("scale", "number", 0.5, "Screenshots are scaled by this factor before storage.",
                  number(0.1, 1)),
        FieldSpec("monitors", "string", "active", '"active": only the monitor with the focused window; "all": every monitor.',
                  choice("active", "all")),
        FieldSpec("idle_gap_s", "number", 60.0, "No input for this long ends a segment.", number(5, 3600)),
        FieldSpec("max_segment_s", "number", 300.0, "A segment is cut after this long.", number(10, 86400)),
    ),
)

KEYSTROKES = SectionSpec(
    "keystrokes",
    "How much of what is typed is kept. Modes from loosest to strictest: "
    '"full" (the keys and text), "masked" (characters replaced by placeholders; Enter, Backspace and shortcuts kept), '
    '"counts" (only that a key was pressed, not which), "none" (nothing).',
    (
        FieldSpec("default", "string", "full", "Mode for applications not listed in [keystrokes.per_app].",
                  keystroke_mode),
    ),
)

PER_APP = SectionSpec(
    "keystrokes.per_app",
    "Mode per application: keys are application names (process or window class, case-insensitive), "
    "values are modes.",
    (FieldSpec("<application>", "string", None, "Keystroke mode for that application.", keystroke_mode, '"none"'),),
)

RELEASE = SectionSpec(
    "release",
    "Where reviewed data goes and when. Nothing leaves before the release gate allows it.",
    (
        FieldSpec("destination", "string", REQUIRED,
                  '"file:///absolute/path" (a local folder or mounted share) or "s3://bucket/prefix".',
                  destination, '"s3://training-drop/airlock"'),
        FieldSpec("mode", "string", "explicit",
                  '"explicit": the employee approves each segment; '
                  '"after-hold": held segments go after the hold unless deleted or flagged.',
                  choice("explicit", "after-hold")),
        FieldSpec("hold_hours", "number", 72.0, "Hours a segment stays on the machine, at least, before it may leave.",
                  number(0, 24 * 365)),
        FieldSpec("recipients", "list of strings", [],
                  "age X25519 recipients (\"age1...\") the bundles are sealed to. None: nothing can be sent.",
                  recipients, '["age1..."]'),
        FieldSpec("s3_endpoint", "string", None, "Endpoint of an S3-compatible store; absent means AWS S3.",
                  http_url, '"https://minio.example.com"'),
        FieldSpec("s3_region", "string", "us-east-1", "Region of the S3 store.", string),
        FieldSpec("schedule_minutes", "integer", 60, "Minutes between background release runs.", whole(1, 10080)),
        FieldSpec("bandwidth_kbps", "integer", None, "Upload cap in kilobytes per second; absent means none.",
                  whole(1, 10_000_000), "512"),
        FieldSpec("ac_power_only", "boolean", False, "Upload only while on mains power.", boolean),
    ),
)

WORKING_HOURS = SectionSpec(
    "working_hours",
    "If present, capture runs only inside these hours (local time); outside them nothing is recorded.",
    (
        FieldSpec("days", "list of integers", REQUIRED, "ISO weekdays: 1 is Monday, 7 is Sunday.", weekdays,
                  "[1, 2, 3, 4, 5]"),
        FieldSpec("start", "time", REQUIRED, 'Start, as "HH:MM" or a TOML time.', clock_time, '"09:00"'),
        FieldSpec("end", "time", REQUIRED, "End (exclusive). Earlier than start means the hours span midnight.",
                  clock_time, '"17:30"'),
    ),
)

SCAN = SectionSpec(
    "scan",
    "Reading kept screenshots on this computer (OCR, never anything sent) to suggest sensitive moments to the "
    "employee: health, finance, credentials, HR, private messages, GDPR special categories.",
    (
        FieldSpec("enabled", "boolean", True,
                  "Read screenshots, typed text and window titles in the background and suggest moments to look at. "
                  "Screenshots are kept at full size until read, then at `capture.scale`.", boolean),
        FieldSpec("hold_suggestions", "boolean", True,
                  "A segment with a suggestion the employee has not answered does not leave. "
                  "The employee may turn this on for themselves, never off.", boolean),
        FieldSpec("hold_unread", "boolean", True,
                  "A segment whose screenshots (or typed text) were not read for sensitive moments yet does not "
                  "leave, so no suggestion is skipped because reading was behind. Applies only while screenshots "
                  "are read here (`enabled` and an OCR engine installed). `airlock scan` reads them at once; "
                  "`airlock release` reads them first on mains power. false lets unread segments go after their "
                  "hold. The employee may turn this on for themselves, never off.", boolean),
        FieldSpec("words", "list of strings", [],
                  'Words, phrases or regular expressions that also make a moment sensitive, each as "category: '
                  'word" or "category: re:<regex>" (a shipped category such as health, or a new one). They only '
                  "ever add suggestions.", scan_words, '["health: Klinikum Nord", "finance: re:ACME-\\\\d{6}"]'),
    ),
)

CONSENT = SectionSpec(
    "consent.<language>",
    "The organisation's own words on the consent screen, in as many languages as it needs: one table per "
    'language, named by its code ("en", "de", "fr", "pt_BR"). The employee sees the table of their '
    "language (or of its base language); if there is none, the screen names the language it shows instead "
    "(English when present, else the first). The consent record in the ledger keeps the language shown.",
    (
        FieldSpec("purpose", "string", REQUIRED, "Why the organisation records: the purpose statement.", non_empty,
                  '"Wir trainieren ein Modell, das Formulare ausfüllt."'),
        FieldSpec("text", "string", "", "Anything else the employee must read before agreeing (works council "
                  "agreement, contact for questions).", string, '"Fragen: betriebsrat@example.com"'),
    ),
)

SECTIONS: tuple[SectionSpec, ...] = (TOP, CAPTURE, KEYSTROKES, PER_APP, RELEASE, WORKING_HOURS, SCAN, CONSENT)

"""Sentences for the consent summary: keystroke modes with examples, destinations, recipients,
working hours and exclusions, in words a person reads once and understands."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from app.core.model import KeystrokeMode
from app.policy.file.exclusion_entries import describe_exclusion
from app.policy.model import WorkingHours
from app.policy.rules.exclusions import DEFAULT_EXCLUSIONS, ExclusionRule

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_KEYSTROKE_EXAMPLES = {
    KeystrokeMode.FULL: "everything you type, key by key, so the text can be read back. For example, typing "
                        "“Meeting at 3pm” stores “Meeting at 3pm”.",
    KeystrokeMode.MASKED: "which keys you press and when, but not the characters. For example, typing "
                          "“Meeting at 3pm” stores “••••••• •• •••” (Enter, Backspace and shortcuts are kept).",
    KeystrokeMode.COUNTS: "only how many keys you press. For example, typing “Meeting at 3pm” stores "
                          "“14 key presses”.",
    KeystrokeMode.NONE: "nothing of what you type.",
}


def keystroke_example(mode: KeystrokeMode) -> str:
    return _KEYSTROKE_EXAMPLES[mode]


def destination_words(destination: str, s3_endpoint: str | None) -> str:
    """"to the folder /srv/drop" or "to the storage bucket “b” (under “p/”) at https://…"."""
    parts = urlsplit(destination)
    if parts.scheme == "file":
        return f"to the folder {unquote(parts.path)}"
    prefix = parts.path.strip("/")
    under = f" (under “{prefix}/”)" if prefix else ""
    where = f" at {s3_endpoint}" if s3_endpoint else " on Amazon S3"
    return f"to the storage bucket “{parts.netloc}”{under}{where}"


def recipients_words(recipients: tuple[str, ...]) -> str:
    if not recipients:
        return ("This policy names nobody to seal data for, so nothing will be sent until a policy "
                "that does is in force.")
    keys = ", ".join(f"{recipient[:12]}…{recipient[-6:]}" for recipient in recipients)
    plural = "s" if len(recipients) > 1 else ""
    return (f"It is sealed (encrypted) before it leaves, so that only the holder of the organisation's "
            f"key{plural} ({keys}) can open it. Anyone else who obtains the files, for example through a "
            "wrongly shared folder or bucket, sees only unreadable data.")


def days_words(days: tuple[int, ...]) -> str:
    """(1, 2, 3, 4, 5) → "Monday to Friday"; (1, 3) → "Monday and Wednesday"."""
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    names = [DAY_NAMES[run[0] - 1] if len(run) == 1 else
             f"{DAY_NAMES[run[0] - 1]} to {DAY_NAMES[run[-1] - 1]}" if len(run) > 2 else
             f"{DAY_NAMES[run[0] - 1]}, {DAY_NAMES[run[1] - 1]}" for run in runs]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def hours_words(hours: WorkingHours | None) -> str:
    if hours is None:
        return "When: whenever Airlock is running and you have not paused it."
    return (f"When: only on {days_words(hours.days)}, from {hours.start:%H:%M} to {hours.end:%H:%M}; "
            "nothing outside those hours.")


def exclusion_lines(exclusions: Iterable[ExclusionRule]) -> tuple[str, ...]:
    built_in = list(dict.fromkeys(rule.name for rule in DEFAULT_EXCLUSIONS))
    lines = [f"Windows caught by the built-in exclusions ({', '.join(built_in)}), always: no screenshots, "
             "no keystrokes, no window titles."]
    added = [rule for rule in exclusions if rule not in DEFAULT_EXCLUSIONS]
    lines += [f"Also excluded: {describe_exclusion(rule)}." for rule in added]
    return tuple(lines)

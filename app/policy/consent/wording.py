"""Sentences for the consent summary: keystroke modes with examples, destinations, recipients,
working hours and exclusions, in words a person reads once and understands."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from app.core.i18n import translate
from app.core.model import KeystrokeMode
from app.policy.file.exclusion_entries import describe_exclusion
from app.policy.model import WorkingHours
from app.policy.rules.exclusions import DEFAULT_EXCLUSIONS, ExclusionRule


def day_name(iso_day: int) -> str:
    """1 -> "Monday" in the current language."""
    return (translate("Consent", "Monday"), translate("Consent", "Tuesday"), translate("Consent", "Wednesday"),
            translate("Consent", "Thursday"), translate("Consent", "Friday"), translate("Consent", "Saturday"),
            translate("Consent", "Sunday"))[iso_day - 1]


def keystroke_example(mode: KeystrokeMode) -> str:
    return {
        KeystrokeMode.FULL: translate("Consent", "everything you type, key by key, so the text can be read back. "
                                      "For example, typing “Meeting at 3pm” stores “Meeting at 3pm”."),
        KeystrokeMode.MASKED: translate("Consent", "which keys you press and when, but not the characters. For "
                                        "example, typing “Meeting at 3pm” stores “••••••• •• •••” (Enter, Backspace "
                                        "and shortcuts are kept)."),
        KeystrokeMode.COUNTS: translate("Consent", "only how many keys you press. For example, typing “Meeting at "
                                        "3pm” stores “14 key presses”."),
        KeystrokeMode.NONE: translate("Consent", "nothing of what you type."),
    }[mode]


def destination_words(destination: str, s3_endpoint: str | None) -> str:
    """"to the folder /srv/drop" or "to the storage bucket “b” (under “p/”) at https://…"."""
    parts = urlsplit(destination)
    if parts.scheme == "file":
        return translate("Consent", "to the folder %1").replace("%1", unquote(parts.path))
    prefix = parts.path.strip("/")
    where = (translate("Consent", "at %1").replace("%1", s3_endpoint) if s3_endpoint
             else translate("Consent", "on Amazon S3"))
    if prefix:
        return translate("Consent", "to the storage bucket “%1” (under “%2/”) %3").replace("%1", parts.netloc).replace(
            "%2", prefix).replace("%3", where)
    return translate("Consent", "to the storage bucket “%1” %2").replace("%1", parts.netloc).replace("%2", where)


def recipients_words(recipients: tuple[str, ...]) -> str:
    if not recipients:
        return translate("Consent", "This policy names nobody to seal data for, so nothing will be sent until a "
                         "policy that does is in force.")
    keys = ", ".join(f"{recipient[:12]}…{recipient[-6:]}" for recipient in recipients)
    return translate("Consent", "It is sealed (encrypted) before it leaves, so that only the holder of the "
                     "organisation's key(s) (%1) can open it. Anyone else who obtains the files, for example "
                     "through a wrongly shared folder or bucket, sees only unreadable data.", None,
                     len(recipients)).replace("%1", keys)


def days_words(days: tuple[int, ...]) -> str:
    """(1, 2, 3, 4, 5) → "Monday to Friday"; (1, 3) → "Monday and Wednesday"."""
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    names = [day_name(run[0]) if len(run) == 1 else
             translate("Consent", "%1 to %2").replace("%1", day_name(run[0])).replace("%2", day_name(run[-1]))
             if len(run) > 2 else f"{day_name(run[0])}, {day_name(run[1])}" for run in runs]
    if len(names) == 1:
        return names[0]
    return translate("Consent", "%1 and %2").replace("%1", ", ".join(names[:-1])).replace("%2", names[-1])


def hours_words(hours: WorkingHours | None) -> str:
    if hours is None:
        return translate("Consent", "When: whenever Airlock is running and you have not paused it.")
    return translate("Consent", "When: only on %1, from %2 to %3; nothing outside those hours.").replace(
        "%1", days_words(hours.days)).replace("%2", f"{hours.start:%H:%M}").replace("%3", f"{hours.end:%H:%M}")


def exclusion_lines(exclusions: Iterable[ExclusionRule]) -> tuple[str, ...]:
    built_in = list(dict.fromkeys(rule.name for rule in DEFAULT_EXCLUSIONS))
    lines = [translate("Consent", "Windows caught by the built-in exclusions (%1), always: no screenshots, "
                       "no keystrokes, no window titles.").replace("%1", ", ".join(built_in))]
    added = [rule for rule in exclusions if rule not in DEFAULT_EXCLUSIONS]
    lines += [translate("Consent", "Also excluded: %1.").replace("%1", describe_exclusion(rule)) for rule in added]
    return tuple(lines)

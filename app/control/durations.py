"""Spans and clock times as people type them: "30m", "1h30m", "90s", "17:00", "tomorrow 09:00".

Everything resolves to absolute epoch seconds against a given `now`, in local time, so the same
rules serve the CLI, the tray menu and the tests (with a fake clock). A clock time that has passed
today means tomorrow.
"""

from __future__ import annotations

import datetime as dt
import re

from app.control.protocol import MAX_SPAN_SECONDS
from app.core.i18n import translate

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_SPAN = re.compile(r"(\d+(?:\.\d+)?)([smhd])")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
MORNING = dt.time(8, 0)  # "until tomorrow" means tomorrow morning, not midnight
_NIGHT_ENDS = dt.time(4, 0)  # before this, "tomorrow morning" is the coming morning


def parse_span(text: str) -> float:
    """Seconds in a span like "30m", "1h30m", "90s", "2d". Raises ValueError with the reason."""
    compact = text.strip().lower().replace(" ", "")
    if not compact:
        raise ValueError("empty duration (use e.g. 30m, 1h, 90s)")
    position, total, seen = 0, 0.0, set()
    for match in _SPAN.finditer(compact):
        if match.start() != position or match.group(2) in seen:
            break
        seen.add(match.group(2))
        total += float(match.group(1)) * _UNITS[match.group(2)]
        position = match.end()
    if position != len(compact):
        raise ValueError(f"{text!r} is not a duration (use e.g. 30m, 1h, 1h30m, 90s, 2d)")
    if not 0 < total <= MAX_SPAN_SECONDS:
        raise ValueError(f"{text!r} must be more than zero and at most a year")
    return total


def _local(now: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(now)


def _at(day: dt.date, clock: dt.time) -> float:
    # A naive datetime's timestamp() is local time; a wall time skipped by DST resolves forward.
    return dt.datetime.combine(day, clock).timestamp()


def parse_clock(text: str) -> dt.time:
    match = _CLOCK.fullmatch(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a time of day (use e.g. 17:00 or 9:30)")
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"{text!r} is not a time of day")
    return dt.time(hour, minute, second)


def parse_until(text: str, now: float) -> float:
    """The next moment matching "17:00", "tomorrow", "tomorrow 9:30" after `now` (epoch seconds)."""
    words = text.strip().lower().split()
    if not words:
        raise ValueError("empty time (use e.g. 17:00 or tomorrow)")
    today = _local(now).date()
    if words[0] == "tomorrow":
        if len(words) == 1:
            return until_tomorrow(now)
        if len(words) != 2:
            raise ValueError(f"{text!r} is not a time (use e.g. tomorrow 9:00)")
        return _at(today + dt.timedelta(days=1), parse_clock(words[1]))
    if len(words) != 1:
        raise ValueError(f"{text!r} is not a time (use e.g. 17:00 or tomorrow 9:00)")
    clock = parse_clock(words[0])
    when = _at(today, clock)
    return when if when > now else _at(today + dt.timedelta(days=1), clock)


def until_tomorrow(now: float, morning: dt.time = MORNING) -> float:
    """Tomorrow morning; in the small hours, the coming morning (a pause at 01:00 ends at 08:00
    the same date, not 31 hours later)."""
    local = _local(now)
    day = local.date() if local.time() < _NIGHT_ENDS else local.date() + dt.timedelta(days=1)
    return _at(day, morning)


def weekday_name(day: dt.date) -> str:
    """"Tue", "Di."; names from the catalogue, so the CLI needs no locale database."""
    return (translate("Durations", "Mon"), translate("Durations", "Tue"), translate("Durations", "Wed"),
            translate("Durations", "Thu"), translate("Durations", "Fri"), translate("Durations", "Sat"),
            translate("Durations", "Sun"))[day.weekday()]


def month_name(day: dt.date) -> str:
    return (translate("Durations", "Jan"), translate("Durations", "Feb"), translate("Durations", "Mar"),
            translate("Durations", "Apr"), translate("Durations", "May"), translate("Durations", "Jun"),
            translate("Durations", "Jul"), translate("Durations", "Aug"), translate("Durations", "Sep"),
            translate("Durations", "Oct"), translate("Durations", "Nov"), translate("Durations", "Dec"))[day.month - 1]


def zone_name(t: float) -> str:
    """The local time zone's abbreviation at `t` ("CET", "CEST", "UTC")."""
    return dt.datetime.fromtimestamp(t).astimezone().strftime("%Z")


def describe_until(until: float, now: float, zone: bool = False) -> str:
    """"14:30" today, "tomorrow 08:00", "Tue 08:00" within a week, else "12 Mar 08:00"; 24-hour
    clock in every language. `zone` adds the time zone ("14:30 CET") where the moment matters."""
    when, today = _local(until), _local(now).date()
    clock = when.strftime("%H:%M") + (f" {zone_name(until)}" if zone else "")
    days = (when.date() - today).days
    if days <= 0:
        return clock
    if days == 1:
        return translate("Durations", "tomorrow %1").replace("%1", clock)
    if days < 7:
        return f"{weekday_name(when.date())} {clock}"
    return translate("Durations", "%1 %2 %3").replace("%1", str(when.day)).replace(
        "%2", month_name(when.date())).replace("%3", clock)


def describe_span(seconds: float) -> str:
    """"15 minutes", "1 hour", "90 seconds", "1 hour 30 minutes"."""
    whole = int(round(seconds))
    if whole < 120 and whole % 60:
        return translate("Durations", "%n second(s)", None, whole)
    hours, minutes = divmod(whole // 60, 60)
    parts = []
    if hours:
        parts.append(translate("Durations", "%n hour(s)", None, hours))
    if minutes or not hours:
        parts.append(translate("Durations", "%n minute(s)", None, minutes))
    return " ".join(parts)

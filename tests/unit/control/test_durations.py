"""Durations and clock times as typed on the command line, resolved in local time."""

from __future__ import annotations

import datetime as dt

import pytest

from app.control.durations import describe_span, describe_until, parse_span, parse_until, until_tomorrow


def local(*parts: int) -> float:
    return dt.datetime(*parts).timestamp()


@pytest.mark.parametrize(("text", "seconds"), [
    ("30m", 1800), ("1h", 3600), ("90s", 90), ("1h30m", 5400), ("2d", 172800), ("1.5h", 5400),
    (" 15M ", 900), ("1h 30m", 5400), ("1d2h3m4s", 93784),
])
def test_spans(text, seconds):
    assert parse_span(text) == seconds


@pytest.mark.parametrize("text", ["", "30", "m", "30x", "1h1h", "-5m", "0s", "30m later", "400d", "h30"])
def test_bad_spans_say_what_is_expected(text):
    with pytest.raises(ValueError, match="duration|zero|year"):
        parse_span(text)


NOW = local(2024, 3, 5, 14, 0)  # a Tuesday afternoon


@pytest.mark.parametrize(("text", "expected"), [
    ("17:00", local(2024, 3, 5, 17, 0)),
    ("9:30", local(2024, 3, 6, 9, 30)),  # passed today: tomorrow
    ("14:00", local(2024, 3, 6, 14, 0)),  # exactly now has passed
    ("14:00:01", local(2024, 3, 5, 14, 0, 1)),
    ("tomorrow", local(2024, 3, 6, 8, 0)),
    ("tomorrow 9:15", local(2024, 3, 6, 9, 15)),
    ("Tomorrow 23:59", local(2024, 3, 6, 23, 59)),
])
def test_until(text, expected):
    assert parse_until(text, NOW) == expected


@pytest.mark.parametrize("text", ["", "25:00", "12:60", "noon", "17", "17:00 tomorrow", "tomorrow at 9", "1:2"])
def test_bad_times(text):
    with pytest.raises(ValueError):
        parse_until(text, NOW)


def test_until_tomorrow_in_the_small_hours_means_the_coming_morning():
    assert until_tomorrow(local(2024, 3, 5, 1, 30)) == local(2024, 3, 5, 8, 0)
    assert until_tomorrow(local(2024, 3, 5, 23, 30)) == local(2024, 3, 6, 8, 0)


def test_until_rolls_over_month_and_year_ends():
    assert parse_until("8:00", local(2024, 12, 31, 22, 0)) == local(2025, 1, 1, 8, 0)


@pytest.mark.parametrize(("until", "words"), [
    (local(2024, 3, 5, 14, 30), "14:30"),
    (local(2024, 3, 6, 8, 0), "tomorrow 08:00"),
    (local(2024, 3, 8, 8, 0), "Fri 08:00"),
    (local(2024, 3, 20, 8, 0), "20 Mar 08:00"),
])
def test_describe_until(until, words):
    assert describe_until(until, NOW) == words


@pytest.mark.parametrize(("seconds", "words"), [
    (300, "5 minutes"), (900, "15 minutes"), (3600, "1 hour"), (5400, "1 hour 30 minutes"), (90, "90 seconds"),
    (60, "1 minute"), (7200, "2 hours"),
])
def test_describe_span(seconds, words):
    assert describe_span(seconds) == words

"""Fuzzing the policy parser: whatever the input, the only failure is PolicyError.

Random text, mutated valid policies and random nested structures (the form stored in consent
records) are fed in; every policy that does parse must keep the built-in exclusions and survive
being written out and read back with the same hash.
"""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from app.core.errors import PolicyError
from app.policy.file.parser import parse_policy, policy_from_mapping
from app.policy.file.toml_writer import policy_to_toml
from app.policy.rules.exclusions import DEFAULT_EXCLUSIONS

RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
SEEDS = (
    '[release]\ndestination = "file:///srv/drop"\n',
    f"""schema_version = 1
organisation = "Example Corp"
managed = true
retention_days = 14
allow_quit = false

[capture]
screenshots = true
screenshot_interval_s = 10
change_threshold = 0.5
jpeg_quality = 50
scale = 1
monitors = "all"

[keystrokes]
default = "masked"

[keystrokes.per_app]
"Code.exe" = "full"
signal = "none"

[[exclusions]]
name = "banking"
title_pattern = "online banking"

[release]
mode = "after-hold"
hold_hours = 24.5
destination = "s3://training-drop/airlock"
s3_endpoint = "https://minio.example.com:9000"
recipients = ["{RECIPIENT}"]
bandwidth_kbps = 256

[working_hours]
days = [1, 2, 3, 4, 5]
start = 08:30:00
end = "17:00"
""",
    'release = { destination = "s3://bucket/p", hold_hours = 0 }\nkeystrokes.default = "none"\n',
)
INTERESTING_VALUES = (
    "-1", "0", "1", "1e400", "inf", "-inf", "nan", "0x10", "true", "false", '""', '"x"', "[]", "{}", "[1, 2]",
    '["a"]', "{ a = 1 }", "1979-05-27", "09:00:00", "1979-05-27T07:32:00Z", '"09:00"', '"24:00"', '"age1"',
    f'"{RECIPIENT}"', '"file:///"', '"s3://a"', '"(("', '"full"', '"after-hold"', "'''x'''", '"\\u0000"',
    "9999999999999999999999", "3.5", "-0.0", "[[1]]", '[{ name = "a" }]',
)
FIX_HINT_FRAGMENT = "Nothing is captured until it is valid"


def _check(text: str) -> None:
    try:
        policy = parse_policy(text, "fuzz.toml")
    except PolicyError as error:
        assert error.message and error.message.startswith("fuzz.toml")
        return
    assert policy.exclusions[: len(DEFAULT_EXCLUSIONS)] == DEFAULT_EXCLUSIONS
    again = parse_policy(policy_to_toml(policy), "again.toml")
    assert again.content_hash == policy.content_hash


FRAGMENTS = (
    "[", "]", "[[", "]]", '"', "'", '"' * 3, "'" * 3, "=", " = ", "\n", "#", "\\", ".", ",", "{", "}", "\x00", "\x7f",
    "\ufeff", "é", "😀", "\r\n", "\t", "[release]", "[[exclusions]]", "[capture]", "x = 1", "true", "-", "1e",
    "managed = true", 'destination = "s3://b/p"', "\ud800",
)


def mutate(text: str, rng: random.Random) -> str:
    """Apply 1-4 value swaps, deletions, insertions, character changes or line moves to a valid policy.

    Driven by one seeded generator, so an example costs one draw and a failure prints its seed.
    """
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(("value", "value", "delete", "insert", "char", "line"))
        lines = text.split("\n")
        if kind == "value":
            candidates = [index for index, line in enumerate(lines) if " = " in line]
            if candidates:
                index = rng.choice(candidates)
                lines[index] = f"{lines[index].split(' = ', 1)[0]} = {rng.choice(INTERESTING_VALUES)}"
            text = "\n".join(lines)
        elif kind == "line":
            lines.insert(rng.randrange(len(lines) + 1), lines[rng.randrange(len(lines))])  # duplicate a line
            text = "\n".join(lines)
        else:
            position = rng.randrange(len(text) + 1)
            fragment = rng.choice(FRAGMENTS) if rng.random() < 0.7 else chr(rng.randrange(0x110000))
            if kind == "delete":
                text = text[:position] + text[position + rng.randint(1, 20):]
            elif kind == "insert":
                text = text[:position] + fragment + text[position:]
            else:
                text = text[:position] + fragment + text[position + 1:]
    return text


_FUZZ = settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))


@_FUZZ
@given(text=st.text())
def test_random_text_only_ever_raises_policy_error(text):
    _check(text)


@_FUZZ
@given(seed=st.sampled_from(SEEDS), mutation_seed=st.integers(0, 2**64))
def test_mutated_valid_policies_only_ever_raise_policy_error(seed, mutation_seed):
    text = mutate(seed, random.Random(mutation_seed))
    note(repr(text))
    _check(text)


_scalars = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
            | st.sampled_from(["full", "after-hold", "file:///x", "s3://bucket", RECIPIENT, "09:00"])
            | st.times() | st.datetimes() | st.dates())
_keys = st.sampled_from(["release", "capture", "keystrokes", "per_app", "exclusions", "working_hours", "destination",
                         "hold_hours", "mode", "recipients", "default", "name", "app_pattern", "days", "start",
                         "end", "scale", "retention_days", "managed"]) | st.text(max_size=8)
_structures = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=5),
                           max_leaves=12)


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=_structures, release=st.booleans())
def test_random_structures_only_ever_raise_policy_error(data, release):
    if release and isinstance(data, dict):
        data.setdefault("release", {"destination": "file:///srv/drop"})
    try:
        policy = policy_from_mapping(data, "stored")
    except PolicyError as error:
        assert error.message.startswith("stored")
        return
    assert isinstance(policy.release.hold_hours, float)
    assert not isinstance(dt.time, type(policy)) and policy.exclusions[: len(DEFAULT_EXCLUSIONS)] == DEFAULT_EXCLUSIONS


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=_structures)
def test_stored_personal_settings_only_ever_raise_policy_error(data):
    from app.policy.personal import PersonalSettings, personal_from_mapping

    try:
        assert isinstance(personal_from_mapping(data), PersonalSettings)
    except PolicyError as error:
        assert error.message.startswith("Your personal settings are damaged")

"""The policy file format: valid files give the right values, invalid ones the exact message."""

from __future__ import annotations

import dataclasses
from datetime import time
from pathlib import Path

import pytest

from app.core.errors import PolicyError
from app.core.model import KeystrokeMode
from app.policy.file.canonical import policy_to_mapping
from app.policy.file.parser import default_policy, parse_policy
from app.policy.file.toml_writer import policy_to_toml
from app.policy.model import BUILT_IN_SOURCE, ReleaseMode, WorkingHours
from app.policy.rules.exclusions import DEFAULT_EXCLUSIONS, ExclusionRule

RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
MINIMAL = '[release]\ndestination = "file:///srv/drop"\n'
SRC = "/etc/airlock/policy.toml"


def _error(text: str) -> str:
    with pytest.raises(PolicyError) as caught:
        parse_policy(text, SRC)
    return caught.value.message


# ---- valid files --------------------------------------------------------------------------------


def test_a_minimal_file_takes_every_default():
    policy = parse_policy(MINIMAL, SRC)
    assert policy.organisation == ""
    assert policy.capture.screenshot_interval_s == 30.0
    assert policy.capture.change_threshold == 0.02
    assert policy.capture.jpeg_quality == 70
    assert policy.capture.scale == 0.5
    assert policy.capture.monitors == "active"
    assert (policy.capture.idle_gap_s, policy.capture.max_segment_s) == (60.0, 300.0)
    assert policy.keystroke_default is KeystrokeMode.FULL
    assert dict(policy.keystroke_per_app) == {}
    assert policy.exclusions == DEFAULT_EXCLUSIONS
    assert policy.retention_days == 30
    assert policy.release.mode is ReleaseMode.EXPLICIT
    assert policy.release.hold_hours == 72.0
    assert policy.release.destination == "file:///srv/drop"
    assert policy.release.recipients == ()
    assert policy.working_hours is None
    assert policy.allow_quit is True
    assert policy.source == SRC
    assert policy.managed is False
    assert policy.warnings == ("The policy names no age recipients: nothing can be sealed, so nothing will be sent.",)


FULL_FILE = f"""
schema_version = 1
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
idle_gap_s = 30
max_segment_s = 600

[keystrokes]
default = "masked"

[keystrokes.per_app]
"Code.exe" = "full"
signal = "none"

[[exclusions]]
name = "banking"
title_pattern = "online banking"

[[exclusions]]
name = "chat"
app_pattern = "slack|teams"
title_pattern = "direct message"

[release]
mode = "after-hold"
hold_hours = 24.5
destination = "s3://training-drop/airlock"
s3_endpoint = "https://minio.example.com:9000"
s3_region = "eu-west-1"
recipients = ["{RECIPIENT}", "{RECIPIENT}"]
schedule_minutes = 15
bandwidth_kbps = 256
ac_power_only = true

[working_hours]
days = [5, 1, 2, 3, 4, 1]
start = 08:30:00
end = "17:00"
"""


def test_every_key_of_a_full_file_is_read():
    policy = parse_policy(FULL_FILE, SRC)
    assert policy.organisation == "Example Corp"
    assert policy.managed is True  # the file's claim; the loader insists on a signature
    assert policy.retention_days == 14
    assert policy.allow_quit is False
    assert policy.capture == dataclasses.replace(
        policy.capture, screenshot_interval_s=10.0, change_threshold=0.5, jpeg_quality=50, scale=1.0,
        monitors="all", idle_gap_s=30.0, max_segment_s=600.0)
    assert policy.capture.screenshot_interval_s == 10.0 and policy.capture.monitors == "all"
    assert policy.keystroke_default is KeystrokeMode.MASKED
    assert policy.keystroke_mode_for("code") is KeystrokeMode.FULL  # ".exe" and case ignored
    assert policy.keystroke_mode_for("Signal") is KeystrokeMode.NONE
    assert policy.keystroke_mode_for("firefox") is KeystrokeMode.MASKED
    assert policy.exclusions == DEFAULT_EXCLUSIONS + (
        ExclusionRule("banking", "", "online banking"),
        ExclusionRule("chat", "slack|teams", "direct message"),
    )
    release = policy.release
    assert release.mode is ReleaseMode.AFTER_HOLD
    assert release.hold_hours == 24.5
    assert release.destination == "s3://training-drop/airlock"
    assert release.s3_endpoint == "https://minio.example.com:9000"
    assert release.s3_region == "eu-west-1"
    assert release.recipients == (RECIPIENT,)  # duplicates collapse
    assert (release.schedule_minutes, release.bandwidth_kbps, release.ac_power_only) == (15, 256, True)
    assert policy.working_hours == WorkingHours((1, 2, 3, 4, 5), time(8, 30), time(17, 0))
    assert policy.warnings == ()


def test_a_policy_cannot_remove_the_built_in_exclusions():
    text = MINIMAL + '[[exclusions]]\nname = "password manager"\napp_pattern = "nothing-at-all"\n'
    policy = parse_policy(text, SRC)
    assert policy.exclusions[: len(DEFAULT_EXCLUSIONS)] == DEFAULT_EXCLUSIONS
    assert ExclusionRule("password manager", "nothing-at-all") in policy.exclusions


def test_a_byte_order_mark_free_utf8_file_with_unicode_values_parses():
    policy = parse_policy('organisation = "Zürich AG – Ω"\n' + MINIMAL, SRC)
    assert policy.organisation == "Zürich AG – Ω"


@pytest.mark.parametrize("destination", [
    "file:///srv/drop", "file://localhost/srv/drop", "file:///C:/Drops/airlock", "s3://bucket", "s3://my.bucket-1/a/b",
])
def test_accepted_destinations(destination):
    assert parse_policy(f'[release]\ndestination = "{destination}"\n', SRC).release.destination == destination


# ---- invalid files: the exact message ------------------------------------------------------------

INVALID = [
    ("not TOML", "a = [\n1,", f"{SRC}, end of file: not valid TOML: Invalid value"),
    ("bad value", "[release]\ndestination = \n", f"{SRC}, line 2, column 15: not valid TOML: Invalid value"),
    ("duplicate key", MINIMAL + 'destination = "file:///x"\n',
     f"{SRC}, line 3, column 26: not valid TOML: Cannot overwrite a value"),
    ("missing release", "organisation = \"x\"\n", f"{SRC}: release.destination: is required but missing"),
    ("missing destination", "[release]\nhold_hours = 1\n", f"{SRC}, line 1: release.destination: is required but missing"),
    ("typo at top", "retention_day = 3\n" + MINIMAL,
     f'{SRC}, line 1: retention_day: unknown key (did you mean "retention_days"?); '
     "unknown keys are refused so a typo cannot loosen a rule"),
    ("typo in capture", MINIMAL + "[capture]\njpeg_qualty = 3\n",
     f'{SRC}, line 4: capture.jpeg_qualty: unknown key (did you mean "jpeg_quality"?); '
     "unknown keys are refused so a typo cannot loosen a rule"),
    ("unknown section", MINIMAL + "[screens]\nx = 1\n",
     f"{SRC}, line 3: screens: unknown key; unknown keys are refused so a typo cannot loosen a rule"),
    ("negative hold", '[release]\ndestination = "file:///d"\nhold_hours = -1\n',
     f"{SRC}, line 3: release.hold_hours: must be a number from 0 to 8760, got -1"),
    ("hold as text", '[release]\ndestination = "file:///d"\nhold_hours = "72"\n',
     f"{SRC}, line 3: release.hold_hours: must be a number from 0 to 8760, got '72'"),
    ("infinite hold", '[release]\ndestination = "file:///d"\nhold_hours = inf\n',
     f"{SRC}, line 3: release.hold_hours: must be a number from 0 to 8760, got inf"),
    ("top-level key after a table", MINIMAL + "retention_days = 3\n",
     f'{SRC}, line 3: release.retention_days: unknown key ("retention_days" is a top-level key: put it before '
     "the first [table]); unknown keys are refused so a typo cannot loosen a rule"),
    ("key in the wrong table", MINIMAL + "scale = 0.3\n",
     f'{SRC}, line 3: release.scale: unknown key ("scale" belongs in [capture]); '
     "unknown keys are refused so a typo cannot loosen a rule"),
    ("retention zero", "retention_days = 0\n" + MINIMAL,
     f"{SRC}, line 1: retention_days: must be a whole number from 1 to 3650, got 0"),
    ("retention bool", "retention_days = true\n" + MINIMAL,
     f"{SRC}, line 1: retention_days: must be a whole number from 1 to 3650, got true"),
    ("bad mode", '[release]\ndestination = "file:///d"\nmode = "auto"\n',
     f"{SRC}, line 3: release.mode: must be one of \"explicit\", \"after-hold\", got 'auto'"),
    ("relative folder", '[release]\ndestination = "file://drop"\n',
     f'{SRC}, line 2: release.destination: must be "file:///absolute/path" or "s3://bucket/prefix", got \'file://drop\''),
    ("http destination", '[release]\ndestination = "https://example.com/up"\n',
     f'{SRC}, line 2: release.destination: must be "file:///absolute/path" or "s3://bucket/prefix", '
     "got 'https://example.com/up'"),
    ("bad bucket", '[release]\ndestination = "s3://Bad_Bucket/x"\n',
     f"{SRC}, line 2: release.destination: must name a valid S3 bucket (3-63 lowercase letters, digits, dots, "
     "hyphens), got 's3://Bad_Bucket/x'"),
    ("bad recipient", MINIMAL + 'recipients = ["age1short"]\n',
     f'{SRC}, line 3: release.recipients: must hold age X25519 recipients ("age1" and 58 more characters), '
     "got 'age1short'"),
    ("recipient not list", MINIMAL + f'recipients = "{RECIPIENT}"\n',
     f'{SRC}, line 3: release.recipients: must be a list of age recipients ("age1..."), '
     "got 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3..."),
    ("bad endpoint", MINIMAL + 's3_endpoint = "minio:9000"\n',
     f'{SRC}, line 3: release.s3_endpoint: must be an http(s) URL like "https://s3.example.com", got \'minio:9000\''),
    ("bad keystroke mode", MINIMAL + '[keystrokes]\ndefault = "some"\n',
     f"{SRC}, line 4: keystrokes.default: must be one of \"full\", \"masked\", \"counts\", \"none\", got 'some'"),
    ("bad per-app mode", MINIMAL + '[keystrokes.per_app]\n"Google Chrome" = "partial"\n',
     f"{SRC}, line 4: keystrokes.per_app.\"Google Chrome\": must be one of \"full\", \"masked\", \"counts\", "
     "\"none\", got 'partial'"),
    ("per-app repeat", MINIMAL + '[keystrokes.per_app]\ncode = "none"\n"CODE.EXE" = "full"\n',
     f'{SRC}, line 5: keystrokes.per_app."CODE.EXE": repeats "code" (names are case-insensitive, ".exe" ignored)'),
    ("exclusion without pattern", MINIMAL + '[[exclusions]]\nname = "x"\n',
     f"{SRC}, line 3: exclusions[1]: needs an app_pattern or a title_pattern (a rule with neither would match "
     "every window)"),
    ("exclusion without name", MINIMAL + '[[exclusions]]\nname = "a"\napp_pattern = "a"\n[[exclusions]]\n'
     'title_pattern = "b"\n', f"{SRC}, line 6: exclusions[2].name: is required but missing"),
    ("bad regex", MINIMAL + '[[exclusions]]\nname = "a"\n\ntitle_pattern = "(("\n',
     f"{SRC}, line 6: exclusions[1].title_pattern: is not a valid regular expression (missing ), unterminated "
     "subpattern at position 1)"),
    ("ambiguous regex", MINIMAL + '[[exclusions]]\nname = "a"\ntitle_pattern = "a[[b]"\n',
     f"{SRC}, line 5: exclusions[1].title_pattern: is ambiguous (Possible nested set at position 2); escape it, "
     "e.g. \\[ for a literal ["),
    ("exclusions as table", MINIMAL + "[exclusions]\nname = 1\n",
     f"{SRC}, line 3: exclusions: must be a list of tables ([[exclusions]])"),
    ("bad weekday", MINIMAL + '[working_hours]\ndays = [1, 8]\nstart = "09:00"\nend = "17:00"\n',
     f"{SRC}, line 4: working_hours.days: must list weekdays 1 (Monday) to 7 (Sunday), got 8"),
    ("bad time", MINIMAL + '[working_hours]\ndays = [1]\nstart = "9am"\nend = "17:00"\n',
     f"{SRC}, line 5: working_hours.start: must be a time like \"09:00\", got '9am'"),
    ("time with seconds", MINIMAL + '[working_hours]\ndays = [1]\nstart = 09:00:30\nend = "17:00"\n',
     f'{SRC}, line 5: working_hours.start: must be a time in whole minutes like "09:00", got datetime.time(9, 0, 30)'),
    ("empty hours", MINIMAL + '[working_hours]\ndays = [1]\nstart = "09:00"\nend = "09:00"\n',
     f"{SRC}, line 6: working_hours.end: must differ from start"),
    ("missing hours keys", MINIMAL + "[working_hours]\ndays = [1]\n",
     f"{SRC}, line 3: working_hours.start: is required but missing\n"
     f"{SRC}, line 3: working_hours.end: is required but missing"),
    ("capture not a table", MINIMAL.replace("[release]", "capture = 3\n[release]"),
     f"{SRC}, line 1: capture: must be a table ([capture]), got int"),
    ("schema version", "schema_version = 2\n" + MINIMAL,
     f"{SRC}, line 1: schema_version: must be a whole number from 1 to 1, got 2"),
    ("inline table", 'release = { destination = "file:///d", hold_hours = -5 }\n',
     f"{SRC}, line 1: release.hold_hours: must be a number from 0 to 8760, got -5"),
    ("dotted key", 'release.destination = "file:///d"\nrelease.hold_hours = 1e9\n',
     f"{SRC}, line 2: release.hold_hours: must be a number from 0 to 8760, got 1000000000.0"),
    ("a nested array line is not a table header",
     '[release]  # where\ndestination = "file:///x"\nrecipients = [\n  ["age1"],\n]\nhold_hours = -1\n',
     f'{SRC}, line 3: release.recipients: must hold age X25519 recipients ("age1" and 58 more characters), '
     "got ['age1']\n"
     f"{SRC}, line 6: release.hold_hours: must be a number from 0 to 8760, got -1"),
    ("several problems in file order", '[capture]\nscale = 2\n[release]\ndestination = "ftp://x"\n',
     f"{SRC}, line 2: capture.scale: must be a number from 0.1 to 1, got 2\n"
     f'{SRC}, line 4: release.destination: must be "file:///absolute/path" or "s3://bucket/prefix", got \'ftp://x\''),
]


@pytest.mark.parametrize(("text", "message"), [(text, message) for _, text, message in INVALID],
                         ids=[name for name, _, _ in INVALID])
def test_invalid_files_give_the_exact_message(text, message):
    assert _error(text) == message


def test_every_error_carries_a_hint_that_nothing_is_captured():
    with pytest.raises(PolicyError) as caught:
        parse_policy("retention_days = 0\n" + MINIMAL, SRC)
    assert "Nothing is captured until it is valid" in caught.value.hint
    assert "docs/policy-reference.md" in caught.value.hint


# ---- the built-in default -------------------------------------------------------------------------


def test_the_default_policy_is_for_personal_use(tmp_path: Path):
    policy = default_policy(tmp_path)
    assert policy.source == BUILT_IN_SOURCE and policy.managed is False
    assert policy.release.destination == (tmp_path / "outbox").resolve().as_uri()
    assert policy.release.hold_hours == 72.0
    assert policy.release.mode is ReleaseMode.EXPLICIT
    assert policy.release.recipients == () and not policy.release.can_seal
    assert "nothing will be sent" in policy.warnings[0]
    assert policy.exclusions == DEFAULT_EXCLUSIONS


def test_the_default_policy_written_out_parses_back_to_the_same_rules(tmp_path: Path):
    policy = default_policy(tmp_path)
    again = parse_policy(policy_to_toml(policy), "copy.toml")
    assert dataclasses.replace(again, source=BUILT_IN_SOURCE) == policy
    assert again.content_hash == policy.content_hash


# ---- the policy hash -------------------------------------------------------------------------------


def test_the_hash_identifies_the_rules_not_where_they_came_from():
    first = parse_policy(FULL_FILE, "/a/policy.toml")
    second = parse_policy("# a comment changes nothing\n" + FULL_FILE, "/b/other.toml")
    assert first.content_hash == second.content_hash
    assert len(first.content_hash) == 64
    assert dataclasses.replace(first, managed=False).content_hash == first.content_hash


@pytest.mark.parametrize("change", [
    ("hold_hours = 24.5", "hold_hours = 25"),
    ('default = "masked"', 'default = "counts"'),
    ('title_pattern = "online banking"', 'title_pattern = "online bank"'),
    ("days = [5, 1, 2, 3, 4, 1]", "days = [1, 2, 3, 4]"),
    ("allow_quit = false", "allow_quit = true"),
])
def test_any_rule_change_changes_the_hash(change):
    before, after = change
    assert before in FULL_FILE
    assert parse_policy(FULL_FILE.replace(before, after), SRC).content_hash != parse_policy(FULL_FILE, SRC).content_hash


def test_the_canonical_mapping_lists_only_added_exclusions():
    mapping = policy_to_mapping(parse_policy(FULL_FILE, SRC))
    assert [rule["name"] for rule in mapping["exclusions"]] == ["banking", "chat"]
    assert "managed" not in mapping and "source" not in mapping


# ---- working hours ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("weekday", "at", "inside"), [
    (1, time(9, 0), True), (1, time(8, 59), False), (5, time(16, 59), True), (5, time(17, 0), False),
    (6, time(10, 0), False),
])
def test_working_hours_within_a_day(weekday, at, inside):
    assert WorkingHours((1, 2, 3, 4, 5), time(9), time(17)).contains(weekday, at) is inside


@pytest.mark.parametrize(("weekday", "at", "inside"), [
    (5, time(23, 0), True), (6, time(5, 59), True), (6, time(6, 0), False), (6, time(23, 0), False),
    (2, time(1, 0), False), (7, time(22, 0), True), (1, time(2, 0), True),
])
def test_night_shift_hours_belong_to_their_start_day(weekday, at, inside):
    assert WorkingHours((5, 7), time(22), time(6)).contains(weekday, at) is inside


# ---- the generated reference -----------------------------------------------------------------------


def _reference_generator():
    import importlib.util

    script = Path(__file__).resolve().parents[3] / "tools" / "gen_policy_reference.py"
    spec = importlib.util.spec_from_file_location("gen_policy_reference", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_policy_reference_is_what_the_schema_generates():
    generator = _reference_generator()
    committed = generator.OUTPUT.read_text(encoding="utf-8")
    assert committed == generator.render_reference(), "run: python tools/gen_policy_reference.py"


def test_the_reference_documents_every_key_and_its_example_is_valid():
    generator = _reference_generator()
    text = generator.render_reference()
    from app.policy.file import schema as policy_schema
    from app.policy.file.exclusion_entries import EXCLUSIONS

    for section in (*policy_schema.SECTIONS, EXCLUSIONS):
        for field in section.fields:
            assert f"| `{field.key}` |" in text
    example = parse_policy(generator.EXAMPLE, "example.toml")
    assert example.organisation == "Example Corp" and example.release.recipients == (RECIPIENT,)

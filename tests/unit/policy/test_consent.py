"""Consent: the plain-language summary, its scope, the state machine and what changed."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from app.core.model import KeystrokeMode
from app.policy.consent.summary import (
    ConsentState,
    consent_record,
    consent_scope,
    consent_state,
    consent_summary,
    policy_change_record,
    policy_diff,
    policy_from_consent_body,
)
from app.policy.file.parser import default_policy, parse_policy
from app.policy.model import ReleaseMode
from app.policy.rules.exclusions import ExclusionRule

RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
ORG = parse_policy(f"""
organisation = "Example Corp"
allow_quit = false
[keystrokes]
default = "masked"
[keystrokes.per_app]
signal = "none"
[[exclusions]]
name = "banking"
title_pattern = "online banking"
[release]
destination = "s3://training-drop/airlock"
s3_endpoint = "https://minio.example.com"
recipients = ["{RECIPIENT}"]
mode = "after-hold"
hold_hours = 24
[working_hours]
days = [1, 2, 3, 4, 5]
start = "09:00"
end = "17:30"
""", "/etc/airlock/policy.toml")


def _lines(policy, title: str) -> tuple[str, ...]:
    return next(section.lines for section in consent_summary(policy).sections if section.title == title)


def test_the_summary_has_the_five_sections_in_order():
    titles = [section.title for section in consent_summary(ORG).sections]
    assert titles == ["What is recorded", "What is never recorded", "Where released data goes and who can open it",
                      "Pause, delete and flag", "Your rights"]


def test_what_is_recorded_comes_with_examples():
    lines = _lines(ORG, "What is recorded")
    assert lines[0].startswith("Screenshots of the monitor you are working on: at least every 30 seconds")
    assert "For example the document you are editing" in lines[0]
    assert lines[1] == ("Keystrokes: which keys you press and when, but not the characters. For example, typing "
                        "“Meeting at 3pm” stores “••••••• •• •••” (Enter, Backspace and shortcuts are kept).")
    assert lines[2] == "Keystrokes in signal: nothing of what you type."
    assert any("a click at (640, 380)" in line for line in lines)
    assert any("“Firefox — Quarterly report – Google Docs”" in line for line in lines)
    assert lines[-1] == "When: only on Monday to Friday, from 09:00 to 17:30; nothing outside those hours."


def test_full_keystrokes_and_no_screenshots_are_said_plainly(tmp_path: Path):
    policy = default_policy(tmp_path)
    policy = dataclasses.replace(policy, capture=dataclasses.replace(policy.capture, screenshots=False))
    lines = _lines(policy, "What is recorded")
    assert lines[0] == "No screenshots."
    assert "typing “Meeting at 3pm” stores “Meeting at 3pm”" in lines[1]
    assert lines[-1] == "When: whenever Airlock is running and you have not paused it."


def test_what_is_never_recorded_lists_built_in_and_added_exclusions():
    lines = _lines(ORG, "What is never recorded")
    assert lines[0].startswith("Windows caught by the built-in exclusions (password manager, authenticator, "
                               "private browsing, login prompt), always")
    assert lines[1] == "Also excluded: banking: windows titled like “online banking”."
    assert lines[2].startswith("Airlock's own windows (this one, the review, the settings)")
    assert "Anything while you are paused, and anything before you agree here." in lines


def test_where_data_goes_and_who_can_open_it():
    lines = _lines(ORG, "Where released data goes and who can open it")
    assert ("Each segment stays here for at least 24 hours before it may leave. After the hold, segments are "
            "released automatically unless you deleted or flagged them.") in lines
    assert ("Released data goes to the storage bucket “training-drop” (under “airlock/”) at "
            "https://minio.example.com.") in lines
    assert any(line.startswith("It is sealed (encrypted) before it leaves, so that only the holder of the "
                               "organisation's key (age1ql3z7hjy…mcac8p) can open it.") for line in lines)
    assert "Everything recorded is deleted from this computer after 30 days, released or not." in lines


def test_the_personal_default_says_nothing_will_be_sent(tmp_path: Path):
    lines = _lines(default_policy(tmp_path), "Where released data goes and who can open it")
    assert f"Released data goes to the folder {(tmp_path / 'outbox').resolve()}." in lines
    assert "Only segments you approve are released." in lines[1]
    assert any("names nobody to seal data for, so nothing will be sent" in line for line in lines)


def test_controls_and_rights():
    controls = _lines(ORG, "Pause, delete and flag")
    assert controls[0].startswith("Pause: one click on the tray icon")
    assert controls[-1] == "Your organisation's policy does not offer Quit; Pause is always available."
    rights = " ".join(_lines(ORG, "Your rights"))
    for phrase in ("You may decline", "airlock consent", "airlock export --to DIR", "Withdraw",
                   "recording waits until you have seen what changed"):
        assert phrase in rights


def test_the_text_form_shows_every_section_heading_and_the_hashes():
    summary = consent_summary(ORG)
    text = summary.as_text()
    assert text.startswith("What Airlock records on this computer for Example Corp, under an unsigned evaluation policy")
    for section in summary.sections:
        assert f"\n{section.title}\n" in text
        assert all(f"  • {line}" in text for line in section.lines)
    assert f"Policy {ORG.content_hash[:16]} · consent scope {consent_scope(ORG)[:16]}" in text
    signed = consent_summary(dataclasses.replace(ORG, managed=True)).as_text()
    assert signed.startswith("What Airlock records on this computer for Example Corp, under your organisation's signed policy")


# ---- scope --------------------------------------------------------------------------------------------


def _release(**changes):
    return dataclasses.replace(ORG, release=dataclasses.replace(ORG.release, **changes))


@pytest.mark.parametrize("changed", [
    _release(destination="s3://other-bucket/x"),
    _release(recipients=()),
    _release(hold_hours=12),
    _release(mode=ReleaseMode.EXPLICIT),
    _release(s3_endpoint="https://evil.example.com"),
    dataclasses.replace(ORG, keystroke_default=KeystrokeMode.FULL),
    dataclasses.replace(ORG, capture=dataclasses.replace(ORG.capture, screenshot_interval_s=5)),
    dataclasses.replace(ORG, exclusions=ORG.exclusions[:-1]),
    dataclasses.replace(ORG, retention_days=365),
    dataclasses.replace(ORG, working_hours=None),
])
def test_what_matters_to_the_employee_changes_the_scope(changed):
    assert consent_scope(changed) != consent_scope(ORG)


@pytest.mark.parametrize("changed", [
    _release(schedule_minutes=5), _release(bandwidth_kbps=10), _release(ac_power_only=True),
    dataclasses.replace(ORG, capture=dataclasses.replace(ORG.capture, max_segment_s=60)),
    dataclasses.replace(ORG, source="/elsewhere.toml", managed=True),
])
def test_transport_and_segmenting_knobs_do_not_ask_again(changed):
    assert consent_scope(changed) == consent_scope(ORG)


# ---- state --------------------------------------------------------------------------------------------


def test_consent_state_follows_the_latest_answer():
    assert consent_state(None, ORG) is ConsentState.NEEDED
    assert consent_state({"nonsense": 1}, ORG) is ConsentState.NEEDED
    assert consent_state(consent_record(ORG, accepted=True), ORG) is ConsentState.GIVEN
    assert consent_state(consent_record(ORG, accepted=False), ORG) is ConsentState.DECLINED
    changed = _release(destination="s3://other-bucket/x")
    assert consent_state(consent_record(ORG, accepted=True), changed) is ConsentState.CHANGED
    assert consent_state(consent_record(ORG, accepted=False), changed) is ConsentState.CHANGED
    assert consent_state({"scope": consent_scope(ORG), "accepted": "yes"}, ORG) is ConsentState.DECLINED


def test_the_consent_record_is_json_and_keeps_the_policy_for_a_later_diff():
    record = json.loads(json.dumps(consent_record(ORG, accepted=True)))
    assert record["policy_hash"] == ORG.content_hash and record["scope"] == consent_scope(ORG)
    assert record["accepted"] is True
    again = policy_from_consent_body(record)
    assert again is not None and again.content_hash == ORG.content_hash
    assert policy_from_consent_body({"policy": {"bogus": 1}}) is None
    assert policy_from_consent_body(None) is None


# ---- diff ---------------------------------------------------------------------------------------------


def test_no_difference_means_no_sentences():
    assert policy_diff(ORG, dataclasses.replace(ORG, source="x")) == []


def test_the_difference_in_words():
    new = dataclasses.replace(
        ORG,
        keystroke_default=KeystrokeMode.FULL,
        keystroke_per_app={"signal": KeystrokeMode.NONE, "slack": KeystrokeMode.COUNTS},
        exclusions=ORG.exclusions[:-1] + (ExclusionRule("hr", app_pattern="workday"),),
        retention_days=60,
        release=dataclasses.replace(ORG.release, mode=ReleaseMode.EXPLICIT, hold_hours=48,
                                    destination="file:///srv/drop", recipients=()),
        working_hours=None,
        allow_quit=True,
    )
    assert policy_diff(ORG, new) == [
        "Data kept on this computer for: 30 days → 60 days",
        "Release: automatically after the hold → after your approval",
        "Hold before release: 24 h → 48 h",
        "Quit offered in the tray menu: no → yes",
        "Keystrokes by default: masked → full (more is recorded)",
        "Keystrokes in slack: masked → counts (less is recorded)",
        "New exclusion: hr: applications matching “workday”",
        "Exclusion removed (now recorded): banking: windows titled like “online banking”",
        "Released data goes to the folder /srv/drop instead of to the storage bucket “training-drop” "
        "(under “airlock/”) at https://minio.example.com",
        f"A key can no longer open newly released data: {RECIPIENT}",
        "Recording hours: Monday to Friday, 09:00–17:30 → any time",
    ]


def test_a_policy_change_record_says_what_changed():
    new = _release(hold_hours=12)
    record = policy_change_record(ORG, new)
    assert record["from_hash"] == ORG.content_hash and record["to_hash"] == new.content_hash
    assert record["changes"] == ["Hold before release: 24 h → 12 h"]
    assert record["scope"] == consent_scope(new) and record["source"] == "/etc/airlock/policy.toml"
    assert policy_change_record(None, ORG)["from_hash"] is None

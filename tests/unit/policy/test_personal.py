"""Personal settings tighten the organisation's policy and never loosen it."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import PolicyError
from app.core.model import KeystrokeMode
from app.policy.file.parser import parse_policy
from app.policy.model import ReleaseMode
from app.policy.personal import PersonalSettings, effective_policy, personal_from_mapping, personal_to_mapping
from app.policy.rules.exclusions import ExclusionRule

IT_POLICY = parse_policy("""
[keystrokes]
default = "masked"
[keystrokes.per_app]
Terminal = "full"
signal = "none"
[release]
destination = "file:///srv/drop"
hold_hours = 48
mode = "after-hold"
""", "it.toml")

BANKING = ExclusionRule("banking", title_pattern="my bank")
MODES = list(KeystrokeMode)


def test_no_personal_settings_change_nothing():
    effective, refused = effective_policy(IT_POLICY, PersonalSettings())
    assert effective == IT_POLICY and refused == []


def test_every_tightening_is_applied():
    personal = PersonalSettings(extra_exclusions=(BANKING,), keystroke_per_app={"firefox": KeystrokeMode.NONE},
                                keystroke_default=KeystrokeMode.COUNTS, hold_hours=96,
                                release_mode=ReleaseMode.EXPLICIT)
    effective, refused = effective_policy(IT_POLICY, personal)
    assert refused == []
    assert effective.exclusions == IT_POLICY.exclusions + (BANKING,)
    assert effective.keystroke_default is KeystrokeMode.COUNTS
    assert effective.keystroke_mode_for("Firefox") is KeystrokeMode.NONE
    assert effective.keystroke_mode_for("terminal") is KeystrokeMode.COUNTS  # the stricter personal default
    assert effective.keystroke_mode_for("signal") is KeystrokeMode.NONE
    assert effective.release.hold_hours == 96 and effective.release.mode is ReleaseMode.EXPLICIT
    assert effective.content_hash != IT_POLICY.content_hash


@pytest.mark.parametrize(("personal", "refusal"), [
    (PersonalSettings(keystroke_default=KeystrokeMode.FULL),
     "Keystrokes by default: “full” is looser than your organisation's “masked”, so “masked” stays. "
     "You can only choose a stricter mode."),
    (PersonalSettings(keystroke_per_app={"Signal": KeystrokeMode.MASKED}),
     "Keystrokes in Signal: “masked” is looser than your organisation's “none”, so “none” stays. "
     "You can only choose a stricter mode."),
    (PersonalSettings(keystroke_per_app={"gedit": KeystrokeMode.FULL}),
     "Keystrokes in gedit: “full” is looser than your organisation's “masked”, so “masked” stays. "
     "You can only choose a stricter mode."),
    (PersonalSettings(hold_hours=1),
     "Hold period: 1 h is shorter than your organisation's 48 h, so 48 h stays. You can only lengthen it."),
])
def test_each_loosening_is_refused_with_a_reason(personal, refusal):
    effective, refused = effective_policy(IT_POLICY, personal)
    assert refused == [refusal]
    assert effective == IT_POLICY


def test_explicit_approval_cannot_be_replaced_by_after_hold():
    explicit_it = dataclasses.replace(IT_POLICY, release=dataclasses.replace(IT_POLICY.release, mode=ReleaseMode.EXPLICIT))
    effective, refused = effective_policy(explicit_it, PersonalSettings(release_mode=ReleaseMode.AFTER_HOLD))
    assert effective.release.mode is ReleaseMode.EXPLICIT
    assert refused == ["Release: your organisation asks for your explicit approval of each segment; "
                       "automatic release after the hold cannot replace it."]


def test_a_refused_personal_default_leaves_it_per_app_modes_alone():
    effective, _ = effective_policy(IT_POLICY, PersonalSettings(keystroke_default=KeystrokeMode.FULL))
    assert effective.keystroke_mode_for("terminal") is KeystrokeMode.FULL


def test_personal_settings_survive_storage():
    personal = PersonalSettings(extra_exclusions=(BANKING,), keystroke_per_app={"a": KeystrokeMode.COUNTS},
                                keystroke_default=KeystrokeMode.MASKED, hold_hours=100.0,
                                release_mode=ReleaseMode.EXPLICIT)
    assert personal_from_mapping(personal_to_mapping(personal)) == personal
    assert personal_from_mapping(personal_to_mapping(PersonalSettings())) == PersonalSettings()


@pytest.mark.parametrize("stored", [
    [], {"hold_hours": -1}, {"release_mode": "sometimes"}, {"keystroke_default": "all"}, {"surprise": 1},
    {"extra_exclusions": [{"name": "x"}]}, {"extra_exclusions": "x"}, {"keystroke_per_app": []},
    {"extra_exclusions": [{"name": "x", "title_pattern": "a[[b]"}]}, {"extra_exclusions": [{"title_pattern": "a"}]},
    {"extra_exclusions": [{"name": "x", "title_pattern": "(("}]}, {"extra_exclusions": [1]},
    {"extra_exclusions": [{"name": "x", "app_pattern": "a", "colour": "red"}]}, {"keystroke_per_app": {" ": "none"}},
])
def test_damaged_personal_settings_are_a_known_error(stored):
    with pytest.raises(PolicyError, match="Your personal settings are damaged"):
        personal_from_mapping(stored)


_apps = st.sampled_from(["terminal", "Terminal", "signal", "SIGNAL.exe", "firefox", "code", "x"])
_personal = st.builds(
    PersonalSettings,
    extra_exclusions=st.lists(st.builds(ExclusionRule, st.sampled_from(["a", "b"]),
                                        st.sampled_from(["", "x"]), st.just("t")), max_size=2).map(tuple),
    keystroke_per_app=st.dictionaries(_apps, st.sampled_from(MODES), max_size=4),
    keystroke_default=st.none() | st.sampled_from(MODES),
    hold_hours=st.none() | st.floats(min_value=0, max_value=500),
    release_mode=st.none() | st.sampled_from(list(ReleaseMode)),
)
_it_policy = st.builds(
    lambda default, per_app, hold, mode: dataclasses.replace(
        IT_POLICY, keystroke_default=default, keystroke_per_app=per_app,
        release=dataclasses.replace(IT_POLICY.release, hold_hours=hold, mode=mode)),
    st.sampled_from(MODES), st.dictionaries(st.sampled_from(["terminal", "signal", "Code"]), st.sampled_from(MODES)),
    st.floats(min_value=0, max_value=500), st.sampled_from(list(ReleaseMode)),
)


@settings(max_examples=500, deadline=None)
@given(policy=_it_policy, personal=_personal, probe=_apps)
def test_the_effective_policy_is_never_looser_than_it(policy, personal, probe):
    effective, _ = effective_policy(policy, personal)
    for app in (probe, "terminal", "signal", "code", "unlisted"):
        assert effective.keystroke_mode_for(app).strictness >= policy.keystroke_mode_for(app).strictness
    assert effective.keystroke_default.strictness >= policy.keystroke_default.strictness
    assert effective.release.hold_hours >= policy.release.hold_hours
    if policy.release.mode is ReleaseMode.EXPLICIT:
        assert effective.release.mode is ReleaseMode.EXPLICIT
    assert set(policy.exclusions) <= set(effective.exclusions)
    # Nothing else moves.
    untouched = ("organisation", "capture", "retention_days", "working_hours", "allow_quit", "source", "managed")
    assert all(getattr(effective, name) == getattr(policy, name) for name in untouched)
    assert dataclasses.replace(effective.release, hold_hours=0, mode=ReleaseMode.EXPLICIT) == \
        dataclasses.replace(policy.release, hold_hours=0, mode=ReleaseMode.EXPLICIT)

"""What changed between two policies, in words (for re-consent and the activity log)."""

from __future__ import annotations

from typing import Any

from app.core.model import KeystrokeMode
from app.policy.consent.wording import days_words, destination_words
from app.policy.file.exclusion_entries import describe_exclusion
from app.policy.model import Policy
from app.policy.rules.exclusions import DEFAULT_EXCLUSIONS


def _seconds(value: float) -> str:
    return f"every {value:g} s"


def _percent(value: float) -> str:
    return f"{value:.0%}"


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:
        return "none"
    return f"{value:g}" if isinstance(value, float) else str(value)


# (attribute path on Policy, label, formatter); compared in this order.
_SIMPLE: tuple[tuple[tuple[str, ...], str, Any], ...] = (
    (("organisation",), "Organisation", lambda value: value or "(none)"),
    (("capture", "screenshots"), "Screenshots", lambda value: "on" if value else "off"),
    (("capture", "screenshot_interval_s"), "Screenshot interval", _seconds),
    (("capture", "change_threshold"), "Screen change that triggers an extra screenshot", _percent),
    (("capture", "jpeg_quality"), "Screenshot quality", _plain),
    (("capture", "scale"), "Screenshot scale", _percent),
    (("capture", "monitors"), "Monitors recorded", _plain),
    (("capture", "idle_gap_s"), "Idle time that ends a segment", lambda value: f"{value:g} s"),
    (("capture", "max_segment_s"), "Longest segment", lambda value: f"{value:g} s"),
    (("retention_days",), "Data kept on this computer for", lambda value: f"{value} days"),
    (("release", "mode"), "Release", lambda mode: "after your approval" if mode.value == "explicit"
     else "automatically after the hold"),
    (("release", "hold_hours"), "Hold before release", lambda value: f"{value:g} h"),
    (("release", "s3_endpoint"), "Storage endpoint", _plain),
    (("release", "s3_region"), "Storage region", _plain),
    (("release", "schedule_minutes"), "Release runs every", lambda value: f"{value} min"),
    (("release", "bandwidth_kbps"), "Upload limit", lambda value: "none" if value is None else f"{value} KB/s"),
    (("release", "ac_power_only"), "Upload only on mains power", _plain),
    (("scan", "enabled"), "Screenshots read on this computer to suggest sensitive moments", _plain),
    (("scan", "hold_suggestions"), "Segments with an unanswered suggestion are held", _plain),
    (("scan", "words"), "Words that make a moment sensitive", lambda words: ", ".join(words) or "none"),
    (("allow_quit",), "Quit offered in the tray menu", _plain),
    (("pause_shortcut",), "Pause shortcut", lambda value: value or "Ctrl+Alt+P"),
)


def _get(policy: Policy, path: tuple[str, ...]) -> Any:
    value: Any = policy
    for name in path:
        value = getattr(value, name)
    return value


def _mode_change(label: str, old: KeystrokeMode, new: KeystrokeMode) -> str:
    effect = "less is recorded" if new.strictness > old.strictness else "more is recorded"
    return f"{label}: {old.value} → {new.value} ({effect})"


def _hours(policy: Policy) -> str:
    hours = policy.working_hours
    if hours is None:
        return "any time"
    return f"{days_words(hours.days)}, {hours.start:%H:%M}–{hours.end:%H:%M}"


def policy_diff(old: Policy, new: Policy) -> list[str]:
    """One sentence per difference; empty if the rules are the same."""
    changes = []
    for path, label, show in _SIMPLE:
        before, after = _get(old, path), _get(new, path)
        if before != after:
            changes.append(f"{label}: {show(before)} → {show(after)}")
    if old.keystroke_default is not new.keystroke_default:
        changes.append(_mode_change("Keystrokes by default", old.keystroke_default, new.keystroke_default))
    for app in sorted(set(old.keystroke_per_app) | set(new.keystroke_per_app), key=str.lower):
        before, after = old.keystroke_per_app.get(app), new.keystroke_per_app.get(app)
        if before is None and after is not None:
            changes.append(_mode_change(f"Keystrokes in {app}", old.keystroke_mode_for(app), after))
        elif after is None and before is not None:
            changes.append(_mode_change(f"Keystrokes in {app}", before, new.keystroke_mode_for(app)))
        elif before is not after and before is not None and after is not None:
            changes.append(_mode_change(f"Keystrokes in {app}", before, after))
    for rule in new.exclusions:
        if rule not in old.exclusions and rule not in DEFAULT_EXCLUSIONS:
            changes.append(f"New exclusion: {describe_exclusion(rule)}")
    for rule in old.exclusions:
        if rule not in new.exclusions and rule not in DEFAULT_EXCLUSIONS:
            changes.append(f"Exclusion removed (now recorded): {describe_exclusion(rule)}")
    if old.release.destination != new.release.destination:
        changes.append(f"Released data goes {destination_words(new.release.destination, new.release.s3_endpoint)} "
                       f"instead of {destination_words(old.release.destination, old.release.s3_endpoint)}")
    for recipient in new.release.recipients:
        if recipient not in old.release.recipients:
            changes.append(f"A new key can open released data: {recipient}")
    for recipient in old.release.recipients:
        if recipient not in new.release.recipients:
            changes.append(f"A key can no longer open newly released data: {recipient}")
    if old.working_hours != new.working_hours:
        changes.append(f"Recording hours: {_hours(old)} → {_hours(new)}")
    return changes

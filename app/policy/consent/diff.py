"""What changed between two policies, in words (for re-consent and the activity log)."""

from __future__ import annotations

from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.model import KeystrokeMode
from app.policy.consent.wording import days_words, destination_words
from app.policy.file.exclusion_entries import describe_exclusion
from app.policy.model import Policy
from app.policy.rules.exclusions import DEFAULT_EXCLUSIONS


def _seconds(value: float) -> str:
    return translate("PolicyDiff", "every %1 s").replace("%1", f"{value:g}")


def _percent(value: float) -> str:
    return f"{value:.0%}"


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return translate("PolicyDiff", "yes") if value else translate("PolicyDiff", "no")
    if value is None:
        return translate("PolicyDiff", "none")
    return f"{value:g}" if isinstance(value, float) else str(value)


def _on_off(value: bool) -> str:
    return translate("PolicyDiff", "on") if value else translate("PolicyDiff", "off")


def _release_mode(mode: Any) -> str:
    return (translate("PolicyDiff", "after your approval") if mode.value == "explicit"
            else translate("PolicyDiff", "automatically after the hold"))


def _upload_limit(value: int | None) -> str:
    return translate("PolicyDiff", "none") if value is None else f"{value} KB/s"


# Labels are marked for the catalogue here and translated where they are shown.
# (attribute path on Policy, label, formatter); compared in this order.
_SIMPLE: tuple[tuple[tuple[str, ...], str, Any], ...] = (
    (("organisation",), QT_TRANSLATE_NOOP("PolicyDiff", "Organisation"),
     lambda value: value or translate("PolicyDiff", "(none)")),
    (("capture", "screenshots"), QT_TRANSLATE_NOOP("PolicyDiff", "Screenshots"), _on_off),
    (("capture", "screenshot_interval_s"), QT_TRANSLATE_NOOP("PolicyDiff", "Screenshot interval"), _seconds),
    (("capture", "change_threshold"),
     QT_TRANSLATE_NOOP("PolicyDiff", "Screen change that triggers an extra screenshot"), _percent),
    (("capture", "jpeg_quality"), QT_TRANSLATE_NOOP("PolicyDiff", "Screenshot quality"), _plain),
    (("capture", "scale"), QT_TRANSLATE_NOOP("PolicyDiff", "Screenshot scale"), _percent),
    (("capture", "monitors"), QT_TRANSLATE_NOOP("PolicyDiff", "Monitors recorded"), _plain),
    (("capture", "idle_gap_s"), QT_TRANSLATE_NOOP("PolicyDiff", "Idle time that ends a segment"),
     lambda value: f"{value:g} s"),
    (("capture", "max_segment_s"), QT_TRANSLATE_NOOP("PolicyDiff", "Longest segment"), lambda value: f"{value:g} s"),
    (("retention_days",), QT_TRANSLATE_NOOP("PolicyDiff", "Data kept on this computer for"),
     lambda value: translate("PolicyDiff", "%n day(s)", None, value)),
    (("release", "mode"), QT_TRANSLATE_NOOP("PolicyDiff", "Release"), _release_mode),
    (("release", "hold_hours"), QT_TRANSLATE_NOOP("PolicyDiff", "Hold before release"), lambda value: f"{value:g} h"),
    (("release", "s3_endpoint"), QT_TRANSLATE_NOOP("PolicyDiff", "Storage endpoint"), _plain),
    (("release", "s3_region"), QT_TRANSLATE_NOOP("PolicyDiff", "Storage region"), _plain),
    (("release", "schedule_minutes"), QT_TRANSLATE_NOOP("PolicyDiff", "Release runs every"),
     lambda value: f"{value} min"),
    (("release", "bandwidth_kbps"), QT_TRANSLATE_NOOP("PolicyDiff", "Upload limit"), _upload_limit),
    (("release", "ac_power_only"), QT_TRANSLATE_NOOP("PolicyDiff", "Upload only on mains power"), _plain),
    (("scan", "enabled"),
     QT_TRANSLATE_NOOP("PolicyDiff", "Screenshots read on this computer to suggest sensitive moments"), _plain),
    (("scan", "hold_suggestions"),
     QT_TRANSLATE_NOOP("PolicyDiff", "Segments with an unanswered suggestion are held"), _plain),
    (("scan", "hold_unread"),
     QT_TRANSLATE_NOOP("PolicyDiff", "Segments are held until their screenshots were read"), _plain),
    (("scan", "words"), QT_TRANSLATE_NOOP("PolicyDiff", "Words that make a moment sensitive"),
     lambda words: ", ".join(words) or translate("PolicyDiff", "none")),
    (("allow_quit",), QT_TRANSLATE_NOOP("PolicyDiff", "Quit offered in the tray menu"), _plain),
    (("pause_shortcut",), QT_TRANSLATE_NOOP("PolicyDiff", "Pause shortcut"), lambda value: value or "Ctrl+Alt+P"),
)


def _get(policy: Policy, path: tuple[str, ...]) -> Any:
    value: Any = policy
    for name in path:
        value = getattr(value, name)
    return value


def _mode_change(label: str, old: KeystrokeMode, new: KeystrokeMode) -> str:
    effect = (translate("PolicyDiff", "less is recorded") if new.strictness > old.strictness
              else translate("PolicyDiff", "more is recorded"))
    return f"{label}: {old.value} → {new.value} ({effect})"


def _hours(policy: Policy) -> str:
    hours = policy.working_hours
    if hours is None:
        return translate("PolicyDiff", "any time")
    return f"{days_words(hours.days)}, {hours.start:%H:%M}–{hours.end:%H:%M}"


def policy_diff(old: Policy, new: Policy) -> list[str]:
    """One sentence per difference; empty if the rules are the same."""
    changes = []
    for path, label, show in _SIMPLE:
        before, after = _get(old, path), _get(new, path)
        if before != after:
            changes.append(f"{translate('PolicyDiff', label)}: {show(before)} → {show(after)}")
    if old.keystroke_default is not new.keystroke_default:
        changes.append(_mode_change(translate("PolicyDiff", "Keystrokes by default"), old.keystroke_default,
                                    new.keystroke_default))
    for app in sorted(set(old.keystroke_per_app) | set(new.keystroke_per_app), key=str.lower):
        label = translate("PolicyDiff", "Keystrokes in %1").replace("%1", app)
        before, after = old.keystroke_per_app.get(app), new.keystroke_per_app.get(app)
        if before is None and after is not None:
            changes.append(_mode_change(label, old.keystroke_mode_for(app), after))
        elif after is None and before is not None:
            changes.append(_mode_change(label, before, new.keystroke_mode_for(app)))
        elif before is not after and before is not None and after is not None:
            changes.append(_mode_change(label, before, after))
    for rule in new.exclusions:
        if rule not in old.exclusions and rule not in DEFAULT_EXCLUSIONS:
            changes.append(translate("PolicyDiff", "New exclusion: %1").replace("%1", describe_exclusion(rule)))
    for rule in old.exclusions:
        if rule not in new.exclusions and rule not in DEFAULT_EXCLUSIONS:
            changes.append(translate("PolicyDiff", "Exclusion removed (now recorded): %1").replace(
                "%1", describe_exclusion(rule)))
    if old.release.destination != new.release.destination:
        changes.append(translate("PolicyDiff", "Released data goes %1 instead of %2").replace(
            "%1", destination_words(new.release.destination, new.release.s3_endpoint)).replace(
            "%2", destination_words(old.release.destination, old.release.s3_endpoint)))
    for recipient in new.release.recipients:
        if recipient not in old.release.recipients:
            changes.append(translate("PolicyDiff", "A new key can open released data: %1").replace("%1", recipient))
    for recipient in old.release.recipients:
        if recipient not in new.release.recipients:
            changes.append(translate("PolicyDiff", "A key can no longer open newly released data: %1").replace(
                "%1", recipient))
    if old.working_hours != new.working_hours:
        changes.append(translate("PolicyDiff", "Recording hours: %1 → %2").replace("%1", _hours(old)).replace(
            "%2", _hours(new)))
    for language in sorted(set(old.consent_texts) | set(new.consent_texts)):
        if old.consent_texts.get(language) != new.consent_texts.get(language):
            changes.append(translate("PolicyDiff", "Your organisation's consent text changed (%1)").replace(
                "%1", language))
    return changes

"""Consent: the plain-language summary of a policy, its consent scope, and whether consent is given.

The same `ConsentSummary` is shown by the first-run screen and printed by `airlock consent`.
Consent is recorded in the vault ledger (kind "consent", body from `consent_record`) and is tied to
the policy's consent scope: a hash of everything that changes what is recorded, where it goes or
who can open it. When the scope changes, capture waits for consent again (`ConsentState.CHANGED`)
and `policy_diff` says what changed.
"""

from __future__ import annotations

import enum
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from app.core import i18n
from app.core.errors import PolicyError
from app.core.i18n import translate
from app.core.model import KeystrokeMode
from app.policy.consent.diff import policy_diff
from app.policy.consent.wording import (
    destination_words,
    exclusion_lines,
    hours_words,
    keystroke_example,
    recipients_words,
)
from app.policy.file.canonical import policy_to_mapping
from app.policy.model import BUILT_IN_SOURCE, ConsentText, Policy, ReleaseMode

__all__ = ["ConsentSection", "ConsentState", "ConsentSummary", "consent_record", "consent_scope",
           "consent_state", "consent_summary", "policy_change_record", "policy_diff", "policy_from_consent_body"]

_SCOPE_VERSION = "airlock-consent-scope-v1"
# Transport and segmenting knobs change neither what is recorded nor who can read it.
# The pause shortcut only changes how the employee reaches a control.
_OUTSIDE_SCOPE = {"release": ("schedule_minutes", "bandwidth_kbps", "ac_power_only"),
                  "capture": ("idle_gap_s", "max_segment_s")}
_OUTSIDE_SCOPE_TOP = ("pause_shortcut",)


class ConsentState(str, enum.Enum):
    """May capture start? Only in GIVEN."""

    NEEDED = "needed"  # never asked (or the record is unreadable)
    GIVEN = "given"
    DECLINED = "declined"
    CHANGED = "changed"  # consent (or a refusal) was for a different policy scope: ask again


@dataclass(frozen=True)
class ConsentSection:
    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ConsentSummary:
    """What the employee is asked to agree to, in sections of plain sentences."""

    heading: str
    policy_hash: str
    scope: str
    sections: tuple[ConsentSection, ...]
    language: str = i18n.SOURCE_LANGUAGE  # the language of the organisation's own words shown ("" if none)
    fallback_note: str = ""  # said when the employee's language is not among the policy's

    def as_text(self) -> str:
        """The summary as plain text (the CLI prints this; the screen shows the same sentences)."""
        parts = [self.heading, "=" * len(self.heading)]
        if self.fallback_note:
            parts += ["", self.fallback_note]
        for section in self.sections:
            parts += ["", section.title, "-" * len(section.title)]
            parts += [f"  • {line}" for line in section.lines]
        parts += ["", translate("Consent", "Policy %1 · consent scope %2").replace("%1", self.policy_hash[:16]).replace(
            "%2", self.scope[:16])]
        return "\n".join(parts)


def consent_scope(policy: Policy) -> str:
    """sha256 (hex) of the parts of the policy that consent covers."""
    mapping = policy_to_mapping(policy)
    for section, keys in _OUTSIDE_SCOPE.items():
        for key in keys:
            mapping[section].pop(key, None)
    for key in _OUTSIDE_SCOPE_TOP:
        mapping.pop(key, None)
    material = _SCOPE_VERSION + json.dumps(mapping, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def consent_record(policy: Policy, accepted: bool) -> dict[str, Any]:
    """The ledger body of a consent decision. The policy itself is kept so a later change can be
    shown as a difference (it holds rules, never captured content)."""
    return {"policy_hash": policy.content_hash, "scope": consent_scope(policy), "accepted": accepted,
            "policy": policy_to_mapping(policy)}


def policy_change_record(old: Policy | None, new: Policy) -> dict[str, Any]:
    """The ledger body (kind "policy-change") for a new policy coming into force."""
    return {"from_hash": old.content_hash if old is not None else None, "to_hash": new.content_hash,
            "scope": consent_scope(new), "source": new.source, "managed": new.managed,
            "changes": policy_diff(old, new) if old is not None else []}


def consent_state(latest_consent_body: dict[str, Any] | None, policy: Policy) -> ConsentState:
    """Decide from the newest consent ledger entry's body (None if there is none)."""
    if not isinstance(latest_consent_body, dict) or not isinstance(latest_consent_body.get("scope"), str):
        return ConsentState.NEEDED
    if latest_consent_body["scope"] != consent_scope(policy):
        return ConsentState.CHANGED
    return ConsentState.GIVEN if latest_consent_body.get("accepted") is True else ConsentState.DECLINED


def policy_from_consent_body(body: dict[str, Any] | None) -> Policy | None:
    """The policy a consent entry was given for (to show what changed), or None if unavailable."""
    from app.policy.file.parser import policy_from_mapping

    if not isinstance(body, dict) or not isinstance(body.get("policy"), dict):
        return None
    try:
        return policy_from_mapping(body["policy"], "the policy you last agreed to")
    except PolicyError:
        return None


def consent_words(policy: Policy, language: str) -> tuple[str, ConsentText | None]:
    """The organisation's words for `language`: (language shown, its text); its base language
    ("de" for "de_AT") will do; else English, else the first; ("", None) if the policy has none."""
    texts = policy.consent_texts
    for candidate in (language, language.split("_")[0], i18n.SOURCE_LANGUAGE, *sorted(texts)):
        if candidate in texts:
            return candidate, texts[candidate]
    return "", None


def language_name(code: str) -> str:
    """A language's own name ("Deutsch"), or its code when the catalogue does not know it."""
    return i18n.LANGUAGE_NAMES.get(code) or i18n.LANGUAGE_NAMES.get(code.split("_")[0]) or code


def consent_summary(policy: Policy, language: str | None = None) -> ConsentSummary:
    """The plain-language summary of `policy` for the consent screen and `airlock consent`, in the
    current language (Airlock's words) with the organisation's own words in `language` or its fallback."""
    wanted = language or i18n.requested_language()
    origin = (translate("Consent", "your organisation's signed policy") if policy.managed
              else translate("Consent", "the built-in policy for personal use") if policy.source == BUILT_IN_SOURCE
              else translate("Consent", "an unsigned evaluation policy (%1)").replace("%1", policy.source))
    if policy.organisation:
        heading = translate("Consent", "What Airlock records on this computer for %1, under %2").replace(
            "%1", policy.organisation).replace("%2", origin)
    else:
        heading = translate("Consent", "What Airlock records on this computer, under %1").replace("%1", origin)
    shown, words = consent_words(policy, wanted)
    note = ""
    if words is not None and shown.split("_")[0] != wanted.split("_")[0]:
        note = translate("Consent", "Your organisation's text is not available in %1; it is shown in %2.").replace(
            "%1", language_name(wanted)).replace("%2", language_name(shown))
    purpose = (ConsentSection(translate("Consent", "Why your organisation records"),
                              tuple(line for line in (words.purpose, words.text) if line)),) if words else ()
    return ConsentSummary(
        heading=heading,
        policy_hash=policy.content_hash,
        scope=consent_scope(policy),
        sections=(
            *purpose,
            ConsentSection(translate("Consent", "What is recorded"), _recorded(policy)),
            ConsentSection(translate("Consent", "What is never recorded"), _never_recorded(policy)),
            ConsentSection(translate("Consent", "Where released data goes and who can open it"), _release(policy)),
            ConsentSection(translate("Consent", "Pause, delete and flag"), _controls(policy)),
            ConsentSection(translate("Consent", "Your rights"), _rights()),
        ),
        language=shown if words is not None else i18n.current_language(),
        fallback_note=note,
    )


def _recorded(policy: Policy) -> tuple[str, ...]:
    capture = policy.capture
    lines = []
    if capture.screenshots:
        where = (translate("Consent", "the monitor you are working on") if capture.monitors == "active"
                 else translate("Consent", "every monitor"))
        lines.append(translate(
            "Consent", "Screenshots of %1: at least every %2 seconds while you are active, and when %3 or more of "
            "the screen changes; scaled to %4 and stored as JPEG (quality %5). For example the document you are "
            "editing, the web page you are reading, or a chat window that is open.").replace("%1", where).replace(
            "%2", f"{capture.screenshot_interval_s:g}").replace("%3", f"{capture.change_threshold:.0%}").replace(
            "%4", f"{capture.scale:.0%}").replace("%5", str(capture.jpeg_quality)))
    else:
        lines.append(translate("Consent", "No screenshots."))
    lines.append(translate("Consent", "Keystrokes: %1").replace("%1", keystroke_example(policy.keystroke_default)))
    for app, mode in policy.keystroke_per_app.items():
        lines.append(translate("Consent", "Keystrokes in %1: %2").replace("%1", app).replace("%2", keystroke_example(mode)))
    if any(mode is not KeystrokeMode.NONE for mode in (policy.keystroke_default, *policy.keystroke_per_app.values())):
        lines.append(translate("Consent", "Passwords, payment card and bank account numbers, identity numbers and "
                               "API keys that you type are masked before they are stored, as far as Airlock can "
                               "recognise them."))
    lines.append(translate("Consent", "Mouse clicks, scrolling and pointer movement (positions, at most 30 per "
                           "second). For example: a click at (640, 380) in your browser."))
    lines.append(translate("Consent", "Which application and window are in front, with the window title. "
                           "For example: “Firefox — Quarterly report – Google Docs”."))
    lines.append(hours_words(policy.working_hours))
    return tuple(lines)


def _never_recorded(policy: Policy) -> tuple[str, ...]:
    return (
        *exclusion_lines(policy.exclusions),
        translate("Consent", "Airlock's own windows (this one, the review, the settings): what you search for "
                  "or look at there."),
        translate("Consent", "Anything while you are paused, and anything before you agree here."),
        translate("Consent", "Sound, your camera, the clipboard and the files on your disk."),
    )


def _release(policy: Policy) -> tuple[str, ...]:
    release = policy.release
    approval = (translate("Consent", "Only segments you approve are released.")
                if release.mode is ReleaseMode.EXPLICIT
                else translate("Consent", "After the hold, segments are released automatically unless you deleted "
                               "or flagged them."))
    return (
        translate("Consent", "Everything is stored encrypted on this computer only. Nothing leaves until it has "
                  "passed your review."),
        translate("Consent", "Each segment stays here for at least %1 hours before it may leave. %2").replace(
            "%1", f"{release.hold_hours:g}").replace("%2", approval),
        translate("Consent", "Released data goes %1.").replace(
            "%1", destination_words(release.destination, release.s3_endpoint)),
        recipients_words(release.recipients),
        translate("Consent", "Everything recorded is deleted from this computer after %n day(s), released or not.",
                  None, policy.retention_days),
    )


def _controls(policy: Policy) -> tuple[str, ...]:
    quit_line = (translate("Consent", "You can quit Airlock at any time from the tray menu.")
                 if policy.allow_quit else
                 translate("Consent", "Your organisation's policy does not offer Quit; Pause is always available."))
    return (
        translate("Consent", "Pause: one click on the tray icon (or `airlock pause`). Recording stops at once and "
                  "stays paused, even after a restart, until you resume."),
        translate("Consent", "Review and delete: the review window shows exactly what was recorded. Delete any "
                  "part; a deleted part never comes back and is never sent."),
        translate("Consent", "Flag: mark a moment as sensitive (health, money, personal messages, HR matters, other "
                  "people's data). Flagged parts never leave this computer."),
        translate("Consent", "Redact: black out parts of screenshots or typed text before anything is released."),
        quit_line,
    )


def _rights() -> tuple[str, ...]:
    return (
        translate("Consent", "You may decline. Then nothing is recorded; you can change your mind later with "
                  "`airlock consent` or from the tray menu."),
        translate("Consent", "If the policy changes, recording waits until you have seen what changed and agreed "
                  "again."),
        translate("Consent", "Download your data: export everything Airlock holds about you "
                  "(`airlock export --to DIR`)."),
        translate("Consent", "Activity log: every pause, deletion, flag, approval, release and consent is written "
                  "to a tamper-evident log that you can read."),
        translate("Consent", "Withdraw: you can withdraw a bundle that was released; your organisation's collector "
                  "then removes it from the training data."),
    )

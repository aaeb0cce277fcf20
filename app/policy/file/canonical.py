"""The canonical form of a policy: the file's structure with every value explicit.

Its hash is the "policy hash" in the ledger and in bundles. `source`, `managed` and warnings are
left out: the hash identifies the rules, not where they were read from. This module reads the
values only by attribute, so the value types (app/policy/model.py) can use it without a cycle.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from app.policy.file import schema
from app.policy.file.exclusion_entries import exclusion_to_mapping
from app.policy.rules.exclusions import DEFAULT_EXCLUSIONS

if TYPE_CHECKING:
    from app.policy.model import Policy


def policy_hash(policy: Policy) -> str:
    """sha256 (hex) of the canonical mapping."""
    canonical = json.dumps(policy_to_mapping(policy), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def policy_to_mapping(policy: Policy) -> dict[str, Any]:
    """The canonical mapping (file structure, every value explicit, only added exclusions)."""
    release = policy.release
    release_map: dict[str, Any] = {
        "destination": release.destination,
        "mode": release.mode.value,
        "hold_hours": float(release.hold_hours),
        "recipients": list(release.recipients),
        "s3_region": release.s3_region,
        "schedule_minutes": release.schedule_minutes,
        "ac_power_only": release.ac_power_only,
    }
    if release.s3_endpoint is not None:
        release_map["s3_endpoint"] = release.s3_endpoint
    if release.bandwidth_kbps is not None:
        release_map["bandwidth_kbps"] = release.bandwidth_kbps
    capture = policy.capture
    mapping: dict[str, Any] = {
        "schema_version": schema.SCHEMA_VERSION,
        "organisation": policy.organisation,
        "retention_days": policy.retention_days,
        "allow_quit": policy.allow_quit,
        "capture": {
            "screenshots": capture.screenshots,
            "screenshot_interval_s": float(capture.screenshot_interval_s),
            "change_threshold": float(capture.change_threshold),
            "jpeg_quality": capture.jpeg_quality,
            "scale": float(capture.scale),
            "monitors": capture.monitors,
            "idle_gap_s": float(capture.idle_gap_s),
            "max_segment_s": float(capture.max_segment_s),
        },
        "keystrokes": {
            "default": policy.keystroke_default.value,
            "per_app": {app: mode.value for app, mode in sorted(policy.keystroke_per_app.items())},
        },
        "exclusions": [exclusion_to_mapping(rule) for rule in policy.exclusions if rule not in DEFAULT_EXCLUSIONS],
        "release": release_map,
    }
    if policy.pause_shortcut is not None:  # absent when unset, so older policies keep their hash
        mapping["pause_shortcut"] = policy.pause_shortcut
    if policy.valid_until is not None:  # only when set: the hash of a policy without it is unchanged
        mapping["valid_until"] = policy.valid_until.isoformat()
    scan = policy.scan
    # Only when not the default, and each newer key only when set: older policies keep their hash.
    if not (scan.enabled and scan.hold_suggestions and scan.hold_unread) or scan.words:
        mapping["scan"] = {"enabled": scan.enabled, "hold_suggestions": scan.hold_suggestions}
        if not scan.hold_unread:
            mapping["scan"]["hold_unread"] = False
        if scan.words:
            mapping["scan"]["words"] = list(scan.words)
    if policy.consent_texts:  # only when set: older policies keep their hash
        mapping["consent"] = {language: {"purpose": words.purpose, "text": words.text}
                              for language, words in sorted(policy.consent_texts.items())}
    if policy.working_hours is not None:
        hours = policy.working_hours
        mapping["working_hours"] = {
            "days": list(hours.days),
            "start": hours.start.strftime("%H:%M"),
            "end": hours.end.strftime("%H:%M"),
        }
    return mapping

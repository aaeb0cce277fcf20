"""The ledger in words, for the activity log window and `airlock ledger show`."""

from __future__ import annotations

from datetime import datetime

from app.vault.ledger import LedgerEntry


def _time(t: float | None) -> str:
    return datetime.fromtimestamp(t).strftime("%Y-%m-%d %H:%M") if t else "until you resume"


def _segments(body: dict) -> str:
    segments = body.get("segments")
    if isinstance(segments, list):
        return f"{len(segments)} segment{'s' * (len(segments) != 1)}"
    if isinstance(segments, int):
        return f"{segments} segment{'s' * (segments != 1)}"
    return "segments"


def describe(entry: LedgerEntry) -> str:
    """One sentence for one decision. Bodies hold counts and ids, never content."""
    b, kind = entry.body, entry.kind
    if kind == "consent":
        return ("You agreed to the policy" if b.get("accepted") else "You declined the policy") + \
            f" (policy {str(b.get('policy_hash', ''))[:12]})."
    if kind == "pause":
        return f"Recording paused until {_time(b.get('until'))}."
    if kind == "resume":
        return "Recording resumed."
    if kind == "delete":
        what = f"{_segments(b)}, {b.get('keys', 0)} keystrokes, {b.get('clicks', 0)} clicks, {b.get('frames', 0)} screenshots"
        span = b.get("range")
        when = f" from {_time(span[0])} to {_time(span[1])}" if isinstance(span, list) and len(span) == 2 else ""
        return f"Deleted {what}{when}."
    if kind == "flag":
        return f"Flagged {_segments(b)} as sensitive ({b.get('category', 'other')}); they will never leave."
    if kind == "unflag":
        return f"Removed the sensitive flag from {_segments(b)}."
    if kind == "redact":
        return f"Redacted {b.get('kind', 'content')} in segment {b.get('segment', '?')}."
    if kind == "approve":
        return f"Approved {_segments(b)} for release."
    if kind == "release":
        return f"Released bundle {str(b.get('bundle_id', ''))[:12]} ({_segments(b)}) to {b.get('destination', '?')}."
    if kind == "receipt":
        return f"The destination confirmed bundle {str(b.get('bundle_id', ''))[:12]} ({b.get('confirmation', '')})."
    if kind == "withdrawal":
        return f"You withdrew bundle {str(b.get('bundle_id', ''))[:12]}; the data team must delete it."
    if kind == "policy-change":
        return "The policy changed."
    if kind == "suggestion":
        decision = {"redacted": "redacted the words it boxed", "flagged": "flagged the segment",
                    "dismissed": "dismissed it as not sensitive"}.get(str(b.get("decision")), str(b.get("decision")))
        return (f"Suggestion {b.get('suggestion', '?')} ({b.get('category', '?')}) in segment "
                f"{b.get('segment', '?')}: you {decision}.")
    if kind == "export":
        return f"You exported your data ({_segments(b)})."
    return f"{kind}."

"""The ledger in words, for the activity log window and `airlock ledger show`, in the employee's
language (times stay ISO "2026-12-05 14:30", readable in every language and sortable)."""

from __future__ import annotations

from datetime import datetime

from app.core.i18n import translate
from app.vault.ledger import LedgerEntry


def _time(t: float | None) -> str:
    return datetime.fromtimestamp(t).strftime("%Y-%m-%d %H:%M") if t else translate("Ledger", "until you resume")


def _segments(body: dict) -> str:
    segments = body.get("segments")
    if isinstance(segments, list):
        return translate("Ledger", "%n segment(s)", None, len(segments))
    if isinstance(segments, int):
        return translate("Ledger", "%n segment(s)", None, segments)
    return translate("Ledger", "segments")


def _fill(text: str, *values: object) -> str:
    """`text` with %1, %2, … replaced by `values` (as Qt's QString.arg does)."""
    for number, value in reversed(list(enumerate(values, 1))):
        text = text.replace(f"%{number}", str(value))
    return text


def describe(entry: LedgerEntry) -> str:
    """One sentence for one decision. Bodies hold counts and ids, never content."""
    b, kind = entry.body, entry.kind
    if kind == "consent":
        words = (translate("Ledger", "You agreed to the policy (policy %1).") if b.get("accepted")
                 else translate("Ledger", "You declined the policy (policy %1)."))
        return _fill(words, str(b.get("policy_hash", ""))[:12])
    if kind == "pause":
        return _fill(translate("Ledger", "Recording paused until %1."), _time(b.get("until")))
    if kind == "resume":
        return translate("Ledger", "Recording resumed.")
    if kind == "delete":
        what = ", ".join((_segments(b), translate("Ledger", "%n keystroke(s)", None, int(b.get("keys", 0))),
                          translate("Ledger", "%n click(s)", None, int(b.get("clicks", 0))),
                          translate("Ledger", "%n screenshot(s)", None, int(b.get("frames", 0)))))
        span = b.get("range")
        if isinstance(span, list) and len(span) == 2:
            return _fill(translate("Ledger", "Deleted %1 from %2 to %3."), what, _time(span[0]), _time(span[1]))
        return _fill(translate("Ledger", "Deleted %1."), what)
    if kind == "flag":
        return _fill(translate("Ledger", "Flagged %1 as sensitive (%2); they will never leave."), _segments(b),
                     b.get("category", "other"))
    if kind == "unflag":
        return _fill(translate("Ledger", "Removed the sensitive flag from %1."), _segments(b))
    if kind == "redact":
        return _fill(translate("Ledger", "Redacted %1 in segment %2."), b.get("kind", "content"), b.get("segment", "?"))
    if kind == "approve":
        return _fill(translate("Ledger", "Approved %1 for release."), _segments(b))
    if kind == "release":
        return _fill(translate("Ledger", "Released bundle %1 (%2) to %3."), str(b.get("bundle_id", ""))[:12],
                     _segments(b), b.get("destination", "?"))
    if kind == "receipt":
        return _fill(translate("Ledger", "The destination confirmed bundle %1 (%2)."), str(b.get("bundle_id", ""))[:12],
                     b.get("confirmation", ""))
    if kind == "withdrawal":
        return _fill(translate("Ledger", "You withdrew bundle %1; the data team must delete it."),
                     str(b.get("bundle_id", ""))[:12])
    if kind == "policy-change":
        return translate("Ledger", "The policy changed.")
    if kind == "suggestion":
        decision = {"redacted": translate("Ledger", "Suggestion %1 (%2) in segment %3: you redacted the words it boxed."),
                    "flagged": translate("Ledger", "Suggestion %1 (%2) in segment %3: you flagged the segment."),
                    "dismissed": translate("Ledger", "Suggestion %1 (%2) in segment %3: you dismissed it as not "
                                                     "sensitive.")}.get(str(b.get("decision")))
        if decision is None:
            decision = translate("Ledger", "Suggestion %1 (%2) in segment %3: you answered “%4”.").replace(
                "%4", str(b.get("decision")))
        return _fill(decision, b.get("suggestion", "?"), b.get("category", "?"), b.get("segment", "?"))
    if kind == "export":
        return _fill(translate("Ledger", "You exported your data (%1)."), _segments(b))
    return f"{kind}."

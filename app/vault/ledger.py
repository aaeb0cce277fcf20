"""The append-only, hash-chained ledger of every decision.

Each entry's hash covers its sequence number, time, kind, body and the previous entry's hash, so
an edited, removed or reordered entry breaks the chain at that point. The head (last seq and hash)
is also kept in `settings`, so removing the newest entries is detected too. Bodies hold decisions
and counts, never captured content.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

GENESIS_HASH = "0" * 64
_HEAD_KEY = "ledger_head"


class LedgerKind:
    """The kinds of entries, as stored."""

    CONSENT = "consent"
    PAUSE = "pause"
    RESUME = "resume"
    DELETE = "delete"
    FLAG = "flag"
    UNFLAG = "unflag"
    REDACT = "redact"
    APPROVE = "approve"
    RELEASE = "release"
    RECEIPT = "receipt"
    WITHDRAWAL = "withdrawal"
    POLICY_CHANGE = "policy-change"
    EXPORT = "export"
    SUGGESTION = "suggestion"  # the answer to a suggested moment: redacted, flagged, dismissed


@dataclass(frozen=True)
class LedgerEntry:
    seq: int
    t: float
    kind: str
    body: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class VerifyResult:
    """`ok`, how many entries were checked, and where and why the chain first breaks."""

    ok: bool
    checked: int
    first_broken: int | None = None
    reason: str = ""


def _canonical(body: dict[str, Any]) -> str:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(seq: int, t: float, kind: str, body_json: str, prev_hash: str) -> str:
    material = f"{seq}\n{t!r}\n{kind}\n{body_json}\n{prev_hash}".encode()
    return hashlib.sha256(material).hexdigest()


def append(conn, kind: str, body: dict[str, Any], t: float) -> LedgerEntry:
    """Append an entry in the caller's transaction (so the decision and its record commit together)."""
    row = conn.execute("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS_HASH)
    body_json = _canonical(body)
    digest = entry_hash(seq, t, kind, body_json, prev)
    conn.execute(
        "INSERT INTO ledger (seq, t, kind, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
        (seq, t, kind, body_json, prev, digest),
    )
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_HEAD_KEY, json.dumps({"seq": seq, "hash": digest})),
    )
    return LedgerEntry(seq, t, kind, body, prev, digest)


def entries(conn, since_seq: int = 0) -> list[LedgerEntry]:
    rows = conn.execute(
        "SELECT seq, t, kind, body, prev_hash, hash FROM ledger WHERE seq > ? ORDER BY seq", (since_seq,)
    ).fetchall()
    return [LedgerEntry(seq, t, kind, json.loads(body), prev, digest) for seq, t, kind, body, prev, digest in rows]


def verify_rows(rows, head: dict[str, Any] | None) -> VerifyResult:
    """Check a sequence of (seq, t, kind, body_json, prev_hash, hash) rows in stored order."""
    expected_seq, expected_prev, checked = 1, GENESIS_HASH, 0
    for seq, t, kind, body_json, prev, digest in rows:
        if seq != expected_seq:
            return VerifyResult(False, checked, expected_seq, f"entry {expected_seq} is missing or out of order (found {seq})")
        if prev != expected_prev:
            return VerifyResult(False, checked, seq, f"entry {seq} does not follow entry {seq - 1}")
        if entry_hash(seq, t, kind, body_json, prev) != digest:
            return VerifyResult(False, checked, seq, f"entry {seq} was changed after it was written")
        expected_seq, expected_prev, checked = seq + 1, digest, checked + 1
    if head is not None and (head.get("seq") != expected_seq - 1 or head.get("hash") != expected_prev):
        return VerifyResult(False, checked, expected_seq, f"entries after {expected_seq - 1} were removed")
    if head is None and checked:
        return VerifyResult(False, checked, None, "the ledger head record is missing")
    return VerifyResult(True, checked)


def verify(conn) -> VerifyResult:
    """Walk the whole chain; report the first broken link."""
    rows = conn.execute("SELECT seq, t, kind, body, prev_hash, hash FROM ledger ORDER BY rowid").fetchall()
    head_row = conn.execute("SELECT value FROM settings WHERE key = ?", (_HEAD_KEY,)).fetchone()
    return verify_rows(rows, json.loads(head_row[0]) if head_row else None)


def latest_body(conn, kind: str) -> dict[str, Any] | None:
    """The body of the newest entry of `kind`, or None."""
    row = conn.execute("SELECT body FROM ledger WHERE kind = ? ORDER BY seq DESC LIMIT 1", (kind,)).fetchone()
    return None if row is None else json.loads(row[0])

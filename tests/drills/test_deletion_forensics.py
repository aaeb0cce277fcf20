"""Deletion forensics, end to end: a real capture session under Xvfb types a marker into a window
whose title carries another marker, screenshots show it; then `airlock delete --last 5m` removes
it — once with the recorder stopped, once while it runs. Every page of the vault and of its WAL,
live or free, is decrypted with the key and searched: 0 occurrences of the typed marker, of its
lower-case search-index token, of the title marker, of any chunk of the stored screenshots, and
of the words OCR read on them (`airlock scan` runs before each delete; the words, and their
lower-case search-index tokens). A positive control before each delete proves the search finds
them while they exist.
"""

from __future__ import annotations

import os
import random
import string

import pytest

from tests.drills.harness import drill_session, vault_problems, write_policy
from tests.drills.settings import report
from tests.e2e.harness.waiting import wait_until
from tests.helpers.vault_pages import find_in_vault

pytestmark = pytest.mark.e2e

CHUNK = 24  # bytes of a stored JPEG searched for: past the header, inside its entropy-coded data


def _marker(rng: random.Random, prefix: str) -> str:
    return prefix + "".join(rng.choice(string.ascii_uppercase) for _ in range(10))  # letters: no card masking


def _chunks(blob: bytes) -> list[bytes]:
    return [blob[offset:offset + CHUNK] for offset in range(700, len(blob) - CHUNK, 997)]


class Evidence:
    """What one capture left in the vault, and how much of it the page reader finds."""

    def __init__(self, session, typed: str, title: str) -> None:
        self.s, self.typed, self.title = session, typed, title
        self.blobs = [bytes(r[0]) for r in session.query(
            "SELECT f.image FROM frames f JOIN segments s ON s.id = f.segment_id WHERE s.title = ?", (title,))]
        # What OCR read on them: words long enough not to occur by chance elsewhere in the vault.
        self.screen_words = sorted({r[0] for r in session.query(
            "SELECT w.text FROM screen_words w JOIN frames f ON f.id = w.frame_id JOIN segments s "
            "ON s.id = f.segment_id WHERE s.title = ? AND length(w.text) >= 8", (title,))
            if r[0].isalnum() and not any(r[0] in other for other in ("Forensics", "stopped", "running"))})
        self.screen_tokens = _stored_term_tails(session, [word.lower() for word in self.screen_words])

    def hits(self) -> dict[str, int]:
        vault, key = self.s.data / "vault.db", self.s.key()
        # The search index keeps terms lower-cased and prefix-compressed: its random tail is stored whole.
        found = {name: len(find_in_vault(vault, key, needle.encode())) for name, needle in (
            ("typed", self.typed), ("typed_token", self.typed.lower()[-8:]), ("title", self.title))}
        found["screen_words"] = sum(1 for word in self.screen_words if find_in_vault(vault, key, word.encode()))
        found["screen_tokens"] = sum(1 for tail in self.screen_tokens if find_in_vault(vault, key, tail.encode()))
        found["screen_words_searched"] = len(self.screen_words)
        found["screen_tokens_searched"] = len(self.screen_tokens)
        # Two screenshots of the same screen share byte runs (same rows, same bits): a chunk is
        # evidence of a deleted screenshot only if no screenshot still stored holds it.
        kept = [bytes(r[0]) for r in self.s.query("SELECT image FROM frames")]
        chunks = [chunk for blob in self.blobs for chunk in _chunks(blob)
                  if blob in kept or not any(chunk in other for other in kept)]
        found["screenshot_chunks"] = sum(1 for chunk in chunks if find_in_vault(vault, key, chunk))
        found["screenshot_chunks_searched"] = len(chunks)
        return found


def _stored_term_tails(session, terms: list[str]) -> list[str]:
    """The part of each screen-index term that is on a page whatever its neighbours: FTS5 stores a
    term as the prefix it shares with the term before it plus the rest, so only the rest is certain.
    OCR reading one marker two ways ("typedqwert", "typedqwerl") leaves a one-letter rest; terms
    whose rest is too short to be evidence on its own are not searched."""
    conn = session.connect()
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.screen_terms USING fts5vocab(main, 'screen_search', 'row')")
        vocabulary = sorted(r[0] for r in conn.execute("SELECT term FROM temp.screen_terms"))
    finally:
        conn.close()
    tails = []
    for term in terms:
        if term not in vocabulary:  # the tokenizer folded it (diacritics): not stored as read
            continue
        before = [other for other in vocabulary if other < term]
        shared = len(os.path.commonprefix([before[-1], term])) if before else 0
        if len(term) - shared >= 6:
            tails.append(term[shared:])
    return tails


def _capture(s, rng: random.Random, label: str) -> Evidence:
    typed, title = _marker(rng, "TYPED"), f"Forensics {label} {_marker(rng, 'TITLE')}"
    window = s.window(title, geometry="1000x700+100+100")
    s.desk.type_text(f"{typed} {typed} ", delay_ms=8)
    # Screenshots of the window with the marker drawn in it, and the typed text in the segment.
    wait_until(lambda: s.query("SELECT count(*) FROM frames f JOIN segments s ON s.id = f.segment_id "
                               "WHERE s.title = ? AND f.t > (SELECT s.t0 + max(dt) / 1000.0 FROM events "
                               "WHERE segment_id = s.id AND kind = 1)", (title,))[0][0] >= 1
               and typed in s.typed_in(title),
               timeout=30, message="a screenshot and the keys of the marker window")
    s.desk.close_window(window)
    # Its end (and with it the typed text, written when a segment ends) is recorded once focus moved on.
    wait_until(lambda: s.query("SELECT count(*) FROM segments WHERE title = ? AND end_reason IS NULL", (title,))[0][0]
               == 0, timeout=30, message="the marker window's segment to end")
    scanned = s.airlock("scan", timeout=600)  # the words on screen join the vault (and its search index)
    assert scanned.returncode == 0, scanned.stderr
    return Evidence(s, typed, title)


def test_deleted_segments_leave_no_trace_in_any_page(tmp_path):
    rng = random.Random()
    policy = write_policy(tmp_path / "policy.toml", extra="[capture]\nscreenshot_interval_s = 1\n")
    results = {}
    with drill_session(tmp_path, policy=policy) as s:
        # 1. Captured, the recorder stopped, then deleted from the command line.
        s.start_recorder()
        stopped = _capture(s, rng, "stopped")
        code, _, err = s.stop_recorder()
        assert code == 0, err
        results["stopped_before"] = stopped.hits()
        deleted = s.airlock("delete", "--last", "5m")
        assert deleted.returncode == 0, deleted.stderr
        results["stopped_after"] = stopped.hits()

        # 2. Captured and deleted while the recorder runs (and goes on writing afterwards).
        s.start_recorder()
        running = _capture(s, rng, "running")
        results["running_before"] = running.hits()
        deleted = s.airlock("delete", "--last", "5m")
        assert deleted.returncode == 0, deleted.stderr
        filler = s.window("Forensics after the delete")
        s.desk.type_text("after the delete", delay_ms=8)
        wait_until(lambda: s.query("SELECT count(*) FROM segments WHERE title = ?", ("Forensics after the delete",))[0][0],
                   timeout=20, message="capture to go on after the delete")
        s.desk.close_window(filler)
        code, _, err = s.stop_recorder()
        assert code == 0, err
        results["running_after"] = running.hits()
        results["stopped_after_second_session"] = stopped.hits()
        conn = s.connect()
        try:
            problems = vault_problems(conn)
        finally:
            conn.close()
    for phase, hits in results.items():
        report(f"deletion forensics ({phase.replace('_', ' ')})", **hits)
    assert problems == []
    for phase in ("stopped_before", "running_before"):  # positive controls: the search sees what is there
        hits = results[phase]
        assert hits["typed"] and hits["typed_token"] and hits["title"], (phase, hits)
        assert hits["screenshot_chunks"] >= hits["screenshot_chunks_searched"] // 2 > 0, (phase, hits)
        assert hits["screen_words"] == hits["screen_words_searched"] > 0, (phase, hits)
        assert hits["screen_tokens"] == hits["screen_tokens_searched"], (phase, hits)
    for phase in ("stopped_after", "running_after", "stopped_after_second_session"):
        hits = results[phase]
        assert {k: v for k, v in hits.items() if not k.endswith("_searched")} == {
            "typed": 0, "typed_token": 0, "title": 0, "screenshot_chunks": 0, "screen_words": 0,
            "screen_tokens": 0}, (phase, hits)

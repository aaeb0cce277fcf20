"""Plaintext sweep: after a real session — capture under Xvfb, a recorder killed with SIGKILL and one
stopped normally, the review window opened and closed, search, the release dry run, `status`,
`ledger verify` and an export written on purpose — every file Airlock wrote or could have written
is searched for the typed marker (as typed and as the lower-case token the search index makes), the
window title marker, the words OCR read on the screenshots (`airlock scan`, `suggestions`, a search
for one of them: as read and as search tokens) and image signatures (JPEG, PNG). 0 hits outside the
vault and the export.

Searched: the data dir (logs, run dir, pending releases), the session's own TMPDIR, its HOME with
XDG config/cache/data (Qt and fontconfig caches), the desktop's HOME, and every file changed
under /tmp, /dev/shm, /var/tmp and root's own dot-dirs since the session began (markers only there:
other suites write images too).
"""

from __future__ import annotations

import random
import signal
import string
import time
from pathlib import Path

import pytest

from tests.drills.harness import VAULT_FILES, drill_session, scan_for, write_policy
from tests.drills.settings import report
from tests.e2e.harness.waiting import wait_until

pytestmark = pytest.mark.e2e

IMAGE_SIGNATURES = {"jpeg": b"\xff\xd8\xff", "png": b"\x89PNG\r\n\x1a\n"}


def _letters(rng: random.Random, n: int = 10) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def test_no_plaintext_outside_the_vault_after_a_session(tmp_path):
    rng = random.Random()
    typed, title = f"SWEEP{_letters(rng)}", f"Sweep Notes TITLE{_letters(rng)}"
    needles = {"typed": typed.encode(), "typed token": typed.lower().encode(), "title": title.encode(),
               "title token": title.split()[-1].lower().encode()}
    began = time.time() - 1
    policy = write_policy(tmp_path / "policy.toml", extra="[capture]\nscreenshot_interval_s = 1\n")
    export = tmp_path / "my-export"
    commands = 0
    with drill_session(tmp_path, policy=policy) as s:
        s.window(title)
        s.start_recorder()
        s.desk.type_text(f"{typed} first ", delay_ms=8)
        wait_until(lambda: s.query("SELECT count(*) FROM frames")[0][0] >= 1 and s.stored_keys() >= len(typed),
                   timeout=30, message="keys and a screenshot")
        s.kill_recorder()  # a crash: nothing flushed, nothing cleaned up
        s.start_recorder()
        s.desk.type_text(f"{typed} second diagnosis prescription ", delay_ms=8)
        wait_until(lambda: s.query("SELECT count(*) FROM frames")[0][0] >= 2, timeout=30, message="more screenshots")
        code, _, err = s.stop_recorder(signal.SIGTERM)
        assert code == 0, err
        scanned = s.airlock("scan", timeout=600)
        assert scanned.returncode == 0, scanned.stderr
        read = sorted({r[0] for r in s.query("SELECT text FROM screen_words WHERE length(text) >= 8") if r[0].isalnum()})
        assert read, "positive control: OCR read words on the screenshots"
        for word in read:
            needles[f"ocr {word}"] = word.encode()
            needles[f"ocr token {word}"] = word.lower().encode()
        for args in (("suggestions", "--json"), ("search", read[0].lower())):
            result = s.airlock(*args)
            assert result.returncode == 0, f"{args}: {result.stderr}"
            commands += 1
        for args in (("status",), ("ledger", "verify"), ("search", typed.lower()), ("release", "--dry-run"),
                     ("export", "--to", str(export))):
            result = s.airlock(*args)
            assert result.returncode in (0, 3), f"{args}: {result.stderr}"  # 3: status, nothing running
            commands += 1
        review = s.airlock_popen("review")

        def review_window_shown() -> bool:
            return review.poll() is not None or any(
                "Review" in s.desk.xdotool("getwindowname", str(w)) for w in s.desk.client_windows())

        try:
            wait_until(review_window_shown, timeout=40, message="the review window")
            assert review.poll() is None, f"the review window exited: {review.stderr.read().decode()[-2000:]}"
        finally:
            review.send_signal(signal.SIGTERM)
            _, review_err = review.communicate(timeout=30)
        homes = [Path(s.env["HOME"]), Path(s.desk.env["HOME"])]
        session_tmp = s.tmpdir

    def outside_intent(path: Path) -> bool:
        return (path.name in VAULT_FILES and path.parent == s.data) or export in path.parents

    own = [s.data, session_tmp, *homes]
    scanned_own, hits_own = scan_for(own, {**needles, **IMAGE_SIGNATURES}, skip=outside_intent)
    shared = [Path("/tmp"), Path("/dev/shm"), Path("/var/tmp"), *(Path.home() / d for d in (".cache", ".config", ".local"))]
    scanned_shared, hits_shared = scan_for(shared, needles, newer_than=began,
                                           skip=lambda p: outside_intent(p) or any(p.is_relative_to(o) for o in own))
    staging = [p for p in export.parent.iterdir() if p.name.startswith(".airlock-export-")]
    exported = scan_for([export], needles)[1]
    report("plaintext sweep", commands=commands + 3, files_scanned=scanned_own + scanned_shared,
           hits=len(hits_own + hits_shared), export_staging_left=len(staging), review_traceback="Traceback" in review_err.decode())
    assert hits_own == [] and hits_shared == [], hits_own + hits_shared
    assert staging == []
    assert exported, "positive control: the export written on purpose holds the marker"
    assert "Traceback" not in review_err.decode(), review_err.decode()[-2000:]

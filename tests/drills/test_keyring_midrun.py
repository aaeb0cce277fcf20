"""Keyring daemon killed while `airlock record --headless` runs.

Observed and pinned: the recorder read its key at start and keeps the vault open, recording on
(the key lives in its memory only; it never re-reads it while running); it stops cleanly when asked.
Afterwards no key is on disk anywhere, no second vault was made, and the next start — with the
daemon gone — refuses with the documented keyring message and leaves the vault byte for byte.
"""

from __future__ import annotations

import base64
import hashlib
import signal
import subprocess
import sys

import pytest

from tests.drills.harness import ROOT, drill_session, scan_for, vault_problems
from tests.drills.settings import report
from tests.e2e.harness.waiting import WaitTimeout, wait_until

pytestmark = pytest.mark.e2e


def _fingerprint(data):
    return {p.relative_to(data).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(data.rglob("*")) if p.is_file() and p.parent.name != "logs"}


def test_keyring_daemon_killed_while_recording(tmp_path):
    with drill_session(tmp_path) as s:
        s.window("Keyring Mid-Run Notes")
        s.start_recorder()
        key = s.key()  # read while the daemon lives, to check the vault afterwards
        s.start_typing("keys typed while the keyring goes away " * 20, delay_ms=15)
        wait_until(lambda: s.stored_keys() > 0, timeout=20, message="keys in the vault")
        daemon = s.kill_keyring_daemon()
        keys_at_kill = s.stored_keys()
        try:
            wait_until(lambda: s.stored_keys() > keys_at_kill + 10, timeout=15, message="capture after the kill")
            kept_recording = True
        except WaitTimeout:
            kept_recording = False
        s.stop_typing()
        code, out, err = s.stop_recorder(signal.SIGINT)
        conn = s.connect()
        try:
            problems = vault_problems(conn)
        finally:
            conn.close()
        before = _fingerprint(s.data)
        restart = subprocess.run([sys.executable, "-m", "app", "record", "--headless", "--duration", "5"], env=s.env,
                                 capture_output=True, text=True, timeout=120, cwd=ROOT)
        after = _fingerprint(s.data)
        needles = {"raw key": key, "hex key": key.hex().encode(), "base64 key": base64.b64encode(key)}
        scanned, hits = scan_for([s.data, s.tmpdir, tmp_path / "desktop"], needles)
        keyring_files = scan_for([tmp_path / "keyring"], needles)[1]  # the keyring's own file is encrypted too
        databases = sorted(p.name for p in s.data.rglob("*.db"))
        reactivated = s.keyring_daemon_pid()  # the bus starts a fresh (locked) daemon on demand
    report("keyring killed mid-run", daemon_killed=daemon, reactivated_daemon=bool(reactivated),
           kept_recording=kept_recording, recorder_exit=code,
           restart_exit=restart.returncode, restart_message=repr(restart.stderr.strip().splitlines()[0][:120]
                                                                 if restart.stderr.strip() else ""),
           files_scanned=scanned, key_hits=len(hits + keyring_files))
    assert kept_recording, "the recorder stopped recording when the keyring went away (decide and document)"
    assert code == 0 and "Traceback" not in err, err[-3000:]
    assert problems == []
    assert hits == [] and keyring_files == [], hits + keyring_files
    assert databases == ["vault.db"]
    assert restart.returncode != 0 and "Traceback" not in restart.stderr, restart.stderr
    assert "keyring" in restart.stderr.lower() and "not capturing" in restart.stderr.lower(), restart.stderr
    assert after == before, "the refused start changed the data dir"

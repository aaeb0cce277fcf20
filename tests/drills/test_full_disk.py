"""Full disk: the data dir on a 6 MB tmpfs, filled by capture.

Capture must stop with a visible state and message, the vault must never be truncated or damaged
(integrity checks, every committed write still there), nothing may fall back to an unencrypted file
(the whole filesystem is searched for the typed marker and image signatures), and capture must
resume by itself once space returns.
"""

from __future__ import annotations

import io
import json
import random
import secrets
import signal
import subprocess
import time
from pathlib import Path

import pytest
from PIL import Image

from app.core.errors import DiskFull
from app.core.model import Frame, KeyEvent, KeystrokeMode, SegmentEndReason, WindowInfo
from app.core.paths import resolve_paths
from app.core.records import EventRecord, FrameRecord, SegmentEnd, SegmentStart
from app.vault.vault import open_vault
from app.vault.writer import VaultWriter
from tests.drills.harness import VAULT_FILES, free_bytes, scan_for, vault_problems
from tests.drills.settings import report
from tests.e2e.harness.waiting import wait_until
from tests.helpers.keystore import MemoryKeyStore

IMAGE_SIGNATURES = {"jpeg": b"\xff\xd8\xff", "png": b"\x89PNG\r\n\x1a\n"}


@pytest.fixture
def small_disk(tmp_path):
    """A 6 MB tmpfs (we are root in CI; without the right to mount, the drill fails loudly)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m,mode=0700", "tmpfs", str(mount)],
                            capture_output=True, text=True)
    assert result.returncode == 0, f"cannot mount a small tmpfs for the full-disk drill: {result.stderr}"
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def fill(disk: Path, leave: int) -> Path:
    """A filler file that leaves about `leave` bytes free (removed to give the space back)."""
    filler = disk / "filler.bin"
    with open(filler, "wb") as out:
        out.write(b"\0" * max(0, free_bytes(disk) - leave))
    return filler


def noise_jpeg(rng: random.Random, size=(200, 150)) -> bytes:
    out = io.BytesIO()
    Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3)).save(out, "JPEG", quality=92)
    return out.getvalue()


def plaintext_outside_vault(disk: Path, marker: str) -> tuple[int, list[str]]:
    needles = {"marker": marker.encode(), "marker (lower case)": marker.lower().encode(), **IMAGE_SIGNATURES}
    return scan_for([disk], needles, skip=lambda p: p.name in VAULT_FILES)


@pytest.mark.e2e  # needs root to mount the small filesystem
def test_writer_on_a_full_disk_stops_says_why_loses_nothing_and_resumes(small_disk):
    rng = random.Random(7)
    marker = f"FULLDISK{secrets.token_hex(4).upper()}"
    paths = resolve_paths(small_disk / "data").ensure()
    handle = open_vault(paths, MemoryKeyStore())
    filler = fill(small_disk, leave=1_500_000)
    errors: list = []
    writer = VaultWriter(handle, on_error=errors.append)
    writer.start()
    acknowledged: list[str] = []
    token = 0

    def segment() -> str:
        nonlocal token
        token += 1
        title, t = f"segment {token}", time.time()
        writer.submit(SegmentStart(token, t, WindowInfo(app="editor", title=title), KeystrokeMode.FULL))
        for ch in marker:
            writer.submit(EventRecord(token, KeyEvent(t, ch, True, ch)))
            t += 0.001
        writer.submit(FrameRecord(token, Frame(t, 200, 150, noise_jpeg(rng))))
        writer.submit(SegmentEnd(token, t, SegmentEndReason.WINDOW_CHANGED))
        try:
            writer.flush(timeout=15)
        except TimeoutError:
            raise AssertionError(f"the vault writer thread died: {writer.error and writer.error.message!r} "
                                 f"{writer.error and writer.error.hint!r}") from None
        if writer.error is None:
            acknowledged.append(title)  # committed: it must survive whatever follows
        return title

    try:
        for _ in range(2000):
            segment()
            if writer.error is not None:
                break
        assert isinstance(writer.error, DiskFull), f"the disk never filled: {free_bytes(small_disk)} bytes free"
        assert errors and isinstance(errors[-1], DiskFull)  # the composition root is told (tray, status)
        message = writer.error.message
        for _ in range(5):  # capture goes on failing while the disk stays full, and says so
            segment()
        assert isinstance(writer.error, DiskFull)
        dropped_while_full = writer.stats.dropped_failed
        conn = handle.connect()
        try:
            problems_full = vault_problems(conn)
            stored = {r[0] for r in conn.execute("SELECT title FROM segments")}
        finally:
            conn.close()
        scanned_full, hits_full = plaintext_outside_vault(small_disk, marker)

        acknowledged_while_full = list(acknowledged)
        filler.unlink()  # space returns
        resumed = segment()
        assert resumed in _titles(handle), "a write after space returned was not stored"
        # the "works again" state follows once writes have kept succeeding (no flicker)
        wait_until(lambda: segment() and writer.error is None, timeout=15, message="the writer to report recovery")
        assert errors[-1] is None, "capture did not resume when space returned"
    finally:
        writer.stop()
    conn = handle.connect()
    try:
        problems_after = vault_problems(conn)
        final = {r[0] for r in conn.execute("SELECT title FROM segments")}
    finally:
        conn.close()
    scanned, hits = plaintext_outside_vault(small_disk, marker)
    report("full disk (writer)", committed_before_full=len(acknowledged) - 1, dropped_while_full=dropped_while_full,
           files_scanned=scanned_full + scanned, plaintext_hits=len(hits_full + hits), resumed=resumed in final,
           message=repr(message))
    assert problems_full == [] and problems_after == []
    assert set(acknowledged_while_full) <= stored and set(acknowledged) <= final
    assert hits_full == [] and hits == []
    assert "full" in message.lower()


@pytest.mark.e2e
def test_recorder_on_a_full_disk(small_disk, tmp_path):
    """The real recorder under Xvfb fills the disk with screenshots of a noisy window."""
    from tests.drills.harness import drill_session, write_policy

    marker = f"DISKFULL{secrets.token_hex(4).upper()}"
    policy = write_policy(tmp_path / "policy.toml",
                          extra="[capture]\nscreenshot_interval_s = 1\nscale = 0.5\njpeg_quality = 95\n")
    noise = tmp_path / "noise.png"
    Image.frombytes("RGB", (1800, 1000), random.Random(3).randbytes(1800 * 1000 * 3)).save(noise)
    with drill_session(tmp_path / "session", policy=policy, data=small_disk / "data") as s:
        viewer = subprocess.Popen(["display", "-geometry", "+0+0", str(noise)], env=s.desk.env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            wait_until(lambda: len(s.desk.client_windows()) >= 1, timeout=20, message="the noise window")
            s.window("Full Disk Notes", geometry="600x300+1200+700")
            filler = fill(small_disk, leave=2_500_000)
            s.start_recorder()
            s.start_typing(f"{marker} " * 400, delay_ms=20)
            wait_until(lambda: "full" in s.stderr.lower() or s.recorder.poll() is not None, timeout=90,
                       message="the recorder to report the full disk")
            assert s.recorder.poll() is None, f"the recorder died on a full disk: {s.stderr[-3000:]}"
            said = s.stderr
            assert "stopped unexpectedly" not in said, f"the vault writer died on the full disk:\n{said[-3000:]}"
            status = s.airlock("status", "--json")
            served = status.returncode == 0
            state = json.loads(status.stdout) if status.stdout.strip().startswith("{") else {}
            conn = s.connect()
            try:
                problems_full = vault_problems(conn)
            finally:
                conn.close()
            scanned_full, hits_full = plaintext_outside_vault(small_disk, marker)

            # Space returns: the filler goes and the filesystem grows (screenshots of a noisy screen
            # would fill a few freed megabytes again within seconds).
            filler.unlink()
            grown = subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], capture_output=True, text=True)
            assert grown.returncode == 0, grown.stderr
            keys_when_freed = s.stored_keys()
            try:
                wait_until(lambda: s.stored_keys() > keys_when_freed, timeout=30,
                           message="capture to resume once space returned")
                if served:
                    wait_until(lambda: json.loads(s.airlock("status", "--json").stdout)["state"] == "recording",
                               timeout=30, message="the status to say recording again")
            except AssertionError as timeout:
                raise AssertionError(f"{timeout}\nstatus: {s.airlock('status', '--json').stdout}\n"
                                     f"recorder said: {s.stderr[-2000:]}") from None
            resumed_state = json.loads(s.airlock("status", "--json").stdout).get("state") if served else "-"
            s.stop_typing()
            code, out, err = s.stop_recorder(signal.SIGINT)
        finally:
            viewer.kill()
            viewer.wait(10)
        conn = s.connect()
        try:
            problems_after = vault_problems(conn)
        finally:
            conn.close()
        scanned, hits = plaintext_outside_vault(small_disk, marker)
    message = next((line for line in said.splitlines() if "full" in line.lower()), "")
    report("full disk (recorder)", status_served=served, status_state=state.get("state", "-"), state_after=resumed_state,
           status_reason=repr(state.get("reason", "")), stderr_message=repr(message), files_scanned=scanned_full + scanned,
           plaintext_hits=len(hits_full + hits), exit_code=code, tracebacks=said.count("Traceback"))
    assert problems_full == [] and problems_after == []
    assert hits_full == [] and hits == [], hits_full + hits
    assert code == 0, err
    assert "Traceback" not in err, err[-3000:]
    assert "disk" in message.lower() and "full" in message.lower()
    if served:  # once `record` serves the control channel, its status must say it too
        assert "full" in json.dumps(state).lower(), state


def _titles(handle) -> set[str]:
    conn = handle.connect()
    try:
        return {r[0] for r in conn.execute("SELECT title FROM segments")}
    finally:
        conn.close()

"""Kill loop: SIGKILL at random instants during capture, deletion, redaction, release and pause.

Most cycles kill a forked workload that drives the real vault code (VaultWriter, operations,
redaction, the release service to a folder) and prints an acknowledgement after each commit; a
smaller number kill the real `airlock record --headless` and CLI commands under Xvfb with the real
keyring (test_kill_loop_real_processes). After every kill the vault must open, pass
`integrity_check`, `cipher_integrity_check` and the ledger's hash chain; every acknowledged write
must be there; nothing deleted may come back; a pause in force must still be in force.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import random
import secrets
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PIL import Image

from app.core.clock import SystemClock
from app.core.model import Frame, KeyEvent, KeystrokeMode, SegmentEndReason, WindowInfo
from app.core.records import EventRecord, FrameRecord, KeyRelease, SegmentEnd, SegmentStart
from app.policy.file.parser import default_policy
from app.policy.model import ReleaseMode, ReleasePolicy
from app.policy.rules.keystrokes import MASK_CHAR
from app.policy.rules.pause import PauseSnapshot, PauseState
from app.vault.database import open_database
from app.vault.operations import deletion, redaction, settings
from app.vault.vault import VaultHandle
from app.vault.writer import VaultWriter
from tests.drills.harness import LETTERS, ForkServer, emit, vault_problems
from tests.drills.settings import count, report

# -- workloads (run in forked children of the fork server) ------------------------------------------


def _handle(args: dict) -> VaultHandle:
    return VaultHandle(Path(args["vault"]), bytes.fromhex(args["key"]))


def _sha(data) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else bytes(data)).hexdigest()


def _noise_jpeg(rng: random.Random) -> bytes:
    out = io.BytesIO()
    Image.frombytes("RGB", (48, 32), rng.randbytes(48 * 32 * 3)).save(out, "JPEG", quality=80)
    return out.getvalue()


def drill_policy(args: dict):
    """The policy the release workload runs under (consent is given for exactly this one)."""
    release = ReleasePolicy(mode=ReleaseMode.AFTER_HOLD, hold_hours=0.0, destination=Path(args["drop"]).as_uri(),
                            recipients=(args["recipient"],))
    return dataclasses.replace(default_policy(Path(args["data_dir"])), release=release)


def capture_workload(args: dict) -> None:
    """Segments through the real VaultWriter (with the persisted pause applied, as `record` does);
    optionally deleting older segments on the writer thread, as the operations do."""
    from app.vault.in_flight import InFlightGuard
    from app.vault.operations.store import VaultOperations

    rng = random.Random(args["seed"])
    handle = _handle(args)
    conn = handle.connect()
    snapshot = settings.load_pause(conn)
    conn.close()
    emit({"loaded_pause": snapshot is not None})
    pause = PauseState()
    pause.restore(snapshot)
    writer = VaultWriter(handle, InFlightGuard(pause))
    writer.start()  # like `record`: what an earlier killed run left open is closed first
    store = VaultOperations(writer.run)
    unacked: dict[str, list] = {}
    t = args["not_before"]  # segments never overlap in time: a range delete then takes exactly one
    for n in range(args["segments"]):
        title, token = f"drill-{args['seed']}-{n}", n + 1
        text = "".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 12)))
        t = max(time.time(), t + 1e-3)
        writer.submit(SegmentStart(token, t, WindowInfo(app="drill", title=title), KeystrokeMode.FULL))
        for ch in text:
            writer.submit(EventRecord(token, KeyEvent(t, ch, True, ch)))
            writer.submit(KeyRelease(t + 1e-4, ch))
            t += 2e-4
        frames = int(rng.random() < 0.6)
        if frames:
            writer.submit(FrameRecord(token, Frame(t, 48, 32, _noise_jpeg(rng))))
        # Under a pause the pipeline submits nothing; the writer must still drop what reaches it,
        # its end included (see test_pipeline_pause_race.py::test_writer_stores_no_segment_started_in_a_pause).
        writer.submit(SegmentEnd(token, t, SegmentEndReason.WINDOW_CHANGED))
        unacked[title] = [len(text), frames, text]  # one row per keystroke
        if args.get("live_delete") and rng.random() < 0.3:
            older = writer.run(lambda c: c.execute(
                "SELECT id, start, end FROM segments WHERE title NOT LIKE ? ORDER BY random() LIMIT 1",
                (f"drill-{args['seed']}-%",)).fetchall()).result()
            if older:
                segment_id, start, end = older[0]
                emit({"intent": "delete", "ids": [segment_id], "range": [start, end]})
                store.delete([], [(start, end)], time.time()).result()
                emit({"ack": "delete", "ids": [segment_id], "range": [start, end]})
        if rng.random() < 0.5 or n == args["segments"] - 1:
            writer.flush()
            emit({"ack": "capture", "paused": snapshot is not None, "segments": unacked})
            unacked = {}
    writer.stop()


def delete_workload(args: dict) -> None:
    """Deletes on a direct connection (as `airlock delete` does when nothing runs)."""
    rng = random.Random(args["seed"])
    conn = _handle(args).connect()
    for _ in range(args["ops"]):
        rows = conn.execute("SELECT id, start, end FROM segments ORDER BY random() LIMIT ?",
                            (rng.randint(1, 3),)).fetchall()
        if not rows:
            break
        if rng.random() < 0.5:
            ids = [r[0] for r in rows]
            emit({"intent": "delete", "ids": ids})
            deletion.delete_segments(conn, ids, time.time())
            emit({"ack": "delete", "ids": ids})
        else:
            segment_id, start, end = rows[0]
            emit({"intent": "delete", "ids": [segment_id], "range": [start, end]})
            deletion.delete_range(conn, start, end, time.time())
            emit({"ack": "delete", "ids": [segment_id], "range": [start, end]})
    conn.close()


def redact_workload(args: dict) -> None:
    """Redactions of stored screenshots and typed text (app/vault/operations/redaction.py)."""
    rng = random.Random(args["seed"])
    conn = _handle(args).connect()
    for _ in range(args["ops"]):
        if rng.random() < 0.5:
            row = conn.execute("SELECT id, image FROM frames ORDER BY random() LIMIT 1").fetchone()
            if row is None:
                continue
            frame_id, old = row[0], _sha(row[1])
            emit({"intent": "redact-frame", "frame": frame_id, "old": old})
            rect = redaction.Rect(rng.randrange(40), rng.randrange(24), rng.randint(4, 24), rng.randint(4, 16))
            redaction.redact_frame(conn, frame_id, [rect], time.time())
            new = _sha(conn.execute("SELECT image FROM frames WHERE id = ?", (frame_id,)).fetchone()[0])
            emit({"ack": "redact-frame", "frame": frame_id, "old": old, "new": new})
        else:
            row = conn.execute("SELECT id, typed_text FROM segments WHERE length(typed_text) >= 2 "
                               "ORDER BY random() LIMIT 1").fetchone()
            if row is None:
                continue
            segment_id, text = row
            start = rng.randrange(len(text) - 1)
            end = rng.randint(start + 1, len(text))
            emit({"intent": "mask", "segment": segment_id, "old": _sha(text), "span": [start, end]})
            redaction.mask_typed_text(conn, segment_id, start, end, time.time())
            new = _sha(conn.execute("SELECT typed_text FROM segments WHERE id = ?", (segment_id,)).fetchone()[0])
            emit({"ack": "mask", "segment": segment_id, "old": _sha(text), "new": new, "span": [start, end]})
    conn.close()


def pause_workload(args: dict) -> None:
    """Pause or resume, persisted with the ledger entry (what the controls do)."""
    conn = _handle(args).connect()
    for _ in range(random.Random(args["seed"]).randint(1, 3)):
        paused = settings.load_pause(conn) is None
        emit({"intent": "pause", "paused": paused})
        settings.save_pause(conn, PauseSnapshot(time.time()) if paused else None, time.time())
        emit({"ack": "pause", "paused": paused})
    conn.close()


def release_workload(args: dict) -> None:
    """One release run to a folder destination (gate → bundle → sign → seal → deliver → receipt)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.bundle.signing import DeviceSigner
    from app.release.folder_destination import FolderDestination
    from app.release.service import ReleaseService
    from app.vault.release_store import ReleaseStore

    conn = _handle(args).connect()
    signer = DeviceSigner(Ed25519PrivateKey.from_private_bytes(bytes.fromhex(args["device_key"])))
    service = ReleaseService(ReleaseStore(conn), drill_policy(args), signer,
                             FolderDestination(Path(args["drop"])), Path(args["outbox"]), SystemClock(),
                             on_ac_power=lambda: True)
    result = service.run()
    emit({"ack": "release", "sent": {r["bundle_id"]: [s["id"] for s in r["segments"]] for r in result.sent},
          "blocked": result.blocked, "discarded": len(result.discarded)})
    conn.close()


WORKLOADS = {
    "capture": capture_workload,
    "live-delete": lambda args: capture_workload({**args, "live_delete": True}),
    "delete": delete_workload,
    "redact": redact_workload,
    "pause": pause_workload,
    "release": release_workload,
}
# weight of each workload in the loop, and a first guess of how long it works before it idles (s)
PLAN = {"capture": (32, 0.3), "live-delete": (12, 0.4), "delete": (10, 0.1), "redact": (16, 0.2),
        "pause": (8, 0.05), "release": (22, 0.3)}


# -- what the test knows must hold ------------------------------------------------------------------

@dataclass
class Expectations:
    """What acknowledged work promised; intents not acknowledged are settled by looking."""

    captured: dict[str, list] = field(default_factory=dict)  # title -> [events, frames, text]
    ids: dict[str, int] = field(default_factory=dict)  # title -> segment id, once seen
    never_titles: set[str] = field(default_factory=set)  # captured during a pause: must never exist
    gone_ids: set[int] = field(default_factory=set)
    gone_ranges: list[tuple[float, float]] = field(default_factory=list)
    masked: dict[int, list] = field(default_factory=dict)  # segment -> spans masked
    forbidden_frames: dict[int, set] = field(default_factory=dict)  # frame -> hashes it must never show again
    forbidden_texts: dict[int, set] = field(default_factory=dict)
    released: dict[str, list] = field(default_factory=dict)  # bundle -> segment ids
    paused: bool = False
    violations: list[str] = field(default_factory=list)

    def absorb(self, line: dict) -> None:
        kind = line.get("ack")
        if kind == "capture":
            target = self.never_titles if line["paused"] else None
            for title, expected in line["segments"].items():
                if target is not None:
                    target.add(title)
                else:
                    self.captured[title] = expected
        elif kind == "delete":
            self._deleted(line)
        elif kind == "redact-frame" and line["old"] != line["new"]:  # (a re-encode can reach a fixed point)
            self.forbidden_frames.setdefault(line["frame"], set()).add(line["old"])
        elif kind == "mask":
            if line["old"] != line["new"]:  # masking masked text changes nothing
                self.forbidden_texts.setdefault(line["segment"], set()).add(line["old"])
            self.masked.setdefault(line["segment"], []).append(line["span"])
        elif kind == "pause":
            self.paused = line["paused"]
        elif kind == "release":
            self.released.update(line["sent"])
        elif "loaded_pause" in line and line["loaded_pause"] != self.paused:
            self.violations.append(f"a restarted writer loaded pause={line['loaded_pause']}, expected {self.paused}")

    def _deleted(self, line: dict) -> None:
        self.gone_ids.update(line["ids"])
        if "range" in line:
            self.gone_ranges.append(tuple(line["range"]))

    def settle(self, intent: dict, conn) -> str:
        """An intent whose acknowledgement never came: see whether it committed (all or nothing)."""
        kind = intent["intent"]
        if kind == "delete":
            ids = intent["ids"]
            present = {r[0] for r in conn.execute(
                f"SELECT id FROM segments WHERE id IN ({','.join('?' * len(ids))})", ids)}
            if present and len(present) != len(ids):
                self.violations.append(f"a delete of {ids} committed in part: {sorted(present)} remain")
            if not present:
                self._deleted(intent)
                return "committed"
        elif kind == "redact-frame":
            row = conn.execute("SELECT image FROM frames WHERE id = ?", (intent["frame"],)).fetchone()
            if row is not None and _sha(row[0]) != intent["old"]:
                self.forbidden_frames.setdefault(intent["frame"], set()).add(intent["old"])
                return "committed"
        elif kind == "mask":
            row = conn.execute("SELECT typed_text FROM segments WHERE id = ?", (intent["segment"],)).fetchone()
            if row is not None and _sha(row[0]) != intent["old"]:
                self.forbidden_texts.setdefault(intent["segment"], set()).add(intent["old"])
                self.masked.setdefault(intent["segment"], []).append(intent["span"])
                return "committed"
        elif kind == "pause" and (settings.load_pause(conn) is not None) == intent["paused"]:
            self.paused = intent["paused"]
            return "committed"
        return "rolled back"

    def check(self, conn) -> None:
        """Every promise against the vault as it is now."""
        v = self.violations
        rows = {title: (sid, n_events, frames, text) for sid, title, n_events, frames, text in conn.execute(
            "SELECT s.id, s.title, (SELECT count(*) FROM events e WHERE e.segment_id = s.id), s.frame_count, "
            "s.typed_text FROM segments s WHERE s.app = 'drill'")}
        ids = {row[0] for row in rows.values()}
        if back := ids & self.gone_ids:
            v.append(f"deleted segments came back: {sorted(back)}")
        for title in self.never_titles & set(rows):
            v.append(f"segment {title} was stored while a pause was in force")
        for title, (events, frames, text) in self.captured.items():
            known = self.ids.get(title)
            if title not in rows:
                if known is None:
                    v.append(f"acknowledged segment {title} is missing")
                elif known not in self.gone_ids:
                    v.append(f"acknowledged segment {title} (#{known}) vanished without a delete")
                continue
            sid, n_events, n_frames, stored = rows[title]
            self.ids.setdefault(title, sid)
            if (n_events, n_frames) != (events, frames) and not self._in_gone_range(conn, sid):
                v.append(f"segment {title}: {n_events} events/{n_frames} frames stored, {events}/{frames} acknowledged")
            if sid not in self.masked and stored != text:
                v.append(f"segment {title}: typed text changed without a redaction")
        for start, end in self.gone_ranges:
            left = conn.execute("SELECT (SELECT count(*) FROM events e JOIN segments s ON s.id = e.segment_id "
                                "WHERE s.t0 + e.dt / 1000.0 BETWEEN ? AND ?) + "
                                "(SELECT count(*) FROM frames WHERE t >= ? AND t <= ?)", (start, end, start, end)).fetchone()[0]
            if left:
                v.append(f"{left} events/frames came back inside a deleted range")
        for frame_id, olds in self.forbidden_frames.items():
            row = conn.execute("SELECT image FROM frames WHERE id = ?", (frame_id,)).fetchone()
            if row is not None and _sha(row[0]) in olds:
                v.append(f"frame {frame_id}: a redacted image came back")
        for segment_id, olds in self.forbidden_texts.items():
            row = conn.execute("SELECT typed_text FROM segments WHERE id = ?", (segment_id,)).fetchone()
            if row is not None and (_sha(row[0]) in olds or any(
                    set(row[0][a:b]) - {MASK_CHAR} for a, b in self.masked.get(segment_id, []))):
                v.append(f"segment {segment_id}: masked typed text came back")
        if (settings.load_pause(conn) is not None) != self.paused:
            v.append(f"pause state on disk is not the acknowledged one (expected paused={self.paused})")
        self._check_releases(conn)

    def _in_gone_range(self, conn, segment_id: int) -> bool:
        span = conn.execute("SELECT start, end FROM segments WHERE id = ?", (segment_id,)).fetchone()
        return any(a <= span[1] and b >= span[0] for a, b in self.gone_ranges)

    def _check_releases(self, conn) -> None:
        bundles = {r[0] for r in conn.execute("SELECT bundle_id FROM releases")}
        if lost := set(self.released) - bundles:
            self.violations.append(f"acknowledged releases missing from the vault: {sorted(lost)}")
        orphans = conn.execute("SELECT count(*) FROM segments WHERE state = 'released' AND "
                               "(bundle_id IS NULL OR bundle_id NOT IN (SELECT bundle_id FROM releases))").fetchone()[0]
        if orphans:
            self.violations.append(f"{orphans} segments marked released without a receipt")


# -- the loop ------------------------------------------------------------------------------------------

@dataclass
class KillRig:
    args: dict
    key: bytes
    vault: Path
    drop: Path
    identity: object
    device_key: object
    server: ForkServer

    def connect(self):
        return open_database(self.vault, self.key)


@pytest.fixture
def kill_rig(tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
    from pyrage import x25519

    from app.core.paths import resolve_paths
    from app.policy.consent.summary import consent_record
    from app.vault import ledger
    from app.vault.database import transaction
    from app.vault.vault import VAULT_KEY_NAME, open_vault
    from tests.helpers.keystore import MemoryKeyStore

    paths = resolve_paths(tmp_path / "data").ensure()
    key, store = secrets.token_bytes(32), MemoryKeyStore()
    store.set(VAULT_KEY_NAME, key)
    handle = open_vault(paths, store)
    identity, device = x25519.Identity.generate(), Ed25519PrivateKey.generate()
    drop = tmp_path / "drop"
    drop.mkdir()
    args = {"vault": str(handle.path), "key": key.hex(), "data_dir": str(paths.data_dir), "drop": str(drop),
            "outbox": str(paths.data_dir / "pending-release"), "recipient": str(identity.to_public()),
            "device_key": device.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()}
    conn = handle.connect()
    with transaction(conn):
        ledger.append(conn, ledger.LedgerKind.CONSENT, consent_record(drill_policy(args), True), time.time())
    conn.close()
    server = ForkServer("tests.drills.test_kill_loop")
    try:
        yield KillRig(args, key, handle.path, drop, identity, device, server)
    finally:
        server.close()


def _one_cycle(rig: KillRig, expect: Expectations, kind: str, cycle: int, rng: random.Random,
               durations: dict[str, float]) -> tuple[bool, str]:
    """Run `kind`, SIGKILL it at a random instant while it works, take in what it acknowledged.

    Returns (killed while working?, what an unacknowledged operation turned out to have done).
    `durations` learns how long each workload works, so the kill instants keep landing inside it.
    """
    conn = rig.connect()
    latest = conn.execute("SELECT coalesce(max(end), 0) FROM segments").fetchone()[0]
    conn.close()
    latest = max([latest, *(end for _, end in expect.gone_ranges)])  # never stamp inside a deleted span
    args = {**rig.args, "seed": cycle, "segments": rng.randint(4, 30), "not_before": latest,
            "ops": rng.randint(1, 4) if kind == "delete" else rng.randint(2, 10)}
    run = rig.server.run(kind, args)
    # A release delivers at its very end: let some runs finish, or bundles never leave at all.
    delay = rng.uniform(0.0, durations[kind] * (1.4 if kind == "release" else 1.0))
    run.collect(delay)
    run.kill()
    assert run.wait() == -9
    idle = next((line["_at"] for line in run.lines if "idle" in line), None)
    durations[kind] = max(durations[kind], delay) if idle is None else 0.7 * durations[kind] + 0.3 * idle
    pending = None
    for line in run.lines:
        if "intent" in line:
            pending = line
        elif "ack" in line:
            pending = None
        expect.absorb(line)
    settled = ""
    if pending is not None:
        conn = rig.connect()
        try:
            settled = expect.settle(pending, conn)
        finally:
            conn.close()
    return idle is None, settled


def _verify(rig: KillRig, expect: Expectations, cycle: int, kind: str) -> None:
    conn = rig.connect()  # opening is the first check: a damaged vault fails here
    try:
        problems = vault_problems(conn)
        expect.check(conn)
    finally:
        conn.close()
    assert not problems, f"cycle {cycle} ({kind}): {problems}"
    assert not expect.violations, f"cycle {cycle} ({kind}): {expect.violations}"


def test_kill_loop_on_the_vault_code(kill_rig):
    cycles = count(200, 2000)
    rng = random.Random(20261125)
    expect = Expectations()
    kinds, weights = list(PLAN), [w for w, _ in PLAN.values()]
    tally: dict[str, int] = {}
    durations = {kind: guess for kind, (_, guess) in PLAN.items()}
    started = time.monotonic()
    for cycle in range(1, cycles + 1):
        conn = kill_rig.connect()
        stored = conn.execute("SELECT count(*) FROM segments").fetchone()[0]
        conn.close()
        kind = "delete" if stored > 300 else rng.choices(kinds, weights)[0]  # keep the vault small
        killed, settled = _one_cycle(kill_rig, expect, kind, cycle, rng, durations)
        _verify(kill_rig, expect, cycle, kind)
        for name in (kind, "killed-working" if killed else "killed-idle", settled and f"in-flight {settled}"):
            if name:
                tally[name] = tally.get(name, 0) + 1

    # One last release, not killed: whatever a killed run left half-done is finished or discarded.
    final = kill_rig.server.run("release", {**kill_rig.args, "seed": 0})
    assert final.read_until(lambda line: "idle" in line, timeout=300) is not None
    final.kill()
    final.wait()
    for line in final.lines:
        expect.absorb(line)
    held_back = next(line["blocked"] for line in final.lines if line.get("ack") == "release")
    _verify(kill_rig, expect, cycles + 1, "final release")
    collected = _collect(kill_rig)
    report("kill loop (vault code)", cycles=cycles, seconds=round(time.monotonic() - started, 1),
           **{k.replace("-", "_").replace(" ", "_"): v for k, v in sorted(tally.items())},
           acknowledged_segments=len(expect.captured), deleted_segments=len(expect.gone_ids),
           bundles_released=len(expect.released), held_back_by_final_release=held_back, **collected)
    assert tally.get("killed-working", 0) >= cycles * 0.6  # most kills cut a workload short
    assert collected["rejected"] == 0 and collected["waiting"] == 0 and collected["twice_released"] == 0


def _collect(rig: KillRig) -> dict[str, int]:
    """The data team's view of the drop folder after the loop: every bundle opens, none twice."""
    from app.bundle.signing import TrustedDevices, key_id_of, raw_public
    from app.collect.collector import Collector, CollectStatus
    from app.collect.folder_writer import FolderDatasetWriter
    from app.release.folder_destination import FolderDestination

    public = rig.device_key.public_key()
    dataset = rig.drop.parent / "dataset"
    result = Collector(FolderDestination(rig.drop), rig.identity, TrustedDevices({key_id_of(raw_public(public)): public}),
                       FolderDatasetWriter(dataset)).run()
    seen: dict[int, int] = {}
    for outcome in result.outcomes:
        if outcome.status is CollectStatus.UNPACKED:
            for segment in json.loads((dataset / outcome.bundle_id / "manifest.json").read_bytes())["segments"]:
                seen[segment["id"]] = seen.get(segment["id"], 0) + 1
    partial = [p for p in rig.drop.rglob("*") if p.name.startswith(".partial-")]
    return {"unpacked": result.count(CollectStatus.UNPACKED), "rejected": result.count(CollectStatus.REJECTED),
            "waiting": result.count(CollectStatus.WAITING), "segments_collected": len(seen),
            "twice_released": sum(1 for n in seen.values() if n > 1), "partial_files_left": len(partial)}


# -- the real processes ----------------------------------------------------------------------------

WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo")


class RealLoop:
    """The real recorder and CLI in one desktop session; what must hold across all their kills."""

    def __init__(self, session, rng: random.Random) -> None:
        self.s, self.rng = session, rng
        self.gone: set[int] = set()  # segment ids deleted: never again
        self.tally: dict[str, int] = {}
        self.durations: dict[str, float] = {}  # how long each command runs, learnt: kills land inside

    def ids(self) -> set[int]:
        return {r[0] for r in self.s.query("SELECT id FROM segments")}

    def note(self, name: str) -> None:
        self.tally[name] = self.tally.get(name, 0) + 1

    def verify(self, what: str, before: set[int], may_delete: bool) -> None:
        conn = self.s.connect()
        try:
            problems = vault_problems(conn)
            after = {r[0] for r in conn.execute("SELECT id FROM segments")}
            orphans = conn.execute("SELECT count(*) FROM segments WHERE state = 'released' AND bundle_id NOT IN "
                                   "(SELECT bundle_id FROM releases)").fetchone()[0]
        finally:
            conn.close()
        assert not problems, f"{what}: {problems}"
        assert not after & self.gone, f"{what}: deleted segments came back: {sorted(after & self.gone)}"
        vanished = before - after
        assert may_delete or not vanished, f"{what}: segments vanished without a delete: {sorted(vanished)}"
        self.gone |= vanished
        assert orphans == 0, f"{what}: {orphans} segments marked released without a receipt"

    def record(self) -> None:
        """Kill `record --headless` while xdotool types: every event committed before is kept."""
        s = self.s
        before = self.ids()
        baseline = s.stored_keys()
        s.start_recorder()
        s.start_typing(" ".join(self.rng.choice(WORDS) for _ in range(200)), delay_ms=15)
        try:
            from tests.e2e.harness.waiting import wait_until

            wait_until(lambda: s.stored_keys() > baseline, timeout=20, message="keys to be committed")
            time.sleep(self.rng.uniform(0.0, 1.5))  # the random kill instant (not a synchronisation)
            acknowledged = set(s.query("SELECT segment_id, dt, n FROM events"))  # committed: visible to readers
            s.kill_recorder()
        finally:
            s.stop_typing()
        kept = set(s.query("SELECT segment_id, dt, n FROM events"))
        assert acknowledged <= kept, f"{len(acknowledged - kept)} committed events lost by the kill"
        self.verify("record", before, may_delete=False)
        self.note("record-killed")

    def cli(self, *args: str) -> None:
        """Run an `airlock` command and SIGKILL it at a random instant (it may finish first)."""
        before = self.ids()
        estimate = self.durations.get(args[0], 0.5)
        began = time.monotonic()
        process = self.s.airlock_popen(*args)
        try:
            # Python's start-up takes the first ~40 %: most instants fall where the command works.
            process.wait(self.rng.uniform(0.4 * estimate, 1.1 * estimate))
            self.durations[args[0]] = 0.6 * estimate + 0.4 * (time.monotonic() - began)
            self.note(f"{args[0]}-finished")
        except Exception:
            process.kill()
            process.wait(30)
            self.note(f"{args[0]}-killed")
        out, err = process.communicate()
        assert b"Traceback" not in err, err.decode()
        self.verify(" ".join(args), before, may_delete=args[0] == "delete")

    def live_delete(self) -> None:
        """`airlock delete --last 5s` while the recorder runs, then kill the recorder."""
        s = self.s
        before = self.ids()
        s.start_recorder()
        s.start_typing(" ".join(self.rng.choice(WORDS) for _ in range(100)), delay_ms=15)
        try:
            result = s.airlock("delete", "--last", "5s")
            assert result.returncode == 0, result.stderr
            after_delete = {r[0] for r in s.query("SELECT id FROM segments")}
            from tests.e2e.harness.waiting import wait_until

            count_now = s.stored_keys()
            wait_until(lambda: s.stored_keys() > count_now, timeout=20, message="capture to go on after the delete")
            s.kill_recorder()
        finally:
            s.stop_typing()
        self.gone |= before - after_delete
        self.verify("live delete", before, may_delete=True)
        self.note("live-delete")


@pytest.mark.e2e
def test_kill_loop_real_processes(tmp_path):
    from tests.drills.harness import drill_session, write_policy

    cycles = count(10, 50)
    rng = random.Random(20261126)
    org = tmp_path / "org"
    made = subprocess.run([sys.executable, "-m", "app", "keys", "init-org", "--out", str(org)], capture_output=True,
                          text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    drop = tmp_path / "drop"
    drop.mkdir()
    policy = write_policy(tmp_path / "policy.toml", destination=drop.as_uri(),
                          recipient=(org / "org-recipient.txt").read_text().strip(),
                          extra="[capture]\nscreenshot_interval_s = 2\nidle_gap_s = 5\n")
    started = time.monotonic()
    with drill_session(tmp_path, policy=policy) as session:
        session.window("Kill Loop Notes")
        loop = RealLoop(session, rng)
        plan = (["record"] * 5 + ["delete"] * 2 + ["live-delete"] + ["release"] * 2) * (cycles // 10)
        rng.shuffle(plan)
        for kind in ["record", *plan[1:]]:  # something to delete and release from the start
            if kind == "record":
                loop.record()
            elif kind == "delete":
                loop.cli("delete", "--last", rng.choice(["2s", "5s"]))  # older segments stay: to release
            elif kind == "live-delete":
                loop.live_delete()
            else:
                loop.cli("release")
        final = session.airlock("release")
        assert final.returncode == 0, final.stderr
        loop.verify("final release", loop.ids(), may_delete=False)
        trusted = tmp_path / "trusted"
        trusted.mkdir()
        device = session.airlock("keys", "device")
        (trusted / "device.pub").write_text(device.stdout)
        collected = session.airlock("collect", "--from", drop.as_uri(), "--identity", str(org / "org-identity.txt"),
                                    "--trusted-devices", str(trusted), "--dataset", str(tmp_path / "dataset"), "--json")
        counts = json.loads(collected.stdout)["counts"]
        released = session.query("SELECT count(*) FROM segments WHERE state = 'released'")[0][0]
    report("kill loop (real recorder and CLI)", cycles=cycles, seconds=round(time.monotonic() - started, 1),
           **{k.replace("-", "_"): v for k, v in sorted(loop.tally.items())}, deleted_segments=len(loop.gone),
           released_segments=released, **{f"collected_{k.replace('-', '_')}": v for k, v in counts.items()})
    assert counts["rejected"] == 0 and counts["waiting"] == 0, counts
    assert released and counts["unpacked"] + counts["already-present"] >= 1  # bundles really went through


def test_a_redacted_screenshot_does_not_hold_its_segment_back_forever(vault_handle):
    """Found by the loop: after its final release, segments whose screenshot was redacted stay
    held ("redactions-pending") for ever. app/vault/redaction.py writes `{"rects": [[x, y, w, h]]}`
    (the image is already blacked out in place), app/vault/release_store.py reads only
    `{"x", "y", "w", "h"}`, counts the row as unreadable and the gate holds the segment."""
    from app.policy.release.gate import GateCode, may_release
    from app.vault.release_store import ReleaseStore
    from tests.helpers.seed import SeededSegment, seed

    (segment_id,) = seed(vault_handle, [SeededSegment(time.time() - 3600, "editor", "Notes", "hello")])
    conn = vault_handle.connect()
    try:
        frame_id = conn.execute("SELECT id FROM frames WHERE segment_id = ?", (segment_id,)).fetchone()[0]
        redaction.redact_frame(conn, frame_id, [redaction.Rect(0, 0, 16, 16)], time.time())
        release = ReleasePolicy(mode=ReleaseMode.AFTER_HOLD, hold_hours=0.0, destination="file:///drop",
                                recipients=("age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",))
        (facts,) = ReleaseStore(conn).candidate_facts(time.time())
    finally:
        conn.close()
    decision = may_release(facts, release, time.time())
    assert decision.code is GateCode.ALLOWED, decision.reason

"""Property: whatever the employee did, no bundle holds a flagged, deleted or unapproved segment,
or a pixel or character they redacted. Real vaults, real bundles, opened again with the org key."""

from __future__ import annotations

import io
import json
import tarfile
import tempfile
from pathlib import Path

import pyrage
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pyrage import x25519
from release_seeding import (
    BASE_T,
    SegmentSpec,
    add_redaction,
    frame_ids,
    give_consent,
    jpeg,
    release_policy,
    seed_segments,
)

from app.bundle.signing import DeviceSigner
from app.core.model import FlagCategory
from app.core.paths import resolve_paths
from app.policy.model import ReleaseMode
from app.release.folder_destination import FolderDestination
from app.release.service import ReleaseService
from app.vault.operations import decisions, deletion
from app.vault.release_store import ReleaseStore
from app.vault.vault import open_vault
from tests.helpers.clock import FakeClock
from tests.helpers.keystore import MemoryKeyStore

MARKER_RECT = (20, 16, 24, 16)  # x, y, w, h of the red marker in every screenshot
REDACT_RECT = {"x": 16, "y": 12, "w": 32, "h": 24}  # covers the marker with a margin

segment_story = st.fixed_dictionaries({
    "approved": st.booleans(),
    "flag": st.sampled_from(["none", "flagged", "flagged-then-cleared"]),
    "deleted": st.booleans(),
    "redact_text": st.booleans(),
    "redact_frame": st.sampled_from(["none", "first", "all"]),
    "unreadable_redaction": st.booleans(),
})


def _marker(index: int) -> str:
    return f"Q{index}ZMARKERZ{index}Q"  # typed text


def _title(index: int) -> str:
    return f"T{index}WTITLEW{index}T"


def _open_bundles(drop: Path, identity) -> list[dict[str, bytes]]:
    bundles = []
    for sealed in sorted(drop.glob("*/bundles/*.age")):
        plain = pyrage.decrypt(sealed.read_bytes(), [identity])
        with tarfile.open(fileobj=io.BytesIO(plain)) as archive:
            bundles.append({m.name: archive.extractfile(m).read() for m in archive})
    return bundles


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories=st.lists(segment_story, min_size=1, max_size=5), after_hold=st.booleans())
def test_no_bundle_holds_what_the_employee_kept_back(stories, after_hold):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = resolve_paths(root / "data").ensure()
        keystore = MemoryKeyStore()
        handle = open_vault(paths, keystore)
        identity = x25519.Identity.generate()
        drop = root / "drop"
        drop.mkdir()
        mode = ReleaseMode.AFTER_HOLD if after_hold else ReleaseMode.EXPLICIT
        policy = release_policy(paths.data_dir, drop.as_uri(), (str(identity.to_public()),), mode=mode)
        picture = jpeg((20, 160, 20), size=(96, 64), marker=MARKER_RECT)
        specs = [SegmentSpec(f"app{i}", f"Title {_title(i)}", f"ab {_marker(i)} cd", (picture, picture),
                             start=BASE_T + 100 * i) for i in range(len(stories))]
        ids = seed_segments(handle, specs).ids
        conn = handle.connect()
        try:
            give_consent(conn, policy)
            now = BASE_T + 10_000
            for segment_id, story in zip(ids, stories, strict=False):
                if story["approved"]:
                    decisions.approve(conn, [segment_id], now)
                if story["flag"] != "none":
                    decisions.set_flag(conn, [segment_id], FlagCategory.OTHER, "", now)
                if story["flag"] == "flagged-then-cleared":
                    decisions.clear_flag(conn, [segment_id], now)
                if story["redact_text"]:
                    start = len("ab ")
                    add_redaction(conn, segment_id, "text-span", {"start": start, "end": start + len(_marker(0)) + 1})
                frames = frame_ids(conn, segment_id)
                if story["redact_frame"] == "first":
                    add_redaction(conn, segment_id, "frame-rect", REDACT_RECT, target_id=frames[0])
                elif story["redact_frame"] == "all":
                    add_redaction(conn, segment_id, "frame-rect", REDACT_RECT)
                if story["unreadable_redaction"]:
                    add_redaction(conn, segment_id, "frame-rect", {"x": "left"})
            deleted = [i for i, s in zip(ids, stories, strict=False) if s["deleted"]]
            if deleted:
                deletion.delete_segments(conn, deleted, now)

            service = ReleaseService(ReleaseStore(conn), policy, DeviceSigner.load_or_create(keystore),
                                     FolderDestination(drop), paths.data_dir / "pending-release", FakeClock(now),
                                     on_ac_power=lambda: True)
            service.run()
        finally:
            conn.close()

        bundles = _open_bundles(drop, identity)
        released = {}
        for bundle in bundles:
            for line in bundle["segments.jsonl"].splitlines():
                record = json.loads(line)
                released[record["id"]] = (record, bundle)
        everything = b"".join(data for bundle in bundles for data in bundle.values())

        for index, (segment_id, story) in enumerate(zip(ids, stories, strict=False)):
            # Flagging withdraws an approval; clearing the flag leaves the segment held, not approved.
            approved = story["approved"] and story["flag"] == "none"
            may_leave = (not story["deleted"] and story["flag"] != "flagged" and not story["unreadable_redaction"]
                         and (approved or after_hold))
            marker, title = _marker(index).encode(), _title(index).encode()
            if not may_leave:
                assert segment_id not in released, f"segment {segment_id} left: {story}"
                assert marker not in everything and title not in everything, f"held-back content found: {story}"
                continue
            assert segment_id in released, f"segment {segment_id} should have left: {story}"
            record, bundle = released[segment_id]
            assert title in everything
            assert (marker in everything) == (not story["redact_text"]), story
            for number, frame in enumerate(record["frames"]):
                image = Image.open(io.BytesIO(bundle[frame["file"]])).convert("RGB")
                x, y, w, h = MARKER_RECT
                reddest = max(image.getpixel((px, py))[0] for px in range(x, x + w) for py in range(y, y + h))
                covered = story["redact_frame"] == "all" or (story["redact_frame"] == "first" and number == 0)
                assert (reddest < 60) == covered, (story, number, reddest)

"""Vaults, policies and org keys for release tests (shared by the unit, property and e2e tests)."""

from __future__ import annotations

import dataclasses
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from app.core.model import ClickEvent, Frame, KeyEvent, KeystrokeMode, MoveEvent, SegmentEndReason, WindowInfo
from app.core.records import EventRecord, FrameRecord, KeyRelease, SegmentEnd, SegmentStart
from app.policy.consent.summary import consent_record
from app.policy.file.parser import default_policy
from app.policy.model import ReleaseMode, ReleasePolicy
from app.vault import ledger
from app.vault.database import transaction
from app.vault.writer import VaultWriter

BASE_T = 1_700_000_000.0


def jpeg(colour=(40, 90, 200), size=(96, 64), marker: tuple[int, int, int, int] | None = None,
         marker_colour=(255, 0, 0)) -> bytes:
    """A JPEG of one colour, optionally with a marker rectangle (x, y, w, h) in another."""
    picture = Image.new("RGB", size, colour)
    if marker:
        x, y, w, h = marker
        picture.paste(marker_colour, (x, y, x + w, y + h))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=90)
    return out.getvalue()


@dataclass(frozen=True)
class SegmentSpec:
    app: str
    title: str
    text: str
    frames: tuple[bytes, ...] = ()
    start: float = BASE_T
    moves: int = 0
    mime: str = "image/jpeg"
    frame_size: tuple[int, int] = (96, 64)


@dataclass
class Seeded:
    ids: list[int] = field(default_factory=list)
    end: float = BASE_T


def seed_segments(handle, specs: list[SegmentSpec]) -> Seeded:
    """Write segments through the real vault writer; returns their ids (in order) and the last end."""
    writer = VaultWriter(handle)
    writer.start()
    end = BASE_T
    try:
        for token, spec in enumerate(specs, start=1):
            writer.submit(SegmentStart(token, spec.start, WindowInfo(app=spec.app, title=spec.title),
                                       KeystrokeMode.FULL))
            t = spec.start
            for ch in spec.text:
                key = "space" if ch == " " else ch
                writer.submit(EventRecord(token, KeyEvent(t, key, True, ch)))
                writer.submit(KeyRelease(t + 0.03, key))
                t += 0.1
            for n in range(spec.moves):
                writer.submit(EventRecord(token, MoveEvent(t + n * 0.034, 5 + n % 300, 7 + n % 200)))
            t += spec.moves * 0.034
            writer.submit(EventRecord(token, ClickEvent(t, 10, 12, "left", True)))
            writer.submit(EventRecord(token, ClickEvent(t + 0.05, 10, 12, "left", False)))
            for number, image in enumerate(spec.frames):
                width, height = spec.frame_size
                writer.submit(FrameRecord(token, Frame(t + 0.01 * number, width, height, image, mime=spec.mime)))
            t += 0.1 + 0.01 * len(spec.frames)
            writer.submit(SegmentEnd(token, t, SegmentEndReason.WINDOW_CHANGED))
            end = max(end, t)
        writer.flush()
    finally:
        writer.stop()
    conn = handle.connect()
    try:
        ids = [r[0] for r in conn.execute("SELECT id FROM segments ORDER BY start, id")]
    finally:
        conn.close()
    return Seeded(ids, end)


def mark_read(handle, t: float = BASE_T) -> None:
    """Every frame and finished segment read for sensitive moments (nothing found), as the scan
    worker leaves them: the release gate holds unread ones while screenshots are read here."""
    from app.vault import screen_store

    conn = handle.connect()
    try:
        with transaction(conn):
            for (frame_id,) in conn.execute("SELECT id FROM frames").fetchall():
                screen_store.store_read(conn, frame_id, "test", [], t)
            conn.execute("INSERT OR REPLACE INTO text_reads (segment_id, read_at) "
                         "SELECT id, ? FROM segments WHERE end_reason IS NOT NULL", (t,))
    finally:
        conn.close()


def release_policy(data_dir: Path, destination: str, recipients: tuple[str, ...], **changes):
    """The built-in policy with a release section for tests (explicit approval, no hold by default)."""
    base = default_policy(data_dir)
    release = ReleasePolicy(mode=changes.pop("mode", ReleaseMode.EXPLICIT), hold_hours=changes.pop("hold_hours", 0.0),
                            destination=destination, recipients=recipients, **changes)
    return dataclasses.replace(base, release=release)


def give_consent(conn, policy, t: float = BASE_T) -> None:
    with transaction(conn):
        ledger.append(conn, ledger.LedgerKind.CONSENT, consent_record(policy, True), t)


def add_redaction(conn, segment_id: int, kind: str, spec: dict, target_id: int | None = None,
                  t: float = BASE_T) -> None:
    with transaction(conn):
        conn.execute("INSERT INTO redactions (segment_id, t, kind, target_id, spec) VALUES (?, ?, ?, ?, ?)",
                     (segment_id, t, kind, target_id, json.dumps(spec)))


def frame_ids(conn, segment_id: int) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM frames WHERE segment_id = ? ORDER BY t, id", (segment_id,))]

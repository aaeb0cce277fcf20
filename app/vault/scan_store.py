"""The vault side of reading screenshots: what waits to be read, and saving what was read.

Implements `ScanSource` (app/scan/source.py) on its own connection. Only frames that could still
leave are offered (their segment is held or approved: not flagged, released or deleted). Saving
is guarded in its transaction: words and suggestions are stored only if the frame (or the
segment's text) is still exactly what was read — a redaction, a delete or a masked span that
happened meanwhile wins, and the work is dropped.

Frames are stored at full size until read (OCR reads half-size frames badly) and stored again at
the policy's scale once read (`target_scale`); frames that will never be read (their segment was
flagged or released first) are shrunk by `shrink_leftovers`.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Collection, Sequence

from app.core.screen_text import (
    LoadedFrame,
    PendingFrame,
    ScanCounts,
    ScreenWord,
    SegmentText,
    SuggestedMoment,
)
from app.vault import screen_store
from app.vault.database import transaction

_MAY_LEAVE = "s.state IN ('held', 'approved')"
_SCALE_SLACK = 1e-3  # a frame within this of the target scale is at the target


def digest(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


class VaultScanSource:
    """ScanSource over one connection (used on the scan worker's thread only)."""

    def __init__(self, conn, target_scale: float = 1.0, jpeg_quality: int = 70,
                 segments: Collection[int] | None = None) -> None:
        self._conn = conn
        self._target = target_scale
        self._quality = jpeg_quality
        # Only these segments' frames and texts (the release reads what it would otherwise send).
        self._only = "" if segments is None else f" AND s.id IN ({','.join(str(int(i)) for i in segments) or 'NULL'})"

    def close(self) -> None:
        self._conn.close()

    def data_version(self) -> int:
        """Changes whenever another connection commits (SQLite's `data_version`): nothing to look
        at until it does."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    # -- what waits -------------------------------------------------------------------------------

    def pending_frames(self, since: float | None = None, limit: int = 100) -> list[PendingFrame]:
        rows = self._conn.execute(
            "SELECT f.id, f.segment_id, f.t FROM frames f JOIN segments s ON s.id = f.segment_id "
            f"LEFT JOIN frame_reads r ON r.frame_id = f.id WHERE r.frame_id IS NULL AND {_MAY_LEAVE}{self._only} "
            "AND f.t >= ? ORDER BY f.segment_id, f.t, f.id LIMIT ?", (since or 0.0, limit)).fetchall()
        return [PendingFrame(*row) for row in rows]

    def pending_texts(self, since: float | None = None, limit: int = 100) -> list[int]:
        """Finished segments whose typed text, title and application were not checked yet."""
        rows = self._conn.execute(
            "SELECT s.id FROM segments s LEFT JOIN text_reads r ON r.segment_id = s.id WHERE r.segment_id IS NULL "
            f"AND s.end_reason IS NOT NULL AND {_MAY_LEAVE}{self._only} AND s.end >= ? ORDER BY s.id LIMIT ?",
            (since or 0.0, limit)).fetchall()
        return [row[0] for row in rows]

    def counts(self, since: float | None = None) -> ScanCounts:
        total, read = self._conn.execute(
            "SELECT count(*), count(r.frame_id) FROM frames f JOIN segments s ON s.id = f.segment_id "
            f"LEFT JOIN frame_reads r ON r.frame_id = f.id WHERE {_MAY_LEAVE}{self._only} AND f.t >= ?",
            (since or 0.0,)).fetchone()
        suggestions = self._conn.execute("SELECT count(*) FROM suggestions WHERE state = 'open'").fetchone()[0]
        return ScanCounts(int(read), int(total), int(suggestions))

    # -- reading ----------------------------------------------------------------------------------

    def load_frame(self, frame_id: int) -> LoadedFrame | None:
        rows = self._conn.execute(
            "SELECT f.id, f.segment_id, f.mime, f.image, f.scale, s.title, s.app FROM frames f "
            f"JOIN segments s ON s.id = f.segment_id WHERE f.id = ? AND {_MAY_LEAVE}", (frame_id,)).fetchall()
        if not rows:
            return None
        fid, segment_id, mime, image, scale, title, app = rows[0]
        image = bytes(image)
        return LoadedFrame(fid, segment_id, mime, image, digest(image), float(scale), title, app)

    def load_text(self, segment_id: int) -> SegmentText | None:
        rows = self._conn.execute(f"SELECT s.typed_text, s.title, s.app FROM segments s WHERE s.id = ? AND {_MAY_LEAVE}",
                                  (segment_id,)).fetchall()
        if not rows:
            return None
        typed, title, app = rows[0]
        return SegmentText(segment_id, typed, title, app, digest("\0".join((typed, title, app))))

    # -- saving -----------------------------------------------------------------------------------

    def save_frame(self, frame: LoadedFrame, engine: str, words: Sequence[ScreenWord],
                   moments: Sequence[SuggestedMoment], now: float) -> bool:
        """Store the words and suggestions of a frame read, then shrink it to the target scale.
        False (nothing stored) if the frame changed or left meanwhile."""
        conn = self._conn
        with transaction(conn):
            rows = conn.execute(f"SELECT f.image FROM frames f JOIN segments s ON s.id = f.segment_id "
                                f"WHERE f.id = ? AND {_MAY_LEAVE}", (frame.frame_id,)).fetchall()
            if not rows or digest(bytes(rows[0][0])) != frame.digest:
                return False
            screen_store.store_read(conn, frame.frame_id, engine, words, now)
            for moment in moments:
                on_screen = any(w.box is not None for w in moment.words)
                screen_store.add_suggestion(conn, frame.segment_id, frame.frame_id if on_screen else None,
                                            moment.category, moment.reason, moment.words, now)
            self._shrink(frame.frame_id, frame.mime, frame.image, frame.scale)
        return True

    def save_text(self, text: SegmentText, moments: Sequence[SuggestedMoment], now: float) -> bool:
        conn = self._conn
        with transaction(conn):
            current = self.load_text(text.segment_id)
            if current is None or current.digest != text.digest:
                return False
            for moment in moments:
                screen_store.add_suggestion(conn, text.segment_id, None, moment.category, moment.reason,
                                            moment.words, now)
            conn.execute("INSERT OR REPLACE INTO text_reads (segment_id, read_at) VALUES (?, ?)",
                         (text.segment_id, now))
        return True

    # -- storing frames at the policy's scale -----------------------------------------------------

    def shrink_leftovers(self, limit: int = 50) -> int:
        """Shrink frames that will never be read (their segment was flagged or released first)."""
        if self._target >= 1.0:
            return 0
        rows = self._conn.execute(
            "SELECT f.id, f.mime, f.image, f.scale FROM frames f JOIN segments s ON s.id = f.segment_id "
            f"WHERE f.scale > ? AND NOT ({_MAY_LEAVE}) LIMIT ?", (self._target + _SCALE_SLACK, limit)).fetchall()
        for frame_id, mime, image, scale in rows:
            with transaction(self._conn):
                self._shrink(frame_id, mime, bytes(image), float(scale))
        return len(rows)

    def _shrink(self, frame_id: int, mime: str, image: bytes, scale: float) -> None:
        if scale <= self._target + _SCALE_SLACK:
            return
        try:
            smaller, width, height = _resized(image, mime, self._target / scale, self._quality)
        except (OSError, ValueError):  # PIL's UnidentifiedImageError is an OSError
            return  # bytes capture never wrote: left as they are (they show as "cannot be shown")
        self._conn.execute("UPDATE frames SET image = ?, width = ?, height = ?, scale = ? WHERE id = ?",
                           (smaller, width, height, self._target, frame_id))
        factor = self._target / scale
        screen_store.scale_boxes(self._conn, frame_id, factor)
        for redaction_id, spec in self._conn.execute(
                "SELECT id, spec FROM redactions WHERE kind = 'frame-rect' AND target_id = ?", (frame_id,)).fetchall():
            rect = json.loads(spec)
            left, top = int(rect["x"] * factor), int(rect["y"] * factor)
            right, bottom = -(-(rect["x"] + rect["w"]) * factor // 1), -(-(rect["y"] + rect["h"]) * factor // 1)
            scaled = {"x": left, "y": top, "w": int(right) - left, "h": int(bottom) - top}
            self._conn.execute("UPDATE redactions SET spec = ? WHERE id = ?",
                               (json.dumps(scaled, separators=(",", ":")), redaction_id))


def _resized(image: bytes, mime: str, factor: float, quality: int) -> tuple[bytes, int, int]:
    """The image scaled by `factor`, encoded as before (in memory only). Black stays black: a
    redacted block shrinks to black pixels."""
    from PIL import Image

    with Image.open(io.BytesIO(image)) as opened:
        picture = opened.convert("RGB")
    size = (max(1, round(picture.width * factor)), max(1, round(picture.height * factor)))
    picture = picture.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    out = io.BytesIO()
    if mime.lower() in ("image/jpeg", "image/jpg"):
        picture.save(out, "JPEG", quality=quality)
    else:
        picture.save(out, "PNG", compress_level=6)
    return out.getvalue(), picture.width, picture.height

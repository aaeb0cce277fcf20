"""Redaction: black out rectangles of a stored screenshot, mask a span of typed text.

A redaction replaces the stored data in place; the original is kept nowhere — not in another row,
not in a temp file (images are decoded and re-encoded in memory). The change, a `redactions` row
(what was covered, never what was there) and the ledger entry commit in one transaction; the WAL is
then checkpointed with TRUNCATE and `secure_delete` has zeroed the freed pages, so the old bytes
are gone from the vault file and its journal.
"""

from __future__ import annotations

import dataclasses
import difflib
import io
import json
from dataclasses import dataclass

from app.core.changes import Change, ChangeKind
from app.core.errors import KnownError
from app.core.i18n import translate
from app.core.model import KeyEvent
from app.policy.rules.keystrokes import MASK_CHAR
from app.policy.rules.typed_text import is_backspace, typed_char
from app.vault import event_store, ledger, screen_store
from app.vault.database import checkpoint_truncate, transaction
from app.vault.ledger import LedgerKind

# JPEG works on 8x8 blocks; a block that is entirely black decodes to exactly black (4:4:4, no
# chroma upsampling bleeding in from a neighbour), so rectangles grow to whole blocks.
_JPEG_BLOCK = 8
_JPEG_QUALITY = 85
_KEPT_IN_MASKED_TEXT = "\n"  # line breaks stay, so the rest of the text keeps its shape


@dataclass(frozen=True)
class Rect:
    """A rectangle in a frame's own pixel coordinates."""

    x: int
    y: int
    width: int
    height: int

    def clamped(self, width: int, height: int) -> Rect | None:
        left, top = max(0, self.x), max(0, self.y)
        right, bottom = min(width, self.x + self.width), min(height, self.y + self.height)
        if right <= left or bottom <= top:
            return None
        return Rect(left, top, right - left, bottom - top)

    def grown_to_blocks(self, block: int, width: int, height: int) -> Rect:
        left, top = (self.x // block) * block, (self.y // block) * block
        right = min(width, -(-(self.x + self.width) // block) * block)
        bottom = min(height, -(-(self.y + self.height) // block) * block)
        return Rect(left, top, right - left, bottom - top)

    def as_list(self) -> list[int]:
        return [self.x, self.y, self.width, self.height]


def redact_frame(conn, frame_id: int, rects: list[Rect], now: float) -> Change:
    """Black out `rects` in a stored screenshot and replace the stored image with the result.

    The Change carries the rectangles applied (grown to whole JPEG blocks) as `extra["rects"]`."""
    with transaction(conn):
        change = redact_frame_in(conn, frame_id, rects, now)
    checkpoint_truncate(conn)
    return change


def redact_frame_in(conn, frame_id: int, rects: list[Rect], now: float) -> Change:
    """`redact_frame` inside the caller's transaction (the caller checkpoints after it commits).

    The words read on the screenshot under the rectangles go too (app/vault/screen_store.py)."""
    rows = conn.execute("SELECT segment_id, width, height, mime, image FROM frames WHERE id = ?",
                        (frame_id,)).fetchall()
    if not rows:
        raise KnownError(translate("Errors", "That screenshot no longer exists."),
                         translate("Errors", "It may have been deleted meanwhile."))
    segment_id, _width, _height, mime, blob = rows[0]
    image_bytes, applied = _black_out(bytes(blob), mime, rects)
    conn.execute("UPDATE frames SET image = ? WHERE id = ?", (image_bytes, frame_id))
    # One row per rectangle, {"x","y","w","h"}: the format the release re-applies before bundling.
    conn.executemany(
        "INSERT INTO redactions (segment_id, t, kind, target_id, spec) VALUES (?, ?, 'frame-rect', ?, ?)",
        [(segment_id, now, frame_id, json.dumps(dict(zip("xywh", r.as_list(), strict=False)), separators=(",", ":")))
         for r in applied])
    screen_store.forget_words_under(conn, frame_id, [tuple(r.as_list()) for r in applied])
    ledger.append(conn, LedgerKind.REDACT,
                  {"segment": segment_id, "frame": frame_id, "rects": [r.as_list() for r in applied]}, now)
    return Change(ChangeKind.REDACT, (segment_id,), frame_id=frame_id, count=len(applied),
                  extra={"rects": [r.as_list() for r in applied]})


def _black_out(blob: bytes, mime: str, rects: list[Rect]) -> tuple[bytes, tuple[Rect, ...]]:
    from PIL import Image, ImageDraw, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(blob)) as opened:
            image = opened.convert("RGB")
    except (UnidentifiedImageError, OSError) as exc:
        raise KnownError(translate("Errors", "This screenshot could not be decoded, so it cannot be redacted."),
                         translate("Errors", "Delete the segment instead.")) from exc
    is_jpeg = mime.lower() in ("image/jpeg", "image/jpg")
    applied = []
    for rect in rects:
        inside = rect.clamped(image.width, image.height)
        if inside is None:
            continue
        if is_jpeg:
            inside = inside.grown_to_blocks(_JPEG_BLOCK, image.width, image.height)
        applied.append(inside)
    if not applied:
        raise KnownError(translate("Errors", "The rectangles do not cover any part of the screenshot."),
                         translate("Errors", "Draw them on the image."))
    draw = ImageDraw.Draw(image)
    for r in applied:
        draw.rectangle((r.x, r.y, r.x + r.width - 1, r.y + r.height - 1), fill=(0, 0, 0))
    out = io.BytesIO()
    if is_jpeg:
        image.save(out, "JPEG", quality=_JPEG_QUALITY, subsampling=0, optimize=True)
    else:
        image.save(out, "PNG", optimize=True)
    return out.getvalue(), tuple(applied)


def mask_typed_text(conn, segment_id: int, start: int, end: int, now: float) -> Change:
    """Mask characters [start, end) of a segment's typed text and the key events that typed them.

    Masked characters become "•" (line breaks stay); their key presses lose key name, character
    and modifiers, as in the "masked" keystroke mode (their timing stays). The search index follows
    the text. The Change says how many characters and key events were masked.
    """
    with transaction(conn):
        rows = conn.execute("SELECT typed_text FROM segments WHERE id = ?", (segment_id,)).fetchall()
        if not rows:
            raise KnownError(translate("Errors", "That segment no longer exists."),
                             translate("Errors", "It may have been deleted meanwhile."))
        text = rows[0][0]
        if not 0 <= start < end <= len(text):
            raise KnownError(translate("Errors", "Select some typed text to mask."), "")
        masked_text = "".join(c if c in _KEPT_IN_MASKED_TEXT else MASK_CHAR for c in text[start:end])
        masked_chars = sum(c != m for c, m in zip(text[start:end], masked_text, strict=False))
        masked_events = _mask_key_events(conn, segment_id, text, start, end)
        conn.execute("UPDATE segments SET typed_text = ? WHERE id = ?",
                     (text[:start] + masked_text + text[end:], segment_id))
        screen_store.forget_text_findings(conn, segment_id)  # they may quote what was just masked
        spec = json.dumps({"start": start, "end": end}, separators=(",", ":"))
        conn.execute("INSERT INTO redactions (segment_id, t, kind, target_id, spec) VALUES (?, ?, 'text-span', NULL, ?)",
                     (segment_id, now, spec))
        ledger.append(conn, LedgerKind.REDACT,
                      {"segment": segment_id, "text_span": [start, end], "events": masked_events}, now)
    checkpoint_truncate(conn)
    return Change(ChangeKind.REDACT, (segment_id,), count=masked_chars,
                  extra={"span": [start, end], "masked_chars": masked_chars, "masked_events": masked_events})


def _mask_key_events(conn, segment_id: int, stored_text: str, start: int, end: int) -> int:
    """Rewrite the key presses that produced stored_text[start:end]; returns how many rows changed."""
    presses = {stored.position: stored for stored in event_store.read(conn, segment_id, kinds=(event_store.KIND_KEY,))
               if isinstance(stored.event, KeyEvent)}
    produced: list[tuple[str, tuple[int, int]]] = []  # (character, where the press that typed it is)
    for position, stored in presses.items():
        event = stored.event
        assert isinstance(event, KeyEvent)
        if is_backspace(event):
            if produced:
                produced.pop()
            continue
        char = typed_char(event)
        if char is not None:
            produced.append((char, position))
    to_mask = _presses_for_span(produced, stored_text, start, end)
    for position in to_mask:
        stored = presses[position]
        assert isinstance(stored.event, KeyEvent)
        masked = dataclasses.replace(stored.event, key=MASK_CHAR, char=MASK_CHAR, modifiers=frozenset())
        event_store.replace_key(conn, stored, masked)
    return len(to_mask)


def _presses_for_span(produced: list[tuple[str, tuple[int, int]]], stored_text: str, start: int,
                      end: int) -> list[tuple[int, int]]:
    """The presses that typed stored_text[start:end].

    Normally the text rebuilt from the events is the stored text; where it is not (the text was
    edited by an earlier redaction or a partial delete), matching runs of characters are aligned.
    """
    rebuilt = "".join(char for char, _ in produced)
    if rebuilt == stored_text:
        return [produced[i][1] for i in range(start, end) if produced[i][0] not in _KEPT_IN_MASKED_TEXT]
    matcher = difflib.SequenceMatcher(None, rebuilt, stored_text, autojunk=False)
    presses = []
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            stored_index = block.b + offset
            if start <= stored_index < end and stored_text[stored_index] not in _KEPT_IN_MASKED_TEXT:
                presses.append(produced[block.a + offset][1])
    return presses

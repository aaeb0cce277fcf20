"""Applying the employee's redactions to what goes into a bundle.

Rectangles are painted black on the decoded frame and the frame is re-encoded, so no original
pixel under a rectangle survives. A redacted text span is masked in the typed text, and because a
span cannot be mapped back to single key events reliably, every character-producing key event of
that segment is masked too: over-redacting is the safe direction.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from app.core.model import InputEvent, KeyEvent, KeystrokeMode
from app.policy.rules.keystrokes import MASK_CHAR, apply_mode
from app.release.source import FrameRect, TextSpan

_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG"}
JPEG_QUALITY = 85


class RedactionFailed(Exception):
    """A redaction could not be applied (e.g. an undecodable frame): the segment must not leave."""

    segment_id: int | None = None


def rects_for(frame_id: int, rects: Sequence[FrameRect]) -> list[FrameRect]:
    """The rectangles that apply to one frame (its own plus the segment-wide ones)."""
    return [r for r in rects if r.frame_id is None or r.frame_id == frame_id]


def redact_image(image: bytes, mime: str, rects: Sequence[FrameRect]) -> bytes:
    """`image` with every rectangle painted black; unchanged bytes when there is nothing to paint."""
    if not rects:
        return image
    from PIL import Image, ImageDraw, UnidentifiedImageError  # Pillow is heavy: load when needed

    fmt = _FORMATS.get(mime)
    if fmt is None:
        raise RedactionFailed(f"cannot redact a frame of type {mime}")
    try:
        with Image.open(io.BytesIO(image)) as opened:
            picture = opened.convert("RGB")
    except (UnidentifiedImageError, OSError) as exc:
        raise RedactionFailed("a frame to redact could not be decoded") from exc
    draw = ImageDraw.Draw(picture)
    for rect in rects:
        left, top = max(0, rect.x), max(0, rect.y)
        right, bottom = min(picture.width, rect.x + rect.w), min(picture.height, rect.y + rect.h)
        if right > left and bottom > top:
            draw.rectangle((left, top, right - 1, bottom - 1), fill=(0, 0, 0))
    out = io.BytesIO()
    if fmt == "JPEG":
        picture.save(out, fmt, quality=JPEG_QUALITY)
    else:
        picture.save(out, fmt)
    return out.getvalue()


def redact_text(text: str, spans: Sequence[TextSpan]) -> str:
    """`text` with the characters inside every span replaced by the mask character."""
    if not spans:
        return text
    chars = list(text)
    for span in spans:
        for index in range(max(0, span.start), min(len(chars), span.end)):
            if not chars[index].isspace():
                chars[index] = MASK_CHAR
    return "".join(chars)


def redact_event(event: InputEvent, text_redacted: bool) -> InputEvent:
    """A key event with its character masked when the segment's text has a redaction."""
    if text_redacted and isinstance(event, KeyEvent):
        masked = apply_mode(event, KeystrokeMode.MASKED)
        return masked if masked is not None else event
    return event

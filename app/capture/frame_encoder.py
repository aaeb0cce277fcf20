"""Encoding screenshots (JPEG by default, PNG optionally) with Pillow, in memory only.

Runs on the capture thread, never on the input hooks. Bytes go straight into a Frame and from there
into the vault: no temp file, no thumbnail cache.
"""

from __future__ import annotations

import enum
import io
from dataclasses import dataclass

from app.capture.screen_source import RawShot
from app.core.model import Frame


class ImageFormat(str, enum.Enum):
    JPEG = "jpeg"
    PNG = "png"


@dataclass(frozen=True, slots=True)
class EncoderSettings:
    scale: float = 0.5  # frame pixels per screen pixel
    jpeg_quality: int = 70
    image_format: ImageFormat = ImageFormat.JPEG
    # Stored at full size until the scan worker has read it, which then stores it at `scale`:
    # OCR reads half-size text badly (CER 22.8 % against 2.7 % at full size, docs/performance.md).
    full_size_until_read: bool = False

    @property
    def stored_scale(self) -> float:
        return 1.0 if self.full_size_until_read else self.scale

    def __post_init__(self) -> None:
        if not 0.05 <= self.scale <= 1.0:
            raise ValueError("scale must be between 0.05 and 1")
        if not 1 <= self.jpeg_quality <= 95:
            raise ValueError("jpeg_quality must be between 1 and 95")


def to_image(shot: RawShot):
    """A Pillow RGB image over the shot's BGRA buffer (no copy of the pixels)."""
    from PIL import Image

    return Image.frombuffer("RGB", (shot.width, shot.height), shot.bgra, "raw", "BGRX", 0, 1)


class FrameEncoder:
    """RawShot -> Frame, scaled and compressed as configured."""

    def __init__(self, settings: EncoderSettings = EncoderSettings()) -> None:
        self.settings = settings

    def encode(self, shot: RawShot, image=None) -> Frame:
        """`image`: the shot already converted by `to_image`, if the caller has it."""
        from PIL import Image

        image = to_image(shot) if image is None else image
        scale = self.settings.stored_scale
        if scale < 1.0:
            size = (max(1, round(shot.width * scale)), max(1, round(shot.height * scale)))
            factor = round(1 / scale)
            if abs(1 / factor - scale) < 1e-6:
                image = image.reduce(factor)  # exact integer factor: a fast box filter
            else:
                image = image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
        buffer = io.BytesIO()
        if self.settings.image_format is ImageFormat.PNG:
            image.save(buffer, "PNG", optimize=False, compress_level=6)
            mime = "image/png"
        else:
            image.save(buffer, "JPEG", quality=self.settings.jpeg_quality, optimize=False)
            mime = "image/jpeg"
        return Frame(t=shot.t, width=image.width, height=image.height, image=buffer.getvalue(), mime=mime,
                     left=shot.monitor.left, top=shot.monitor.top, scale=image.width / shot.width)

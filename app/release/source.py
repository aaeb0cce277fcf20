"""What the release side needs from the vault, as small structural protocols.

`app.release` may not import `app.vault`; `app.vault.release_store` provides objects with these
shapes and the composition root passes them in. Members are read-only properties, so the vault's
frozen dataclasses satisfy them. Values crossing the boundary are core types
(`InputEvent`, `Frame`) or the plain records below.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from app.core.model import Frame, InputEvent
from app.policy.release.gate import SegmentFacts


class SegmentView(Protocol):
    """One segment's metadata (window, span, counts, reconstructed text)."""

    @property
    def id(self) -> int: ...
    @property
    def start(self) -> float: ...
    @property
    def end(self) -> float: ...
    @property
    def app(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def wm_class(self) -> str: ...
    @property
    def keystroke_mode(self) -> str: ...
    @property
    def typed_text(self) -> str: ...
    @property
    def key_count(self) -> int: ...
    @property
    def click_count(self) -> int: ...
    @property
    def frame_count(self) -> int: ...


class FrameRect(Protocol):
    """A black-out rectangle in frame pixels; `frame_id` None means every frame of the segment."""

    @property
    def frame_id(self) -> int | None: ...
    @property
    def x(self) -> int: ...
    @property
    def y(self) -> int: ...
    @property
    def w(self) -> int: ...
    @property
    def h(self) -> int: ...


class TextSpan(Protocol):
    """A redacted range [start, end) of the segment's typed text."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class SegmentRedactions(Protocol):
    @property
    def rects(self) -> Sequence[FrameRect]: ...
    @property
    def spans(self) -> Sequence[TextSpan]: ...


class BundleContext(Protocol):
    """Who the bundle is from, in the manifest's terms: a pseudonym and the consent on record."""

    @property
    def employee(self) -> str: ...
    @property
    def consent(self) -> dict[str, Any] | None: ...


class ReleaseSource(Protocol):
    """Read access to the vault for the release service, plus its receipts and outbox state."""

    def candidate_facts(self, now: float) -> list[SegmentFacts]:
        """Gate facts for every segment that has not been released."""

    def facts_for(self, segment_ids: Sequence[int], now: float) -> dict[int, SegmentFacts]:
        """Gate facts for these ids; a missing id has been deleted."""

    def segment(self, segment_id: int) -> SegmentView: ...

    def events(self, segment_id: int) -> Iterator[InputEvent]:
        """The segment's events in time order, streamed."""

    def frames(self, segment_id: int) -> Iterator[tuple[int, Frame]]:
        """(frame id, frame) in time order, one image in memory at a time."""

    def redactions(self, segment_id: int) -> SegmentRedactions: ...

    def fingerprint(self, segment_id: int) -> str:
        """Changes whenever the segment's content or review state changes."""

    def estimated_size(self, segment_id: int) -> int:
        """Roughly how many bytes the segment adds to a bundle (for splitting bundles)."""

    def context(self) -> BundleContext: ...

    def load_outbox(self) -> dict[str, Any] | None: ...

    def save_outbox(self, state: dict[str, Any]) -> None: ...

    def clear_outbox(self) -> None: ...

    def record_release(self, receipt: dict[str, Any], t: float) -> None:
        """Mark the segments released, write the releases row and the ledger receipt (one transaction)."""

    def releases(self) -> list[dict[str, Any]]: ...

    def record_withdrawal(self, bundle_id: str, notice: dict[str, Any], t: float) -> None: ...

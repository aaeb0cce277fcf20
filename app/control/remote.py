"""RemoteOperations: the Operations of the Airlock running in another process, over the control channel.

`airlock review` opened beside a running `airlock record --headless` (or the desktop app) changes
the vault through this, so its deletes reach the running instance's writer — ordered with capture,
seen by its in-flight guard — exactly like the tray's. Each call opens its own authenticated
connection (cheap, and a restart of the instance between two calls is survived); the review
window's calls run on one worker thread and come back as Futures, like local ones.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from app.control.client import ControlClient
from app.control.interface import StatusReport
from app.control.protocol import Command
from app.core.changes import Change, RangeCounts, Span
from app.core.model import FlagCategory
from app.core.paths import Paths
from app.policy.model import Policy
from app.policy.personal import PersonalSettings, personal_to_mapping


class RemoteOperations:
    """The methods of `Operations` that other processes use, sent to the running instance."""

    def __init__(self, paths: Paths) -> None:
        self._paths = paths
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="airlock-remote")

    def close(self) -> None:
        self._executor.shutdown(wait=True)

    def _call(self, command: Command, **args: Any) -> dict[str, Any]:
        with self._client() as client:
            return client.call(command, **args)

    def _later(self, work: Callable[[], Any]) -> Future:
        return self._executor.submit(work)

    def _change(self, command: Command, **args: Any) -> Future:
        return self._later(lambda: Change.from_dict(self._call(command, **args)))

    # -- waiting forms (the CLI): the client's own typed calls, on a connection of their own ------

    def _client(self) -> ControlClient:
        return ControlClient.connect(self._paths)

    def status(self) -> StatusReport:
        with self._client() as client:
            return client.status()

    def pause(self, *, until: float | None = None, seconds: float | None = None) -> StatusReport:
        with self._client() as client:
            return client.pause(until=until, seconds=seconds)

    def resume(self) -> StatusReport:
        with self._client() as client:
            return client.resume()

    def preview_last(self, seconds: float) -> RangeCounts:
        with self._client() as client:
            return client.preview_last(seconds)

    def delete_last(self, seconds: float) -> RangeCounts:
        with self._client() as client:
            return client.delete_last(seconds)

    def flag_last(self, seconds: float, category: FlagCategory, note: str = "") -> int:
        with self._client() as client:
            return client.flag_last(seconds, category, note)

    def show(self) -> bool:
        with self._client() as client:
            return client.show()

    # -- Future forms (the review window, consent, settings) ------------------------------------

    def preview(self, segment_ids: list[int] = (), spans: list[Span] = ()) -> Future:
        return self._later(lambda: RangeCounts.from_dict(
            self._call(Command.PREVIEW, segments=list(segment_ids), spans=[list(s) for s in spans])))

    def delete(self, segment_ids: list[int] = (), spans: list[Span] = ()) -> Future:
        return self._change(Command.DELETE, segments=list(segment_ids), spans=[list(s) for s in spans])

    def flag(self, category: FlagCategory, note: str = "", segment_ids: list[int] = (), spans: list[Span] = ()) -> Future:
        return self._change(Command.FLAG, segments=list(segment_ids), spans=[list(s) for s in spans],
                            category=category.value, note=note)

    def unflag(self, segment_ids: list[int] = (), spans: list[Span] = ()) -> Future:
        return self._change(Command.UNFLAG, segments=list(segment_ids), spans=[list(s) for s in spans])

    def approve(self, segment_ids: list[int] = (), spans: list[Span] = ()) -> Future:
        return self._change(Command.APPROVE, segments=list(segment_ids), spans=[list(s) for s in spans])

    def redact_frame(self, frame_id: int, rects: list[tuple[int, int, int, int]]) -> Future:
        return self._change(Command.REDACT_FRAME, frame=frame_id, rects=[list(r) for r in rects])

    def mask_text(self, segment_id: int, start: int, end: int) -> Future:
        return self._change(Command.MASK_TEXT, segment=segment_id, start=start, end=end)

    def accept_suggested_redaction(self, suggestion_id: int, rects: list[tuple[int, int, int, int]] | None = None) -> Future:
        if rects is None:
            return self._change(Command.ACCEPT_SUGGESTED_REDACTION, suggestion=suggestion_id)
        return self._change(Command.ACCEPT_SUGGESTED_REDACTION, suggestion=suggestion_id, rects=[list(r) for r in rects])

    def flag_from_suggestion(self, suggestion_id: int) -> Future:
        return self._change(Command.FLAG_FROM_SUGGESTION, suggestion=suggestion_id)

    def dismiss_suggestion(self, suggestion_id: int) -> Future:
        return self._change(Command.DISMISS_SUGGESTION, suggestion=suggestion_id)

    def record_consent(self, policy: Policy, accepted: bool, language: str = "") -> Future:
        return self._change(Command.CONSENT, accepted=accepted, policy_hash=policy.content_hash, language=language)

    def save_personal(self, personal: PersonalSettings) -> Future:
        return self._change(Command.PERSONAL_SETTINGS, personal=personal_to_mapping(personal))

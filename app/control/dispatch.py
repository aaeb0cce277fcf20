"""Running a validated control-channel request on the instance's `Operations`."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from app.control.operations import Operations
from app.control.protocol import Command, Request
from app.core.errors import KnownError
from app.core.i18n import translate
from app.policy.personal import personal_from_mapping

WAIT_S = 120.0  # a change runs on the writer thread; a long delete may take a while


def dispatch(operations: Operations, request: Request) -> dict[str, Any]:
    """The reply's result object. Known refusals raise KnownError (sent back as FAILED)."""
    args = request.args
    command = request.command
    if command is Command.STATUS:
        return operations.status().to_dict()
    if command is Command.PAUSE:
        return operations.pause(**args).to_dict()
    if command is Command.RESUME:
        return operations.resume().to_dict()
    if command is Command.PREVIEW_LAST:
        return operations.preview_last(args["seconds"]).to_dict()
    if command is Command.DELETE_LAST:
        return operations.delete_last(args["seconds"]).to_dict()
    if command is Command.FLAG_LAST:
        return {"flagged": operations.flag_last(args["seconds"], args["category"], args["note"])}
    if command is Command.SHOW:
        return {"shown": bool(operations.show())}
    if command is Command.PREVIEW:
        return _wait(operations.preview(args["segment_ids"], args["spans"])).to_dict()
    if command is Command.DELETE:
        return _wait(operations.delete(args["segment_ids"], args["spans"])).to_dict()
    if command is Command.FLAG:
        return _wait(operations.flag(args["category"], args["note"], args["segment_ids"], args["spans"])).to_dict()
    if command is Command.UNFLAG:
        return _wait(operations.unflag(args["segment_ids"], args["spans"])).to_dict()
    if command is Command.APPROVE:
        return _wait(operations.approve(args["segment_ids"], args["spans"])).to_dict()
    if command is Command.REDACT_FRAME:
        return _wait(operations.redact_frame(args["frame_id"], args["rects"])).to_dict()
    if command is Command.MASK_TEXT:
        return _wait(operations.mask_text(args["segment_id"], args["start"], args["end"])).to_dict()
    if command is Command.CONSENT:
        policy = operations.policy
        if policy is None or policy.content_hash != args["policy_hash"]:
            raise KnownError(translate("Errors", "The policy you read is not the one the running Airlock uses."),
                             translate("Errors", "Read it again with `airlock consent`, then answer."))
        return _wait(operations.record_consent(policy, args["accepted"], args["language"])).to_dict()
    if command is Command.PERSONAL_SETTINGS:
        return _wait(operations.save_personal(personal_from_mapping(args["personal"]))).to_dict()
    if command is Command.ACCEPT_SUGGESTED_REDACTION:
        return _wait(operations.accept_suggested_redaction(args["suggestion_id"], args.get("rects"))).to_dict()
    if command is Command.FLAG_FROM_SUGGESTION:
        return _wait(operations.flag_from_suggestion(args["suggestion_id"])).to_dict()
    if command is Command.DISMISS_SUGGESTION:
        return _wait(operations.dismiss_suggestion(args["suggestion_id"])).to_dict()
    raise AssertionError(f"no handler for {command}")  # parse_request admits only known commands


def _wait(future: Future) -> Any:
    return future.result(WAIT_S)

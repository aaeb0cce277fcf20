"""`airlock status|pause|resume|delete|flag`: act on the running Airlock through its control channel.

When no instance runs, the same commands act on the vault directly (a pause is saved and applies
when Airlock starts; deletes and flags happen at once, with their ledger entries) or say why they
cannot; app/commands/routing.py decides which.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.commands.routing import operations_for
from app.control.durations import describe_span, parse_span, parse_until
from app.control.interface import StatusReport
from app.control.operations import describe_counts
from app.core.errors import ControlError, KnownError
from app.core.i18n import translate
from app.core.model import CaptureStatus, FlagCategory

NOT_RUNNING_EXIT = 3  # `airlock status` when nothing runs (as `systemctl status` does)
CLI_PATIENCE_S = 15.0  # another command acting on the vault finishes first


def _span(text: str) -> float:
    try:
        return parse_span(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def register(subparsers) -> None:
    status = subparsers.add_parser("status", help="is Airlock recording, paused or stopped, and why")
    status.add_argument("--json", action="store_true", help="machine-readable status")
    status.set_defaults(func=run_status)

    pause = subparsers.add_parser("pause", help="pause recording now (until you resume, for a while, or until a time)")
    when = pause.add_mutually_exclusive_group()
    when.add_argument("--for", dest="for_span", type=_span, metavar="SPAN", help="e.g. 30m, 1h, 90s")
    when.add_argument("--until", metavar="TIME", help="e.g. 17:00, tomorrow, \"tomorrow 9:00\"")
    pause.add_argument("--json", action="store_true")
    pause.set_defaults(func=run_pause)

    resume = subparsers.add_parser("resume", help="resume recording after a pause")
    resume.add_argument("--json", action="store_true")
    resume.set_defaults(func=run_resume)

    delete = subparsers.add_parser("delete", help="delete everything captured in the last SPAN, for good")
    delete.add_argument("--last", required=True, type=_span, metavar="SPAN", help="e.g. 5m, 15m, 1h")
    delete.add_argument("--dry-run", action="store_true", help="only say what would be deleted")
    delete.add_argument("--json", action="store_true")
    delete.set_defaults(func=run_delete)

    flag = subparsers.add_parser("flag", help="flag the last SPAN as sensitive: it never leaves this computer")
    flag.add_argument("--last", required=True, type=_span, metavar="SPAN", help="e.g. 15m")
    flag.add_argument("--category", required=True, choices=[c.value for c in FlagCategory])
    flag.add_argument("--note", default="", help="a note for yourself (kept in the vault, never in the ledger)")
    flag.add_argument("--json", action="store_true")
    flag.set_defaults(func=run_flag)


def _print(args, report: StatusReport | dict[str, Any], text: str) -> None:
    if args.json:
        print(json.dumps(report.to_dict() if isinstance(report, StatusReport) else report, indent=1))
    else:
        print(text)


def _status_text(report: StatusReport) -> str:
    lines = [report.describe]
    if report.running:
        mode = translate("Cli", "desktop app") if report.mode == "desktop" else report.mode
        lines[0] += "  " + translate("Cli", "(Airlock %1, pid %2)").replace("%1", mode).replace("%2", str(report.pid))
    elif report.paused:
        lines.append(translate("Cli", "Airlock is not running; the pause applies when it starts."))
    if not report.segments:
        return "\n".join(lines)  # the vault was not read: no count to give
    waiting = report.waiting_for_review
    lines.append(translate("Cli", "%n segment(s) wait for review.", None, waiting))
    if report.scan_progress:
        lines.append(f"{report.scan_progress}.")
    if report.scan_restarts:
        lines.append(translate("Cli", "The screenshot reader stopped unexpectedly and was started again (%n time(s)).",
                               None, report.scan_restarts))
    looks = report.needs_a_look
    if looks:
        lines.append(translate("Cli", "%n moment(s) need a look before the next release.", None, looks))
    return "\n".join(lines)


def run_status(args, context) -> int:
    try:
        with operations_for(context, changes=False) as controller:
            report = controller.status()
    except KnownError as error:
        if isinstance(error, ControlError):
            raise
        # Nothing runs and the vault cannot be read: say both, never a traceback.
        report = StatusReport(state=CaptureStatus.NOT_CAPTURING, reason=error.message, running=False, mode="not-running",
                              describe=translate("Cli", "Airlock is not running. The vault cannot be read: %1").replace(
                                  "%1", error.message))
    _print(args, report, _status_text(report))
    return 0 if report.running else NOT_RUNNING_EXIT


def run_pause(args, context) -> int:
    with operations_for(context) as controller:
        if args.until is not None:
            try:
                until = parse_until(args.until, context.clock.now())
            except ValueError as error:
                raise KnownError(str(error), translate("Errors", 'Examples: --until 17:00, --until tomorrow, '
                                                       '--until "tomorrow 9:00"')) from None
            report = controller.pause(until=until)
        elif args.for_span is not None:
            report = controller.pause(seconds=args.for_span)
        else:
            report = controller.pause()
    _print(args, report, _status_text(report))
    return 0


def run_resume(args, context) -> int:
    with operations_for(context) as controller:
        report = controller.resume()
    _print(args, report, _status_text(report))
    return 0


def run_delete(args, context) -> int:
    span = describe_span(args.last)
    with operations_for(context) as controller:
        if args.dry_run:
            counts = controller.preview_last(args.last)
            _print(args, counts.to_dict(), translate("Cli", "Deleting the last %1 would remove %2.").replace(
                "%1", span).replace("%2", describe_counts(counts)))
            return 0
        counts = controller.delete_last(args.last)
    _print(args, counts.to_dict(), translate("Cli", "Deleted the last %1: %2. This cannot be undone.").replace(
        "%1", span).replace("%2", describe_counts(counts)))
    return 0


def run_flag(args, context) -> int:
    category = FlagCategory(args.category)
    with operations_for(context) as controller:
        flagged = controller.flag_last(args.last, category, args.note)
    text = translate("Cli", "Flagged %n segment(s) of the last %1 as sensitive (%2): they will never leave this "
                     "computer.", None, flagged).replace("%1", describe_span(args.last)).replace("%2", category.value)
    if not flagged:
        text = translate("Cli", "Nothing was captured in the last %1: nothing to flag.").replace(
            "%1", describe_span(args.last))
    _print(args, {"flagged": flagged, "category": category.value}, text)
    return 0


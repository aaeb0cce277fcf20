"""Reading screenshots for sensitive moments: the worker's composition, `airlock scan` and
`airlock suggestions`.

The worker (app/scan/worker.py) is built here from its parts: the vault's scan source on a
connection of its own, the OCR engine behind the changed-region reader, and the detectors with the
employee's personal words. Beside a recorder it runs in a child process (`BackgroundScan`, whose
main is app/commands/scan_child.py) and yields to input, pause and battery; `airlock scan` runs it
in the foreground. Words read are content: they are printed to
this terminal by `airlock suggestions` only, never logged.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import sys
import threading
from collections.abc import Callable, Collection
from pathlib import Path

from app.commands.routing import operations_for
from app.control.durations import parse_span
from app.core.clock import Clock
from app.core.errors import KnownError
from app.core.i18n import fill, format_number, translate
from app.core.log_guard import safe
from app.policy.detectors.reasons import reason_in_words
from app.policy.model import Policy
from app.policy.rules.pause import PauseState
from app.scan.channel import Activity, Hello
from app.scan.worker import IdleGate, NoWait, ScanProgress, ScanWorker, describe

log = logging.getLogger("airlock.scan")


@functools.cache
def engine_status() -> tuple[bool, str]:
    """(available, "tesseract 5.5.4" or why it is not), without starting the engine."""
    from app.scan.engine import OcrUnavailable, engine_version

    try:
        return True, engine_version()
    except OcrUnavailable as missing:
        return False, str(missing)


@functools.cache
def engine_missing() -> str:
    """Why screenshots cannot be read here, or "" (asked by the recorder: nothing is loaded)."""
    from app.scan.engine import OcrUnavailable, engine_present

    try:
        engine_present()
    except OcrUnavailable as missing:
        return str(missing)
    return ""


def not_read_because(policy: Policy) -> str:
    """"" when screenshots are read on this computer under the (effective) policy, else why not in
    words. Only then may the release gate hold segments that were not read yet: without an engine
    they never would be."""
    if not policy.scan.enabled:
        return translate("Scan", "the policy turns reading screenshots off")
    missing = engine_missing()
    return fill(translate("Scan", "no OCR engine here (%1)"), missing) if missing else ""


def build_worker(handle, scale: float, jpeg_quality: int, words: dict[str, list[str]], clock: Clock, *,
                 gate: IdleGate | NoWait | None = None, since: float | None = None,
                 on_progress: Callable[[ScanProgress], None] = lambda p: None,
                 segments: Collection[int] | None = None) -> ScanWorker:
    """A worker over this vault: frames go back to `scale` at `jpeg_quality` once read, the detectors
    carry the policy's `words` and the employee's own (only `segments`' frames, if given);
    OcrUnavailable when it runs without an engine."""
    from app.policy.detectors import load_rules
    from app.scan.engine import default_engine
    from app.scan.reading import OcrFrameReader, RulesDetector
    from app.vault.operations.settings import load_personal
    from app.vault.scan_store import VaultScanSource

    def source() -> VaultScanSource:  # on the reading thread: a connection of its own, closed by the worker
        return VaultScanSource(handle.connect(), target_scale=scale, jpeg_quality=jpeg_quality, segments=segments)

    conn = handle.connect()
    try:
        personal = load_personal(conn)
    finally:
        conn.close()
    detector = RulesDetector(load_rules(words, personal_words=personal.sensitive_words))
    return ScanWorker(source, lambda: OcrFrameReader(default_engine()), detector, clock, gate=gate, since=since,
                      on_progress=on_progress)


def child_command(data_dir: Path) -> list[str]:
    """How the recorder starts its scan child: this same program (the bundle's executable, or
    Python with the app package), command `scan-worker`, on this profile. Nothing secret here."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "app"]
    return [*program, "--data-dir", str(data_dir), "scan-worker"]


class BackgroundScan:
    """The worker beside a recorder, in a child process at idle priority (app/scan/supervisor.py),
    yielding to the recorder's input and pause and to battery. `progress` is the last report in
    words ("Reading screenshots: 420 of 1,310"); `supervisor.pid` is the child's."""

    def __init__(self, handle, policy: Policy, data_dir: Path, activity: Callable[[], Activity],
                 on_progress: Callable[[ScanProgress], None] = lambda p: None) -> None:
        from app.scan.supervisor import ScanChildSupervisor, spawn_low_priority

        self.progress = ""
        self._listener = on_progress
        self._lock = threading.Lock()
        path, key = handle.for_child()
        hello = Hello(str(path), key, policy.capture.scale, policy.capture.jpeg_quality, policy.scan.word_additions())
        argv = child_command(data_dir)
        self.supervisor = ScanChildSupervisor(lambda: spawn_low_priority(argv), hello, activity, self._report)

    def _report(self, progress: ScanProgress) -> None:
        with self._lock:
            self.progress = describe(progress)
        self._listener(progress)

    def start(self) -> None:
        self.supervisor.start()

    def stop(self) -> None:
        self.supervisor.stop()


def recorder_activity(last_input: Callable[[], float | None], pause: PauseState, clock: Clock) -> Callable[[], Activity]:
    """What the scan child is told of the recorder, once a tick: the last input and whether it is paused."""
    return lambda: Activity(last_input(), pause.current(clock.now()) is not None)


def start_background_scan(handle, policy: Policy, data_dir: Path, activity: Callable[[], Activity],
                          on_progress: Callable[[ScanProgress], None] = lambda p: None) -> BackgroundScan | None:
    """Start reading in the background if the policy asks for it and an engine is here (else None, said in the log)."""
    if not policy.scan.enabled:
        return None
    missing = engine_missing()
    if missing:
        log.warning("screenshots are not read: %s", safe(missing))
        return None
    scan = BackgroundScan(handle, policy, data_dir, activity, on_progress)
    scan.start()
    return scan


def capture_policy(policy: Policy) -> Policy:
    """The policy capture runs under: frames are kept full size until read only if they will be read."""
    import dataclasses

    if policy.scan.enabled and engine_missing():
        return dataclasses.replace(policy, scan=dataclasses.replace(policy.scan, enabled=False))
    return policy


# -- the commands ---------------------------------------------------------------------------------

def _duration(text: str) -> float:
    try:
        return parse_span(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def register(subparsers) -> None:
    scan = subparsers.add_parser("scan", help="read kept screenshots now and suggest sensitive moments")
    scan.add_argument("--since", type=_duration, default=None, metavar="DURATION",
                      help="only screenshots of the last DURATION (1d, 8h, 30m)")
    scan.add_argument("--json", action="store_true", help="print the counts as JSON")
    scan.set_defaults(func=run_scan)
    suggestions = subparsers.add_parser("suggestions", help="list the suggested moments that wait for an answer")
    suggestions.add_argument("--json", action="store_true", help="print them as JSON (words and boxes included)")
    suggestions.add_argument("--all", action="store_true", help="also those already answered")
    answer = suggestions.add_mutually_exclusive_group()
    answer.add_argument("--redact", type=int, metavar="ID", help="black out the words suggestion ID boxed")
    answer.add_argument("--flag", type=int, metavar="ID", help="flag the segment of suggestion ID with its category")
    answer.add_argument("--dismiss", type=int, metavar="ID", help="not sensitive: close suggestion ID")
    suggestions.set_defaults(func=run_suggestions)


def run_scan(args, context) -> int:
    from app.scan.engine import OcrUnavailable
    from app.vault.operations.settings import effective_for
    from app.vault.vault import open_vault

    handle = open_vault(context.paths, context.keystore(), create=False)
    conn = handle.connect()
    try:
        policy = effective_for(conn, context.policy())
    finally:
        conn.close()
    since = None if args.since is None else context.clock.now() - args.since
    bar = _ProgressBar(enabled=not args.json)
    worker = build_worker(handle, policy.capture.scale, policy.capture.jpeg_quality, policy.scan.word_additions(),
                          context.clock, gate=NoWait(), since=since, on_progress=bar.show)
    try:
        counts = worker.run(until_done=True)
    except OcrUnavailable as missing:
        raise KnownError(fill(translate("Errors", "Screenshots cannot be read here: %1."), missing),
                         translate("Errors", "Then run `airlock scan` again.")) from None
    finally:
        worker.stop()
        bar.end()
    if args.json:
        print(json.dumps({"read": counts.read, "total": counts.total, "open_suggestions": counts.open_suggestions}))
    else:
        print(fill(translate("Cli", "Read %1 of %2 screenshots that could still leave; %n suggested moment(s) "
                             "wait for you (`airlock suggestions`).", None, counts.open_suggestions),
                   format_number(counts.read), format_number(counts.total)))
    return 0


class _ProgressBar:
    """"Reading screenshots: 420 of 1,310 [#####-----]" on one line of stderr (in the reader's language)."""

    WIDTH = 30

    def __init__(self, enabled: bool) -> None:
        self._enabled = enabled
        self._shown = False

    def show(self, progress: ScanProgress) -> None:
        if not self._enabled:
            return
        counts = progress.counts
        done = self.WIDTH if not counts.total else round(self.WIDTH * counts.read / counts.total)
        print(f"\r{describe(progress)} [{'#' * done}{'-' * (self.WIDTH - done)}]", end="", file=sys.stderr, flush=True)
        self._shown = True

    def end(self) -> None:
        if self._shown:
            print(file=sys.stderr, flush=True)


def run_suggestions(args, context) -> int:
    answer = next(((what, ident) for what, ident in (("redact", args.redact), ("flag", args.flag),
                                                     ("dismiss", args.dismiss)) if ident is not None), None)
    if answer is not None:
        return _answer(args, context, *answer)
    from app.vault.reader import VaultReader
    from app.vault.vault import open_vault

    reader = VaultReader(open_vault(context.paths, context.keystore(), create=False), threaded=False)
    try:
        found = reader.suggestions(() if args.all else ("open",)).result()
    finally:
        reader.close()
    if args.json:
        print(json.dumps([{"id": s.id, "segment": s.segment_id, "frame": s.frame_id, "category": s.category,
                           "reason": s.reason, "state": s.state, "words": list(s.words),
                           "sources": list(s.sources), "boxes": [list(b) for b in s.boxes], "app": s.app,
                           "title": s.title, "created_at": s.created_at} for s in found], indent=1))
        return 0
    if not found:
        print(translate("Cli", "Nothing waits: no suggested moment is open.") if not args.all else
              translate("Cli", "No suggestions yet."))
    for s in found:
        where = (fill(translate("Cli", "screenshot %1"), s.frame_id) if s.frame_id is not None
                 else translate("Cli", "typed text or title"))
        # The app, title and reason quote what was captured: shown as they are, inside the translated frame.
        print(f"#{s.id}  {s.category}  " + fill(translate("Cli", "segment %1 (%2 — %3), %4: %5"), s.segment_id,
                                                s.app or "?", repr(s.title), where, reason_in_words(s.reason))
              + ("" if s.state == "open" else f"  [{s.state}]"))
    if any(s.state == "open" for s in found):
        print(translate("Cli", "Answer with --redact ID, --flag ID or --dismiss ID (or in the review window: "
                        "Needs a look)."))
    return 0


def _answer(args, context, what: str, suggestion_id: int) -> int:
    with operations_for(context) as controller:
        if what == "redact":
            change = controller.accept_suggested_redaction(suggestion_id).result(120)
            text = fill(translate("Cli", "Blacked out %n area(s) of screenshot %1.", None, change.count),
                        change.frame_id)
        elif what == "flag":
            change = controller.flag_from_suggestion(suggestion_id).result(120)
            text = fill(translate("Cli", "Flagged segment %1: it will never leave this computer."),
                        ", ".join(map(str, change.segment_ids)))
        else:
            change = controller.dismiss_suggestion(suggestion_id).result(120)
            text = fill(translate("Cli", "Dismissed suggestion %1: not sensitive."), suggestion_id)
    if args.json:
        print(json.dumps(change.to_dict()))
    else:
        print(text)
    return 0

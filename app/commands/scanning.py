"""Reading screenshots for sensitive moments: the worker's composition, `airlock scan` and
`airlock suggestions`.

The worker (app/scan/worker.py) is built here from its parts: the vault's scan source on a
connection of its own, the OCR engine behind the changed-region reader, and the detectors with the
employee's personal words. With a recorder it runs in the background and yields to input and
battery; `airlock scan` runs it in the foreground. Words read are content: they are printed to
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

from app.commands.routing import operations_for
from app.control.durations import parse_span
from app.core.clock import Clock
from app.core.errors import KnownError
from app.core.i18n import translate
from app.core.log_guard import safe
from app.policy.model import Policy
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


def not_read_because(policy: Policy) -> str:
    """"" when screenshots are read on this computer under the (effective) policy, else why not in
    words. Only then may the release gate hold segments that were not read yet: without an engine
    they never would be."""
    if not policy.scan.enabled:
        return translate("Scan", "the policy turns reading screenshots off")
    available, what = engine_status()
    return "" if available else translate("Scan", "no OCR engine here (%1)").replace("%1", what)


def build_worker(handle, policy: Policy, clock: Clock, *, gate: IdleGate | NoWait | None = None,
                 since: float | None = None, on_progress: Callable[[ScanProgress], None] = lambda p: None,
                 segments: Collection[int] | None = None) -> ScanWorker:
    """A worker over this vault under the (effective) policy (only `segments`' frames, if given);
    OcrUnavailable when it runs without an engine."""
    from app.policy.detectors import load_rules
    from app.scan.engine import default_engine
    from app.scan.reading import OcrFrameReader, RulesDetector
    from app.vault.operations.settings import load_personal
    from app.vault.scan_store import VaultScanSource

    def source() -> VaultScanSource:  # on the worker's thread: a connection of its own, closed by the worker
        return VaultScanSource(handle.connect(), target_scale=policy.capture.scale,
                               jpeg_quality=policy.capture.jpeg_quality, segments=segments)

    conn = handle.connect()
    try:
        personal = load_personal(conn)
    finally:
        conn.close()
    detector = RulesDetector(load_rules(policy.scan.word_additions(), personal_words=personal.sensitive_words))
    return ScanWorker(source, lambda: OcrFrameReader(default_engine()), detector, clock, gate=gate, since=since,
                      on_progress=on_progress)


class BackgroundScan:
    """The worker beside a recorder: idle-priority, yielding to the recorder's input and to battery.
    `progress` is the last report in words ("Reading screenshots: 420 of 1,310")."""

    def __init__(self, handle, policy: Policy, clock: Clock, last_input: Callable[[], float | None],
                 on_progress: Callable[[ScanProgress], None] = lambda p: None) -> None:
        from app.release.power import on_ac_power

        self.progress = ""
        self._listener = on_progress
        self._lock = threading.Lock()
        self.worker = build_worker(handle, policy, clock, gate=IdleGate(clock, last_input, on_ac_power),
                                   on_progress=self._report)

    def _report(self, progress: ScanProgress) -> None:
        with self._lock:
            self.progress = describe(progress)
        self._listener(progress)

    def start(self) -> None:
        self.worker.start()

    def stop(self) -> None:
        self.worker.stop()


def start_background_scan(handle, policy: Policy, clock: Clock, last_input: Callable[[], float | None],
                          on_progress: Callable[[ScanProgress], None] = lambda p: None) -> BackgroundScan | None:
    """Start reading in the background if the policy asks for it and an engine is here (else None, said in the log)."""
    if not policy.scan.enabled:
        return None
    available, what = engine_status()
    if not available:
        log.warning("screenshots are not read: %s", safe(what))
        return None
    scan = BackgroundScan(handle, policy, clock, last_input, on_progress)
    scan.start()
    return scan


def capture_policy(policy: Policy) -> Policy:
    """The policy capture runs under: frames are kept full size until read only if they will be read."""
    import dataclasses

    if policy.scan.enabled and not engine_status()[0]:
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
    worker = build_worker(handle, policy, context.clock, gate=NoWait(), since=since, on_progress=bar.show)
    try:
        counts = worker.run(until_done=True)
    except OcrUnavailable as missing:
        raise KnownError(f"Screenshots cannot be read here: {missing}.", "Then run `airlock scan` again.") from None
    finally:
        worker.stop()
        bar.end()
    if args.json:
        print(json.dumps({"read": counts.read, "total": counts.total, "open_suggestions": counts.open_suggestions}))
    else:
        print(f"Read {counts.read:,} of {counts.total:,} screenshots that could still leave; "
              f"{counts.open_suggestions} suggested moment{'s' * (counts.open_suggestions != 1)} wait for you "
              f"(`airlock suggestions`).")
    return 0


class _ProgressBar:
    """"Reading screenshots: 420 of 1,310 [#####-----]" on one line of stderr."""

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
        print("Nothing waits: no suggested moment is open." if not args.all else "No suggestions yet.")
    for s in found:
        where = f"screenshot {s.frame_id}" if s.frame_id is not None else "typed text or title"
        print(f"#{s.id}  {s.category}  segment {s.segment_id} ({s.app or '?'} — {s.title!r}), {where}: {s.reason}"
              + ("" if s.state == "open" else f"  [{s.state}]"))
    if any(s.state == "open" for s in found):
        print("Answer with --redact ID, --flag ID or --dismiss ID (or in the review window: Needs a look).")
    return 0


def _answer(args, context, what: str, suggestion_id: int) -> int:
    with operations_for(context) as controller:
        if what == "redact":
            change = controller.accept_suggested_redaction(suggestion_id).result(120)
            text = f"Blacked out {change.count} area(s) of screenshot {change.frame_id}."
        elif what == "flag":
            change = controller.flag_from_suggestion(suggestion_id).result(120)
            text = f"Flagged segment {', '.join(map(str, change.segment_ids))}: it will never leave this computer."
        else:
            change = controller.dismiss_suggestion(suggestion_id).result(120)
            text = f"Dismissed suggestion {suggestion_id}: not sensitive."
    if args.json:
        print(json.dumps(change.to_dict()))
    else:
        print(text)
    return 0

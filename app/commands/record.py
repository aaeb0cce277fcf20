"""`airlock record --headless [--duration S]`: the recorder without windows (servers, benchmarks, tests).

Composition, in order: take the profile's instance lock, open the vault, check consent, read the
saved pause and the effective policy; build the writer, the operations over it, the health and the
recorder, each given what it needs; start the writer (it closes what a crash left open), adopt the
pause, serve the control channel, start capture. Run until the duration ends or SIGINT/SIGTERM
arrives, then stop in reverse: control channel, capture (its open segment ends: "stopped"), writer.
"""

from __future__ import annotations

import dataclasses
import logging
import signal
import sys
import threading
import time

from app.capture.health import CaptureHealth
from app.commands.recorder import Recorder, condition_of
from app.commands.scanning import capture_policy, not_read_because, recorder_activity, start_background_scan
from app.control.headless import HeadlessOperations
from app.control.instance import InstanceLock
from app.control.server import ControlServer
from app.core.display import detect_display
from app.core.errors import KnownError
from app.core.i18n import fill, translate
from app.core.model import Gap, GapReason
from app.core.records import GapRecord
from app.policy.consent.summary import ConsentState
from app.policy.rules.pause import PauseState
from app.scan.worker import describe
from app.vault.in_flight import InFlightGuard
from app.vault.operations import consent, settings
from app.vault.operations.store import VaultOperations
from app.vault.vault import VaultHandle, open_vault
from app.vault.writer import VaultWriter

log = logging.getLogger("airlock.record")

LOCK_PATIENCE_S = 15.0  # an `airlock pause` acting on the vault finishes first


class ConsentMissing(KnownError):
    """Capture must not start before the employee agreed to the policy in force."""


class CaptureUnsupported(KnownError):
    """This session's display cannot be captured."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("record", help="run the recorder (headless: no windows, no tray)")
    parser.add_argument("--headless", action="store_true", help="record without any window (required here)")
    parser.add_argument("--duration", type=float, metavar="S", help="stop after S seconds (default: until Ctrl-C/SIGTERM)")
    parser.add_argument("--input-backend", choices=("auto", "pynput"), default="auto",
                        help="keyboard/mouse backend: auto (X11: RECORD keys and buttons + pointer polling) or pynput")
    parser.add_argument("--no-scan", action="store_true",
                        help="do not read screenshots in the background (capture alone: the benchmark uses it); "
                             "frames are stored at the policy's scale")
    parser.set_defaults(func=run_record)


def _record_unsupported(handle: VaultHandle, why: str, now: float) -> None:
    """An honest trace in the vault that capture was asked for and could not run (no content)."""
    writer = VaultWriter(handle)
    writer.start()
    writer.submit(GapRecord(1, Gap(now, now, GapReason.DISPLAY_UNSUPPORTED, why)))
    writer.stop()


def run_record(args, context) -> int:
    if not args.headless:
        raise KnownError(translate("Errors", "`airlock record` runs without windows only: add --headless."),
                         translate("Errors", "Run `airlock` for the desktop app with its tray icon."))
    policy = context.policy()
    clock = context.clock
    lock = InstanceLock(context.paths.instance_lock)
    lock.acquire("headless", patience=LOCK_PATIENCE_S)  # AlreadyRunning if the app or another recorder runs
    try:
        return _record(args, context, policy, clock)
    finally:
        lock.release()


def _record(args, context, policy, clock) -> int:
    handle = open_vault(context.paths, context.keystore())
    conn = handle.connect()
    try:
        if consent.consent_now(conn, policy) is not ConsentState.GIVEN:
            raise ConsentMissing(translate("Errors", "Not recording: consent to the policy in force has not been "
                                                     "given."),
                                 translate("Errors", "Read it with `airlock consent`, then agree with "
                                           "`airlock consent --accept`."))
        saved_pause = settings.load_pause(conn)
        effective = settings.effective_for(conn, policy)  # consent is to IT's policy; capture obeys it as tightened
    finally:
        conn.close()
    display = detect_display()
    if not display.capture_supported:
        _record_unsupported(handle, display.server, clock.now())
        raise CaptureUnsupported(translate("Errors", "Not recording: this session cannot be captured."),
                                 display.explanation)

    pause = PauseState()
    # Each part gets what it needs when it is built: the writer reports write failures to the
    # operations, the health reports every change of state to them, the recorder writes through
    # the writer. (The lambdas name objects built a line later: they are only called once running.)
    writer = VaultWriter(handle, InFlightGuard(pause), on_error=lambda error: operations.report_vault_error(error))
    # Counted for `status` whatever --no-scan says: the gate holds unread segments all the same.
    reads = effective.scan.hold_unread and not not_read_because(effective)
    operations = HeadlessOperations(pause, clock, VaultOperations(writer.run), policy=policy, reads_screenshots=reads)
    health = CaptureHealth(on_change=lambda snapshot: operations.report_condition(condition_of(snapshot)))
    if args.no_scan:
        effective = dataclasses.replace(effective, scan=dataclasses.replace(effective.scan, enabled=False))
    recorder = Recorder(writer, capture_policy(effective), clock, pause, health, paths=context.paths,
                        prefer_record=args.input_backend == "auto",
                        on_pause_expired=operations.pause_ran_out)
    server = ControlServer(context.paths, operations)

    stop_requested = threading.Event()
    previous = {sig: signal.signal(sig, lambda signum, frame: stop_requested.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}  # background shells ignore SIGINT otherwise
    summary = None
    scan = None
    writer.start()
    try:
        operations.adopt_pause(saved_pause)  # a pause survives crashes and restarts until it expires
        server.start()
        operations.start()
        recorder.start()
        scan = start_background_scan(handle, effective, context.paths.data_dir,
                                     recorder_activity(recorder.last_input, pause, clock),
                                     lambda progress: operations.report_scan_progress(describe(progress), progress.restarts))
        if pause.current(clock.now()) is not None:
            print("airlock: " + translate("Cli", "paused (a pause in force is kept); recording resumes when it ends."),
                  file=sys.stderr)
        started = (fill(translate("Cli", "recording (headless) for %1 s, input through %2; stop with Ctrl-C or "
                                         "SIGTERM."),
                        f"{args.duration:.0f}", recorder.backend) if args.duration else
                   fill(translate("Cli", "recording (headless), input through %1; stop with Ctrl-C or SIGTERM."),
                        recorder.backend))
        print("airlock: " + started, file=sys.stderr, flush=True)
        deadline = None if args.duration is None else time.monotonic() + args.duration
        while not stop_requested.is_set():
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                break
            stop_requested.wait(remaining)
    finally:
        server.stop()  # first: no command waits on a capture that is stopping
        if scan is not None:
            scan.stop()
        summary = recorder.stop()
        operations.stop()
        writer.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print(summary.as_text(), flush=True)
    return 0

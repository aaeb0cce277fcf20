"""`airlock` / `airlock app`: the desktop app — tray icon (or status window), controls, capture.

Composition, in order: take the profile's instance lock (a second start asks the running one to
show itself and exits), create the QApplication, read the policy, open the vault (a problem is
shown, never a crash: "Not capturing: keyring locked"); build the writer, the operations over it
(the one route for every change: tray, windows, control channel) and the reader the windows use,
each given what it needs; start the writer (it closes what a crash left open), adopt a saved pause
before anything is captured, serve the control channel, show the shell, ask for consent if needed,
then start a recorder on the writer. Shutdown runs in the reverse order: control channel, windows,
capture (sources, pipeline, writer flush), writer, Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.capture.hotkey import make_hotkey_listener
from app.control.client import ControlClient
from app.control.instance import AlreadyRunning, InstanceLock
from app.control.interface import DEFAULT_PAUSE_HOTKEY, CaptureCondition
from app.control.operations import Operations
from app.control.server import ControlServer
from app.core.display import detect_display
from app.core.errors import (
    ControlError,
    DiskFull,
    KeyringUnavailable,
    KnownError,
    PolicyError,
    SchemaTooNew,
    VaultBusy,
    VaultCorrupt,
    VaultLocked,
    WrongKey,
)
from app.core.hotkey import pause_shortcut_setting
from app.core.i18n import QT_TRANSLATE_NOOP, english, fill, translate
from app.core.language_choice import write_choice
from app.core.log_guard import safe
from app.core.model import CaptureStatus
from app.policy.rules.pause import PauseState
from app.vault.vault import VaultHandle, open_vault

if TYPE_CHECKING:  # the capture and writer stack is imported when the app starts, not for every command
    from app.commands.recorder import Recorder
    from app.commands.scanning import BackgroundScan
    from app.scan.worker import ScanProgress
    from app.vault.writer import VaultWriter

log = logging.getLogger("airlock.init")

CLI_PATIENCE_S = 15.0  # an `airlock pause` acting on the vault holds the profile for a moment

_SHORT_REASONS = (
    (KeyringUnavailable, QT_TRANSLATE_NOOP("Errors", "keyring locked or unavailable")),
    (VaultLocked, QT_TRANSLATE_NOOP("Errors", "vault locked (its key is not in the keyring)")),
    (WrongKey, QT_TRANSLATE_NOOP("Errors", "the keyring's key does not open the vault")),
    (VaultCorrupt, QT_TRANSLATE_NOOP("Errors", "the vault is damaged")),
    (DiskFull, QT_TRANSLATE_NOOP("Errors", "the disk is full")),
    (VaultBusy, QT_TRANSLATE_NOOP("Errors", "the vault is in use by another process")),
    (SchemaTooNew, QT_TRANSLATE_NOOP("Errors", "the vault is from a newer Airlock")),
    (PolicyError, QT_TRANSLATE_NOOP("Errors", "the policy cannot be used")),
)


def short_reason(error: KnownError) -> str:
    """A few words for the tooltip ("Not capturing: keyring locked or unavailable")."""
    for kind, words in _SHORT_REASONS:
        if isinstance(error, kind):
            return translate("Errors", words)
    return error.message.rstrip(".")


def register(subparsers) -> None:
    parser = subparsers.add_parser("app", help="start the desktop app (what `airlock` alone does)")
    parser.add_argument("--no-tray", action="store_true", help="use the status window even if there is a tray")
    parser.add_argument("--pause-shortcut", metavar="KEYS",
                        help=f"the global pause/resume shortcut (default {DEFAULT_PAUSE_HOTKEY})")
    parser.set_defaults(func=run_desktop)


def run_desktop(args, context) -> int:
    display = detect_display()
    if display.server == "none":
        raise KnownError(fill(translate("Errors", "The desktop app needs a graphical session: %1"),
                              display.explanation),
                         translate("Errors", "Run it from your desktop, or use `airlock record --headless` and the "
                                             "control commands."))
    lock = InstanceLock(context.paths.instance_lock)
    try:
        lock.acquire("desktop", patience=CLI_PATIENCE_S)
    except AlreadyRunning as running:
        return _bring_forward(context, running)
    try:
        return _run(args, context)
    finally:
        lock.release()


def _bring_forward(context, running: AlreadyRunning) -> int:
    """A second start: ask the running instance to show itself, then leave."""
    try:
        with ControlClient.connect(context.paths) as client:
            shown = client.show()
    except ControlError:
        raise running from None
    if shown:
        print(fill(translate("Cli", "Airlock is already running (pid %1); its window was brought forward."),
                   running.pid))
    else:
        print(fill(translate("Cli", "Airlock is already running without windows (pid %1, %2). Use `airlock status`, "
                             "`airlock pause` and the other control commands."), running.pid, running.mode))
    return 0


class _Session:
    """What one run holds, built together so that nothing is replaced later; shutdown undoes it in order."""

    def __init__(self, context, policy, handle: VaultHandle | None, vault_problem: str) -> None:
        from app.vault.in_flight import InFlightGuard
        from app.vault.operations.store import VaultOperations
        from app.vault.writer import VaultWriter

        self.context = context
        self.policy = policy
        self.handle = handle
        self.pause = PauseState()
        self.writer: VaultWriter | None = None
        if handle is not None:
            # The writer outlives recorder runs: the operations need it before consent, after a
            # decline and between runs. (The lambda names the operations built next.)
            self.writer = VaultWriter(handle, InFlightGuard(self.pause),
                                      on_error=lambda error: self.operations.report_vault_error(error))
        from app.commands.scanning import not_read_because

        # IT's policy decides here (the employee's own "hold unread" is rare; the gate still obeys it).
        reads = policy is not None and policy.scan.hold_unread and not not_read_because(policy)
        self.reads_screenshots = policy is not None and not not_read_because(policy)  # the review's badges
        self.operations = Operations(self.pause, context.clock,
                                     VaultOperations(self.writer.run) if self.writer is not None else None,
                                     mode="desktop", policy=policy, vault_problem=vault_problem,
                                     reads_screenshots=reads)
        self.operations.on_consent_answered(self.consent_answered)
        self.operations.on_settings_saved(self.restart_capture)
        self.recorder: Recorder | None = None
        self.scan: BackgroundScan | None = None  # reads screenshots while the recorder runs
        self.server: ControlServer | None = None
        self.windows = None
        self.release = None  # the background ReleaseScheduler

    def start_vault(self) -> None:
        """Start the writer and adopt the saved pause, before any capture."""
        from app.vault.operations import settings

        if self.writer is None:
            return
        self.writer.start()
        conn = self.handle.connect()
        try:
            saved_pause = settings.load_pause(conn)
            self.pause_shortcut = settings.get_setting(conn, settings.PAUSE_SHORTCUT_KEY)
        finally:
            conn.close()
        self.operations.adopt_pause(saved_pause)  # a restart during a pause stays paused

    pause_shortcut = None

    def start_release(self, on_result, announce) -> None:
        """Background release on the policy's schedule; it only ever sends what the gate allows,
        and warns ten minutes before (`announce(count, at)`), so the employee can still act."""
        from app.commands.release import open_release
        from app.release.announcing import RELEASE_NOTICE_S, AnnouncedRelease
        from app.release.scheduler import ReleaseScheduler

        if self.handle is None or self.policy is None:
            return
        context = self.context
        herald = AnnouncedRelease(lambda: open_release(context.paths, context.keystore(), self.policy, context.clock),
                                  announce, context.clock)
        interval = min(self.policy.release.schedule_minutes * 60.0, RELEASE_NOTICE_S)
        self.release = ReleaseScheduler(herald.run_once, interval_s=interval, on_result=on_result)
        self.release.start()

    def effective_policy(self):
        """IT's policy with the employee's own tightenings (read fresh: they may change any time)."""
        from app.vault.operations.settings import effective_for

        conn = self.handle.connect()
        try:
            return effective_for(conn, self.policy)
        finally:
            conn.close()

    def withdraw(self, bundle_id: str) -> None:
        from app.commands.release import open_release

        with open_release(self.context.paths, self.context.keystore(), self.policy, self.context.clock) as opened:
            opened.service.withdraw(bundle_id)

    def export(self, target, as_zip: bool, progress, cancelled):
        """Download my data: read on a connection of its own, never the writer's thread."""
        from app.policy.file.canonical import policy_to_mapping
        from app.vault.export import export_all

        conn = self.handle.connect()
        try:
            document = policy_to_mapping(self.policy) if self.policy is not None else {}
            return export_all(conn, target, document, self.context.clock.now(), as_zip=as_zip,
                              progress=progress, cancelled=cancelled)
        finally:
            conn.close()

    @property
    def can_capture(self) -> bool:
        return self.writer is not None and self.policy is not None

    def start_capture(self) -> None:
        """Consent is given: start a recorder on the shared writer, or say why it cannot run."""
        if not self.can_capture or self.recorder is not None:
            return
        display = detect_display()
        if not display.capture_supported:
            self.operations.report_condition(CaptureCondition(CaptureStatus.NOT_CAPTURING, display.explanation))
            return
        from app.capture.health import CaptureHealth
        from app.commands.recorder import Recorder, condition_of
        from app.commands.scanning import capture_policy, recorder_activity, start_background_scan

        operations = self.operations
        health = CaptureHealth(on_change=lambda snapshot: operations.report_condition(condition_of(snapshot)))
        policy = self.effective_policy()
        recorder = Recorder(self.writer, capture_policy(policy), self.context.clock, self.pause, health,
                            paths=self.context.paths, on_pause_expired=operations.pause_ran_out)
        try:
            recorder.start()
        except KnownError as error:
            log.error("capture could not start: %s", safe(english(error.message)))
            self.operations.report_condition(CaptureCondition(CaptureStatus.NOT_CAPTURING, short_reason(error)))
            return
        self.recorder = recorder
        log.info("capture started")
        assert self.handle is not None  # a writer means an open vault
        self.scan = start_background_scan(self.handle, policy, self.context.paths.data_dir,
                                          recorder_activity(recorder.last_input, self.pause, self.context.clock),
                                          follow_scan(operations))

    def stop_capture(self, why: str = "") -> None:
        """Sources, then the pipeline (it ends the open segment), then a flush of the writer."""
        if self.scan is not None:
            self.scan.stop()
            self.scan = None
        if self.recorder is not None:
            summary = self.recorder.stop()
            self.recorder = None
            log.info("capture stopped: %d events and %d screenshots stored, %d dropped on their way (paused or "
                     "deleted)", summary.committed_events, summary.committed_frames, summary.guarded)
            self.operations.report_condition(CaptureCondition(CaptureStatus.NOT_CAPTURING,
                                                              why or translate("Cli", "stopped")))

    def restart_capture(self) -> None:
        """New personal settings: the recorder restarts under the tightened policy."""
        if self.recorder is not None:
            self.stop_capture(translate("Cli", "applying your new settings"))
            self.start_capture()

    def consent_answered(self, accepted: bool) -> None:
        """Consent was recorded (from the consent screen, `airlock consent` or the control channel)."""
        if accepted:
            self.start_capture()
            return
        self.stop_capture(translate("Cli", "you declined the policy"))  # declining is respected at once
        self.operations.report_condition(_not_capturing(lambda: translate("Cli", "you declined the policy")))

    def shutdown_steps(self) -> list:
        def stop_server() -> None:
            if self.server is not None:
                self.server.stop()

        def stop_release() -> None:
            if self.release is not None:
                self.release.stop()

        def close_windows() -> None:
            if self.windows is not None:
                self.windows.close_all()

        def close_vault() -> None:
            if self.writer is not None:
                self.writer.stop()  # commits what is queued, closes its connection

        return [("stop the control channel", stop_server), ("stop background release", stop_release),
                ("close windows", close_windows),
                ("stop capture and flush the writer", self.stop_capture), ("close the vault", close_vault)]


def follow_scan(operations: Operations) -> Callable[[ScanProgress], None]:
    """The scan worker's progress reaches the controls: in words for the status ("Reading
    screenshots: 420 of 1,310"), and, when the open suggestions change, a recount, so the tray
    tells of a new batch at once rather than at its next minute."""
    from app.scan.worker import describe

    last: list[int | None] = [None]

    def on_progress(progress: ScanProgress) -> None:
        operations.report_scan_progress(describe(progress), progress.restarts)
        found = progress.counts.open_suggestions
        if found != last[0]:
            last[0] = found
            operations.refresh_counts()
    return on_progress


def _run(args, context) -> int:
    from app.ui.application import DesktopApp, DesktopShell, ShellOptions, create_application
    from app.ui.controller import AppController
    from app.ui.shortcut import hotkey_from_setting

    qt_app = create_application()
    clock = context.clock
    problems: list[KnownError] = []
    policy = _policy(context, problems)
    handle = _open_vault(context, problems)
    vault_problem = short_reason(problems[-1]) if handle is None and problems else ""
    session = _Session(context, policy, handle, vault_problem)
    operations = session.operations
    session.start_vault()
    operations.report_condition(_not_capturing(lambda: translate("Cli", "waiting for your consent"))
                                if session.can_capture else
                                CaptureCondition(CaptureStatus.NOT_CAPTURING, _first_reason(problems)))

    controller = AppController(operations, clock)
    options = ShellOptions(allow_quit=policy.allow_quit if policy is not None else True,
                           hotkey=hotkey_from_setting(pause_shortcut_setting(
                               args.pause_shortcut, session.pause_shortcut,
                               policy.pause_shortcut if policy is not None else None)),
                           hotkey_listener=make_hotkey_listener(),
                           force_no_tray=args.no_tray)
    if handle is not None:
        from app.ui.window_host import WindowHost
        from app.vault.reader import VaultReader

        session.windows = WindowHost(VaultReader(handle), operations, clock, policy,
                                     withdraw=session.withdraw if policy is not None else None,
                                     export=session.export, reads_screenshots=session.reads_screenshots)
        session.windows.apply_language()
        if session.windows.language_read:  # mirrored for the CLI: a vault from before the mirror, or restored
            write_choice(context.paths.data_dir, session.windows.chosen_language)
        session.windows.language_changed.connect(controller.language_changed)
        controller.vault_changed.connect(session.windows.vault_changed)
        controller.status_changed.connect(session.windows.status_changed)
        options.hooks = session.windows.hooks()
        session.start_release(lambda report, error: _released(controller, report, error), controller.announce_release)
    shell = DesktopShell(controller, clock, options)
    session.server = ControlServer(context.paths, operations)
    try:
        session.server.start()
    except ControlError as error:
        problems.append(error)
        session.server = None
    for problem in problems:
        controller.notice.emit(_problem_notice(problem))
    if session.windows is not None and policy is not None:
        flow = session.windows.consent_flow(session.start_capture, lambda text: _declined(session, controller, text))
        shell.started.connect(flow.run)
    log.info("desktop app starting (vault %s, policy %s)", safe("open" if handle else "unavailable"),
             safe("in force" if policy is not None else "unusable"))
    return DesktopApp(qt_app, shell, session.shutdown_steps()).run()


def _not_capturing(words: Callable[[], str]) -> CaptureCondition:
    """Not capturing, for a reason of ours that lasts (its words follow a change of language)."""
    return CaptureCondition(CaptureStatus.NOT_CAPTURING, words(), words=words)


def _declined(session: _Session, controller, text: str) -> None:
    """Declining is respected: nothing is captured, and the app says how to reconsider."""
    from app.ui.notifications import Notice, NoticeKind

    session.operations.report_condition(_not_capturing(lambda: translate("Cli", "you declined the policy")))
    controller.notice.emit(Notice(NoticeKind.CAPTURE_STOPPED, translate("Cli", "Nothing is recorded"), text))


def _released(controller, report, error) -> None:
    """Called on the release thread: tell the employee what left (counts, never content)."""
    from app.ui.notifications import Notice, NoticeKind

    if error is not None or report is None or not report.sent:
        return
    segments = sum(len(bundle.get("segments", [])) for bundle in report.sent)
    controller.notice.emit(Notice(NoticeKind.DONE, translate("Cli", "Reviewed data left this computer"),
                                  translate("Cli", "%n approved segment(s) were sealed and sent. See “What left my "
                                            "computer…”.", None, segments)))  # a queued signal: safe from this thread


def _policy(context, problems: list[KnownError]):
    try:
        return context.policy()
    except KnownError as error:  # a bad policy means no capture, said clearly; the app still runs
        problems.append(error)
        return None


def _open_vault(context, problems: list[KnownError]) -> VaultHandle | None:
    try:
        return open_vault(context.paths, context.keystore())
    except KnownError as error:
        problems.append(error)
        return None


def _first_reason(problems: list[KnownError]) -> str:
    return short_reason(problems[0]) if problems else translate("Cli", "not started")


def _problem_notice(error: KnownError):
    from app.ui.notifications import Notice, NoticeKind

    return Notice(NoticeKind.CAPTURE_STOPPED, translate("Notices", "Airlock is not capturing"),
                  error.message + (f"\n{error.hint}" if error.hint else ""), urgent=True)

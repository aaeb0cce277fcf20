"""`airlock` / `airlock app`: the desktop app — tray icon (or status window), controls, capture.

Composition, in order: take the profile's instance lock (a second start asks the running one to
show itself and exits), create the QApplication, read the policy, open the vault (a problem is
shown, never a crash: "Not capturing: keyring locked"), adopt a saved pause before anything is
captured, build the recorder wired to the controls, serve the control channel, show the shell,
ask for consent if needed, then start capture. Shutdown runs in the reverse order: control
channel, windows, capture (sources, pipeline, writer flush), vault, Qt.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.capture.hotkey import make_hotkey_listener
from app.control.client import ControlClient
from app.control.controls import CaptureControls
from app.control.instance import AlreadyRunning, InstanceLock
from app.control.interface import DEFAULT_PAUSE_HOTKEY, CaptureCondition
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
from app.core.log_guard import safe
from app.core.model import CaptureStatus
from app.policy.rules.pause import PauseState
from app.vault.vault import VaultHandle, open_vault

if TYPE_CHECKING:  # the capture and writer stack is imported when the app starts, not for every command
    from app.commands.control_wiring import ControlledWriter
    from app.commands.record import Recorder

log = logging.getLogger("airlock.init")

CLI_PATIENCE_S = 15.0  # an `airlock pause` acting on the vault holds the profile for a moment

_SHORT_REASONS = (
    (KeyringUnavailable, "keyring locked or unavailable"),
    (VaultLocked, "vault locked (its key is not in the keyring)"),
    (WrongKey, "the keyring's key does not open the vault"),
    (VaultCorrupt, "the vault is damaged"),
    (DiskFull, "the disk is full"),
    (VaultBusy, "the vault is in use by another process"),
    (SchemaTooNew, "the vault is from a newer Airlock"),
    (PolicyError, "the policy cannot be used"),
)


def short_reason(error: KnownError) -> str:
    """A few words for the tooltip ("Not capturing: keyring locked or unavailable")."""
    for kind, words in _SHORT_REASONS:
        if isinstance(error, kind):
            return words
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
        raise KnownError("The desktop app needs a graphical session: " + display.explanation,
                         "Run it from your desktop, or use `airlock record --headless` and the control commands.")
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
        print(f"Airlock is already running (pid {running.pid}); its window was brought forward.")
    else:
        print(f"Airlock is already running without windows (pid {running.pid}, {running.mode}). "
              "Use `airlock status`, `airlock pause` and the other control commands.")
    return 0


class _Session:
    """What one run holds, so shutdown can undo it in order."""

    def __init__(self, context, controls: CaptureControls) -> None:
        self.context = context
        self.controls = controls
        self.policy = None
        self.handle: VaultHandle | None = None
        self.writer: ControlledWriter | None = None
        self.recorder: Recorder | None = None
        self.server: ControlServer | None = None
        self.windows = None
        self.release = None  # the background ReleaseScheduler

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
        from app.vault.personal_store import effective_for

        conn = self.handle.connect()
        try:
            return effective_for(conn, self.policy)
        finally:
            conn.close()

    def withdraw(self, bundle_id: str) -> None:
        from app.commands.release import open_release

        with open_release(self.context.paths, self.context.keystore(), self.policy, self.context.clock) as opened:
            opened.service.withdraw(bundle_id)

    @property
    def can_capture(self) -> bool:
        return self.writer is not None and self.policy is not None

    def start_capture(self) -> None:
        """Consent is given: start a recorder on the shared writer, or say why it cannot run."""
        if not self.can_capture or self.recorder is not None:
            return
        display = detect_display()
        if not display.capture_supported:
            self.controls.report_condition(CaptureCondition(CaptureStatus.NOT_CAPTURING, display.explanation))
            return
        from app.commands.control_wiring import attach_controls
        from app.commands.record import Recorder

        recorder = Recorder(self.handle, self.effective_policy(), self.context.clock, self.controls.pause_state)
        attach_controls(recorder, self.controls, self.writer)
        try:
            recorder.start()
        except KnownError as error:
            log.error("capture could not start: %s", safe(error.message))
            self.controls.report_condition(CaptureCondition(CaptureStatus.NOT_CAPTURING, short_reason(error)))
            return
        self.recorder = recorder
        log.info("capture started")

    def stop_capture(self, why: str = "stopped") -> None:
        """Sources, then the pipeline (drains its queue), then a flush of the writer."""
        if self.recorder is not None:
            self.recorder.stop()
            self.recorder = None
            self.controls.report_condition(CaptureCondition(CaptureStatus.NOT_CAPTURING, why))

    def restart_capture(self) -> None:
        """New personal settings: the recorder restarts under the tightened policy."""
        if self.recorder is not None:
            self.stop_capture("applying your new settings")
            self.start_capture()

    def consent_answered(self, accepted: bool) -> None:
        if accepted:
            self.start_capture()
            return
        self.stop_capture("you declined the policy")  # declining is respected at once
        self.controls.report_condition(CaptureCondition(CaptureStatus.NOT_CAPTURING, "you declined the policy"))

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
                self.writer.close()  # commits what is queued, closes its connection

        return [("stop the control channel", stop_server), ("stop background release", stop_release),
                ("close windows", close_windows),
                ("stop capture and flush the writer", self.stop_capture), ("close the vault", close_vault)]


def _run(args, context) -> int:
    from app.commands.control_wiring import controlled_writer
    from app.ui.application import DesktopApp, DesktopShell, ShellOptions, create_application
    from app.ui.controller import AppController
    from app.ui.shortcut import hotkey_from_setting

    qt_app = create_application()
    clock = context.clock
    controls = CaptureControls(PauseState(), clock, None, mode="desktop")
    session = _Session(context, controls)
    problems: list[KnownError] = []
    session.policy = _policy(context, problems)
    session.handle = _open_vault(context, controls, problems)
    stored_hotkey = None
    if session.handle is not None:
        saved_pause, stored_hotkey = _read_settings(session.handle)
        session.writer = controlled_writer(session.handle, controls, shared=True)
        session.writer.start()
        controls.adopt_pause(saved_pause)  # before any capture: a restart during a pause stays paused
    reason = "waiting for your consent" if session.can_capture else _first_reason(problems)
    controls.report_condition(CaptureCondition(CaptureStatus.NOT_CAPTURING, reason))

    controller = AppController(controls, clock)
    options = ShellOptions(allow_quit=session.policy.allow_quit if session.policy is not None else True,
                           hotkey=hotkey_from_setting(pause_shortcut_setting(
                               args.pause_shortcut, stored_hotkey,
                               session.policy.pause_shortcut if session.policy is not None else None)),
                           hotkey_listener=make_hotkey_listener(),
                           force_no_tray=args.no_tray)
    if session.handle is not None:
        from app.ui.window_host import WindowHost

        session.windows = WindowHost(session.handle, clock, session.policy, write=session.writer.run,
                                     after_delete=session.writer.forget_segments,
                                     on_vault_changed=controller.refresh_counts,
                                     consent_answered=session.consent_answered,
                                     withdraw=session.withdraw if session.policy is not None else None,
                                     settings_saved=session.restart_capture)
        options.hooks = session.windows.hooks()
        session.start_release(lambda report, error: _released(controller, report, error), controller.announce_release)
    shell = DesktopShell(controller, clock, options)
    session.server = ControlServer(context.paths, controller)
    try:
        session.server.start()
    except ControlError as error:
        problems.append(error)
        session.server = None
    for problem in problems:
        controller.notice.emit(_problem_notice(problem))
    if session.windows is not None and session.policy is not None:
        flow = session.windows.consent_flow(session.start_capture, lambda text: _declined(session, controller, text))
        shell.started.connect(flow.run)
    log.info("desktop app starting (vault %s, policy %s)", safe("open" if session.handle else "unavailable"),
             safe("in force" if session.policy is not None else "unusable"))
    return DesktopApp(qt_app, shell, session.shutdown_steps()).run()


def _declined(session: _Session, controller, text: str) -> None:
    """Declining is respected: nothing is captured, and the app says how to reconsider."""
    from app.ui.notifications import Notice, NoticeKind

    session.consent_answered(False)
    controller.notice.emit(Notice(NoticeKind.CAPTURE_STOPPED, "Nothing is recorded", text))


def _released(controller, report, error) -> None:
    """Called on the release thread: tell the employee what left (counts, never content)."""
    from app.ui.notifications import Notice, NoticeKind

    if error is not None or report is None or not report.sent:
        return
    segments = sum(len(bundle.get("segments", [])) for bundle in report.sent)
    controller.notice.emit(Notice(NoticeKind.DONE, "Reviewed data left this computer",
                                  f"{segments} approved segment{'s' * (segments != 1)} were sealed and sent. "
                                  "See “What left my computer…”."))  # a queued signal: safe from this thread


def _policy(context, problems: list[KnownError]):
    try:
        return context.policy()
    except KnownError as error:  # a bad policy means no capture, said clearly; the app still runs
        problems.append(error)
        return None


def _open_vault(context, controls: CaptureControls, problems: list[KnownError]) -> VaultHandle | None:
    try:
        return open_vault(context.paths, context.keystore())
    except KnownError as error:
        problems.append(error)
        controls.bind_actions(None, vault_problem=short_reason(error))
        return None


def _read_settings(handle: VaultHandle):
    from app.vault import operations

    conn = handle.connect()
    try:
        return operations.load_pause(conn), operations.get_setting(conn, "pause_shortcut")
    finally:
        conn.close()


def _first_reason(problems: list[KnownError]) -> str:
    return short_reason(problems[0]) if problems else "not started"


def _problem_notice(error: KnownError):
    from app.ui.notifications import Notice, NoticeKind

    return Notice(NoticeKind.CAPTURE_STOPPED, "Airlock is not capturing",
                  error.message + (f"\n{error.hint}" if error.hint else ""), urgent=True)

"""Which Operations a command or a window outside the running instance uses.

If an Airlock runs for this profile (desktop app or `record --headless`), every change goes to it
over the control channel (`RemoteOperations`): its writer orders the change with capture and its
in-flight guard sees it — the same protection the tray's changes get. If none runs, the change is
made on the vault directly, holding the instance lock meanwhile, so an instance starting up waits
its turn (`Operations` over `VaultOperations.direct`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

from app.control.client import ControlClient, NotRunning
from app.control.instance import AlreadyRunning, InstanceLock, holder
from app.control.operations import Operations
from app.control.remote import RemoteOperations
from app.core.errors import ControlError, KnownError
from app.core.i18n import translate
from app.policy.rules.pause import PauseState

CLI_PATIENCE_S = 15.0  # another command acting on the vault finishes first


def instance_running(paths) -> bool:
    try:
        ControlClient.connect(paths).close()
    except NotRunning:
        return False
    return True


@contextmanager
def operations_for(context, *, changes: bool = True, policy=None) -> Iterator[Any]:
    """The running instance's operations, or — when none runs — operations on the vault itself.

    Commands that change the vault hold the instance lock meanwhile; `changes=False` (status) only
    reads and takes no lock. `policy` is what a local consent is given to.
    """
    if instance_running(context.paths):
        remote = RemoteOperations(context.paths)
        try:
            yield remote
        finally:
            remote.close()
        return
    lock = InstanceLock(context.paths.instance_lock)
    if changes:
        try:
            lock.acquire("cli", patience=CLI_PATIENCE_S)
        except AlreadyRunning as running:
            raise ControlError(translate("Errors", "Airlock is running (pid %1) but its control channel does not answer.")
                               .replace("%1", str(running.pid or "?")),
                               translate("Errors", "It may be starting or stopping; try again in a moment.")) from None
    elif (running := holder(context.paths)) is not None and running[1] != "cli":
        raise ControlError(translate("Errors", "Airlock is running (pid %1) but its control channel does not answer.")
                           .replace("%1", str(running[0] or "?")),
                           translate("Errors", "It may be starting or stopping; try again in a moment."))
    try:
        from app.vault.operations import settings
        from app.vault.operations.store import VaultOperations
        from app.vault.vault import open_vault

        handle = open_vault(context.paths, context.keystore(), create=False)
        conn = handle.connect()
        try:
            store = VaultOperations.direct(conn) if changes else VaultOperations(_read_only(conn))
            operations = Operations(PauseState(), context.clock, store, mode="not-running", policy=policy,
                                    reads_screenshots=not changes and reads_screenshots(conn, context.policy))
            if changes:
                operations.restore_pause()  # ends (and records) a timed pause that ran out
            else:
                operations.pause_state.restore(settings.load_pause(conn))  # read only
            yield operations
        finally:
            conn.close()
    finally:
        lock.release()


def reads_screenshots(conn, load_policy) -> bool:
    """Whether screenshots are read on this computer under the policy as the employee tightened
    it, so that unread ones hold their segments at the release gate (what `status` counts)."""
    from app.commands.scanning import not_read_because
    from app.vault.operations.settings import effective_for

    try:
        effective = effective_for(conn, load_policy())
    except KnownError:  # no valid policy: status still answers, without this count
        return False
    return effective.scan.hold_unread and not not_read_because(effective)


def _read_only(conn):
    from app.vault.operations.store import run_now

    return run_now(conn)


class RoutedOperations:
    """For a window that lives long beside (or without) a running instance: each change is routed
    when it is made, on a worker thread, and comes back as a Future (the window never waits)."""

    def __init__(self, context) -> None:
        self._context = context
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="airlock-routed")

    def close(self) -> None:
        self._executor.shutdown(wait=True)

    def _routed(self, name: str, *args: Any, **kwargs: Any) -> Future:
        def work() -> Any:
            with operations_for(self._context) as operations:
                return getattr(operations, name)(*args, **kwargs).result()
        return self._executor.submit(work)

    def __getattr__(self, name: str) -> Callable[..., Future]:
        if name in ("preview", "delete", "flag", "unflag", "approve", "redact_frame", "mask_text", "record_consent",
                    "save_personal"):
            return lambda *args, **kwargs: self._routed(name, *args, **kwargs)
        raise AttributeError(name)

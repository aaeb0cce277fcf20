"""HeadlessOperations: the Operations of `airlock record --headless`, with a timer thread that ends
timed pauses on time (the desktop app uses a Qt timer instead)."""

from __future__ import annotations

import threading

from app.control.interface import VaultStore
from app.control.operations import ControlEvent, Operations
from app.core.clock import Clock
from app.policy.rules.pause import PauseState

MAX_WAIT_S = 60.0  # re-check at least this often during a timed pause: the wall clock may jump


class HeadlessOperations(Operations):
    """Operations for a recorder without windows.

    Adopt the saved pause (`adopt_pause`) before capture starts, then `start()` the expiry
    thread; `stop()` ends it. While no timed pause is active the thread sleeps without a timeout.
    """

    def __init__(self, pause_state: PauseState, clock: Clock, store: VaultStore | None, *,
                 policy=None, vault_problem: str = "", reads_screenshots: bool = False) -> None:
        super().__init__(pause_state, clock, store, mode="headless", policy=policy, vault_problem=vault_problem,
                         reads_screenshots=reads_screenshots)
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self.subscribe(self._on_event)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="airlock-pause-expiry", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join(5.0)
            self._thread = None

    def _on_event(self, event: ControlEvent) -> None:
        self._wake.set()  # the pause may have changed: re-arm

    def _run(self) -> None:
        while not self._stopping:
            self.expire_if_due()  # first: `current()` hides a pause that has just run out
            pause = self.pause_state.current(self._clock.now())
            timeout = None
            if pause is not None and pause.until is not None:
                timeout = min(max(pause.until - self._clock.now(), 0.0), MAX_WAIT_S)
            self._wake.wait(timeout)
            self._wake.clear()

"""Wiring between the controls (app/control) and the vault (app/vault): the composition layer.

`VaultActions` runs each operation either on the VaultWriter's thread (a running instance: ordered
with the capture stream) or directly on a connection (`airlock pause` etc. when nothing runs).
`attach_controls` wires a Recorder (app/commands/record.py) to the controls, so the headless
recorder and the desktop app are controlled the same way.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import Any

from app.capture.health import CaptureHealth, HealthSnapshot
from app.control.controls import CaptureControls
from app.control.headless import HeadlessController
from app.control.instance import InstanceLock
from app.control.interface import CaptureCondition, RangeCounts
from app.control.server import ControlServer
from app.core.clock import Clock
from app.core.model import CaptureStatus, FlagCategory
from app.core.paths import Paths
from app.policy.rules.pause import PauseSnapshot
from app.vault import operations
from app.vault.writer import VaultWriter

Runner = Callable[[Callable[[Any], Any]], Future]


def _counts(summary: operations.RangeSummary) -> RangeCounts:
    return RangeCounts(summary.start, summary.end, summary.segments, summary.events, summary.keys,
                       summary.clicks, summary.frames, tuple(summary.apps))


def run_now(conn) -> Runner:
    """A runner that executes on `conn` at once and returns a finished Future."""
    def run(fn: Callable[[Any], Any]) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(conn))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future
            future.set_exception(exc)
        return future
    return run


class VaultActions:
    """The operations the controls need (app.control.interface.VaultActions), over a runner.

    `forget_segments` (the writer's) is called on the writer thread after a delete removed rows
    that capture may still be writing to, so later events open a new row instead of reviving it.
    """

    def __init__(self, run: Runner, forget_segments: Callable[[set[int]], None] | None = None) -> None:
        self._run = run
        self._forget = forget_segments

    @classmethod
    def over_writer(cls, writer: VaultWriter) -> VaultActions:
        return cls(writer.run, writer.forget_segments)

    @classmethod
    def over_connection(cls, conn) -> VaultActions:
        return cls(run_now(conn))

    def load_pause(self) -> Future:
        return self._run(operations.load_pause)

    def save_pause(self, snapshot: PauseSnapshot | None, now: float) -> Future:
        return self._run(lambda conn: operations.save_pause(conn, snapshot, now))

    def summarize(self, start: float, end: float) -> Future:
        return self._run(lambda conn: _counts(operations.summarize_range(conn, start, end)))

    def delete_range(self, start: float, end: float, now: float,
                     before: Callable[[], None] | None = None) -> Future:
        def delete(conn) -> RangeCounts:
            if before is not None:
                before()
            touched = operations.segment_ids_in(conn, start, end)
            summary = operations.delete_range(conn, start, end, now)
            if self._forget is not None and touched:
                marks = ",".join("?" * len(touched))
                left = {r[0] for r in conn.execute(f"SELECT id FROM segments WHERE id IN ({marks})", touched)}
                self._forget(set(touched) - left)
            return _counts(summary)
        return self._run(delete)

    def flag_range(self, start: float, end: float, category: FlagCategory, note: str, now: float) -> Future:
        return self._run(lambda conn: operations.flag_range(conn, start, end, category, note, now))

    def state_counts(self) -> Future:
        return self._run(operations.segment_state_counts)


class ObservedHealth(CaptureHealth):
    """The recorder's CaptureHealth, telling `on_change` whenever its status or detail changes
    (on the capture thread), so the tray follows an excluded window or a dead source at once."""

    def __init__(self, on_change: Callable[[HealthSnapshot], None]) -> None:
        super().__init__()
        self._on_change = on_change
        self._last: tuple[CaptureStatus, str] | None = None

    def _changed(self) -> None:
        snapshot = self.snapshot()
        key = (snapshot.status, snapshot.detail)
        if key != self._last:
            self._last = key
            self._on_change(snapshot)

    def started(self, t: float) -> None:
        super().started(t)
        self._changed()

    def stopped(self, t: float, why: str = "stopped") -> None:
        super().stopped(t, why)
        self._changed()

    def source_failed(self, source: str, why: str, t: float) -> None:
        super().source_failed(source, why, t)
        self._changed()

    def source_recovered(self, source: str, t: float) -> None:
        super().source_recovered(source, t)
        self._changed()

    def set_paused(self, paused: bool, until: float | None, t: float) -> None:
        super().set_paused(paused, until, t)
        self._changed()

    def set_excluded(self, rule_name: str | None, t: float) -> None:
        super().set_excluded(rule_name, t)
        self._changed()

    def set_focus_unknown(self, unknown: bool, t: float) -> None:
        super().set_focus_unknown(unknown, t)
        self._changed()


def condition_of(snapshot: HealthSnapshot) -> CaptureCondition:
    """The recorder's health as the controls see it: its pause is the controls' own business."""
    if snapshot.status is CaptureStatus.PAUSED:
        return CaptureCondition(CaptureStatus.RECORDING)
    return CaptureCondition(snapshot.status, snapshot.detail)


class ControlledWriter(VaultWriter):
    """The VaultWriter of a controlled instance: it drops what the controls say (pauses and
    just-deleted spans), lets their DeletedTextGuard fix typed text after a delete, and reports
    write failures to them.

    `shared` (the desktop app): the writer outlives recorder runs — the controls need it before
    consent, after a decline, between runs. Then `start()` is idempotent, a recorder's `stop()`
    only flushes it, and `close()` really stops it.
    """

    def __init__(self, handle, controls: CaptureControls, shared: bool = False) -> None:
        super().__init__(handle, is_paused=controls.drop_filter, on_error=controls.report_vault_error)
        self._guard = controls.text_guard
        self._shared = shared
        self._started = False

    def submit(self, record) -> None:
        guarded = self._guard.pass_through(record)
        if guarded is not None:
            super().submit(guarded)

    def start(self) -> None:
        if self._shared and self._started:
            return
        self._started = True
        super().start()

    def stop(self, timeout: float = 10.0) -> None:
        if not self._shared:
            super().stop(timeout)
        elif self._started:
            self.flush(timeout)

    def close(self, timeout: float = 10.0) -> None:
        super().stop(timeout)


def controlled_writer(handle, controls: CaptureControls, shared: bool = False) -> ControlledWriter:
    """A ControlledWriter; the controls' vault actions run on it."""
    writer = ControlledWriter(handle, controls, shared)
    controls.bind_actions(VaultActions.over_writer(writer))
    return writer


def attach_controls(recorder, controls: CaptureControls, writer: VaultWriter | None = None) -> None:
    """Wire a Recorder (app/commands/record.py) that has not started yet to `controls`: its
    writer is a controlled one (`writer`, or a new one), and its health reports every change."""
    recorder.writer = writer if writer is not None else controlled_writer(recorder.handle, controls)
    recorder.health = ObservedHealth(lambda snapshot: controls.report_condition(condition_of(snapshot)))


@contextlib.contextmanager
def headless_control(paths: Paths, recorder, clock: Clock, saved_pause: PauseSnapshot | None) -> Iterator[HeadlessController]:
    """The control channel for `airlock record --headless`, around a Recorder not yet started:

        with headless_control(context.paths, recorder, clock, snapshot):
            recorder.start()
            ...  # run until asked to stop
        recorder.stop()

    Takes the profile's instance lock (AlreadyRunning if the desktop app or another recorder runs),
    wires the recorder to a HeadlessController, adopts the saved pause before capture starts, and
    serves the control channel until the block ends (before capture stops, so no command waits on
    a stopped writer).
    """
    lock = InstanceLock(paths.instance_lock)
    lock.acquire("headless", patience=15.0)  # an `airlock pause` on the vault finishes first
    controls = HeadlessController(recorder.pause, clock, None)
    server = ControlServer(paths, controls)
    try:
        attach_controls(recorder, controls)
        controls.adopt_pause(saved_pause)
        server.start()
        controls.start()
        yield controls
    finally:
        server.stop()
        controls.stop()
        lock.release()

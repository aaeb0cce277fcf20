"""The scan worker: reads kept screenshots in the background and stores what looks sensitive.

Beside a recorder it runs in a child process of its own (app/scan/supervisor.py starts it,
app/commands/scan_child.py is its main), the whole process at the lowest priority
(`lower_process_priority`); `airlock scan` runs it in the foreground. It reads only frames that could still
leave, oldest segment first, each frame's changed regions against the previous frame of its
segment (app/scan/regions.py); it yields while capture is paused, while the employee is typing
or moving the mouse and while on battery (`IdleGate`), between frames. For each frame it runs the detectors over the words
read plus the segment's title and application; for each finished segment, over its typed text;
and hands words and suggestions to the vault (`ScanSource`), which stores them only if the frame
is still what was read. Nothing read is ever logged: log lines carry counts and exception types.
"""

from __future__ import annotations

import io
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from app.core.clock import Clock
from app.core.i18n import fill, format_number, translate
from app.core.log_guard import safe
from app.core.screen_text import LoadedFrame, ScanCounts, ScreenWord, SuggestedMoment
from app.scan.engine import OcrUnavailable
from app.scan.source import ScanSource

log = logging.getLogger("airlock.scan")

IDLE_AFTER_S = 5.0  # no input for this long: the employee is not at work right now
POLL_S = 2.0  # how often a waiting worker looks again (input, power, new frames)
BATCH = 50


class FrameReader(Protocol):
    """Reads one frame (a PIL image) given the previous frame of the same window, or None."""

    engine: str  # "name version", stored with each read

    def read(self, image: Any, previous: Any | None) -> list[ScreenWord]: ...

    def close(self) -> None: ...  # frees the engine (its models are large)


class Detector(Protocol):
    def on_screen(self, words: Sequence[ScreenWord], title: str, app: str) -> list[SuggestedMoment]: ...

    def in_text(self, typed: str, title: str, app: str) -> list[SuggestedMoment]: ...


@dataclass
class IdleGate:
    """Why the worker should wait now ("" when it may work): capture is paused, input in the last
    `idle_after_s` (the capture pipeline's last input time), or running on battery."""

    clock: Clock
    last_input: Callable[[], float | None] = lambda: None
    on_ac_power: Callable[[], bool] = lambda: True
    idle_after_s: float = IDLE_AFTER_S
    paused: Callable[[], bool] = lambda: False

    def reason_to_wait(self) -> str:
        if self.paused():
            return "capture is paused"
        last = self.last_input()
        if last is not None and self.clock.now() - last < self.idle_after_s:
            return "you are working"
        if not self.on_ac_power():
            return "on battery"
        return ""


class NoWait:
    """The gate of `airlock scan`: the employee asked for it now, so it never waits."""

    def reason_to_wait(self) -> str:
        return ""


@dataclass(frozen=True)
class ScanProgress:
    counts: ScanCounts
    waiting_because: str = ""  # "you are working", "on battery", "capture is paused", "" while reading or done
    done: bool = False
    ended: str = ""  # the child process died ("signal 9", "exit code 1"): it is started again
    unavailable: str = ""  # screenshots cannot be read here at all (no OCR engine), and why
    restarts: int = 0  # children started again after a death, since the recorder started reading


def _ended_words(how: str) -> str:
    """"signal 9" / "exit code 1" in the employee's language."""
    kind, _, number = how.rpartition(" ")
    if kind == "signal":
        return fill(translate("Scan", "ended by signal %1"), number)
    return fill(translate("Scan", "exit code %1"), number)


def describe(progress: ScanProgress) -> str:
    """"Reading screenshots: 420 of 1,310" (and why it waits, or that it is done), numbers in the
    employee's language ("420 von 1.310" in German)."""
    if progress.unavailable:
        return fill(translate("Scan", "Screenshots are not read: %1"), progress.unavailable)
    if progress.ended:
        return fill(translate("Scan", "Reading screenshots stopped (%1); starting again"), _ended_words(progress.ended))
    counts = progress.counts
    read, total = format_number(counts.read), format_number(counts.total)
    if progress.done or counts.waiting == 0:
        return fill(translate("Scan", "Screenshots read: %1 of %2"), read, total)
    text = fill(translate("Scan", "Reading screenshots: %1 of %2"), read, total)
    if not progress.waiting_because:
        return text
    why = {"you are working": translate("Scan", "you are working"),
           "on battery": translate("Scan", "on battery"),
           "capture is paused": translate("Scan", "capture is paused")}.get(progress.waiting_because, progress.waiting_because)
    return fill(translate("Scan", "%1 (waiting: %2)"), text, why)


def lower_process_priority() -> str:
    """Make this whole process the last to get a CPU (the scan child calls it first thing, before
    it starts a thread: threads inherit it). -> what was done.

    Linux: SCHED_IDLE and nice 19 (both per thread there, hence first thing). macOS and other
    Unixes: nice 19, which is per process. Windows: the recorder starts the child in
    IDLE_PRIORITY_CLASS (app/scan/supervisor.py), so nothing is left to do here."""
    if sys.platform == "win32":
        return "idle priority class"
    done: list[str] = []
    if sys.platform.startswith("linux"):
        try:
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
            done.append("SCHED_IDLE")
        except OSError:
            pass
    try:
        os.setpriority(os.PRIO_PROCESS, 0, 19)
        done.append("nice 19")
    except OSError:
        pass
    return ", ".join(done)


def give_memory_back() -> None:
    """Return freed heap to the OS (glibc keeps it otherwise: ~35 MB after the engine closed)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import ctypes.util

    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc (musl has no malloc_trim): the memory is reused, not returned


class ScanWorker:
    """See the module docstring. `run(until_done=False)` reads on the caller's thread until `stop()`
    (the scan child), `run(until_done=True)` until nothing waits (the CLI); `start()` runs it on a
    thread of its own (tests)."""

    def __init__(self, source: Callable[[], ScanSource], reader: Callable[[], FrameReader], detector: Detector,
                 clock: Clock, *, gate: IdleGate | NoWait | None = None, since: float | None = None,
                 on_progress: Callable[[ScanProgress], None] = lambda progress: None, poll_s: float = POLL_S) -> None:
        self._make_source, self._make_reader, self._detector = source, reader, detector
        self._clock = clock
        self._gate = gate if gate is not None else NoWait()
        self._since = since
        self._on_progress = on_progress
        self._poll_s = poll_s
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._reader: FrameReader | None = None  # the engine, while there is something to read
        self.failure = ""  # why the worker stopped by itself (no OCR engine), in words

    # -- lifecycle --------------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._background, name="airlock-scan", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def wake(self) -> None:
        """New frames were stored, or the employee went idle: look now rather than at the next poll."""
        self._wake.set()

    def _background(self) -> None:
        try:
            self.run(until_done=False)
        except OcrUnavailable as missing:
            self.failure = f"screenshots are not read: {missing}"
            log.warning("scan worker: no OCR engine")
        except Exception as exc:  # noqa: BLE001 - the worker must not take the app down; it says why
            self.failure = f"reading screenshots stopped ({type(exc).__name__})"
            log.error("scan worker failed: %s", safe(type(exc).__name__))

    # -- the loop ---------------------------------------------------------------------------------

    def run(self, until_done: bool = True) -> ScanCounts:
        """Read until nothing waits (`until_done`) or until stopped. -> the counts at the end."""
        source = self._make_source()
        try:
            return self._loop(source, until_done)
        finally:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
            source.close()

    def _loop(self, source: ScanSource, until_done: bool) -> ScanCounts:
        while not self._stop.is_set():
            reader = self._reader
            source.shrink_leftovers()
            frames = source.pending_frames(self._since, BATCH)
            texts = source.pending_texts(self._since, BATCH)
            if not frames and not texts:
                if reader is not None:  # nothing to read: the engine's memory is not kept in the recorder
                    reader.close()
                    self._reader = None
                    give_memory_back()
                counts = source.counts(self._since)
                self._on_progress(ScanProgress(counts, done=True))
                if until_done:
                    return counts
                self._sleep_until_changed(source)
                continue
            if frames and reader is None:
                reader = self._reader = self._make_reader()  # OcrUnavailable leaves from here, before any work
            previous: tuple[int, Any] | None = None  # (segment, image) of the frame read last
            for pending in frames:
                assert reader is not None
                if not self._may_work(source):
                    break
                frame = source.load_frame(pending.frame_id)
                if frame is None:
                    continue  # deleted, flagged or released meanwhile
                before = previous[1] if previous is not None and previous[0] == frame.segment_id else None
                image = self._read_frame(source, reader, frame, before)
                previous = (frame.segment_id, image) if image is not None else None
                self._on_progress(ScanProgress(source.counts(self._since)))
            for segment_id in texts:
                if not self._may_work(source):
                    break
                text = source.load_text(segment_id)
                if text is not None:
                    source.save_text(text, self._detector.in_text(text.typed, text.title, text.app), self._clock.now())
        return source.counts(self._since)

    def _read_frame(self, source: ScanSource, reader: FrameReader, frame: LoadedFrame,
                    previous: Any | None) -> Any | None:
        """Read one frame and save what was found. -> its decoded image (None if it could not be decoded)."""
        image = None
        try:
            image = _decoded(frame)
            words = reader.read(image, previous)
        except Exception as exc:  # noqa: BLE001 - one unreadable frame must not stop the rest
            # Saved as read (and failed), so it neither stops the worker nor holds its segment for ever.
            log.warning("a screenshot could not be read: %s", safe(type(exc).__name__))
            source.save_frame(frame, f"{reader.engine} (failed: {type(exc).__name__})", [], [], self._clock.now())
            return image
        moments = self._detector.on_screen(words, frame.title, frame.app)
        source.save_frame(frame, reader.engine, words, moments, self._clock.now())
        return image

    def _may_work(self, source: ScanSource) -> bool:
        """Wait while the gate says so (reporting why, once per reason); False once stopped."""
        said = ""
        while not self._stop.is_set():
            why = self._gate.reason_to_wait()
            if not why:
                return True
            if why != said:
                self._on_progress(ScanProgress(source.counts(self._since), waiting_because=why))
                said = why
            self._sleep()
        return False

    def _sleep(self) -> None:
        self._wake.wait(self._poll_s)
        self._wake.clear()

    def _sleep_until_changed(self, source: ScanSource) -> None:
        """Nothing waits: look again only once another connection committed (capture stored a
        frame, a segment ended, a decision was made). Idle, this costs one pragma per poll."""
        version = source.data_version()
        while not self._stop.is_set():
            self._sleep()
            if source.data_version() != version:
                return


def _decoded(frame: LoadedFrame) -> Any:
    from PIL import Image

    with Image.open(io.BytesIO(frame.image)) as opened:
        return opened.convert("RGB")

"""`airlock scan-worker`: the scan child's main, started by a recorder only (not listed in --help).

First thing, the whole process goes to the lowest priority (before any thread starts: threads
inherit it). Then it reads `Hello` from stdin (the vault's path and key, the recorder's settings),
opens the vault and runs the worker on its main thread, while a thread reads the recorder's
`Activity` (last input, pause) for the worker's gate. Progress goes to the recorder as lines on
the stdout it was started with; fd 1 itself is pointed at stderr, so nothing a library prints can
break the channel. The end of stdin means stop: the worker finishes its frame and the process
exits; if it cannot within `ORPHAN_GRACE_S` (the recorder was killed and the frame is slow), it
exits at once, as a crash would (the vault's transactions make that safe).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path
from typing import BinaryIO

from app.core.log_guard import safe
from app.scan.channel import NO_ENGINE_EXIT, Activity, ChannelBroken, Hello, NoEngine, Progress, decode, encode
from app.scan.worker import IdleGate, ScanProgress, ScanWorker, lower_process_priority

log = logging.getLogger("airlock.scan")

ORPHAN_GRACE_S = 30.0


def register(subparsers) -> None:
    child = subparsers.add_parser("scan-worker")  # no help: started by the recorder, not by people
    child.set_defaults(func=run_scan_child)


class _Channel:
    """The child's end: the recorder's activity in, progress out (one writer at a time)."""

    def __init__(self, incoming: BinaryIO, outgoing: BinaryIO) -> None:
        self._in, self._out = incoming, outgoing
        self._lock = threading.Lock()
        self.activity = Activity(None, False)

    def hello(self) -> Hello | None:
        try:
            message = decode(self._in.readline())
        except ChannelBroken:
            return None
        return message if isinstance(message, Hello) else None

    def send(self, message: Progress | NoEngine) -> bool:
        with self._lock:
            try:
                self._out.write(encode(message))
                self._out.flush()
                return True
            except (OSError, ValueError):
                return False  # the recorder is gone: its end of the pipe closed

    def follow(self, worker: ScanWorker) -> None:
        """Read activity until the recorder closes stdin (or says something else), then stop the worker."""
        try:
            for line in self._in:
                message = decode(line)
                if isinstance(message, Activity):
                    self.activity = message
        except (ChannelBroken, OSError, ValueError):
            log.error("scan worker: the recorder's channel broke")
        worker.stop(timeout=0)
        orphan = threading.Timer(ORPHAN_GRACE_S, os._exit, (0,))
        orphan.daemon = True
        orphan.start()


def run_scan_child(args, context) -> int:
    from app.release.power import on_ac_power
    from app.scan.engine import OcrUnavailable
    from app.vault.vault import VaultHandle

    lowered = lower_process_priority()
    channel = _Channel(sys.stdin.buffer, os.fdopen(os.dup(sys.stdout.fileno()), "wb"))
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints (Python or C) go to stderr
    hello = channel.hello()
    if hello is None:
        log.error("scan worker: no valid hello from the recorder")
        return 2
    log.info("scan worker started (%s)", safe(lowered or "normal priority"))
    from app.commands.scanning import build_worker

    def report(progress: ScanProgress) -> None:
        if not channel.send(Progress(progress.counts, progress.waiting_because, progress.done)):
            worker.stop(timeout=0)

    gate = IdleGate(context.clock, lambda: channel.activity.last_input, on_ac_power,
                    paused=lambda: channel.activity.paused)
    worker = build_worker(VaultHandle(Path(hello.vault), hello.key), hello.scale, hello.jpeg_quality, hello.words,
                          context.clock, gate=gate, on_progress=report)
    threading.Thread(target=channel.follow, args=(worker,), name="airlock-scan-channel", daemon=True).start()
    try:
        worker.run(until_done=False)
    except OcrUnavailable as missing:
        log.warning("scan worker: no OCR engine")
        channel.send(NoEngine(str(missing)))
        return NO_ENGINE_EXIT
    except Exception as exc:  # noqa: BLE001 - the type only: a traceback could quote what was read
        log.error("scan worker failed: %s", safe(type(exc).__name__))
        return 1
    log.info("scan worker stopped")
    return 0

"""A stand-in for `airlock scan-worker` in the supervisor's unit tests: a real process speaking the
real channel, whose behaviour the test chooses.

    fake_scan_child.py LOG MODE...   (one MODE per start: the Nth start takes the Nth, the last repeats)

Every mode reads the hello and writes what it received (the hello, each activity, how it ended)
as JSON lines to LOG.N, N being the start's number. Modes: `serve` (report progress for each
activity, stop at the end of stdin), `die` (report once, then SIGKILL itself), `no-engine`,
`stubborn` (ignore the end of stdin: only a kill ends it).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.core.screen_text import ScanCounts  # noqa: E402
from app.scan.channel import NO_ENGINE_EXIT, Activity, Hello, NoEngine, Progress, decode, encode  # noqa: E402


def main() -> int:
    log, modes = Path(sys.argv[1]), sys.argv[2:]
    start = len(list(log.parent.glob(log.name + ".*")))
    mode = modes[min(start, len(modes) - 1)]
    record = open(f"{log}.{start}", "w", buffering=1)  # noqa: SIM115 - open for the life of the process
    out = sys.stdout.buffer
    hello = decode(sys.stdin.buffer.readline())
    assert isinstance(hello, Hello)
    record.write(json.dumps({"hello": [hello.vault, hello.key.hex(), hello.scale, hello.jpeg_quality, hello.words],
                             "argv": sys.argv, "pid": os.getpid()}) + "\n")

    def progress(read: int, waiting: str = "") -> None:
        out.write(encode(Progress(ScanCounts(read, 10, 1), waiting)))
        out.flush()

    if mode == "no-engine":
        out.write(encode(NoEngine("no Tesseract models found")))
        out.flush()
        return NO_ENGINE_EXIT
    progress(0)
    if mode == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if mode == "stubborn":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        sys.stdin.buffer.read()
        record.write(json.dumps({"ignored": "end of stdin"}) + "\n")
        threading.Event().wait()
    for seen, line in enumerate(sys.stdin.buffer, start=1):
        message = decode(line)
        assert isinstance(message, Activity)
        record.write(json.dumps({"activity": [message.last_input, message.paused]}) + "\n")
        progress(seen, "capture is paused" if message.paused else "")
    record.write(json.dumps({"ended": "end of stdin"}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Exercise Airlock's real platform calls once on the machine it runs on (the installer CI jobs run
it on real Windows and macOS runners; `make test` checks only that it imports and runs on Linux).

    python packaging/smoke_platform.py

Starts the active-window probe and reads one FocusEvent, registers and releases the global pause
shortcut, and reads the OS's managed settings; prints what it saw (window titles are replaced by
their length) and exits 1 if any of it raised. A missing permission on macOS is printed as such.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.capture.event_queue import EventQueue  # noqa: E402
from app.capture.hotkey import make_hotkey_listener  # noqa: E402
from app.capture.window_probe import make_window_probe  # noqa: E402
from app.core.clock import SystemClock  # noqa: E402
from app.core.errors import KnownError  # noqa: E402
from app.core.hotkey import parse_hotkey  # noqa: E402
from app.core.model import FocusEvent  # noqa: E402
from app.policy.managed.settings import managed_store_for  # noqa: E402


def probe_once() -> dict[str, object]:
    probe = make_window_probe(SystemClock())
    events = EventQueue()
    probe.start(events)
    try:
        item = events.take(5.0)
        while item is not None and not isinstance(item, FocusEvent):
            item = events.take(5.0)
        if item is None:
            return {"focus": "no FocusEvent within 5 s"}
        window = item.window
        return {"focus": {"app": window.app, "title_length": len(window.title), "pid": window.pid,
                          "class": window.wm_class, "has_bounds": probe.bounds_of(window.window_id) is not None},
                "failure": probe.failure()}
    finally:
        probe.stop()


def shortcut_once() -> str:
    listener = make_hotkey_listener()
    if listener is None:
        return "no global shortcut on this display"
    listener.start(parse_hotkey("Ctrl+Alt+Shift+F12"), lambda: None)
    listener.stop()
    return "registered and released Ctrl+Alt+Shift+F12"


def main() -> int:
    report: dict[str, object] = {"platform": sys.platform}
    failed = False
    for name, step in (("window", probe_once), ("shortcut", shortcut_once),
                       ("managed", lambda: {"store": managed_store_for().read().store,
                                            "values": sorted(".".join(k) for k in managed_store_for().read().values)})):
        try:
            report[name] = step()
        except KnownError as error:  # a missing permission or display: reported, not a crash
            report[name] = f"unavailable: {error.message} {error.hint}"
        except Exception as error:  # noqa: BLE001 - any other exception is the finding this smoke test exists for
            report[name] = f"FAILED: {type(error).__name__}: {error}"
            failed = True
    print(json.dumps(report, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Measure the review window on a month-sized vault: seeding, time to first paint, search latency.

    python tools/measure_review.py                      # seed a fresh 30-day vault in a temp dir, then measure
    python tools/measure_review.py --data-dir DIR       # measure an existing vault (its key from the keyring)

Budgets (DESIGN.md): the window opens in ≤ 1 s on a 30-day vault; search answers in ≤ 200 ms.
"Opens" is measured from constructing the window (the tray's "Review captures…") to the end of the
first paint of the timeline with the newest day's segments in it; "answers" from pressing Enter in
the search box to the end of the first paint that shows the matching segments. Queries run on the
window's real worker thread. Run it on a display (Xvfb works) or with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SEARCHES = ("budget", "rounding", "quarterly review", "Grafana", "contract renewal", "lunch", "invoice total",
            "deploy", "nothingmatchesthis")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="an existing (seeded) data dir; default: seed a new one in a temp dir")
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--opens", type=int, default=5, help="how many times to open the window")
    parser.add_argument("--keep", action="store_true", help="keep the seeded temp vault (default: removed at the end)")
    args = parser.parse_args()
    temp = None if args.data_dir else tempfile.mkdtemp(prefix="airlock-measure-")
    try:
        return measure(args, temp)
    finally:
        if temp and not args.keep:
            shutil.rmtree(temp, ignore_errors=True)  # a gigabyte of synthetic screenshots


def measure(args, temp: str | None) -> int:
    """Seed (into `temp`) or open the vault, then time the window and the searches."""
    from app.core.clock import SystemClock
    from app.core.paths import resolve_paths
    from app.policy.model import ReleasePolicy
    from app.vault.vault import open_vault

    if args.data_dir:
        from app.vault.keystore import KeyringKeyStore

        paths = resolve_paths(args.data_dir)
        keystore = KeyringKeyStore(paths.data_dir)
        handle = open_vault(paths, keystore, create=False)
    else:
        from app.dev.seed.vault_seed import SeedPlan, seed_vault
        from tests.helpers.keystore import MemoryKeyStore

        paths = resolve_paths(temp).ensure()
        handle = open_vault(paths, MemoryKeyStore())
        conn = handle.connect()
        started = time.perf_counter()
        report = seed_vault(conn, SeedPlan(days=args.days, seed=args.seed),
                            progress=lambda d, n, r: print(f"\rseeding day {d}/{n}", end="", file=sys.stderr))
        conn.close()
        print(f"\nseed: {args.days} days -> {report.segments:,} segments, {report.events:,} events, "
              f"{report.frames:,} screenshots ({report.image_bytes / 1e6:,.0f} MB) in {time.perf_counter() - started:.1f} s")
    print(f"vault: {paths.vault} ({paths.vault.stat().st_size / 1e6:,.0f} MB)")

    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"QApplication: {1000 * (time.perf_counter() - started):.0f} ms ({app.platformName()})")
    from app.vault.reader import VaultReader

    # The window reads through a VaultReader and changes nothing here (no operations needed).
    services_args = (handle, VaultReader(handle), SystemClock(), ReleasePolicy())
    opens = [open_window(app, services_args) for _ in range(args.opens)]
    print("window open -> timeline painted: " + _summary([o["paint"] for o in opens])
          + f"   (first: {opens[0]['paint']:.0f} ms; first segment's screenshot shown: "
            f"{statistics.median(o['detail'] for o in opens):.0f} ms median)")
    latencies, sql = measure_searches(app, services_args)
    print("search: Enter -> results painted: " + _summary(list(latencies.values())))
    for text, ms in latencies.items():
        print(f"    {text!r:22} {ms:6.0f} ms   (its SQL: {sql[text]:.1f} ms)")
    worst_open, worst_search = max(o["paint"] for o in opens), max(latencies.values())
    ok = worst_open <= 1000 and worst_search <= 200
    print(f"budgets: open {worst_open:.0f} ms (≤ 1000), search {worst_search:.0f} ms (≤ 200): {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


def _summary(values: list[float]) -> str:
    return f"median {statistics.median(values):.0f} ms, max {max(values):.0f} ms over {len(values)}"


class PaintProbe:
    """Records the end of the first paint of the timeline for which `ready()` holds."""

    def __init__(self, app, view, ready) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.done_at: float | None = None
        probe = self

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt naming
                if event.type() == QEvent.Type.Paint and probe.done_at is None and ready():
                    # runs once this paint (and whatever the event loop had queued with it) is over
                    QTimer.singleShot(0, probe._mark)
                return False

        self._filter = Filter()
        view.viewport().installEventFilter(self._filter)
        self._view = view

    def _mark(self) -> None:
        if self.done_at is None:
            self.done_at = time.perf_counter()

    def remove(self) -> None:
        self._view.viewport().removeEventFilter(self._filter)


def wait(app, predicate, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the review window did not get there in time")
        app.processEvents()
        time.sleep(0.001)


def open_window(app, services_args) -> dict[str, float]:
    from app.ui.review.window import ReviewServices, ReviewWindow

    started = time.perf_counter()
    window = ReviewWindow(ReviewServices(services_args[1], None, *services_args[2:]))
    model = window.model
    probe = PaintProbe(app, window.view, lambda: model.rowCount() > 0 and model.rowCount(model.index(0, 0)) > 0)
    window.show()
    wait(app, lambda: probe.done_at is not None)
    painted = probe.done_at - started
    wait(app, lambda: window.detail.screenshots.viewer.has_image())
    detail = time.perf_counter() - started
    probe.remove()
    window.close()
    window.deleteLater()
    app.processEvents()
    return {"paint": 1000 * painted, "detail": 1000 * detail}


def measure_searches(app, services_args) -> tuple[dict[str, float], dict[str, float]]:
    from app.ui.review.window import ReviewServices, ReviewWindow
    from app.vault import queries
    from app.vault.queries import TimelineFilter

    window = ReviewWindow(ReviewServices(services_args[1], None, *services_args[2:]))
    window.show()
    wait(app, lambda: window.detail.detail is not None)
    model = window.model
    latencies, sql = {}, {}
    conn = services_args[0].connect()
    for text in SEARCHES:
        flt = TimelineFilter(text=text)
        t0 = time.perf_counter()
        found = queries.days(conn, flt)
        if found:
            queries.timeline_page(conn, flt, found[0].start, found[0].end)
        sql[text] = 1000 * (time.perf_counter() - t0)
        state = {"days": False}

        def days_in(state=state) -> None:
            state["days"] = True

        model.daysLoaded.connect(days_in)

        def ready() -> bool:
            if not state["days"]:
                return False
            return model.rowCount() == 0 or model.rowCount(model.index(0, 0)) > 0

        probe = PaintProbe(app, window.view, ready)
        window.search.setText(text)
        started = time.perf_counter()
        window.apply_filters()  # what Enter does
        wait(app, lambda: probe.done_at is not None or (state["days"] and model.rowCount() == 0))
        done = probe.done_at or time.perf_counter()
        latencies[text] = 1000 * (done - started)
        probe.remove()
        model.daysLoaded.disconnect(days_in)
    conn.close()
    window.close()
    return latencies, sql


if __name__ == "__main__":
    raise SystemExit(main())

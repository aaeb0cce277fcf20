"""`airlock dev seed --days 30 [--seed N]`: fill an empty vault with a realistic month of activity."""

from __future__ import annotations

import sys
import time

from app.dev.seed.vault_seed import SeedPlan, SeedReport, seed_vault
from app.vault.vault import open_vault


def register(subparsers) -> None:
    parser = subparsers.add_parser("dev", help="developer tools (seeded vaults for measuring)")
    dev = parser.add_subparsers(dest="dev_command", metavar="TOOL", required=True)
    seed = dev.add_parser("seed", help="fill an empty vault with a realistic month of synthetic activity",
                          description="Creates ≈ 1 M events and ≈ 20 k screenshots for 30 days of office work. "
                                      "Use a separate data dir: `airlock --data-dir /tmp/airlock-dev dev seed`.")
    seed.add_argument("--days", type=int, default=30, help="calendar days ending today (default 30)")
    seed.add_argument("--seed", type=int, default=1, help="random seed, for a reproducible vault (default 1)")
    seed.set_defaults(func=run_seed)


class _ProgressBar:
    """A one-line progress bar on stderr (redrawn in place when stderr is a terminal)."""

    WIDTH = 30

    def __init__(self, stream=None) -> None:
        self._stream = stream or sys.stderr
        self._tty = self._stream.isatty()
        self._started = time.monotonic()

    def __call__(self, done: int, total: int, report: SeedReport) -> None:
        filled = self.WIDTH * done // max(total, 1)
        line = (f"seeding [{'#' * filled}{'.' * (self.WIDTH - filled)}] day {done}/{total}  "
                f"{report.events:,} events  {report.frames:,} screenshots  {time.monotonic() - self._started:.0f} s")
        if self._tty:
            self._stream.write("\r" + line + ("\n" if done == total else ""))
        else:
            self._stream.write(line + "\n")
        self._stream.flush()


def run_seed(args, context) -> int:
    if args.days < 1:
        from app.core.errors import KnownError

        raise KnownError("--days must be at least 1.")
    handle = open_vault(context.paths, context.keystore())
    conn = handle.connect()
    started = time.monotonic()
    try:
        report = seed_vault(conn, SeedPlan(days=args.days, seed=args.seed), progress=_ProgressBar())
    finally:
        conn.close()
    states = ", ".join(f"{n:,} {state}" for state, n in sorted(report.states.items()))
    print(f"Seeded {handle.path}: {report.segments:,} segments ({states}), {report.events:,} events, "
          f"{report.frames:,} screenshots ({report.image_bytes / 1e6:,.0f} MB), {report.gaps:,} gaps "
          f"in {time.monotonic() - started:.1f} s.")
    return 0

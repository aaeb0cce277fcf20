"""What a fix would buy, measured before it is made: Airlock's real recorder with a patch applied.

`python -m bench.experiment PATCH[+PATCH...] [record options]` runs `airlock record --headless`
in this process after monkeypatching app modules; bench/run.py runs it as the recorder
`airlock+PATCH+...` (e.g. `--recorders airlock,airlock+all,floor`), side by side with the
unpatched recorder and the floor. Nothing here changes app/: the patches only show, with numbers,
what the proposed changes to app/capture and app/vault are worth.

Patches: none at the moment (the first round's four landed in app/; see bench/findings.md).
Diagnostics: count-grabs prints the number of grabs and their CPU time to the recorder's log;
profile-grabs, profile-capture, profile-writer, profile-record and profile-pointer print cProfile tables (thread CPU time);
thread-cpu prints CPU seconds per thread (from /proc), to see where a recorder's time goes.
"""

from __future__ import annotations

import sys
import time


def count_grabs() -> None:
    """Diagnostic: how many grabs, and their CPU time, printed to stderr (the bench log) at exit."""
    import atexit

    from app.capture import frame_taker

    original = frame_taker.FrameTaker.take
    totals = {"grabs": 0, "stored": 0, "cpu_s": 0.0}

    def take(self, reason, now, window):
        started = time.thread_time()
        try:
            frame = original(self, reason, now, window)
        finally:
            totals["cpu_s"] += time.thread_time() - started
            totals["grabs"] += 1
        totals["stored"] += frame is not None
        return frame

    frame_taker.FrameTaker.take = take
    atexit.register(lambda: print(f"[experiment] grabs {totals['grabs']} stored {totals['stored']} "
                                  f"cpu {totals['cpu_s']:.3f} s", file=sys.stderr, flush=True))


def profile_grabs() -> None:
    """Diagnostic: cProfile of every grab, the top entries printed to stderr at exit."""
    import atexit
    import cProfile
    import io
    import pstats

    from app.capture import frame_taker

    original = frame_taker.FrameTaker.take
    profile = cProfile.Profile(time.thread_time)

    def take(self, reason, now, window):
        profile.enable()
        try:
            return original(self, reason, now, window)
        finally:
            profile.disable()

    def report() -> None:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(15)
        print(out.getvalue(), file=sys.stderr, flush=True)

    frame_taker.FrameTaker.take = take
    atexit.register(report)


def thread_cpu() -> None:
    """Diagnostic: CPU seconds per thread at exit (bench/thread_cpu.py)."""
    from bench import thread_cpu as sampler

    sampler.start()


def profile_thread(cls_path: str, method: str):
    """Diagnostic factory: cProfile (thread CPU time) of a thread's target method, printed at exit."""
    def patch() -> None:
        import atexit
        import cProfile
        import importlib
        import io
        import pstats

        module_name, cls_name = cls_path.rsplit(".", 1)
        cls = getattr(importlib.import_module(module_name), cls_name)
        original = getattr(cls, method)
        profile = cProfile.Profile(time.thread_time)

        def run(self, *args, **kwargs):
            profile.enable()
            try:
                return original(self, *args, **kwargs)
            finally:
                profile.disable()

        def report() -> None:
            out = io.StringIO()
            pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(25)
            print(f"[experiment] {cls_name}.{method}:\n{out.getvalue()}", file=sys.stderr, flush=True)

        setattr(cls, method, run)
        atexit.register(report)
    return patch


# Proposed changes measured before they are made go here (as the ones of bench/findings.md's first
# round did: convert-once, text-30s, commit-1s and release-10hz, since landed in app/).
PATCHES: dict = {}
DIAGNOSTICS = {"count-grabs": count_grabs, "thread-cpu": thread_cpu, "profile-grabs": profile_grabs,
               "profile-capture": profile_thread("app.capture.pipeline.CapturePipeline", "_run"),
               "profile-writer": profile_thread("app.vault.writer.VaultWriter", "_run"),
               "profile-record": profile_thread("app.capture.x11.record_input.X11RecordInput", "_record"),
               "profile-pointer": profile_thread("app.capture.x11.record_input.X11RecordInput", "_poll_pointer")}


def apply(names: list[str]) -> list[str]:
    """Apply the named patches ("all": every one); returns what was applied."""
    chosen = list(PATCHES) + [n for n in names if n in DIAGNOSTICS] if "all" in names else names
    known = {**PATCHES, **DIAGNOSTICS}
    for name in chosen:
        if name not in known:
            raise SystemExit(f"unknown patch {name!r} (known: {', '.join(known)}, all)")
        known[name]()
    return chosen


def main(argv: list[str]) -> int:
    from app.main import main as airlock_main

    apply(argv[0].split("+"))
    return airlock_main(["record", "--headless", *argv[1:]])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

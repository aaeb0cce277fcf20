"""What a fix would buy, measured before it is made: Airlock's real recorder with a patch applied.

`python -m bench.experiment PATCH[+PATCH...] [record options]` runs `airlock record --headless`
in this process after monkeypatching app modules; bench/run.py runs it as the recorder
`airlock+PATCH+...` (e.g. `--recorders airlock,airlock+all,floor`), side by side with the
unpatched recorder and the floor. Nothing here changes app/: the patches only show, with numbers,
what the proposed changes to app/capture and app/vault are worth.

Patches:
- convert-once: one BGRX->RGB conversion per grab, shared by the change thumbnail and the encoder
  (app/capture/frame_taker.py converts twice: thumbnail() and FrameEncoder.encode() each call
  to_image on the same shot).
- text-30s: write a segment's typed text (and so re-index it in FTS5) at most every 30 s, not on
  every 1 s SegmentUpdate; the end time is still updated (app/vault/writer.py).
- commit-1s: the writer commits once a second instead of every 0.5 s (DESIGN.md allows <= 1 s).
- release-10hz: the capture thread releases events held for reordering (250 ms) on a 100 ms grid,
  not with one extra wake-up per event (app/capture/pipeline.py + reorder_buffer.py: every wake-up
  runs the whole tick(); while typing that is ~30 wake-ups a second).
- all: every patch above.
Diagnostic: count-grabs prints the number of grabs and their CPU time to the recorder's log.
"""

from __future__ import annotations

import math
import sys
import time

TEXT_INTERVAL_S = 30.0
RELEASE_GRID_S = 0.1


def convert_once() -> None:
    from app.capture import frame_change, frame_encoder

    original = frame_encoder.to_image
    last: list = [None, None]  # (shot, image): the capture thread grabs one shot at a time

    def to_image(shot):
        if last[0] is not shot:
            last[0], last[1] = shot, original(shot)
        return last[1]

    frame_encoder.to_image = to_image
    frame_change.to_image = to_image


def text_every_30s() -> None:
    from app.core.records import SegmentUpdate
    from app.vault import writer

    original = writer.VaultWriter._apply
    written: dict[int, float] = {}

    def apply(self, conn, record):
        if isinstance(record, SegmentUpdate):
            now = time.monotonic()
            if now - written.get(record.token, float("-inf")) < TEXT_INTERVAL_S:
                segment_id = self._segment_for(conn, record.token, record.end)
                if segment_id is not None:
                    conn.execute("UPDATE segments SET end = max(end, ?) WHERE id = ?", (record.end, segment_id))
                return
            written[record.token] = now
        return original(self, conn, record)

    writer.VaultWriter._apply = apply


def commit_every_second() -> None:
    from app.vault import writer

    writer.BATCH_SECONDS = 1.0


def release_on_a_grid() -> None:
    from app.capture import reorder_buffer

    original = reorder_buffer.ReorderBuffer.next_release

    def next_release(self):
        at = original(self)
        return None if at is None else math.ceil(at / RELEASE_GRID_S) * RELEASE_GRID_S

    reorder_buffer.ReorderBuffer.next_release = next_release


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


PATCHES = {"convert-once": convert_once, "text-30s": text_every_30s, "commit-1s": commit_every_second,
           "release-10hz": release_on_a_grid}
DIAGNOSTICS = {"count-grabs": count_grabs, "profile-grabs": profile_grabs,
               "profile-capture": profile_thread("app.capture.pipeline.CapturePipeline", "_run"),
               "profile-writer": profile_thread("app.vault.writer.VaultWriter", "_run")}


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

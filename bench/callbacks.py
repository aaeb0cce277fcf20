"""How long Airlock's input callbacks hold the hook thread, measured inside the real recorder.

`python -m bench.callbacks OUT.json [record options]` runs `airlock record --headless` in this
process with every input-hook callback of app.capture wrapped in a perf_counter timer: pynput's
(`InputSource._on_press`, `_on_release`, `_on_click`, `_on_scroll`, `_on_move`) and the X RECORD
reply handler (`X11RecordInput._on_reply`, which decodes and offers every event of one reply). On
SIGTERM it writes the durations' percentiles to OUT.json. The pipeline, writer and screenshots run
as usual, so the times include any wait for the GIL inside the callback.
DESIGN.md: callbacks only enqueue, p99 <= 1 ms (Windows removes slow hooks silently).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

# The outermost callbacks a hook thread calls (the reply handler calls _on_event per event itself).
CALLBACK_NAMES = ("_on_press", "_on_release", "_on_click", "_on_scroll", "_on_move", "_on_reply")
PROBE_SECONDS = {"mixed": 30.0, "mouse-1000hz": 15.0}


def instrument(durations: list[float]) -> list[str]:
    """Wrap every input callback of app.capture's source classes; returns what was wrapped."""
    import app.capture

    wrapped = []
    for info in pkgutil.iter_modules(app.capture.__path__):
        if not (info.name.startswith("x11_record") or info.name == "input_source"):
            continue
        module = importlib.import_module(f"app.capture.{info.name}")
        for cls in [v for v in vars(module).values() if isinstance(v, type) and v.__module__ == module.__name__]:
            for name in CALLBACK_NAMES:
                original = cls.__dict__.get(name)
                if callable(original):
                    setattr(cls, name, _timed(original, durations))
                    wrapped.append(f"{module.__name__}.{cls.__name__}.{name}")
    return wrapped


def _timed(function, durations: list[float]):
    clock = time.perf_counter

    def timed(*args, **kwargs):
        started = clock()
        try:
            return function(*args, **kwargs)
        finally:
            durations.append(clock() - started)  # list.append is atomic under the GIL

    timed.__wrapped__ = function
    return timed


def probe_main(out: Path, record_options: list[str]) -> int:
    from app.main import main
    from bench.measure import Percentiles

    durations: list[float] = []
    wrapped = instrument(durations)
    code = main(["record", "--headless", *record_options])
    stats = Percentiles.of(durations)
    out.write_text(json.dumps({"exit_code": code, "wrapped": wrapped, "count": stats.count, "p50_ms": stats.p50_ms,
                               "p99_ms": stats.p99_ms, "max_ms": stats.max_ms,
                               "over_1ms": sum(1 for d in durations if d > 0.001)}))
    return code


def measure(recorder, workload, log, backends: tuple[str, ...] = ("auto", "pynput")) -> dict:
    """Run the probe as Airlock's recorder over a mixed phase and a 1000 Hz mouse phase, per backend."""
    from bench.recorders import AirlockProcess

    out = recorder.workdir / "callbacks.json"
    results: dict = {}
    for backend in backends:
        class Probe(AirlockProcess):
            def argv(self) -> list[str]:
                extra = [] if self.backend == "auto" else ["--input-backend", self.backend]
                return [sys.executable, "-m", "bench.callbacks", str(out), *extra]

        probe = Probe(recorder.workdir, recorder.env, backend)
        probe.name = f"{probe.name}-callbacks"
        probe.data_dir = recorder.data_dir
        probe.env["AIRLOCK_DATA_DIR"] = str(recorder.data_dir)
        per_phase: dict = {}
        for phase, seconds in PROBE_SECONDS.items():
            out.unlink(missing_ok=True)
            workload.prepare(phase)
            probe.start()
            try:
                workload.run(phase, seconds)
            finally:
                probe.stop()
            try:
                data = json.loads(out.read_text())
            except (OSError, ValueError):
                return {"available": False, "why": f"the probe wrote no result (log: {probe.log_path})"}
            data["input_backend"] = probe.input_backend
            per_phase[phase] = data
            log(f"  callbacks ({probe.input_backend}) during {phase}: {data['count']} calls, "
                f"p50 {_ms(data['p50_ms'])}, p99 {_ms(data['p99_ms'])}, max {_ms(data['max_ms'])}")
        results[backend] = per_phase
    timed = [d for per_phase in results.values() for d in per_phase.values() if d["count"]]
    if not timed:
        return {"available": False, "why": "no input callback was called: nothing to time", "runs": results}
    default = [d for d in results.get("auto", {}).values() if d["count"]] or timed
    worst = max(default, key=lambda d: d["p99_ms"])
    return {"available": True, "p50_ms": worst["p50_ms"], "p99_ms": worst["p99_ms"], "max_ms": worst["max_ms"],
            "how": f"perf_counter around each hook callback inside the real recorder ({worst['input_backend']}); "
                   "worst phase of " + " and ".join(f"{p} ({s:.0f} s)" for p, s in PROBE_SECONDS.items()),
            "runs": results}


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f} ms"


if __name__ == "__main__":
    sys.exit(probe_main(Path(sys.argv[1]), sys.argv[2:]))

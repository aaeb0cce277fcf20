"""Several collector processes at once, each on its own shard, reporting progress to one bar.

Worker processes are started with "spawn" (a fresh interpreter: no threads or open connections
inherited from this one). Each runs `target(job, shard, report)` and returns a JSON-able result;
`report(kind, n)` sends progress ("listed", "done", "bytes") through a queue to the parent. One
worker runs in this process, without a pool.
"""

from __future__ import annotations

import multiprocessing
import queue as queue_module
from collections.abc import Callable
from typing import Any

from app.collect.progress import Progress
from app.collect.shard import Shard
from app.core.errors import KnownError

Report = Callable[[str, int], None]
Target = Callable[[Any, Shard, Report], dict[str, Any]]


_FIELDS = {"listed": "listed", "done": "done", "bytes": "bytes_read"}


def _apply(progress: Progress, kind: str, n: int) -> None:
    progress.update(**{_FIELDS[kind]: n})


def _child(target: Target, job: Any, shard: Shard, messages) -> None:
    def report(kind: str, n: int) -> None:
        messages.put(("progress", shard.label, kind, n))
    try:
        messages.put(("result", shard.label, target(job, shard, report), None))
    except KnownError as exc:  # sent as words: the parent raises it again for the person
        messages.put(("error", shard.label, None, (exc.message, exc.hint)))
    except BaseException as exc:  # noqa: BLE001 - a bug: its text goes to the parent
        messages.put(("error", shard.label, None, (f"collector worker {shard.label} failed: "
                                                    f"{type(exc).__name__}: {exc}", "")))


def run_workers(target: Target, job: Any, shards: list[Shard], progress: Progress) -> list[dict[str, Any]]:
    """Run `target` once per shard, in parallel; results in shard order. The first worker's
    failure is raised here as a KnownError (after all workers have ended)."""
    if len(shards) == 1:
        return [target(job, shards[0], lambda kind, n: _apply(progress, kind, n))]
    context = multiprocessing.get_context("spawn")
    messages = context.Queue()
    processes = [context.Process(target=_child, args=(target, job, shard, messages), daemon=True)
                 for shard in shards]
    for process in processes:
        process.start()
    results: dict[str, dict[str, Any]] = {}
    errors: list[tuple[str, str]] = []
    finished = 0
    while finished < len(processes):
        try:
            kind, label, value, error = messages.get(timeout=0.5)
        except queue_module.Empty:
            if all(not p.is_alive() for p in processes):
                break  # a worker died without a word (killed): stop waiting
            continue
        if kind == "progress":
            _apply(progress, value, error)
            continue
        finished += 1
        if kind == "result":
            results[label] = value
        else:
            errors.append(error)
    for process in processes:
        process.join()
    if errors:
        raise KnownError(*errors[0])
    dead = [p.exitcode for p in processes if p.exitcode not in (0, None)]
    if len(results) < len(shards):
        raise RuntimeError(f"{len(shards) - len(results)} collector worker(s) ended without a result "
                           f"(exit codes {dead})")
    return [results[s.label] for s in shards]

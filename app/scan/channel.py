"""What the recorder and its scan child say to each other: one JSON object a line over the child's
stdin (recorder -> child) and stdout (child -> recorder).

The first line to the child is `Hello`: the vault's path and key, and the few settings of the
recorder's effective policy the worker needs. It travels only over this private pipe, never on
the command line, in the environment or in a log (`Hello.__repr__` leaves the key out). Then the
recorder sends `Activity` whenever the time of the last input or the pause changes; closing the
pipe tells the child to stop. The child answers with progress (counts only: never a word read)
and, if it cannot read at all, `NoEngine` with the reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app.core.screen_text import ScanCounts

NO_ENGINE_EXIT = 3  # the child's exit code when it cannot read here (no OCR engine): not restarted
MAX_LINE = 1 << 20  # a longer line is not ours: the channel is broken (the hello with the policy's words is far less)


class ChannelBroken(Exception):
    """A line that is not one of the messages below."""


@dataclass(frozen=True)
class Hello:
    vault: str
    key: bytes = field(repr=False)
    scale: float
    jpeg_quality: int
    words: dict[str, list[str]]  # the policy's word additions, by category


@dataclass(frozen=True)
class Activity:
    last_input: float | None  # the capture pipeline's last input (wall clock), None: none yet
    paused: bool


@dataclass(frozen=True)
class Progress:
    counts: ScanCounts
    waiting_because: str = ""
    done: bool = False


@dataclass(frozen=True)
class NoEngine:
    reason: str  # what is missing and how to install it (no content)


Message = Hello | Activity | Progress | NoEngine


def encode(message: Message) -> bytes:
    if isinstance(message, Hello):
        body: dict[str, Any] = {"hello": {"vault": message.vault, "key": message.key.hex(), "scale": message.scale,
                                          "jpeg_quality": message.jpeg_quality, "words": message.words}}
    elif isinstance(message, Activity):
        body = {"activity": {"last_input": message.last_input, "paused": message.paused}}
    elif isinstance(message, Progress):
        counts = message.counts
        body = {"progress": {"read": counts.read, "total": counts.total, "open": counts.open_suggestions,
                             "waiting_because": message.waiting_because, "done": message.done}}
    else:
        body = {"no_engine": {"reason": message.reason}}
    return json.dumps(body, separators=(",", ":")).encode() + b"\n"


def decode(line: bytes) -> Message:
    """One line back into its message; ChannelBroken for anything else (the line is not shown:
    it may hold the key)."""
    if len(line) > MAX_LINE:
        raise ChannelBroken("a line too long")
    try:
        body = json.loads(line)
        (kind, value), = body.items()
        if kind == "hello":
            return Hello(str(value["vault"]), bytes.fromhex(value["key"]), float(value["scale"]),
                         int(value["jpeg_quality"]),
                         {str(k): [str(w) for w in v] for k, v in dict(value["words"]).items()})
        if kind == "activity":
            last = value["last_input"]
            return Activity(None if last is None else float(last), bool(value["paused"]))
        if kind == "progress":
            return Progress(ScanCounts(int(value["read"]), int(value["total"]), int(value["open"])),
                            str(value["waiting_because"]), bool(value["done"]))
        if kind == "no_engine":
            return NoEngine(str(value["reason"]))
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ChannelBroken(type(exc).__name__) from None
    raise ChannelBroken("an unknown message")

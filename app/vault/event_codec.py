"""How input events are stored in `events.data`: compact JSON, one shape per kind.

Readers (review, release, export) decode through here so the format has one definition.
"""

from __future__ import annotations

import json

from app.core.model import ClickEvent, InputEvent, KeyEvent, MoveEvent, ScrollEvent

KIND_KEY, KIND_CLICK, KIND_SCROLL, KIND_MOVE = "key", "click", "scroll", "move"


def encode(event: InputEvent) -> tuple[str, str]:
    """(kind, data) for an event row."""
    if isinstance(event, KeyEvent):
        data = {"k": event.key, "p": int(event.pressed)}
        if event.char is not None:
            data["c"] = event.char
        if event.modifiers:
            data["m"] = sorted(event.modifiers)
        return KIND_KEY, _dumps(data)
    if isinstance(event, ClickEvent):
        return KIND_CLICK, _dumps({"x": event.x, "y": event.y, "b": event.button, "p": int(event.pressed)})
    if isinstance(event, ScrollEvent):
        return KIND_SCROLL, _dumps({"x": event.x, "y": event.y, "dx": event.dx, "dy": event.dy})
    if isinstance(event, MoveEvent):
        return KIND_MOVE, _dumps({"x": event.x, "y": event.y})
    raise TypeError(f"not an input event: {type(event).__name__}")


def decode(t: float, kind: str, data: str) -> InputEvent:
    """The event stored in a row. Raises ValueError for a row that is not a valid event."""
    try:
        fields = json.loads(data)
        if not isinstance(fields, dict):
            raise ValueError(f"malformed {kind} event row")
        if kind == KIND_KEY:
            char, modifiers = fields.get("c"), fields.get("m", ())
            if not (char is None or isinstance(char, str)) or not all(isinstance(m, str) for m in modifiers):
                raise ValueError("malformed key event row")
            return KeyEvent(t, str(fields["k"]), bool(fields["p"]), char, frozenset(modifiers))
        if kind == KIND_CLICK:
            return ClickEvent(t, int(fields["x"]), int(fields["y"]), str(fields["b"]), bool(fields["p"]))
        if kind == KIND_SCROLL:
            return ScrollEvent(t, int(fields["x"]), int(fields["y"]), int(fields["dx"]), int(fields["dy"]))
        if kind == KIND_MOVE:
            return MoveEvent(t, int(fields["x"]), int(fields["y"]))
    except (KeyError, TypeError, ValueError, OverflowError, RecursionError, AttributeError) as exc:  # hostile rows
        raise ValueError(f"malformed {kind} event row") from exc
    raise ValueError(f"unknown event kind {kind!r}")


def _dumps(data: dict) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)

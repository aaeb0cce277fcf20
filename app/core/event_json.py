"""The one JSON form of an input event, for everything that writes events out of the vault: the
released bundles (events.jsonl), the employee's own export, and so the data team's dataset.

A key press carries `held_ms` (how long it was down) and is followed by its release line, as the
sources reported it; fields without a value are left out.
"""

from __future__ import annotations

from typing import Any

from app.core.model import ClickEvent, InputEvent, KeyEvent, MoveEvent, ScrollEvent


def event_fields(event: InputEvent) -> dict[str, Any]:
    """{"t", "kind", ...} for one event (TypeError for anything else)."""
    fields: dict[str, Any] = {"t": event.t}
    if isinstance(event, KeyEvent):
        fields.update(kind="key", key=event.key, pressed=event.pressed)
        if event.char is not None:
            fields["char"] = event.char
        if event.modifiers:
            fields["modifiers"] = sorted(event.modifiers)
        if event.pressed and event.held is not None:
            fields["held_ms"] = round(event.held * 1000)  # also given by the release line that follows
    elif isinstance(event, ClickEvent):
        fields.update(kind="click", x=event.x, y=event.y, button=event.button, pressed=event.pressed)
    elif isinstance(event, ScrollEvent):
        fields.update(kind="scroll", x=event.x, y=event.y, dx=event.dx, dy=event.dy)
    elif isinstance(event, MoveEvent):
        fields.update(kind="move", x=event.x, y=event.y)
    else:
        raise TypeError(f"not an input event: {type(event).__name__}")
    return fields

"""Walk an application's accessible tree on the AT-SPI bus, as a screen reader sees it.

Run with the system Python (`/usr/bin/python3`, where Debian's python3-pyatspi lives; the suite's
interpreter cannot import it): `atspi_walk.py APP_NAME` prints one JSON object per line for every
showing accessible of the application whose name is APP_NAME, then `{"done": N}`. Each object
has the window it belongs to, its role name, name, description, states and place on the screen.
Exits 3 when no such application is registered yet (the caller waits and tries again).
"""

from __future__ import annotations

import json
import sys

import pyatspi

_LIMIT = 20000  # a safety net against a cyclic tree, far above any window's widget count


def _states(node) -> list[str]:
    return sorted(pyatspi.stateToString(s) for s in node.getState().getStates())


def _extents(node) -> list[int] | None:
    """Where the node is on the screen (x, y, width, height), for a click; None if it has no place."""
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except NotImplementedError:
        return None
    return [box.x, box.y, box.width, box.height]


def _walk(node, window: str, out, seen: list[int]) -> None:
    seen[0] += 1
    if seen[0] > _LIMIT:
        return
    states = _states(node)
    record = {"window": window, "role": node.getRoleName(), "name": node.name or "",
              "description": node.description or "", "states": states, "extents": _extents(node)}
    out.write(json.dumps(record) + "\n")
    if "showing" not in states and node.getRole() != pyatspi.ROLE_APPLICATION:
        return  # hidden subtrees (closed menus, other tabs' pages) are not what the employee meets
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            _walk(child, window, out, seen)


def main() -> int:
    wanted = sys.argv[1]
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is None or app.name != wanted:
            continue
        seen = [0]
        for w in range(app.childCount):
            window = app.getChildAtIndex(w)
            if window is not None:
                _walk(window, window.name or "", sys.stdout, seen)
        sys.stdout.write(json.dumps({"done": seen[0]}) + "\n")
        return 0
    return 3


if __name__ == "__main__":
    raise SystemExit(main())

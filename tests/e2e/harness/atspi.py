"""The AT-SPI accessibility bus, read as a screen reader reads it, for e2e tests.

Qt exposes its widgets on the AT-SPI bus when `QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1` (no screen
reader needs to be running); the bus itself (`at-spi-bus-launcher`, Debian's at-spi2-core) is
started by D-Bus activation on the session bus of `KeyringSession`. The tree is read by
`atspi_walk.py` under the system Python, where Debian's python3-pyatspi lives.

    bus = AccessibleApp(env, "Airlock")
    nodes = bus.window("Review captures")   # every showing accessible of that window
    bus.focused()                           # the accessible that has the keyboard
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.harness.waiting import wait_until

WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"
ENV = {"QT_ACCESSIBILITY": "1", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}

# Roles that mean "no role": a control announced this way tells the listener nothing.
NO_ROLE = {"", "invalid", "unknown", "filler", "redundant object"}
# The parts of a view (rows, cells, tabs): Qt calls its current one "focused" (see keyboard_holder).
ITEM_ROLES = frozenset({"page tab", "list item", "table cell", "tree item", "row header", "column header",
                        "table column header", "table row header"})


@dataclass(frozen=True)
class Node:
    window: str
    role: str
    name: str
    description: str
    states: tuple[str, ...]
    extents: tuple[int, int, int, int] | None = None  # x, y, width, height on the desktop

    @property
    def centre(self) -> tuple[int, int]:
        """Where a click lands on it."""
        assert self.extents is not None, f"{self} has no place on the screen"
        x, y, width, height = self.extents
        return x + width // 2, y + height // 2

    @property
    def focusable(self) -> bool:
        """A control the employee can reach now: focusable and on screen (a closed combo box's
        list is focusable but not showing)."""
        return "focusable" in self.states and "showing" in self.states

    @property
    def focused(self) -> bool:
        return "focused" in self.states

    def in_window(self, title: str) -> bool:
        """In the window titled `title` (Qt adds " — Airlock", the application's display name)."""
        return self.window == title or self.window.startswith(f"{title} — ")

    def __str__(self) -> str:
        return f"{self.role} {self.name!r} in {self.window!r}"


def check_tools() -> None:
    """Fail loudly (never skip) when the bus or the bindings are missing."""
    missing = [what for what, present in (
        ("at-spi2-core (/usr/libexec/at-spi-bus-launcher)", Path("/usr/libexec/at-spi-bus-launcher").exists()),
        ("python3-pyatspi", subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                                           timeout=60).returncode == 0 if shutil.which(SYSTEM_PYTHON) else False),
    ) if not present]
    if missing:
        raise RuntimeError(f"missing for the accessibility test: {', '.join(missing)} "
                           "(apt-get install at-spi2-core python3-pyatspi)")


class AccessibleApp:
    """One application's accessible tree on the bus of `env` (DISPLAY and DBUS_SESSION_BUS_ADDRESS)."""

    def __init__(self, env: dict[str, str], name: str) -> None:
        self.env = env
        self.name = name

    def nodes(self) -> list[Node] | None:
        """Every showing accessible of the application (None while it is not on the bus yet)."""
        result = subprocess.run([SYSTEM_PYTHON, str(WALKER), self.name], env=self.env, capture_output=True,
                                text=True, timeout=120)
        if result.returncode == 3:
            return None
        if result.returncode != 0:
            raise RuntimeError(f"the AT-SPI walker failed: {result.stderr[-2000:]}")
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        if not rows or "done" not in rows[-1]:
            return None  # the walk was cut short (the application changed under it): read again
        return [Node(r["window"], r["role"], r["name"], r["description"], tuple(r["states"]),
                     tuple(r["extents"]) if r.get("extents") else None) for r in rows[:-1]]

    def window(self, name: str, timeout: float = 60) -> list[Node]:
        """The showing accessibles of the window whose accessible name is `name`, once it is shown."""
        seen: set[str] = set()

        def found() -> list[Node] | None:
            nodes = self.nodes() or []
            seen.update(n.window for n in nodes)
            inside = [n for n in nodes if n.in_window(name)]
            return inside if any(n.focusable for n in inside) else None
        try:
            return wait_until(found, timeout, interval=0.3, message=f"window {name!r} on the AT-SPI bus")
        except AssertionError as error:
            raise AssertionError(f"{error}; windows seen: {sorted(seen)}") from None

    def focused(self) -> Node | None:
        """The control that has the keyboard in the active window (see `keyboard_holder`)."""
        return keyboard_holder(self.nodes() or [])

    def wait_focused(self, predicate, timeout: float = 30, message: str = "") -> Node:
        last: list[Node | None] = [None]

        def check() -> Node | None:
            last[0] = node = self.focused()
            return node if node is not None and predicate(node) else None
        try:
            return wait_until(check, timeout, interval=0.2, message=message or "a control to take the keyboard")
        except AssertionError as error:
            raise AssertionError(f"{error}; the keyboard was last at {last[0]}") from None


def keyboard_holder(nodes: list[Node]) -> Node | None:
    """Of `nodes` (one walk of the bus), the control that has the keyboard in the active window.

    "focused" on an item is not the keyboard: Qt marks the current item of every item view and the
    current tab of every tab bar focused, whether or not its view has the keyboard (the review
    window's screenshot strip and timeline both have a current item). The widget that has the
    keyboard is focused itself, so a focused control that is not an item wins; an item only when
    nothing else is focused.
    """
    active = {n.window for n in nodes if "active" in n.states}
    candidates = [n for n in nodes if n.focusable and n.focused and (not active or n.window in active)]
    return next((n for n in candidates if n.role not in ITEM_ROLES), candidates[0] if candidates else None)


def unnamed_controls(nodes: list[Node]) -> list[str]:
    """Every focusable control without a role or without a name: what a screen reader cannot announce."""
    return [str(n) for n in nodes if n.focusable and (n.role in NO_ROLE or not n.name.strip())]


def undescribed_controls(nodes: list[Node], skip_roles: frozenset[str] = frozenset()) -> list[str]:
    return [str(n) for n in nodes if n.focusable and n.role not in skip_roles and not n.description.strip()]

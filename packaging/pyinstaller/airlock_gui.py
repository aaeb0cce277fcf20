"""Frozen entry point of the `airlock-gui` windowed executable (the desktop app, no console)."""

from app.main import main_gui

raise SystemExit(main_gui())

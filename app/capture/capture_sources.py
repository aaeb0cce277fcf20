"""Choosing the capture sources for this session: window probe + keyboard/mouse backend.

On X11 the RECORD-based source (keys and buttons only, pointer polled) is preferred; both it and
the focus probe stamp events with the X server's time, so they are ordered exactly and the margin
around excluded windows can be small. Elsewhere (or without RECORD) pynput is used: Win32 low-level
hooks on Windows, a Quartz event tap on macOS (after its privacy permissions are read).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.capture.event_queue import Source
from app.capture.input_source import InputSource, InputUnavailable
from app.capture.window_probe import WindowProbe, make_window_probe
from app.core.clock import Clock
from app.core.display import detect_display

log = logging.getLogger("airlock.capture.sources")

# Input stamped this close to an excluded window's focus is dropped (see PipelineSettings).
# Same clock for keys and focus: ordered exactly, but the window manager moves the X input focus a
# moment before it updates _NET_ACTIVE_WINDOW, and that lag differs between window managers.
SERVER_STAMPED_MARGIN_S = 0.05
LOCALLY_STAMPED_MARGIN_S = 0.05  # two threads' own stamps: also covers their scheduling delay


@dataclass(frozen=True)
class CaptureSources:
    """What to start, in order: the probe (its first FocusEvent precedes any key), then input."""

    probe: WindowProbe
    input: Source
    backend: str  # "x11-record" | "pynput"
    exclusion_margin_s: float  # never less than how late the probe may notice a focus change


def build_sources(clock: Clock, environ: Mapping[str, str] | None = None, platform: str = sys.platform,
                  prefer_record: bool = True) -> CaptureSources:
    """The sources to start (probe first). Raises DisplayUnsupported where nothing can be captured."""
    environ = os.environ if environ is None else environ
    if prefer_record and detect_display(environ, platform).server == "x11":
        from app.capture.x11.record_input import X11RecordInput, record_available
        from app.capture.x11.server_time import X11ServerClock

        if record_available(environ):
            server_clock = X11ServerClock(clock)
            probe = make_window_probe(clock, platform, environ, server_clock=server_clock)
            return CaptureSources(probe, X11RecordInput(clock, server_clock, environ), "x11-record",
                                  max(SERVER_STAMPED_MARGIN_S, probe.latency_s))
        log.warning("the X server has no RECORD extension: using pynput")
    probe = make_window_probe(clock, platform, environ)
    keyboard_mouse = InputSource(clock, environ=dict(environ), preflight=_input_preflight(platform))
    return CaptureSources(probe, keyboard_mouse, "pynput", max(LOCALLY_STAMPED_MARGIN_S, probe.latency_s))


def _input_preflight(platform: str) -> Callable[[], None] | None:
    """macOS: refuse to start the event tap without Input Monitoring (it would deliver nothing)."""
    if platform != "darwin":
        return None

    def preflight() -> None:
        from app.capture.macos.frameworks import load_frameworks
        from app.capture.macos.permissions import input_refusal, read_permissions

        refusal = input_refusal(read_permissions(load_frameworks()))
        if refusal is not None:
            raise InputUnavailable(*refusal)

    return preflight


__all__ = ["CaptureSources", "InputUnavailable", "build_sources"]

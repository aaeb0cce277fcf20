"""Where Airlock keeps things, and what it says about the display."""

from __future__ import annotations

import logging

import pytest

from app.core.display import detect_display
from app.core.log_guard import ContentGuard, safe
from app.core.paths import DATA_DIR_ENV, resolve_paths


def test_explicit_data_dir_wins_over_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    paths = resolve_paths(tmp_path / "flag")
    assert paths.data_dir == tmp_path / "flag"
    assert paths.vault == tmp_path / "flag" / "vault.db"
    assert resolve_paths().data_dir == tmp_path / "env"


def test_default_dirs_come_from_platformdirs(monkeypatch, tmp_path):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    paths = resolve_paths()
    assert paths.data_dir == tmp_path / "share" / "airlock"


@pytest.mark.parametrize(
    ("env", "platform", "server", "supported"),
    [
        ({"DISPLAY": ":0"}, "linux", "x11", True),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux", "wayland", False),
        ({"XDG_SESSION_TYPE": "wayland"}, "linux", "wayland", False),
        ({}, "linux", "none", False),
        ({}, "win32", "windows", True),
        ({}, "darwin", "macos", True),
    ],
)
def test_display_detection(env, platform, server, supported):
    info = detect_display(env, platform)
    assert (info.server, info.capture_supported) == (server, supported)
    if server == "wayland":
        assert "X11" in info.explanation  # says what to do, not just that it fails


def test_the_log_guard_withholds_unmarked_strings(caplog):
    logger = logging.getLogger("airlock.test-guard")
    logger.addFilter(ContentGuard())
    with caplog.at_level(logging.INFO, logger="airlock.test-guard"):
        logger.info("typed %s into %s (%d keys, path %s)", "my password", "Bank login", 11, safe("/tmp/x"))
    assert caplog.messages == ["typed [text withheld] into [text withheld] (11 keys, path /tmp/x)"]


def test_the_log_guard_is_idempotent_across_handlers():
    guard = ContentGuard()
    record = logging.LogRecord("airlock.x", logging.INFO, __file__, 1, "%s %s", (safe("ok"), "secret"), None)
    guard.filter(record)
    guard.filter(record)
    assert record.getMessage() == "ok [text withheld]"

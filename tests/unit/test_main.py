"""The command line: every command has a home module; a command imports only its own module."""

from __future__ import annotations

import importlib
import subprocess
import sys

from app import main


def test_every_registered_command_has_a_home_and_every_home_registers_it():
    parser = main.build_parser([])
    registered = set(parser._subparsers._group_actions[0].choices)
    assert registered == set(main.COMMAND_HOMES)
    for command, home in main.COMMAND_HOMES.items():
        only = main.build_parser([command])
        assert command in only._subparsers._group_actions[0].choices, (command, home)
        assert home in main.COMMAND_MODULES
        importlib.import_module(f"app.commands.{home}")


def test_options_before_the_command_are_skipped():
    assert main._chosen_command(["--data-dir", "/x", "--policy", "p.toml", "-v", "pause", "--for", "5m"]) == "pause"
    assert main._chosen_command(["-v"]) is None


def test_a_control_command_does_not_import_the_capture_or_release_stack(tmp_path):
    probe = ("import sys; from app import main; main.build_parser(['status']);"
             "print(sorted(m for m in ('app.capture.pipeline', 'app.release.service', 'boto3', 'PySide6') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr

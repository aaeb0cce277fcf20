"""Shared pieces for the tray/status-window tests: real vault, real writer, fake clock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from app.control.operations import Operations
from app.policy.rules.pause import PauseState
from app.ui.control_flows import ControlFlows
from app.ui.control_menu import ControlMenu, QuitRule, WindowHooks
from app.ui.controller import AppController
from app.vault.in_flight import InFlightGuard
from app.vault.operations.store import VaultOperations
from app.vault.writer import VaultWriter
from tests.helpers.clock import FakeClock

# A fixed local afternoon, so clock texts in menus are predictable.
NOW = dt.datetime(2024, 3, 5, 14, 0).timestamp()


@dataclass
class Answers:
    """Scripted answers for the questions the flows ask."""

    delete: bool = True
    flag: tuple | None = None
    asked_delete: list = field(default_factory=list)
    asked_flag: list = field(default_factory=list)

    def ask_delete(self, parent, counts, seconds) -> bool:
        self.asked_delete.append((counts, seconds))
        return self.delete

    def ask_flag(self, parent, seconds):
        self.asked_flag.append(seconds)
        return self.flag


@dataclass
class ControlsEnv:
    clock: FakeClock
    controls: Operations
    writer: object
    controller: AppController
    flows: ControlFlows
    answers: Answers
    opened: list

    def menu(self, allow_quit: bool = True, hooks: WindowHooks | None = None, hotkey: str = "Ctrl+Alt+P") -> ControlMenu:
        hooks = hooks or WindowHooks(open_review=lambda: self.opened.append("review"),
                                     open_activity_log=lambda: self.opened.append("activity"),
                                     open_policy=lambda: self.opened.append("policy"))
        return ControlMenu(self.flows, self.clock, hooks, QuitRule(allow_quit, lambda: self.opened.append("quit")), hotkey)


@pytest.fixture
def env(qtbot, vault_handle):
    clock = FakeClock(NOW)
    pause = PauseState()
    writer = VaultWriter(vault_handle, InFlightGuard(pause), on_error=lambda error: controls.report_vault_error(error))
    controls = Operations(pause, clock, VaultOperations(writer.run))
    writer.start()
    controller = AppController(controls, clock)
    answers = Answers()
    flows = ControlFlows(controller, clock, ask_delete=answers.ask_delete, ask_flag=answers.ask_flag)
    controller.start()
    yield ControlsEnv(clock, controls, writer, controller, flows, answers, [])
    controller.stop()
    writer.stop()

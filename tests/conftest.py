"""Shared fixtures: every test gets its own data dir and an in-memory key store."""

from __future__ import annotations

import os

import pytest

from app.core.paths import Paths, resolve_paths
from tests.helpers.keystore import MemoryKeyStore

# Widget tests render offscreen; e2e tests set DISPLAY for their subprocesses explicitly.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may reach the real user's data dir through the environment.
os.environ.pop("AIRLOCK_DATA_DIR", None)
os.environ.pop("AIRLOCK_POLICY", None)
# Tests assert English words unless they choose a language (the tests of translation do).
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"


@pytest.fixture
def data_dir(tmp_path) -> Paths:
    return resolve_paths(tmp_path / "airlock-data").ensure()


@pytest.fixture
def memory_keystore() -> MemoryKeyStore:
    return MemoryKeyStore()


@pytest.fixture
def vault_handle(data_dir, memory_keystore):
    from app.vault.vault import open_vault

    return open_vault(data_dir, memory_keystore)


@pytest.fixture
def vault_conn(vault_handle):
    conn = vault_handle.connect()
    yield conn
    conn.close()


def pytest_terminal_summary(terminalreporter) -> None:
    """The drills' counts, printed by every run (issue 10: each drill prints its counts)."""
    from tests.drills.settings import REPORTED

    if REPORTED:
        terminalreporter.section("drill counts")
        for line in REPORTED:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def lake_seaweed(tmp_path_factory):
    """One SeaweedFS with a drop box and a lake bucket for every lake test of the run (each test
    uses its own prefixes): starting one costs seconds."""
    from tests.drills.lake_support import start_seaweed

    server = start_seaweed(tmp_path_factory.mktemp("seaweed-lake"))
    yield server
    server.stop()

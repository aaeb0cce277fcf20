"""Fixtures for the review window's GUI tests: a small seeded vault per test and the window on it.

The vault is seeded once per session (a few seconds) and copied for each test with its key, so
every test acts on its own vault. Imported by the test modules (`from ... import *` of fixtures).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date

import pytest

from app.core.paths import Paths, resolve_paths
from app.dev.seed.vault_seed import SeedPlan, seed_vault
from app.policy.model import ReleasePolicy
from app.vault.queries import day_bounds
from app.vault.vault import VAULT_KEY_NAME, VaultHandle, open_vault
from tests.helpers.clock import FakeClock
from tests.helpers.keystore import MemoryKeyStore

WEDNESDAY = date(2024, 5, 15)
NOW = day_bounds(WEDNESDAY)[1] - 3600.0  # 23:00 on the last seeded day
PLAN = SeedPlan(days=3, seed=5, last_day=WEDNESDAY, now=NOW, idle_mean_s=60.0, frame_interval_s=90.0,
                work_hours=1.5, images_per_title=1, image_size=(480, 270))


@dataclass
class SeededVault:
    paths: Paths
    keystore: MemoryKeyStore
    handle: VaultHandle
    clock: FakeClock

    def connect(self):
        return self.handle.connect()

    def query(self, sql: str, params=()) -> list:
        conn = self.handle.connect()
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    @property
    def wal(self):
        return self.paths.vault.parent / (self.paths.vault.name + "-wal")


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("review-template")
    keystore = MemoryKeyStore()
    paths = resolve_paths(root).ensure()
    handle = open_vault(paths, keystore)
    conn = handle.connect()
    seed_vault(conn, PLAN)
    conn.close()
    return paths.vault, keystore.get(VAULT_KEY_NAME)


@pytest.fixture
def seeded(seeded_template, tmp_path) -> SeededVault:
    template, key = seeded_template
    paths = resolve_paths(tmp_path / "airlock-data").ensure()
    shutil.copyfile(template, paths.vault)
    keystore = MemoryKeyStore()
    keystore.set(VAULT_KEY_NAME, key)
    return SeededVault(paths, keystore, open_vault(paths, keystore, create=False), FakeClock(NOW))


@pytest.fixture
def review_window(qtbot, seeded):
    """The window on the seeded vault with a synchronous task runner (results arrive at once)."""
    from app.ui.review.window import ReviewWindow

    services, conn = sync_services(seeded.handle, seeded.clock)
    window = ReviewWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    conn.close()


def sync_services(handle, clock, release_policy=None):
    """ReviewServices whose reads and changes run at once on the calling thread (results arrive at
    once), as the app's would on theirs: a reader and the one operations route over the vault."""
    from app.control.operations import Operations
    from app.policy.rules.pause import PauseState
    from app.ui.review.window import ReviewServices
    from app.vault.operations.store import VaultOperations
    from app.vault.reader import VaultReader

    conn = handle.connect()
    operations = Operations(PauseState(), clock, VaultOperations.direct(conn))
    return ReviewServices(VaultReader(handle, threaded=False), operations, clock,
                          release_policy or ReleasePolicy()), conn


def segment_rows(model, parent):
    """(index, SegmentRow) for the loaded segment rows under `parent`."""
    from app.ui.models.roles import KIND_SEGMENT, Roles

    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(Roles.KIND) == KIND_SEGMENT:
            found.append((index, index.data(Roles.ITEM)))
    return found


def fetch_all(model, parent) -> None:
    while model.canFetchMore(parent):
        model.fetchMore(parent)

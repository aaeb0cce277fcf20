"""Every location Airlock uses, decided in one place.

platformdirs gives the per-user defaults; `--data-dir` or AIRLOCK_DATA_DIR overrides all of
them (tests, portable use). Directories are created 0700 and files 0600 on POSIX.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "AIRLOCK_DATA_DIR"
APP_DIR_NAME = "airlock"
IS_POSIX = os.name == "posix"


@dataclass(frozen=True)
class Paths:
    """The directories of one Airlock profile."""

    data_dir: Path
    log_dir: Path
    run_dir: Path  # sockets, lock files

    @property
    def vault(self) -> Path:
        return self.data_dir / "vault.db"

    @property
    def control_socket(self) -> Path:
        return self.run_dir / "control.sock"

    @property
    def control_token(self) -> Path:
        return self.run_dir / "control.token"

    @property
    def instance_lock(self) -> Path:
        return self.run_dir / "instance.lock"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "airlock.log"

    def ensure(self) -> Paths:
        for directory in (self.data_dir, self.log_dir, self.run_dir):
            make_private_dir(directory)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The paths for this run: an explicit data dir, else the environment, else platformdirs."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return Paths(data_dir=root, log_dir=root / "logs", run_dir=root / "run")
    data = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    logs = Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
    # The runtime dir is per-user tmpfs on Linux; fall back to the data dir where there is none.
    has_runtime = sys.platform.startswith("linux") and os.environ.get("XDG_RUNTIME_DIR")
    runtime = platformdirs.user_runtime_dir(APP_DIR_NAME, appauthor=False) if has_runtime else None
    return Paths(data_dir=data, log_dir=logs, run_dir=Path(runtime) if runtime else data / "run")


def make_private_dir(path: Path) -> None:
    """Create `path` (and parents) readable by this user only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if IS_POSIX:
        os.chmod(path, 0o700)


def make_private_file(path: Path) -> None:
    """Restrict an existing file to this user (no-op off POSIX, where ACLs of the dir apply)."""
    if IS_POSIX and path.exists():
        os.chmod(path, 0o600)

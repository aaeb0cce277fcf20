"""The Linux reader: `/etc/airlock/` holds the signed policy and its trusted keys, nothing else.

Linux configuration management ships files, so on Linux the signed `policy.toml` is the one way IT
sets values; this reader only names the folder (tests point it at a temporary one).
"""

from __future__ import annotations

from pathlib import Path

from app.policy.managed.settings import ManagedSettings

ETC_AIRLOCK = Path("/etc/airlock")


class EtcAirlockStore:
    """A ManagedStore for Linux."""

    def __init__(self, root: Path = ETC_AIRLOCK) -> None:
        self._root = Path(root)

    def read(self) -> ManagedSettings:
        return ManagedSettings(store=str(self._root), policy_dir=self._root)

"""One interface over the OS's managed settings: what IT set, and where each value was read.

Three readers implement `ManagedStore`:

| OS | reader | where |
|---|---|---|
| Linux | `EtcAirlockStore` (etc_dir.py) | `/etc/airlock/` (the signed policy and its keys; no separate values) |
| Windows | `RegistryStore` (registry.py) | `HKLM\\Software\\Policies\\Airlock` (Group Policy, Intune ADMX ingestion) |
| macOS | `ManagedPreferencesStore` (preferences.py) | `/Library/Managed Preferences/org.airlock.Airlock.plist` (MDM) |

Each returns `ManagedSettings`: values in the policy file's vocabulary (what tomllib would give for
the same key), each with the place it was read from, plus the folder where the OS keeps the signed
policy. Only administrators (and MDM/GPO) can write any of these places. A value that cannot be
read as what it claims to be raises PolicyError naming it: nothing is captured on a guess.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from app.core.i18n import QT_TRANSLATE_NOOP

SettingPath = tuple[str, ...]  # into the policy file's structure: ("capture", "jpeg_quality"), ("exclusions",)
STORE_HINT = QT_TRANSLATE_NOOP("Errors", "Ask IT to correct the managed setting (Group Policy, MDM profile or "
                                         "/etc/airlock); "
                                         "nothing is captured until it is valid.")


@dataclass(frozen=True)
class ManagedValue:
    """One value IT set, as the policy file would hold it, and where it was read."""

    value: object
    origin: str


@dataclass(frozen=True)
class ManagedSettings:
    """Everything one store holds. `values` uses paths into the policy file's structure; the
    locating settings (`policy_file`, `trusted_keys_dir`) are top-level paths too."""

    store: str
    policy_dir: Path
    values: Mapping[SettingPath, ManagedValue] = field(default_factory=dict)

    def rule_values(self) -> dict[SettingPath, ManagedValue]:
        """The values that are keys of the policy (not where the policy file is)."""
        return {path: value for path, value in self.values.items() if path not in LOCATING_PATHS}

    def located(self, key: str) -> ManagedValue | None:
        """`policy_file` or `trusted_keys_dir`, if IT set it."""
        return self.values.get((key,))


LOCATING_PATHS = frozenset({("policy_file",), ("trusted_keys_dir",)})


class ManagedStore(Protocol):
    """A reader of one OS's managed settings."""

    def read(self) -> ManagedSettings:
        """The settings present now; PolicyError if one is present but unreadable."""
        ...


def managed_store_for(platform: str = sys.platform) -> ManagedStore:
    """This OS's reader; each platform's module is imported only in its branch."""
    if platform.startswith("win"):
        from app.policy.managed.registry import RegistryStore

        return RegistryStore()
    if platform == "darwin":
        from app.policy.managed.preferences import ManagedPreferencesStore

        return ManagedPreferencesStore()
    from app.policy.managed.etc_dir import EtcAirlockStore

    return EtcAirlockStore()

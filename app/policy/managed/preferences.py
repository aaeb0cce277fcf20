"""The macOS reader: the managed-preferences domain an MDM profile installs for Airlock.

An MDM "custom settings" payload (PayloadType `org.airlock.Airlock`, see
packaging/macos/airlock-settings.mobileconfig) lands in
`/Library/Managed Preferences/org.airlock.Airlock.plist`, which only root and the MDM agent write.
Its keys have the policy file's structure: top-level keys, a dictionary per [section], an array
of dictionaries for exclusions. Keys MDM adds for itself (`Payload…`, `mcx_…`) are ignored; any
other unknown key is refused, as in the policy file.
"""

from __future__ import annotations

import plistlib
from pathlib import Path

from app.core.errors import PolicyError
from app.core.i18n import fill, translate
from app.policy.managed.settings import STORE_HINT, ManagedSettings, ManagedValue, SettingPath
from app.policy.managed.table import SETTINGS, Kind

BUNDLE_ID = "org.airlock.Airlock"  # build.spec's BUNDLE_ID (a test keeps them equal)
MANAGED_PREFERENCES = Path("/Library/Managed Preferences") / f"{BUNDLE_ID}.plist"
MACOS_POLICY_DIR = Path("/Library/Application Support/Airlock")
MAX_PLIST_BYTES = 1_000_000
_MDM_KEYS = ("Payload", "mcx_")


class ManagedPreferencesStore:
    """A ManagedStore for macOS. `path` and `policy_dir` are for tests."""

    def __init__(self, path: Path = MANAGED_PREFERENCES, policy_dir: Path = MACOS_POLICY_DIR) -> None:
        self._path = Path(path)
        self._policy_dir = Path(policy_dir)

    def read(self) -> ManagedSettings:
        data = self._load()
        values: dict[SettingPath, ManagedValue] = {}
        sections = {s.section for s in SETTINGS if s.section}
        for key, value in data.items():
            if key.startswith(_MDM_KEYS):
                continue
            if key in sections and key != "exclusions":
                self._section(key, value, values)
            elif key == "exclusions":
                values[("exclusions",)] = ManagedValue(value, self._origin("exclusions"))
            elif any(s.section == "" and s.key == key for s in SETTINGS):
                values[(key,)] = ManagedValue(value, self._origin(key))
            else:
                self._unknown(key)
        return ManagedSettings(store=str(self._path), policy_dir=self._policy_dir, values=values)

    def _section(self, name: str, table: object, values: dict[SettingPath, ManagedValue]) -> None:
        if not isinstance(table, dict):
            raise PolicyError(fill(translate("Errors", "%1: must be a dictionary of %2 keys"),
                                   self._origin(name), name),
                              translate("Errors", STORE_HINT))
        known = {s.key for s in SETTINGS if s.section == name}
        for key, value in table.items():
            if key not in known:
                self._unknown(f"{name}.{key}")
            setting = next(s for s in SETTINGS if (s.section, s.key) == (name, key))
            if setting.kind is Kind.PAIRS and not isinstance(value, dict):
                raise PolicyError(fill(translate("Errors", "%1: must be a dictionary"), self._origin(name + '.' + key)),
                                  translate("Errors", STORE_HINT))
            values[(name, key)] = ManagedValue(value, self._origin(f"{name}.{key}"))

    def _origin(self, dotted: str) -> str:
        return f"{self._path}: {dotted}"

    def _unknown(self, dotted: str) -> None:
        raise PolicyError(fill(translate("Errors", "%1: unknown key; unknown keys are refused so a typo cannot "
                                                   "loosen a rule"), self._origin(dotted)),
                          translate("Errors", STORE_HINT))

    def _load(self) -> dict[str, object]:
        try:
            with self._path.open("rb") as handle:
                raw = handle.read(MAX_PLIST_BYTES + 1)
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise PolicyError(fill(translate("Errors", "%1: cannot be read (%2)"), self._path, exc.strerror or exc),
                              translate("Errors", STORE_HINT)) from None
        if len(raw) > MAX_PLIST_BYTES:
            raise PolicyError(fill(translate("Errors", "%1: too large (over %2 bytes)"), self._path, MAX_PLIST_BYTES),
                              translate("Errors", STORE_HINT))
        try:
            data = plistlib.loads(raw)
        except (plistlib.InvalidFileException, ValueError, OverflowError) as exc:
            raise PolicyError(fill(translate("Errors", "%1: not a valid property list (%2)"),
                                   self._path, type(exc).__name__),
                              translate("Errors", STORE_HINT)) from None
        if not isinstance(data, dict):
            raise PolicyError(fill(translate("Errors", "%1: must hold a dictionary of settings"), self._path),
                              translate("Errors", STORE_HINT))
        return data

"""The Windows reader: `HKLM\\Software\\Policies\\Airlock`, as the ADMX template writes it.

The only module that imports `winreg`. Layout (table.py is the one description of it):

    Software\\Policies\\Airlock                      top-level keys, policy_file, trusted_keys_dir
    Software\\Policies\\Airlock\\<section>            capture, keystrokes, release, working_hours keys
    Software\\Policies\\Airlock\\keystrokes\\per_app   application = mode
    Software\\Policies\\Airlock\\exclusions\\app_pattern, \\title_pattern   rule name = pattern
    Software\\Policies\\Airlock\\release\\recipients   1, 2, 3... = age recipient

Booleans and whole numbers are REG_DWORD; everything else REG_SZ (numbers as text, since ADMX has
no decimal-fraction element). Environment variables are never expanded: a user can change them.
Only administrators and Group Policy can write under Software\\Policies.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path, PureWindowsPath
from types import TracebackType
from typing import Any, Protocol

from app.core.errors import PolicyError
from app.core.i18n import fill, translate
from app.policy.file import schema
from app.policy.managed.settings import STORE_HINT, ManagedSettings, ManagedValue, SettingPath
from app.policy.managed.table import REGISTRY_ROOT, SETTINGS, Kind, ManagedSetting

HIVE = "HKLM"
DEFAULT_PROGRAM_DATA = r"C:\ProgramData"
_PROFILE_LIST = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList"
_CURRENT_VERSION = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion"


class RegistryKey(Protocol):
    """An open key (winreg's HKEYType): a context manager."""

    def __enter__(self) -> Any: ...

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> bool | None: ...


class Winreg(Protocol):
    """The part of the `winreg` module this reader calls (tests pass a fake with the same shape)."""

    HKEY_LOCAL_MACHINE: int
    KEY_READ: int
    KEY_WOW64_64KEY: int
    REG_SZ: int
    REG_EXPAND_SZ: int
    REG_DWORD: int
    REG_QWORD: int
    REG_MULTI_SZ: int

    def OpenKey(self, key: Any, sub_key: str, reserved: int = ..., access: int = ...) -> RegistryKey: ...  # noqa: N802 - winreg's name

    def EnumValue(self, key: Any, index: int, /) -> tuple[str, Any, int]: ...  # noqa: N802 - winreg's name

    def QueryValueEx(self, key: Any, name: str, /) -> tuple[Any, int]: ...  # noqa: N802 - winreg's name


def _real_winreg() -> Winreg:
    if sys.platform == "win32":
        import winreg

        return winreg  # mypy --platform win32 checks that the real module has the shape above
    raise PolicyError(translate("Errors", "The Windows registry exists only on Windows."),
                      translate("Errors", STORE_HINT))


class RegistryStore:
    """A ManagedStore for Windows. `api` is winreg (a fake in tests, on any OS)."""

    def __init__(self, api: Winreg | None = None) -> None:
        self._api_factory: Callable[[], Winreg] = (lambda: api) if api is not None else _real_winreg

    def read(self) -> ManagedSettings:
        api = self._api_factory()
        keys = {setting.registry_key for setting in SETTINGS} | {REGISTRY_ROOT}
        raw = {key: _values(api, key) for key in sorted(keys)}
        values: dict[SettingPath, ManagedValue] = {}
        for setting in SETTINGS:
            if setting.kind in (Kind.LIST, Kind.PAIRS):
                continue
            found = raw[setting.registry_key].get(setting.key)
            if found is not None:
                origin = f"{HIVE}\\{setting.registry_key}\\{setting.key}"
                path = (setting.key,) if not setting.section else (setting.section, setting.key)
                values[path] = ManagedValue(_scalar(setting, found, origin), origin)
        _unknown_values(raw)
        _lists(raw, values)
        return ManagedSettings(store=f"{HIVE}\\{REGISTRY_ROOT}", policy_dir=_policy_dir(api), values=values)


def _values(api: Winreg, key: str) -> dict[str, tuple[Any, int]]:
    """name -> (data, type) of every value under HKLM\\key; {} when the key does not exist."""
    found: dict[str, tuple[Any, int]] = {}
    try:
        with api.OpenKey(api.HKEY_LOCAL_MACHINE, key, 0, api.KEY_READ | api.KEY_WOW64_64KEY) as handle:
            index = 0
            while True:
                try:
                    name, data, kind = api.EnumValue(handle, index)
                except OSError:  # ERROR_NO_MORE_ITEMS ends the enumeration
                    return found
                found[name] = (data, kind)
                index += 1
    except FileNotFoundError:
        return found
    except OSError as exc:
        raise PolicyError(fill(translate("Errors", "%1: cannot be read (%2)"), f"{HIVE}\\{key}", exc.strerror or exc),
                          translate("Errors", STORE_HINT)) from None


def _text(api_kind: int, data: Any, origin: str) -> str:
    if isinstance(data, str):
        return data
    raise PolicyError(fill(translate("Errors", "%1: must be a string value (REG_SZ), got registry type %2"),
                           origin, api_kind),
                      translate("Errors", STORE_HINT))


def _scalar(setting: ManagedSetting, found: tuple[Any, int], origin: str) -> object:
    """A registry value as the policy file would hold it (the schema then validates it)."""
    data, kind = found
    if setting.kind is Kind.FLAG:
        if isinstance(data, int) and not isinstance(data, bool) and data in (0, 1):
            return bool(data)
        raise PolicyError(fill(translate("Errors", "%1: must be a DWORD 1 (on) or 0 (off), got %2"),
                               origin, repr(data)),
                          translate("Errors", STORE_HINT))
    if setting.kind is Kind.WHOLE:
        if isinstance(data, int) and not isinstance(data, bool):
            return data
        if isinstance(data, str) and data.strip().isdigit():
            return int(data.strip())
        raise PolicyError(fill(translate("Errors", "%1: must be a DWORD (a whole number), got %2"), origin, repr(data)),
                          translate("Errors", STORE_HINT))
    if setting.kind is Kind.CHOICE:
        return _text(kind, data, origin)
    return text_as_policy_value(setting, data if isinstance(data, int) else _text(kind, data, origin), origin)


def text_as_policy_value(setting: ManagedSetting, data: str | int, origin: str) -> object:
    """A text value read as the schema's kind: a number, a list of weekdays, or the string itself."""
    spec = _field(setting)
    kind = spec.kind if spec is not None else "string"
    if isinstance(data, int):
        return data
    if kind == "number":
        try:
            return float(data.strip())
        except ValueError:
            raise PolicyError(fill(translate("Errors", "%1: must be a number (e.g. 30 or 0.5), got %2"),
                                   origin, repr(data)),
                              translate("Errors", STORE_HINT)) from None
    if kind == "list of integers":
        try:
            return [int(part) for part in data.replace(" ", "").split(",") if part]
        except ValueError:
            raise PolicyError(fill(translate("Errors", "%1: must list numbers separated by commas (e.g. 1,2,3), got "
                                                       "%2"), origin, repr(data)),
                              translate("Errors", STORE_HINT)) from None
    return data


def _field(setting: ManagedSetting) -> schema.FieldSpec | None:
    section = next((s for s in schema.SECTIONS if s.name == setting.section), None)
    return section.field(setting.key) if section is not None else None


def _unknown_values(raw: Mapping[str, Mapping[str, tuple[Any, int]]]) -> None:
    """A value name the template does not define is refused, as an unknown key in the file is."""
    for setting_key, found in raw.items():
        if any(s.registry_key == setting_key and s.kind in (Kind.LIST, Kind.PAIRS) for s in SETTINGS):
            continue  # names are data there (application, rule name, 1, 2...)
        known = {s.key for s in SETTINGS if s.registry_key == setting_key and s.kind not in (Kind.LIST, Kind.PAIRS)}
        for name in found:
            if name not in known:
                raise PolicyError(fill(translate("Errors", "%1: unknown value; unknown keys are refused so a typo "
                                                           "cannot loosen a rule"), f"{HIVE}\\{setting_key}\\{name}"),
                                  translate("Errors", STORE_HINT))


def _lists(raw: Mapping[str, Mapping[str, tuple[Any, int]]], values: dict[SettingPath, ManagedValue]) -> None:
    """Lists (recipients, scan words: 1, 2, ... = entry), keystroke modes per application and
    exclusion rules (subkeys of name = data)."""
    by_key = {(s.section, s.key): s for s in SETTINGS if s.kind in (Kind.LIST, Kind.PAIRS)}
    for listed in (s for s in SETTINGS if s.kind is Kind.LIST):
        found = raw[listed.registry_key]
        if found:
            origin = f"{HIVE}\\{listed.registry_key}"
            ordered = sorted(found.items(),
                             key=lambda item: (not item[0].isdigit(), int(item[0]) if item[0].isdigit() else 0))
            values[(listed.section, listed.key)] = ManagedValue([_text(k, d, f"{origin}\\{n}") for n, (d, k) in ordered],
                                                               origin)
    per_app = by_key[("keystrokes", "per_app")]
    if raw[per_app.registry_key]:
        origin = f"{HIVE}\\{per_app.registry_key}"
        modes = {name: _text(k, d, f"{origin}\\{name}") for name, (d, k) in raw[per_app.registry_key].items()}
        values[("keystrokes", "per_app")] = ManagedValue(modes, origin)
    rules: dict[str, dict[str, str]] = {}
    for pattern in ("app_pattern", "title_pattern"):
        setting = by_key[("exclusions", pattern)]
        for name, (data, kind) in raw[setting.registry_key].items():
            rule = rules.setdefault(name, {"name": name})
            rule[pattern] = _text(kind, data, f"{HIVE}\\{setting.registry_key}\\{name}")
    if rules:
        values[("exclusions",)] = ManagedValue(list(rules.values()), f"{HIVE}\\{REGISTRY_ROOT}\\exclusions")


def _policy_dir(api: Winreg) -> Path:
    """%ProgramData%\\Airlock, read from the machine registry: a user can change environment
    variables (and so point Airlock at a folder they control), not HKLM."""
    program_data = _machine_value(api, _PROFILE_LIST, "ProgramData") or DEFAULT_PROGRAM_DATA
    if "%SystemDrive%" in program_data:  # stored as REG_EXPAND_SZ "%SystemDrive%\\ProgramData"
        system_root = _machine_value(api, _CURRENT_VERSION, "SystemRoot") or "C:\\Windows"
        program_data = program_data.replace("%SystemDrive%", PureWindowsPath(system_root).drive or "C:")
    if "%" in program_data:
        program_data = DEFAULT_PROGRAM_DATA  # another variable: never expanded from the environment
    return Path(str(PureWindowsPath(program_data) / "Airlock"))  # str(): a Windows path read on any OS stays one


def _machine_value(api: Winreg, key: str, name: str) -> str | None:
    try:
        with api.OpenKey(api.HKEY_LOCAL_MACHINE, key, 0, api.KEY_READ | api.KEY_WOW64_64KEY) as handle:
            value, _ = api.QueryValueEx(handle, name)
    except OSError:
        return None
    return value if isinstance(value, str) and value else None

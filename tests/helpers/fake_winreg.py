"""A stand-in for the `winreg` module: the calls RegistryStore makes, with winreg's behaviour.

Keys are paths under HKLM ("Software\\Policies\\Airlock\\capture"); each holds name -> (data,
type). OpenKey of a missing key raises FileNotFoundError, EnumValue past the end raises OSError
(ERROR_NO_MORE_ITEMS), QueryValueEx of a missing name raises FileNotFoundError — as winreg does.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

HKEY_LOCAL_MACHINE = 0x80000002
KEY_READ = 0x20019
KEY_WOW64_64KEY = 0x0100
REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_MULTI_SZ, REG_QWORD = 1, 2, 4, 7, 11


class _Handle:
    def __init__(self, values: dict[str, tuple[Any, int]]) -> None:
        self.values = values
        self.closed = False

    def __enter__(self) -> _Handle:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> bool | None:
        self.closed = True
        return None


class FakeWinreg:
    """winreg over a dict of keys. `opened` records every (key, access) asked for."""

    HKEY_LOCAL_MACHINE = HKEY_LOCAL_MACHINE
    KEY_READ = KEY_READ
    KEY_WOW64_64KEY = KEY_WOW64_64KEY
    REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_MULTI_SZ, REG_QWORD = REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_MULTI_SZ, REG_QWORD

    def __init__(self, keys: dict[str, dict[str, tuple[Any, int]]] | None = None) -> None:
        self.keys = {name.lower(): values for name, values in (keys or {}).items()}
        self.opened: list[tuple[str, int]] = []

    def set(self, key: str, name: str, data: Any, kind: int) -> None:
        self.keys.setdefault(key.lower(), {})[name] = (data, kind)

    def OpenKey(self, key: Any, sub_key: str, reserved: int = 0, access: int = KEY_READ) -> _Handle:
        assert key == HKEY_LOCAL_MACHINE, "Airlock reads machine policy only"
        assert reserved == 0
        self.opened.append((sub_key, access))
        try:
            return _Handle(self.keys[sub_key.lower()])  # registry key names are case-insensitive
        except KeyError:
            raise FileNotFoundError(2, "The system cannot find the file specified") from None

    def EnumValue(self, key: _Handle, index: int, /) -> tuple[str, Any, int]:
        assert not key.closed
        items = list(key.values.items())
        if index >= len(items):
            raise OSError(259, "No more data is available")
        name, (data, kind) = items[index]
        return name, data, kind

    def QueryValueEx(self, key: _Handle, name: str, /) -> tuple[Any, int]:
        try:
            return key.values[name]
        except KeyError:
            raise FileNotFoundError(2, "The system cannot find the file specified") from None

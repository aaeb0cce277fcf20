"""Key stores that stand in for the OS keyring in tests: one that keeps secrets in memory, one
that refuses every access as a dead keyring would."""

from __future__ import annotations

import threading

from app.core.errors import KeyringUnavailable


class MemoryKeyStore:
    """An in-memory key store (the same contract as KeyringKeyStore)."""

    def __init__(self) -> None:
        self._secrets: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def get(self, name: str) -> bytes | None:
        with self._lock:
            return self._secrets.get(name)

    def set(self, name: str, value: bytes) -> None:
        with self._lock:
            self._secrets[name] = bytes(value)

    def delete(self, name: str) -> None:
        with self._lock:
            self._secrets.pop(name, None)


class UnavailableKeyStore:
    """Stands in when no secure keyring exists: every access refuses with the reason."""

    def __init__(self, error: KeyringUnavailable) -> None:
        self._error = error

    def get(self, name: str) -> bytes | None:
        raise self._error

    def set(self, name: str, value: bytes) -> None:
        raise self._error

    def delete(self, name: str) -> None:
        raise self._error

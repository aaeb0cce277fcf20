"""Secrets (the vault key, the device signing key) live in the OS keyring, never on disk.

This is the only module that imports `keyring`. Backends that are not secure — keyring's `fail`
and `null` backends and the plaintext/obfuscated file backends of keyrings.alt — are refused:
Airlock then does not capture and says why (DESIGN.md principle 3: fail closed and say so).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.core.errors import KeyringUnavailable
from app.core.i18n import fill, translate

SERVICE_NAME = "airlock"

# Modules whose backends keep secrets in plaintext or nowhere at all.
_REFUSED_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

def _fix_hint() -> str:
    return translate("Errors", "Airlock keeps its encryption key in the system keyring and will not capture without "
                     "one. On Linux, run a Secret Service provider (GNOME Keyring or KWallet) and unlock it; "
                     "check with `airlock doctor`.")


class KeyStore(Protocol):
    """Named binary secrets for one Airlock profile."""

    def get(self, name: str) -> bytes | None: ...

    def set(self, name: str, value: bytes) -> None: ...

    def delete(self, name: str) -> None: ...


@dataclass(frozen=True)
class BackendReport:
    """Which keyring backend is active and whether Airlock accepts it."""

    name: str
    accepted: bool
    reason: str


def profile_id(data_dir: Path) -> str:
    """A stable short id for a data dir, so separate profiles never share a key."""
    return hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]


def describe_backend() -> BackendReport:
    """Inspect the active keyring backend without reading any secret."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend

        backend = keyring.get_keyring()
        backends = backend.backends if isinstance(backend, ChainerBackend) else [backend]
    except Exception as exc:  # noqa: BLE001 - keyring raises many kinds while probing D-Bus etc.
        return BackendReport("unavailable", False, fill(translate("Errors", "the keyring could not be loaded (%1)"),
                                                                  type(exc).__name__))
    if not backends:
        return BackendReport("none", False, translate("Errors", "no keyring backend is available"))
    first = backends[0]
    name = f"{type(first).__module__}.{type(first).__name__}"
    if type(first).__module__.startswith(_REFUSED_MODULE_PREFIXES):
        return BackendReport(name, False, translate("Errors", "this keyring backend does not keep secrets safe"))
    return BackendReport(name, True, translate("Errors", "secure OS keyring"))


class KeyringKeyStore:
    """The OS keyring, scoped to one profile (data dir)."""

    def __init__(self, data_dir: Path, service: str = SERVICE_NAME) -> None:
        self._service = service
        self._prefix = profile_id(data_dir)
        self._checked = False

    def _username(self, name: str) -> str:
        return f"{self._prefix}:{name}"

    def _require_secure_backend(self) -> None:
        if self._checked:
            return
        report = describe_backend()
        if not report.accepted:
            raise KeyringUnavailable(translate("Errors", "Not capturing: %1 (%2).").replace(
                "%1", report.reason).replace("%2", report.name), _fix_hint())
        self._checked = True

    def get(self, name: str) -> bytes | None:
        self._require_secure_backend()
        import keyring

        try:
            stored = keyring.get_password(self._service, self._username(name))
        except Exception as exc:  # noqa: BLE001 - InitError "Prompt dismissed", D-Bus gone, locked collection...
            raise _unavailable(exc) from None
        return None if stored is None else base64.b64decode(stored)

    def set(self, name: str, value: bytes) -> None:
        self._require_secure_backend()
        import keyring

        try:
            keyring.set_password(self._service, self._username(name), base64.b64encode(value).decode())
        except Exception as exc:  # noqa: BLE001 - every keyring failure means: no key store
            raise _unavailable(exc) from None

    def delete(self, name: str) -> None:
        self._require_secure_backend()
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(self._service, self._username(name))
        except PasswordDeleteError:
            pass  # already gone
        except Exception as exc:  # noqa: BLE001 - every keyring failure means: no key store
            raise _unavailable(exc) from None


def _unavailable(exc: Exception) -> KeyringUnavailable:
    # The exception text may name the collection or the dismissed prompt; never the secret.
    return KeyringUnavailable(translate("Errors", "Not capturing: the keyring refused access (%1).").replace(
        "%1", f"{type(exc).__name__}: {exc}"), _fix_hint())

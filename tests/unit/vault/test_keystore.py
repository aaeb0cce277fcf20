"""Key storage: secure backends accepted, insecure ones refused with a message, never a traceback."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import InitError

from app.core.errors import KeyringUnavailable
from app.vault.keystore import KeyringKeyStore, describe_backend, profile_id
from tests.helpers.keystore import MemoryKeyStore


class _SecureFake(KeyringBackend):
    """Stands in for an OS keyring (a dict), with a priority like SecretService."""

    priority = 5

    def __init__(self):
        super().__init__()
        self.store = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


class _PlaintextFake(_SecureFake):
    pass


_PlaintextFake.__module__ = "keyrings.alt.file"  # what keyrings.alt's PlaintextKeyring reports


class _DismissedPrompt(_SecureFake):
    def get_password(self, service, username):
        raise InitError("Prompt dismissed.")


@pytest.fixture
def active_backend():
    previous = keyring.get_keyring()

    def use(backend):
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(previous)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), _PlaintextFake()], ids=["fail", "null", "plaintext"])
def test_insecure_backends_are_refused_with_the_reason(active_backend, backend, tmp_path):
    active_backend(backend)
    report = describe_backend()
    assert not report.accepted
    with pytest.raises(KeyringUnavailable) as caught:
        KeyringKeyStore(tmp_path).get("vault-key")
    assert "Not capturing" in caught.value.message
    assert "keyring" in caught.value.hint.lower()


def test_a_secure_backend_is_accepted_and_keeps_bytes(active_backend, tmp_path):
    backend = active_backend(_SecureFake())
    assert describe_backend().accepted
    store = KeyringKeyStore(tmp_path)
    store.set("vault-key", bytes(range(32)))
    assert store.get("vault-key") == bytes(range(32))
    # stored under our service, scoped to this profile, and not as raw bytes
    ((service, username),) = backend.store
    assert service == "airlock" and username == f"{profile_id(tmp_path)}:vault-key"
    store.delete("vault-key")
    assert store.get("vault-key") is None


def test_profiles_do_not_share_keys(active_backend, tmp_path):
    active_backend(_SecureFake())
    KeyringKeyStore(tmp_path / "a").set("vault-key", b"a" * 32)
    assert KeyringKeyStore(tmp_path / "b").get("vault-key") is None


def test_a_dismissed_prompt_is_a_known_error(active_backend, tmp_path):
    active_backend(_DismissedPrompt())
    with pytest.raises(KeyringUnavailable) as caught:
        KeyringKeyStore(tmp_path).get("vault-key")
    assert "Prompt dismissed" in caught.value.message


def test_memory_keystore_round_trip():
    store = MemoryKeyStore()
    assert store.get("k") is None
    store.set("k", b"v")
    assert store.get("k") == b"v"
    store.delete("k")
    store.delete("k")
    assert store.get("k") is None

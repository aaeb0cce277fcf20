"""What every command handler is given: the paths of this profile and factories for the rest."""

from __future__ import annotations

import argparse
import os
from functools import cached_property
from typing import TYPE_CHECKING

from app.core.clock import SystemClock
from app.core.paths import Paths, resolve_paths
from app.vault.keystore import KeyringKeyStore, KeyStore

if TYPE_CHECKING:  # the policy modules are imported when a command asks for the policy
    from app.policy.managed.effective import ResolvedPolicy
    from app.policy.managed.settings import ManagedStore
    from app.policy.model import Policy


class CommandContext:
    """Built once per run in app/main.py; nothing here is global."""

    def __init__(self, args: argparse.Namespace, managed_store: ManagedStore | None = None) -> None:
        self.args = args
        self._managed_store = managed_store  # None: this OS's (tests pass a fake registry or plist)
        self.paths: Paths = resolve_paths(getattr(args, "data_dir", None))
        self.clock = SystemClock()

    def keystore(self) -> KeyStore:
        return KeyringKeyStore(self.paths.data_dir)

    @cached_property
    def _resolved(self) -> ResolvedPolicy:
        from app.policy.managed.effective import resolve_policy

        return resolve_policy(self.paths, getattr(self.args, "policy", None), os.environ, self._managed_store)

    def resolved_policy(self) -> ResolvedPolicy:
        """The effective policy with where each setting came from (managed store, file, default)."""
        return self._resolved

    def policy(self) -> Policy:
        """The effective policy (managed, or --policy, or the built-in default); PolicyError if bad."""
        return self._resolved.policy

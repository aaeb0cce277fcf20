"""What every command handler is given: the paths of this profile and factories for the rest."""

from __future__ import annotations

import argparse
import os
from functools import cached_property

from app.core.clock import SystemClock
from app.core.paths import Paths, resolve_paths
from app.vault.keystore import KeyringKeyStore, KeyStore


class CommandContext:
    """Built once per run in app/main.py; nothing here is global."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.paths: Paths = resolve_paths(getattr(args, "data_dir", None))
        self.clock = SystemClock()

    def keystore(self) -> KeyStore:
        return KeyringKeyStore(self.paths.data_dir)

    @cached_property
    def _policy(self):
        from app.policy.file.location import load_effective_policy

        return load_effective_policy(self.paths, getattr(self.args, "policy", None), os.environ)

    def policy(self):
        """The effective policy (managed, or --policy, or the built-in default); PolicyError if bad."""
        return self._policy

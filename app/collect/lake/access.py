"""Nothing public: the collector refuses to write into a lake that anyone may read.

On S3 it asks the bucket as anyone (no credentials: list, and read an object it just wrote) and
reads the bucket's policy status and ACL where the store has them; any way in is named. On a
local path, the lake's folder must not be open to other accounts. It also refuses an object store
that ignores conditional writes: without them concurrent collectors would overwrite each other's
commits (docs/deploying.md).
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from typing import Protocol

from app.collect.lake.objects import CONTROL
from app.core.errors import KnownError
from app.core.i18n import fill, translate

# Each run probes with names of its own: two collectors starting at once must not delete or
# pre-create each other's probe (a second create of a shared name looked like a store that works).
PROBE = f"{CONTROL}probe-anonymous-read"
CONDITIONAL_PROBE = f"{CONTROL}probe-conditional-write"


def _own(name: str) -> str:
    return f"{name}-{secrets.token_hex(6)}"


class BucketChecks(Protocol):
    description: str

    def public_read_findings(self, probe: str) -> list[str]: ...

    def honours_conditional_writes(self, name: str) -> bool: ...


def refuse_public_bucket(bucket: BucketChecks, bucket_name: str) -> None:
    """KnownError naming every way `bucket_name` lets anyone read, if there is one."""
    findings = bucket.public_read_findings(_own(PROBE))
    if findings:
        raise KnownError(
            fill(translate("Errors", "The lake bucket %1 allows anonymous read: %2. Nothing was written into it."),
                 repr(bucket_name), '; '.join(findings)),
            translate("Errors", "Remove the public bucket policy or ACL (docs/deploying.md gives the lake's bucket "
                                "policy: only the collector role writes it, only the training role reads it)."))


def refuse_unconditional_store(bucket: BucketChecks) -> None:
    if not bucket.honours_conditional_writes(_own(CONDITIONAL_PROBE)):
        raise KnownError(
            fill(translate("Errors", "The object store of %1 ignores conditional writes (If-None-Match), so "
                                     "concurrent collectors could overwrite each other's Delta commits."),
                 bucket.description),
            translate("Errors", "Use a store that supports conditional writes (AWS S3, SeaweedFS, MinIO, Cloudflare "
                                "R2); the collector's shard leases need them as well as the Delta commits "
                                "(docs/deploying.md)."))


def refuse_open_folder(root: Path) -> None:
    """A local lake must be private to the collector's account (created 0700)."""
    if os.name != "posix" or not root.exists():
        return
    mode = stat.S_IMODE(root.stat().st_mode)
    if mode & 0o007:
        raise KnownError(fill(translate("Errors", "The lake folder %1 can be read by every account on this machine "
                                                  "(mode %2). Nothing was written into it."), root, format(mode, 'o')),
                         fill(translate("Errors", "Make it private: chmod 700 %1"), root))

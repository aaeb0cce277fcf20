"""The signed record every run leaves in the lake: `_airlock/runs/<day>/<run-id>-<shard>.json`.

It says what the run did — bundles read, rows added per table, withdrawals honoured, batches
committed or rolled back, table versions — and never any content. It is signed with the
collector's Ed25519 key (`airlock keys collector-key`), over the same canonical JSON the devices
sign, so an auditor can check a lake's history with the collector's public key alone.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.bundle.signing import DeviceSigner, SignatureRejected, TrustedDevices, key_id_of, raw_public, verify_signed
from app.collect.lake.objects import CONTROL, LakeObjects
from app.core.errors import KnownError
from app.core.i18n import fill, translate

RUN_LOG_DOMAIN = b"airlock-collector-run-log-v1\n"
RUN_LOG_FORMAT = "airlock-run-log-v1"
RUNS = f"{CONTROL}runs/"


def load_signing_key(path: Path) -> DeviceSigner:
    """The collector's private key (PEM, Ed25519) as a signer."""
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise KnownError(fill(translate("Errors", "%1: cannot read the collector's signing key (%2)."),
                              path, exc.strerror),
                         translate("Errors", "Create one with `airlock keys collector-key --out DIR`.")) from None
    except (ValueError, TypeError):
        raise KnownError(fill(translate("Errors", "%1: not a PEM private key."), path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KnownError(fill(translate("Errors", "%1: not an Ed25519 private key."), path))
    return DeviceSigner(key)


def write_run_log(objects: LakeObjects, signer: DeviceSigner, fields: dict[str, Any]) -> str:
    """Sign `fields` and store them; the object name."""
    document = signer.signed(RUN_LOG_DOMAIN, {"format": RUN_LOG_FORMAT, **fields})
    day = time.strftime("%Y-%m-%d", time.gmtime(float(fields.get("finished", time.time()))))
    shard = str(fields.get("shard", "0/1")).replace("/", "-of-")
    name = f"{RUNS}{day}/{fields['run_id']}-{shard}.json"  # one per worker of the run
    objects.put(name, json.dumps(document, indent=1, sort_keys=True).encode(), if_absent=True)
    return name


def verify_run_log(data: bytes, public_key: Ed25519PublicKey) -> dict[str, Any]:
    """The run log's fields if it is signed by `public_key`; SignatureRejected otherwise."""
    document = json.loads(data)
    trusted = TrustedDevices({key_id_of(raw_public(public_key)): public_key})
    verify_signed(document, RUN_LOG_DOMAIN, trusted)
    if document.get("format") != RUN_LOG_FORMAT:
        raise SignatureRejected("it is not a run log")
    return document

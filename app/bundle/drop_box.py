"""Object names in the drop box (a folder or an S3 prefix), shared by the release and the collector.

Every device writes only below its own folder, named by its device id (the key id of its signing
key), so the store's permissions can give each device's credentials that folder and nothing else:

    <device-id>/bundles/<bundle-id>.age            the sealed bundle
    <device-id>/bundles/<bundle-id>.envelope.json  its signed envelope (hashes, device key; no content)
    <device-id>/withdrawals/<bundle-id>.json       a signed withdrawal notice

Writing the envelope last means a bundle without one is still in transit, and the collector waits.
The collector accepts an object only when the device that signed it is the device its folder names.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

BUNDLES = "bundles/"
WITHDRAWALS = "withdrawals/"
SEALED_SUFFIX = ".age"
ENVELOPE_SUFFIX = ".envelope.json"
NOTICE_SUFFIX = ".json"
DEVICE_ID = re.compile(r"^[0-9a-f]{16}$")  # signing.key_id_of: 16 hex digits of the key's sha256
BUNDLE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


class ObjectKind(str, enum.Enum):
    SEALED = "sealed"
    ENVELOPE = "envelope"
    NOTICE = "notice"


@dataclass(frozen=True)
class DropName:
    """What an object name says: whose folder, which kind, which bundle."""

    device_id: str
    kind: ObjectKind
    bundle_id: str


def device_folder(device_id: str) -> str:
    return f"{device_id}/"


def sealed_name(device_id: str, bundle_id: str) -> str:
    return f"{device_id}/{BUNDLES}{bundle_id}{SEALED_SUFFIX}"


def envelope_name(device_id: str, bundle_id: str) -> str:
    return f"{device_id}/{BUNDLES}{bundle_id}{ENVELOPE_SUFFIX}"


def withdrawal_name(device_id: str, bundle_id: str) -> str:
    return f"{device_id}/{WITHDRAWALS}{bundle_id}{NOTICE_SUFFIX}"


def parse_name(name: str) -> DropName | None:
    """The parts of a drop-box object name, or None for anything that is not one."""
    device_id, _, rest = name.partition("/")
    if not DEVICE_ID.match(device_id):
        return None
    for folder, suffix, kind in ((BUNDLES, ENVELOPE_SUFFIX, ObjectKind.ENVELOPE),
                                 (BUNDLES, SEALED_SUFFIX, ObjectKind.SEALED),
                                 (WITHDRAWALS, NOTICE_SUFFIX, ObjectKind.NOTICE)):
        if rest.startswith(folder) and rest.endswith(suffix):
            bundle_id = rest[len(folder):-len(suffix)]
            if BUNDLE_ID.match(bundle_id) and not bundle_id.endswith(".envelope"):
                return DropName(device_id, kind, bundle_id)
            return None
    return None


@dataclass(frozen=True)
class ListedObject:
    """One object as the drop box lists it.

    `size` is None where the store does not say. `replaced` is True when the store kept an earlier
    version of the object (a versioned bucket): readers get that first version, and later writes to
    the same name are ignored and reported.
    """

    name: str
    size: int | None = None
    replaced: bool = False

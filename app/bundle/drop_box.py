"""Object names in the drop box (a folder or an S3 prefix), shared by the release and the collector.

    bundles/<bundle-id>.age            the sealed bundle
    bundles/<bundle-id>.envelope.json  its signed envelope (hashes, device key; no content)
    withdrawals/<bundle-id>.json       a signed withdrawal notice

Writing the envelope last means a bundle without one is still in transit, and the collector waits.
"""

from __future__ import annotations

BUNDLES = "bundles/"
WITHDRAWALS = "withdrawals/"
SEALED_SUFFIX = ".age"
ENVELOPE_SUFFIX = ".envelope.json"
NOTICE_SUFFIX = ".json"


def sealed_name(bundle_id: str) -> str:
    return f"{BUNDLES}{bundle_id}{SEALED_SUFFIX}"


def envelope_name(bundle_id: str) -> str:
    return f"{BUNDLES}{bundle_id}{ENVELOPE_SUFFIX}"


def withdrawal_name(bundle_id: str) -> str:
    return f"{WITHDRAWALS}{bundle_id}{NOTICE_SUFFIX}"

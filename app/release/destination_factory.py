"""Opening the destination a policy names (the composition root calls this)."""

from __future__ import annotations

from app.policy.model import ReleasePolicy
from app.release.destinations import Destination, S3Location, UploadJournal, parse_destination
from app.release.folder_destination import FolderDestination
from app.release.s3_destination import DEFAULT_PART_SIZE, S3Destination, credentials_from_store
from app.release.throttle import kbps_to_bytes_per_second


def open_destination(policy: ReleasePolicy, secrets, journal: UploadJournal,
                     part_size: int = DEFAULT_PART_SIZE) -> Destination:
    """A folder or S3 destination for `policy.destination`; S3 credentials come from `secrets`
    (the key store). Nothing is contacted until the first request."""
    where = parse_destination(policy.destination)
    if not isinstance(where, S3Location):
        return FolderDestination(where)
    rate = kbps_to_bytes_per_second(policy.bandwidth_kbps) if policy.bandwidth_kbps else None
    return S3Destination(where, journal, endpoint=policy.s3_endpoint, region=policy.s3_region,
                         credentials=credentials_from_store(secrets), bytes_per_second=rate, part_size=part_size)

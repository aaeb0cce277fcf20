"""The drop box as docs/deploying.md sets it up, against a real SeaweedFS (issue 21).

Two devices, each with the identity the guide prescribes (Write on its own folder only) in a
bucket with Object Lock and the guide's bucket policy, release real bundles through the release
service. Then device A, holding only its own credentials, tries everything a hostile device would:
listing, reading, replacing and deleting B's objects and its own. The collector (the guide's
collector identity) must then collect both bundles exactly as they were uploaded.

SeaweedFS cannot be told to refuse a write without `If-None-Match` (AWS can: see the guide), so a
replacing PUT without it is accepted as a new version; the drill shows that the first version is
what stays, what the collector reads and that it reports the later write.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import botocore.exceptions
import pytest

from app.bundle.drop_box import envelope_name, sealed_name
from app.bundle.signing import DeviceSigner
from app.collect.collector import REPLACED_NOTE, Collector, CollectStatus
from app.collect.folder_writer import FolderDatasetWriter
from app.release.destinations import MemoryJournal, S3Location
from app.release.s3_destination import S3Credentials, S3Destination
from tests.drills.collector_rig import Device, Org, trusted
from tests.e2e.harness.seaweed import DropBox, SeaweedS3
from tests.helpers.keystore import MemoryKeyStore

pytestmark = pytest.mark.e2e

PREFIX = "airlock"
REFUSED = ("AccessDenied", "403", "Forbidden")


@pytest.fixture(scope="module")
def drop_box(tmp_path_factory):
    stores = {name: MemoryKeyStore() for name in "ab"}
    ids = {name: DeviceSigner.load_or_create(store).device_id for name, store in stores.items()}
    server = SeaweedS3(tmp_path_factory.mktemp("seaweed-identities"), drop_box=DropBox(PREFIX, list(ids.values())))
    root = Path(tempfile.mkdtemp(prefix="airlock-identities-", dir="/dev/shm"))
    org = Org()

    def s3_destination(signer: DeviceSigner):
        keys = server.drop_box.device_keys[signer.device_id]
        return (S3Destination(S3Location(server.bucket, f"{PREFIX}/"), MemoryJournal(), endpoint=server.endpoint,
                              credentials=S3Credentials(keys.access_key, keys.secret_key)),
                f"s3://{server.bucket}/{PREFIX}")
    devices: dict[str, Device] = {}
    try:  # the server stops and the devices close even when setting them up fails
        server.start()
        for name in "ab":
            devices[name] = Device(root / name, org, f"Device {name}", store=stores[name], destination=s3_destination)
        yield server, org, devices["a"], devices["b"]
    finally:
        for device in devices.values():
            device.close()
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def _refused(call) -> str:
    with pytest.raises(botocore.exceptions.ClientError) as refused:
        call()
    code = str(refused.value.response["Error"]["Code"])
    assert code in REFUSED, code
    return code


def _collector_source(server: SeaweedS3) -> S3Destination:
    keys = server.drop_box.collector
    return S3Destination(S3Location(server.bucket, f"{PREFIX}/"), MemoryJournal(), endpoint=server.endpoint,
                         credentials=S3Credentials(keys.access_key, keys.secret_key))


def test_a_device_can_put_into_its_own_folder_and_do_nothing_else(drop_box, tmp_path):
    server, org, a, b = drop_box
    bucket, keys = server.bucket, server.drop_box.device_keys
    as_a = server.client(keys[a.id])
    own, other = f"{PREFIX}/{sealed_name(a.id, a.bundle_id)}", f"{PREFIX}/{sealed_name(b.id, b.bundle_id)}"
    admin = server.client(server.admin)
    originals = {key: admin.get_object(Bucket=bucket, Key=key)["Body"].read() for key in (own, other)}

    # Both devices' uploads arrived where the guide says, through the release service.
    assert sorted(server.keys()) == sorted(f"{PREFIX}/{name(d.id, d.bundle_id)}" for d in (a, b)
                                                  for name in (sealed_name, envelope_name))
    # A may not list, read, replace or delete B's objects…
    _refused(lambda: as_a.list_objects_v2(Bucket=bucket, Prefix=f"{PREFIX}/"))
    _refused(lambda: as_a.list_objects_v2(Bucket=bucket, Prefix=f"{PREFIX}/{b.id}/"))
    _refused(lambda: as_a.get_object(Bucket=bucket, Key=other))
    _refused(lambda: as_a.put_object(Bucket=bucket, Key=other, Body=b"replaced"))
    _refused(lambda: as_a.put_object(Bucket=bucket, Key=f"{PREFIX}/{b.id}/bundles/new.age", Body=b"x"))
    _refused(lambda: as_a.delete_object(Bucket=bucket, Key=other))
    _refused(lambda: as_a.copy_object(Bucket=bucket, Key=f"{PREFIX}/{a.id}/bundles/copy.age",
                                      CopySource={"Bucket": bucket, "Key": other}))
    # …nor list, read or delete its own once uploaded (nor remove an earlier version)…
    _refused(lambda: as_a.list_objects_v2(Bucket=bucket, Prefix=f"{PREFIX}/{a.id}/"))
    _refused(lambda: as_a.get_object(Bucket=bucket, Key=own))
    _refused(lambda: as_a.delete_object(Bucket=bucket, Key=own))
    versions = admin.list_object_versions(Bucket=bucket, Prefix=own)["Versions"]
    _refused(lambda: as_a.delete_object(Bucket=bucket, Key=own, VersionId=versions[0]["VersionId"]))
    # …and a create-only write (what Airlock sends) to its own name is refused by the store.
    with pytest.raises(botocore.exceptions.ClientError, match="PreconditionFailed"):
        as_a.put_object(Bucket=bucket, Key=own, Body=b"replaced", IfNoneMatch="*")
    # A plain PUT to its own name: SeaweedFS keeps it as a new version; the first one stays.
    as_a.put_object(Bucket=bucket, Key=own, Body=b"replaced")
    first = admin.list_object_versions(Bucket=bucket, Prefix=own)["Versions"][-1]
    assert admin.get_object(Bucket=bucket, Key=own, VersionId=first["VersionId"])["Body"].read() == originals[own]
    assert admin.get_object(Bucket=bucket, Key=other)["Body"].read() == originals[other]

    # The collector (the guide's collector identity) collects both bundles as they were uploaded.
    report = Collector(_collector_source(server), org.identity, trusted(a, b),
                       FolderDatasetWriter(tmp_path / "dataset")).run()
    outcomes = {(o.device, o.bundle_id): o for o in report.outcomes}
    assert outcomes[(b.id, b.bundle_id)].status is CollectStatus.UNPACKED
    mine = outcomes[(a.id, a.bundle_id)]
    assert mine.status is CollectStatus.UNPACKED and mine.reason == REPLACED_NOTE.removeprefix("; ")
    assert [o for o in report.outcomes if o.bundle_id == "copy.age" or o.status is CollectStatus.REJECTED] == []


def test_a_withdrawal_removes_the_bundle_and_hides_its_objects_though_their_versions_stay_locked(drop_box, tmp_path):
    server, org, a, b = drop_box
    a.service.withdraw(a.bundle_id)
    dataset = FolderDatasetWriter(tmp_path / "dataset")
    report = Collector(_collector_source(server), org.identity, trusted(a, b), dataset).run(delete_withdrawn=True)
    withdrawn = [o for o in report.outcomes if o.kind == "notice"]
    assert [(o.device, o.status, o.reason) for o in withdrawn] == [
        (a.id, CollectStatus.WITHDRAWN, "withdrawn before it was unpacked")]
    assert dataset.owner(b.bundle_id) == b.id and dataset.owner(a.bundle_id) is None
    hidden = [f"{PREFIX}/{name(a.id, a.bundle_id)}" for name in (sealed_name, envelope_name)]
    assert not set(hidden) & set(server.keys())  # a delete marker hides them at once…
    admin = server.client(server.admin)
    for key in hidden:  # …and Object Lock keeps every version until its retention ends
        (version,) = [v for v in admin.list_object_versions(Bucket=server.bucket, Prefix=key)["Versions"]][-1:]
        _refused(lambda key=key, version=version: admin.delete_object(Bucket=server.bucket, Key=key,
                                                                      VersionId=version["VersionId"]))

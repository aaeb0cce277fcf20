"""Where the lake is: `s3://bucket/prefix` or a local folder, and how delta-rs reaches it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from app.core.errors import KnownError
from app.core.i18n import fill, translate


@dataclass(frozen=True)
class LakeLocation:
    """A lake root. For S3, `bucket` and `prefix` ("" or ending in "/"); else a local `path`."""

    url: str
    bucket: str = ""
    prefix: str = ""
    path: Path | None = None

    @property
    def is_s3(self) -> bool:
        return bool(self.bucket)

    @property
    def root_uri(self) -> str:
        if self.is_s3:
            return f"s3://{self.bucket}/{self.prefix}".rstrip("/")
        return str(self.path)


def parse_lake(url: str) -> LakeLocation:
    parts = urlsplit(url)
    if parts.scheme == "s3":
        prefix = parts.path.strip("/")
        if not parts.netloc:
            raise KnownError(fill(translate("Errors", "Lake %1 names no bucket."), repr(url)),
                             translate("Errors", "Use s3://bucket/prefix."))
        return LakeLocation(url, parts.netloc, f"{prefix}/" if prefix else "")
    if parts.scheme == "file":
        return LakeLocation(url, path=Path(parts.path).resolve())
    if parts.scheme == "" and url:
        return LakeLocation(url, path=Path(url).expanduser().resolve())
    raise KnownError(fill(translate("Errors", "Lake %1 is not an s3:// URL or a folder."), repr(url)),
                     translate("Errors", "Use s3://bucket/prefix or a local path."))


def storage_options(location: LakeLocation, endpoint: str | None, region: str) -> dict[str, str] | None:
    """delta-rs options for an S3 lake: credentials come from the AWS environment (the collector
    role), commits use conditional writes (If-None-Match) so concurrent collectors are safe."""
    if not location.is_s3:
        return None
    options = {"AWS_REGION": region, "conditional_put": "etag"}
    if endpoint:
        options.update(AWS_ENDPOINT_URL=endpoint, AWS_S3_ADDRESSING_STYLE="path")
        if endpoint.startswith("http://"):
            options["AWS_ALLOW_HTTP"] = "true"
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        if os.environ.get(name):
            options[name] = os.environ[name]
    return options

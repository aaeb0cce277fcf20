"""An S3-compatible object store (AWS S3, MinIO, SeaweedFS, Ceph) as a release destination.

The only module that imports boto3/botocore. Uploads are:
- create-only: every write carries `If-None-Match: *`, so the store refuses to replace an object
  that exists (AWS can be told to refuse writes without it: docs/deploying.md). A refusal of that
  kind means our own earlier upload of the same name got through, and is confirmed as it is;
- idempotent: the object key is the bundle id, and a HEAD first skips what is already there (with
  write-only credentials HEAD is refused; the create-only write then keeps one copy);
- resumable: a multipart upload's id and finished parts are journalled (in the vault) after each
  part, so a killed process continues where it stopped;
- patient with transient failures (network, 5xx, throttling: exponential backoff with jitter) and
  final on permanent ones (4xx: a known error saying what to fix);
- capped: part bodies pass through a token bucket. The body is read exactly once on the wire
  (payload signing off, integrity by Content-MD5 per part), so the cap holds where it matters.

For the collector it lists and reads: reads fetch at most the bytes asked for (an HTTP range), and
in a versioned bucket (versioning or object lock, docs/deploying.md) a name's first version is the
object, so a later write to the same name cannot replace what the device first uploaded.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from app.bundle.drop_box import ListedObject
from app.core.errors import PreconditionFailed, ReleaseError
from app.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from app.core.log_guard import safe
from app.release.destinations import (
    Checkpoint,
    Confirmation,
    PermanentError,
    S3Location,
    TransientError,
    UploadJournal,
)
from app.release.throttle import ThrottledReader, TokenBucket

log = logging.getLogger("airlock.release.s3")

ACCESS_KEY_NAME = "s3-access-key-id"
SECRET_KEY_NAME = "s3-secret-access-key"
MIN_PART_SIZE = 5 * 1024 * 1024  # S3's minimum for every part but the last
DEFAULT_PART_SIZE = 8 * 1024 * 1024
_TRANSIENT_CODES = frozenset({"SlowDown", "RequestTimeout", "Throttling", "ThrottlingException",
                              "InternalError", "ServiceUnavailable", "RequestTimeTooSkewed"})
_CREDENTIAL_CODES = frozenset({"InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied", "403"})


@dataclass(frozen=True)
class S3Credentials:
    access_key_id: str
    secret_access_key: str

    def __repr__(self) -> str:  # never print the secret
        return f"S3Credentials({self.access_key_id!r}, ***)"


def credentials_from_store(store) -> S3Credentials:
    """Write-only credentials from the key store; ReleaseError if they were never stored."""
    key_id, secret = store.get(ACCESS_KEY_NAME), store.get(SECRET_KEY_NAME)
    if not key_id or not secret:
        raise ReleaseError(translate("Errors", "No object store credentials are in the keyring."),
                           translate("Errors", "Store the write-only credentials IT gave you with "
                                               "`airlock keys s3-credentials`."))
    return S3Credentials(key_id.decode(), secret.decode())


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int) -> float:
        return min(self.max_delay, self.base_delay * 2 ** attempt) * random.uniform(0.5, 1.0)


class _UploadGone(Exception):
    """The multipart upload no longer exists at the store (expired, aborted or completed)."""


class _AlreadyThere(Exception):
    """A create-only write found the name taken (412): an earlier upload of ours completed."""


class S3Destination:
    """Objects under `s3://bucket/prefix`. `credentials` None uses boto3's default chain (collector)."""

    def __init__(self, location: S3Location, journal: UploadJournal, endpoint: str | None = None,
                 region: str = "us-east-1", credentials: S3Credentials | None = None,
                 bytes_per_second: float | None = None, part_size: int = DEFAULT_PART_SIZE,
                 retry: RetryPolicy = RetryPolicy(), sleep: Callable[[float], None] = time.sleep,
                 client: Any = None) -> None:
        if part_size < MIN_PART_SIZE:
            raise ValueError("S3 parts are at least 5 MiB")
        self.location = location
        self.description = f"s3://{location.bucket}/{location.prefix}"
        self._journal = journal
        self._endpoint = endpoint
        self._region = region
        self._credentials = credentials
        self._bucket = TokenBucket(bytes_per_second, sleep=sleep) if bytes_per_second else None
        self._part_size = part_size
        self._retry = retry
        self._sleep = sleep
        self._client = client
        self._first_versions: dict[str, str] = {}  # name -> version id, for reads in a versioned bucket
        self._versioning: bool | None = None

    # -- plumbing ----------------------------------------------------------------------------

    def _s3(self):
        if self._client is None:
            import boto3
            from botocore.config import Config

            config = Config(
                signature_version="s3v4",
                s3={"addressing_style": "path" if self._endpoint else "auto", "payload_signing_enabled": False},
                request_checksum_calculation="when_required",
                response_checksum_validation="when_required",
                retries={"total_max_attempts": 1},  # retries are ours: classified, with backoff
                connect_timeout=10, read_timeout=60,
            )
            keys = {}
            if self._credentials is not None:
                keys = {"aws_access_key_id": self._credentials.access_key_id,
                        "aws_secret_access_key": self._credentials.secret_access_key}
            self._client = boto3.session.Session().client(
                "s3", endpoint_url=self._endpoint, region_name=self._region, config=config, **keys)
        return self._client

    def _key(self, name: str) -> str:
        return self.location.prefix + name

    def _call(self, what: str, fn: Callable[[], Any]) -> Any:
        """Run one request with classified retries."""
        from botocore.exceptions import BotoCoreError, ClientError, HTTPClientError
        from botocore.exceptions import ConnectionError as BotoConnectionError

        for attempt in range(self._retry.attempts):
            try:
                return fn()
            except ClientError as exc:
                code = str(exc.response.get("Error", {}).get("Code", ""))
                status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
                if code == "NoSuchUpload":
                    raise _UploadGone() from None
                if code == "PreconditionFailed" or status == 412:
                    raise _AlreadyThere() from None
                if not (status >= 500 or status in (408, 429) or code in _TRANSIENT_CODES):
                    raise self._permanent(what, code, status) from None
                reason = f"{code or status}"
            except (BotoConnectionError, HTTPClientError) as exc:
                reason = type(exc).__name__
            except BotoCoreError as exc:
                raise ReleaseError(fill(translate("Errors", "The object store request failed (%1)."),
                                        type(exc).__name__)) from None
            if attempt + 1 < self._retry.attempts:
                delay = self._retry.delay(attempt)
                log.warning("%s failed (%s); retrying in %.1f s", safe(what), safe(reason), delay)
                self._sleep(delay)
        raise TransientError(fill(translate("Errors", "The object store did not accept %1 after %2 tries (last: "
                                                      "%3)."), _words(what), self._retry.attempts, reason),
                             translate("Errors", "Airlock tries again at the next release run."))

    def _permanent(self, what: str, code: str, status: int) -> PermanentError:
        bucket = self.location.bucket
        if code == "NoSuchBucket":
            return PermanentError(fill(translate("Errors", "The bucket %1 does not exist at the object store."),
                                       repr(bucket)),
                                  translate("Errors", "Ask IT to check release.destination in the policy."))
        if code in _CREDENTIAL_CODES or status == 403:
            return PermanentError(fill(translate("Errors", "The object store refused %1 (%2): the credentials in the "
                                                           "keyring may not write to bucket %3."),
                                       _words(what), code or status, repr(bucket)),
                                  translate("Errors", "Ask IT for working write-only credentials and store them with "
                                                      "`airlock keys s3-credentials`."))
        return PermanentError(fill(translate("Errors", "The object store refused %1 (%2)."), _words(what), code or status),
                              translate("Errors", "Ask IT to check the destination; retrying will not help."))

    def _body(self, stream: BinaryIO, offset: int, length: int) -> tuple[ThrottledReader, str]:
        """A throttled, once-read window of the stream, and its Content-MD5 (computed locally)."""
        digest = hashlib.md5(usedforsecurity=False)
        stream.seek(offset)
        remaining = length
        while remaining:
            chunk = stream.read(min(remaining, 1024 * 1024))
            if not chunk:
                raise ReleaseError(translate("Errors", "The local copy of the bundle is shorter than expected."))
            digest.update(chunk)
            remaining -= len(chunk)
        return ThrottledReader(stream, offset, length, self._bucket), base64.b64encode(digest.digest()).decode()

    # -- Destination -------------------------------------------------------------------------

    def put(self, name: str, stream: BinaryIO, size: int, checkpoint: Checkpoint | None = None) -> Confirmation:
        check = checkpoint or (lambda: None)
        state = self._journal.load(name) or {}
        if state.get("completed"):
            return self._confirmation(name, size, state)
        if not state:
            head = self._head(name)
            if isinstance(head, dict) and int(head.get("ContentLength", -1)) == size:
                log.info("object already at the destination; not sent again")
                return Confirmation(self.description, name, size, head.get("ETag", "").strip('"'),
                                    head.get("VersionId", "") or "")
        check()
        try:
            if size <= self._part_size:
                return self._put_single(name, stream, size)
            try:
                return self._put_multipart(name, stream, size, state, check)
            except _UploadGone:
                log.warning("the unfinished upload expired at the store; starting it again")
                self._journal.clear(name)
                return self._put_multipart(name, stream, size, {}, check)
        except _AlreadyThere:
            log.info("object already at the destination (an earlier upload completed); not replaced")
            state = {"completed": True, "etag": "", "version_id": ""}
            self._journal.save(name, state)
            return self._confirmation(name, size, state)

    def _put_single(self, name: str, stream: BinaryIO, size: int) -> Confirmation:
        def send():
            body, md5 = self._body(stream, 0, size)
            return self._s3().put_object(Bucket=self.location.bucket, Key=self._key(name), Body=body,
                                         ContentLength=size, ContentMD5=md5, IfNoneMatch="*")
        response = self._call("the upload", send)
        state = {"completed": True, "etag": response.get("ETag", "").strip('"'),
                 "version_id": response.get("VersionId", "") or ""}
        self._journal.save(name, state)
        return self._confirmation(name, size, state)

    def _put_multipart(self, name: str, stream: BinaryIO, size: int, state: dict[str, Any],
                       check: Checkpoint) -> Confirmation:
        bucket, key = self.location.bucket, self._key(name)
        if not state.get("upload_id"):
            created = self._call("starting the upload",
                                 lambda: self._s3().create_multipart_upload(Bucket=bucket, Key=key))
            state = {"upload_id": created["UploadId"], "part_size": self._part_size, "size": size, "parts": []}
            self._journal.save(name, state)
        upload_id, part_size = state["upload_id"], int(state["part_size"])
        done = {int(p["n"]): p["etag"] for p in state["parts"]}
        count = -(-size // part_size)
        for number in range(1, count + 1):
            if number in done:
                continue
            check()
            offset = (number - 1) * part_size
            length = min(part_size, size - offset)

            def send(number=number, offset=offset, length=length):
                body, md5 = self._body(stream, offset, length)
                return self._s3().upload_part(Bucket=bucket, Key=key, UploadId=upload_id, PartNumber=number,
                                              Body=body, ContentLength=length, ContentMD5=md5)
            response = self._call(f"part {number} of {count}", send)
            done[number] = response["ETag"]
            state = {**state, "parts": [{"n": n, "etag": e} for n, e in sorted(done.items())]}
            self._journal.save(name, state)
            log.info("uploaded part %d of %d", number, count)
        check()
        parts = [{"PartNumber": n, "ETag": e} for n, e in sorted(done.items())]
        try:
            response = self._call("finishing the upload", lambda: self._s3().complete_multipart_upload(
                Bucket=bucket, Key=key, UploadId=upload_id, MultipartUpload={"Parts": parts}, IfNoneMatch="*"))
        except _AlreadyThere:
            self._call("abandoning the upload", lambda: self._s3().abort_multipart_upload(
                Bucket=bucket, Key=key, UploadId=upload_id))
            raise
        state = {"completed": True, "etag": response.get("ETag", "").strip('"'),
                 "version_id": response.get("VersionId", "") or ""}
        self._journal.save(name, state)
        return self._confirmation(name, size, state)

    def _confirmation(self, name: str, size: int, state: dict[str, Any]) -> Confirmation:
        return Confirmation(self.description, name, size, state.get("etag", ""), state.get("version_id", ""))

    def _head(self, name: str) -> dict[str, Any] | bool | None:
        """The object's HEAD response, False if absent, None if the credentials may not look."""
        from botocore.exceptions import ClientError

        def head():
            try:
                return self._s3().head_object(Bucket=self.location.bucket, Key=self._key(name))
            except ClientError as exc:
                status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
                code = str(exc.response.get("Error", {}).get("Code", ""))
                if status == 404 or code in ("404", "NoSuchKey", "NotFound"):
                    return False
                if status == 403 or code in ("403", "AccessDenied", "Forbidden"):
                    return None  # write-only credentials: HEAD needs read permission
                raise
        return self._call("HEAD", head)

    def exists(self, name: str) -> bool | None:
        head = self._head(name)
        return head if head is None or head is False else True

    def _versioned(self) -> bool:
        """Whether the bucket keeps versions (asked once per destination)."""
        if self._versioning is None:
            try:
                versioning = self._call("reading the bucket's versioning", lambda: self._s3().get_bucket_versioning(
                    Bucket=self.location.bucket))
            except PermanentError:
                log.warning("may not read the bucket's versioning; reading the latest version of each object")
                versioning = {}
            self._versioning = versioning.get("Status") in ("Enabled", "Suspended")
        return self._versioning

    def folders(self, prefix: str = "") -> list[str]:
        """The names of the "folders" right under `prefix` (ending in "/"): the collector's device list."""
        found: list[str] = []
        kwargs: dict[str, Any] = {"Bucket": self.location.bucket, "Prefix": self._key(prefix), "Delimiter": "/"}
        while True:
            page = self._call("listing folders", lambda: self._s3().list_objects_v2(**kwargs))
            found += [p["Prefix"][len(self.location.prefix):] for p in page.get("CommonPrefixes", [])]
            if not page.get("IsTruncated"):
                return found
            kwargs["ContinuationToken"] = page.get("NextContinuationToken")

    def objects(self, prefix: str, start_after: str | None = None) -> list[ListedObject]:
        """Every object under `prefix` (after `start_after`, where given: the collector's cursor);
        in a versioned bucket each name's first version."""
        if self._versioned():
            return self._first_version_objects(prefix, start_after)
        listed: list[ListedObject] = []
        token: str | None = None
        while True:
            kwargs = {"Bucket": self.location.bucket, "Prefix": self._key(prefix)}
            if start_after:
                kwargs["StartAfter"] = self._key(start_after)
            if token:
                kwargs["ContinuationToken"] = token
            page = self._call("listing", lambda: self._s3().list_objects_v2(**kwargs))  # noqa: B023 - called at once
            listed += [ListedObject(item["Key"][len(self.location.prefix):], int(item.get("Size", 0)))
                       for item in page.get("Contents", [])]
            if not page.get("IsTruncated"):
                return listed
            token = page.get("NextContinuationToken")

    def _first_version_objects(self, prefix: str, start_after: str | None = None) -> list[ListedObject]:
        versions: dict[str, list[dict[str, Any]]] = {}
        latest_deleted: set[str] = set()
        kwargs: dict[str, Any] = {"Bucket": self.location.bucket, "Prefix": self._key(prefix)}
        if start_after:
            kwargs["KeyMarker"] = self._key(start_after)  # keys after it
        while True:
            page = self._call("listing versions", lambda: self._s3().list_object_versions(**kwargs))
            for item in page.get("Versions", []):
                versions.setdefault(item["Key"], []).append(item)
            latest_deleted |= {m["Key"] for m in page.get("DeleteMarkers", []) if m.get("IsLatest")}
            if not page.get("IsTruncated"):
                break
            kwargs["KeyMarker"] = page.get("NextKeyMarker")
            kwargs["VersionIdMarker"] = page.get("NextVersionIdMarker")
        listed: list[ListedObject] = []
        for key in sorted(versions):
            if key in latest_deleted:
                continue  # deleted by the data team (a withdrawn bundle)
            # Listed newest first; LastModified has whole seconds only, so the listing order breaks ties.
            first = min(enumerate(versions[key]), key=lambda item: (item[1]["LastModified"], -item[0]))[1]
            name = key[len(self.location.prefix):]
            self._first_versions[name] = first["VersionId"]
            listed.append(ListedObject(name, int(first.get("Size", 0)), replaced=len(versions[key]) > 1))
        return listed

    def open(self, name: str, limit: int) -> BinaryIO:
        """The object's bytes (its first version where the bucket keeps versions), at most `limit + 1`."""
        from botocore.exceptions import ClientError

        kwargs = {"Bucket": self.location.bucket, "Key": self._key(name), "Range": f"bytes=0-{max(0, limit)}"}
        if name in self._first_versions:
            kwargs["VersionId"] = self._first_versions[name]

        def get():
            try:
                return self._s3().get_object(**kwargs)["Body"]
            except ClientError as exc:
                if str(exc.response.get("Error", {}).get("Code", "")) == "InvalidRange":
                    return io.BytesIO(b"")  # an empty object has no byte 0
                raise
        return self._call("download", get)

    def delete(self, name: str) -> None:
        self._call("delete", lambda: self._s3().delete_object(Bucket=self.location.bucket, Key=self._key(name)))

    def discard_upload(self, name: str) -> None:
        """Abort an unfinished upload of `name`, or remove it if it completed but was never receipted."""
        state = self._journal.load(name) or {}
        try:
            if state.get("completed"):
                self.delete(name)
            elif state.get("upload_id"):
                self._call("abandoning the upload", lambda: self._s3().abort_multipart_upload(
                    Bucket=self.location.bucket, Key=self._key(name), UploadId=state["upload_id"]))
        except (_UploadGone, PermanentError):
            pass  # already gone, or not ours to remove: an unfinished upload expires at the store
        self._journal.clear(name)


class S3Objects:
    """Small whole objects under the same bucket and prefix, with conditional writes, and the
    checks a lake needs of its bucket (the collector's lake output; see app.collect.lake).

    Shares the destination's client and its classified retries; a failed condition (HTTP 412, or
    409 from stores that report a concurrent conditional write so) is PreconditionFailed."""

    def __init__(self, destination: S3Destination) -> None:
        self._d = destination
        self.description = destination.description

    def put(self, name: str, data: bytes, if_absent: bool = False, if_match: str | None = None) -> str:
        from botocore.exceptions import ClientError

        extra = {"IfNoneMatch": "*"} if if_absent else {"IfMatch": if_match} if if_match else {}
        d = self._d

        def send():
            try:
                return d._s3().put_object(Bucket=d.location.bucket, Key=d._key(name), Body=data, **extra)
            except ClientError as exc:
                if _status(exc) in (409, 412) or _code(exc) in ("PreconditionFailed", "ConditionalRequestConflict"):
                    raise PreconditionFailed(name) from None
                raise
        return str(d._call("writing a lake object", send).get("ETag", ""))

    def get(self, name: str) -> tuple[bytes, str] | None:
        from botocore.exceptions import ClientError

        d = self._d

        def fetch():
            try:
                response = d._s3().get_object(Bucket=d.location.bucket, Key=d._key(name))
            except ClientError as exc:
                if _status(exc) == 404 or _code(exc) in ("NoSuchKey", "404"):
                    return None
                raise
            return response["Body"].read(), str(response.get("ETag", ""))
        return d._call("reading a lake object", fetch)

    def delete(self, name: str) -> None:
        self._d.delete(name)

    def names(self, prefix: str) -> list[str]:
        return [o.name for o in self._d.objects(prefix)]

    def honours_conditional_writes(self, name: str) -> bool:
        """Creates `name` twice with If-None-Match: True when the store refuses the second."""
        self.delete(name)
        self.put(name, b"1", if_absent=True)
        try:
            self.put(name, b"2", if_absent=True)
        except PreconditionFailed:
            return True
        finally:
            self.delete(name)
        return False

    def public_read_findings(self, probe: str) -> list[str]:
        """Every way the bucket lets anyone read, found by asking as anyone and by its settings."""
        import boto3
        from botocore import UNSIGNED
        from botocore.config import Config
        from botocore.exceptions import BotoCoreError, ClientError

        d = self._d
        bucket = d.location.bucket
        findings = []
        anonymous = boto3.session.Session().client(
            "s3", endpoint_url=d._endpoint, region_name=d._region, config=Config(
                signature_version=UNSIGNED, retries={"total_max_attempts": 1},
                s3={"addressing_style": "path" if d._endpoint else "auto"}))
        self.put(probe, b"probe")
        try:
            for what, ask in (("list its objects", lambda: anonymous.list_objects_v2(Bucket=bucket, MaxKeys=1)),
                              ("read its objects", lambda: anonymous.get_object(Bucket=bucket, Key=d._key(probe)))):
                try:
                    ask()
                    findings.append(f"a request without credentials could {what}")
                except (ClientError, BotoCoreError):
                    pass
        finally:
            self.delete(probe)
        signed = d._s3()
        try:
            if signed.get_bucket_policy_status(Bucket=bucket).get("PolicyStatus", {}).get("IsPublic"):
                findings.append("its bucket policy is public")
        except (ClientError, BotoCoreError):
            pass  # no policy, or a store without policy status: the anonymous requests above decide
        try:
            for grant in signed.get_bucket_acl(Bucket=bucket).get("Grants", []):
                uri = str(grant.get("Grantee", {}).get("URI", ""))
                if uri.endswith(("/global/AllUsers", "/global/AuthenticatedUsers")):
                    findings.append(f"its ACL grants {grant.get('Permission')} to {uri.rsplit('/', 1)[-1]}")
        except (ClientError, BotoCoreError):
            pass
        return findings


def _status(exc) -> int:
    return int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)


def _code(exc) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


# What a request was doing: English in log lines, in the reader's language inside an error's words.
_REQUESTS = (QT_TRANSLATE_NOOP("Errors", "the upload"), QT_TRANSLATE_NOOP("Errors", "starting the upload"),
             QT_TRANSLATE_NOOP("Errors", "finishing the upload"), QT_TRANSLATE_NOOP("Errors", "abandoning the upload"),
             QT_TRANSLATE_NOOP("Errors", "reading the bucket's versioning"),
             QT_TRANSLATE_NOOP("Errors", "listing folders"), QT_TRANSLATE_NOOP("Errors", "listing"),
             QT_TRANSLATE_NOOP("Errors", "listing versions"), QT_TRANSLATE_NOOP("Errors", "download"),
             QT_TRANSLATE_NOOP("Errors", "delete"), QT_TRANSLATE_NOOP("Errors", "writing a lake object"),
             QT_TRANSLATE_NOOP("Errors", "reading a lake object"))
_PART = re.compile(r"part (\d+) of (\d+)")


def _words(what: str) -> str:
    if what in _REQUESTS:
        return translate("Errors", what)
    if part := _PART.fullmatch(what):
        return fill(translate("Errors", "part %1 of %2"), part.group(1), part.group(2))
    return what  # "HEAD": the request's own name

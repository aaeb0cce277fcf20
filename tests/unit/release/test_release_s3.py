"""The S3 destination's protocol behaviour (botocore's Stubber stands in for the server here;
tests/e2e/test_release_e2e.py runs the same code against a real SeaweedFS)."""

from __future__ import annotations

import base64
import datetime
import hashlib
import io

import boto3
import pytest
from botocore.stub import ANY, Stubber

from app.bundle.drop_box import ListedObject
from app.release.destinations import MemoryJournal, PermanentError, S3Location, TransientError, UploadStopped
from app.release.s3_destination import MIN_PART_SIZE, RetryPolicy, S3Credentials, S3Destination, credentials_from_store
from tests.helpers.keystore import MemoryKeyStore

BUCKET, KEY = "drop", "airlock/bundles/b.age"
NAME = "bundles/b.age"


@pytest.fixture
def stubbed():
    client = boto3.session.Session().client("s3", region_name="us-east-1", aws_access_key_id="a",
                                            aws_secret_access_key="b")
    with Stubber(client) as stubber:
        yield client, stubber
        stubber.assert_no_pending_responses()


def _destination(client, journal=None, sleeps=None):
    return S3Destination(S3Location(BUCKET, "airlock/"), journal if journal is not None else MemoryJournal(),
                         credentials=S3Credentials("a", "b"), part_size=MIN_PART_SIZE, client=client,
                         retry=RetryPolicy(attempts=4, base_delay=0.5), sleep=(sleeps.append if sleeps is not None
                                                                                 else lambda s: None))


def _md5(data: bytes) -> str:
    return base64.b64encode(hashlib.md5(data).digest()).decode()


def _part(stubber, number, data, upload_id="u1", etag=None):
    stubber.add_response("upload_part", {"ETag": etag or f'"e{number}"'},
                         {"Bucket": BUCKET, "Key": KEY, "UploadId": upload_id, "PartNumber": number, "Body": ANY,
                          "ContentLength": len(data), "ContentMD5": _md5(data)})


def _complete(stubber, count, upload_id="u1"):
    parts = [{"PartNumber": n, "ETag": f'"e{n}"'} for n in range(1, count + 1)]
    stubber.add_response("complete_multipart_upload", {"ETag": '"final-3"', "VersionId": "v7"},
                         {"Bucket": BUCKET, "Key": KEY, "UploadId": upload_id, "MultipartUpload": {"Parts": parts},
                          "IfNoneMatch": "*"})


PAYLOAD = bytes(range(256)) * ((2 * MIN_PART_SIZE + 1000) // 256)


def _chunks(data):
    return [data[i:i + MIN_PART_SIZE] for i in range(0, len(data), MIN_PART_SIZE)]


def test_a_new_multipart_upload_journals_every_part(stubbed):
    client, stubber = stubbed
    stubber.add_client_error("head_object", "403", http_status_code=403)  # write-only: may not look
    stubber.add_response("create_multipart_upload", {"UploadId": "u1"}, {"Bucket": BUCKET, "Key": KEY})
    for number, chunk in enumerate(_chunks(PAYLOAD), start=1):
        _part(stubber, number, chunk)
    _complete(stubber, 3)
    journal = MemoryJournal()
    saved = []
    journal.save = lambda name, state: (saved.append(state), MemoryJournal.save(journal, name, state))
    confirmation = _destination(client, journal).put(NAME, io.BytesIO(PAYLOAD), len(PAYLOAD))
    assert (confirmation.etag, confirmation.version_id, confirmation.size) == ("final-3", "v7", len(PAYLOAD))
    assert [len(s.get("parts", [])) for s in saved[:4]] == [0, 1, 2, 3]
    assert saved[-1]["completed"]


def test_a_journalled_upload_resumes_after_its_last_finished_part(stubbed):
    client, stubber = stubbed
    chunks = _chunks(PAYLOAD)
    _part(stubber, 2, chunks[1])
    _part(stubber, 3, chunks[2])
    _complete(stubber, 3)
    journal = MemoryJournal()
    journal.save(NAME, {"upload_id": "u1", "part_size": MIN_PART_SIZE, "size": len(PAYLOAD),
                        "parts": [{"n": 1, "etag": '"e1"'}]})
    assert _destination(client, journal).put(NAME, io.BytesIO(PAYLOAD), len(PAYLOAD)).etag == "final-3"


def test_an_expired_upload_starts_again(stubbed):
    client, stubber = stubbed
    chunks = _chunks(PAYLOAD)
    stubber.add_client_error("upload_part", "NoSuchUpload", http_status_code=404)
    stubber.add_response("create_multipart_upload", {"UploadId": "u2"}, {"Bucket": BUCKET, "Key": KEY})
    for number, chunk in enumerate(chunks, start=1):
        _part(stubber, number, chunk, upload_id="u2")
    _complete(stubber, 3, upload_id="u2")
    journal = MemoryJournal()
    journal.save(NAME, {"upload_id": "gone", "part_size": MIN_PART_SIZE, "size": len(PAYLOAD),
                        "parts": [{"n": 1, "etag": '"e1"'}]})
    assert _destination(client, journal).put(NAME, io.BytesIO(PAYLOAD), len(PAYLOAD)).etag == "final-3"


def test_transient_failures_are_retried_with_growing_backoff(stubbed):
    client, stubber = stubbed
    data = b"small bundle"
    stubber.add_client_error("head_object", "404", http_status_code=404)
    stubber.add_client_error("put_object", "SlowDown", http_status_code=503)
    stubber.add_client_error("put_object", "InternalError", http_status_code=500)
    stubber.add_response("put_object", {"ETag": '"abc"'},
                         {"Bucket": BUCKET, "Key": KEY, "Body": ANY, "ContentLength": len(data), "ContentMD5": _md5(data),
                          "IfNoneMatch": "*"})
    sleeps: list[float] = []
    assert _destination(client, sleeps=sleeps).put(NAME, io.BytesIO(data), len(data)).etag == "abc"
    assert len(sleeps) == 2 and 0.25 <= sleeps[0] <= 0.5 and 0.5 <= sleeps[1] <= 1.0


def test_giving_up_after_the_last_attempt_is_a_transient_error(stubbed):
    client, stubber = stubbed
    stubber.add_client_error("head_object", "404", http_status_code=404)
    for _ in range(4):
        stubber.add_client_error("put_object", "ServiceUnavailable", http_status_code=503)
    sleeps: list[float] = []
    with pytest.raises(TransientError, match="after 4 tries"):
        _destination(client, sleeps=sleeps).put(NAME, io.BytesIO(b"x"), 1)
    assert len(sleeps) == 3


def test_a_permanent_refusal_stops_at_once_and_says_what_to_fix(stubbed):
    client, stubber = stubbed
    stubber.add_client_error("head_object", "403", http_status_code=403)
    stubber.add_client_error("put_object", "AccessDenied", http_status_code=403)
    sleeps: list[float] = []
    with pytest.raises(PermanentError, match="may not write to bucket 'drop'") as raised:
        _destination(client, sleeps=sleeps).put(NAME, io.BytesIO(b"x"), 1)
    assert not sleeps and "s3-credentials" in raised.value.hint


def test_a_missing_bucket_is_named(stubbed):
    client, stubber = stubbed
    stubber.add_client_error("head_object", "404", http_status_code=404)
    stubber.add_client_error("put_object", "NoSuchBucket", http_status_code=404)
    with pytest.raises(PermanentError, match="bucket 'drop' does not exist"):
        _destination(client).put(NAME, io.BytesIO(b"x"), 1)


def test_an_object_already_there_is_not_sent_again(stubbed):
    client, stubber = stubbed
    stubber.add_response("head_object", {"ContentLength": 3, "ETag": '"same"'}, {"Bucket": BUCKET, "Key": KEY})
    assert _destination(client).put(NAME, io.BytesIO(b"abc"), 3).etag == "same"


def test_a_checkpoint_can_stop_between_parts_and_the_progress_is_kept(stubbed):
    client, stubber = stubbed
    stubber.add_client_error("head_object", "403", http_status_code=403)
    stubber.add_response("create_multipart_upload", {"UploadId": "u1"}, {"Bucket": BUCKET, "Key": KEY})
    _part(stubber, 1, _chunks(PAYLOAD)[0])
    calls = []

    def checkpoint():
        calls.append(1)
        if len(calls) == 3:
            raise UploadStopped("on battery")

    journal = MemoryJournal()
    with pytest.raises(UploadStopped):
        _destination(client, journal).put(NAME, io.BytesIO(PAYLOAD), len(PAYLOAD), checkpoint)
    assert journal.load(NAME)["parts"] == [{"n": 1, "etag": '"e1"'}]


def test_discarding_aborts_an_unfinished_upload_and_removes_a_completed_one(stubbed):
    client, stubber = stubbed
    stubber.add_response("abort_multipart_upload", {}, {"Bucket": BUCKET, "Key": KEY, "UploadId": "u1"})
    stubber.add_response("delete_object", {}, {"Bucket": BUCKET, "Key": KEY})
    journal = MemoryJournal()
    journal.save(NAME, {"upload_id": "u1", "parts": []})
    destination = _destination(client, journal)
    destination.discard_upload(NAME)
    assert journal.load(NAME) is None
    journal.save(NAME, {"completed": True, "etag": "x"})
    destination.discard_upload(NAME)
    assert journal.load(NAME) is None


def test_listing_strips_the_prefix_and_follows_pages(stubbed):
    client, stubber = stubbed
    stubber.add_response("get_bucket_versioning", {}, {"Bucket": BUCKET})
    stubber.add_response("list_objects_v2", {"Contents": [{"Key": "airlock/bundles/a.age", "Size": 3}], "IsTruncated": True,
                                             "NextContinuationToken": "t"}, {"Bucket": BUCKET, "Prefix": "airlock/bundles/"})
    stubber.add_response("list_objects_v2", {"Contents": [{"Key": "airlock/bundles/b.age", "Size": 4}], "IsTruncated": False},
                         {"Bucket": BUCKET, "Prefix": "airlock/bundles/", "ContinuationToken": "t"})
    assert _destination(client).objects("bundles/") == [ListedObject("bundles/a.age", 3), ListedObject("bundles/b.age", 4)]


def test_a_write_to_a_name_already_taken_is_refused_by_the_store_and_confirmed_as_it_is(stubbed):
    client, stubber = stubbed
    stubber.add_client_error("head_object", "403", http_status_code=403)  # write-only: may not look
    stubber.add_client_error("put_object", "PreconditionFailed", http_status_code=412)
    journal = MemoryJournal()
    confirmation = _destination(client, journal).put(NAME, io.BytesIO(b"abc"), 3)
    assert (confirmation.name, confirmation.size, confirmation.etag) == (NAME, 3, "")
    assert journal.load(NAME)["completed"]


def test_in_a_versioned_bucket_the_collector_reads_each_name_s_first_version(stubbed):
    client, stubber = stubbed
    stubber.add_response("get_bucket_versioning", {"Status": "Enabled"}, {"Bucket": BUCKET})
    when = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    stubber.add_response("list_object_versions", {
        "Versions": [  # newest first, as S3 lists them; same second: the listing order decides
            {"Key": "airlock/d/bundles/a.age", "VersionId": "v2", "IsLatest": True, "Size": 9, "LastModified": when},
            {"Key": "airlock/d/bundles/a.age", "VersionId": "v1", "IsLatest": False, "Size": 5, "LastModified": when},
            {"Key": "airlock/d/bundles/b.age", "VersionId": "w1", "IsLatest": False, "Size": 2, "LastModified": when}],
        "DeleteMarkers": [{"Key": "airlock/d/bundles/b.age", "VersionId": "m1", "IsLatest": True, "LastModified": when}],
        "IsTruncated": False}, {"Bucket": BUCKET, "Prefix": "airlock/"})
    stubber.add_response("get_object", {"Body": io.BytesIO(b"first")},
                         {"Bucket": BUCKET, "Key": "airlock/d/bundles/a.age", "Range": "bytes=0-5", "VersionId": "v1"})
    destination = _destination(client)
    assert destination.objects("") == [ListedObject("d/bundles/a.age", 5, replaced=True)]  # b was deleted
    assert destination.open("d/bundles/a.age", 5).read() == b"first"


def test_a_read_asks_for_one_byte_more_than_expected_and_no_more(stubbed):
    client, stubber = stubbed
    stubber.add_response("get_object", {"Body": io.BytesIO(b"x" * 11)},
                         {"Bucket": BUCKET, "Key": KEY, "Range": "bytes=0-10"})
    stubber.add_client_error("get_object", "InvalidRange", http_status_code=416)  # an empty object has no byte 0
    destination = _destination(client)
    assert destination.open(NAME, 10).read() == b"x" * 11
    assert destination.open(NAME, 10).read() == b""


def test_credentials_come_from_the_key_store_and_never_print():
    store = MemoryKeyStore()
    with pytest.raises(Exception, match="No object store credentials"):
        credentials_from_store(store)
    store.set("s3-access-key-id", b"AKIA1")
    store.set("s3-secret-access-key", b"very-secret")
    credentials = credentials_from_store(store)
    assert credentials.secret_access_key == "very-secret" and "very-secret" not in repr(credentials)


def test_parts_below_the_s3_minimum_are_refused():
    with pytest.raises(ValueError):
        S3Destination(S3Location("b", ""), MemoryJournal(), part_size=1024)

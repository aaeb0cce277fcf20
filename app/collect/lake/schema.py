"""The dataset's four Delta tables: their columns, partitions and which columns carry statistics.

Statistics (min/max per file, kept in the Delta log) are limited to identifiers and times:
a window title or typed text must never be copied into `_delta_log/`, which outlives the data
files a withdrawal deletes. docs/dataset.md describes every column.
"""

from __future__ import annotations

import pyarrow as pa

SEGMENTS = "segments"
EVENTS = "events"
FRAMES = "frames"
BUNDLES = "bundles"
CONTENT_TABLES = (FRAMES, EVENTS, SEGMENTS)  # written in this order; `bundles` last commits a batch
ALL_TABLES = (*CONTENT_TABLES, BUNDLES)

STATUS_COLLECTED = "collected"
STATUS_WITHDRAWN = "withdrawn"

_TIME = pa.timestamp("us", tz="UTC")

SCHEMAS: dict[str, pa.Schema] = {
    SEGMENTS: pa.schema([
        pa.field("bundle_id", pa.string(), nullable=False),
        pa.field("device_id", pa.string(), nullable=False),
        pa.field("employee", pa.string()),
        pa.field("segment_id", pa.int64(), nullable=False),
        pa.field("day", pa.date32(), nullable=False),
        pa.field("start", _TIME),
        pa.field("end", _TIME),
        pa.field("app", pa.string()),
        pa.field("window_title", pa.string()),
        pa.field("wm_class", pa.string()),
        pa.field("keystroke_mode", pa.string()),
        pa.field("typed_text", pa.string()),
        pa.field("text_redacted", pa.bool_()),
        pa.field("frames_redacted", pa.int32()),
        pa.field("event_count", pa.int64()),
        pa.field("key_count", pa.int64()),
        pa.field("click_count", pa.int64()),
        pa.field("frame_count", pa.int64()),
        pa.field("content_sha256", pa.string()),
        pa.field("policy_hash", pa.string()),
        pa.field("consent_policy_hash", pa.string()),
        pa.field("consent_accepted_at", _TIME),
        pa.field("consent_scope", pa.string()),
        pa.field("batch_id", pa.string(), nullable=False),
    ]),
    EVENTS: pa.schema([
        pa.field("bundle_id", pa.string(), nullable=False),
        pa.field("device_id", pa.string(), nullable=False),
        pa.field("segment_id", pa.int64(), nullable=False),
        pa.field("seq", pa.int64(), nullable=False),
        pa.field("day", pa.date32(), nullable=False),
        pa.field("t", _TIME, nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("key", pa.string()),
        pa.field("char", pa.string()),
        pa.field("pressed", pa.bool_()),
        pa.field("held_ms", pa.int64()),
        pa.field("modifiers", pa.list_(pa.string())),
        pa.field("x", pa.int32()),
        pa.field("y", pa.int32()),
        pa.field("button", pa.string()),
        pa.field("dx", pa.int32()),
        pa.field("dy", pa.int32()),
        pa.field("batch_id", pa.string(), nullable=False),
    ]),
    FRAMES: pa.schema([
        pa.field("bundle_id", pa.string(), nullable=False),
        pa.field("device_id", pa.string(), nullable=False),
        pa.field("segment_id", pa.int64(), nullable=False),
        pa.field("frame_no", pa.int32(), nullable=False),
        pa.field("day", pa.date32(), nullable=False),
        pa.field("t", _TIME, nullable=False),
        pa.field("mime", pa.string()),
        pa.field("width", pa.int32()),
        pa.field("height", pa.int32()),
        pa.field("left", pa.int32()),
        pa.field("top", pa.int32()),
        pa.field("scale", pa.float64()),
        pa.field("redacted", pa.bool_()),
        pa.field("size", pa.int64()),
        pa.field("sha256", pa.string()),
        pa.field("image", pa.binary()),
        pa.field("batch_id", pa.string(), nullable=False),
    ]),
    BUNDLES: pa.schema([
        pa.field("bundle_id", pa.string(), nullable=False),
        pa.field("device_id", pa.string(), nullable=False),
        pa.field("status", pa.string(), nullable=False),
        pa.field("employee", pa.string()),
        pa.field("created_at", _TIME),
        pa.field("collected_at", _TIME),
        pa.field("signer_fingerprint", pa.string()),
        pa.field("receipt", pa.string()),
        pa.field("manifest_sha256", pa.string()),
        pa.field("policy_hash", pa.string()),
        pa.field("segment_count", pa.int64()),
        pa.field("event_count", pa.int64()),
        pa.field("frame_count", pa.int64()),
        pa.field("first_day", pa.date32()),
        pa.field("last_day", pa.date32()),
        pa.field("withdrawn_at", _TIME),
        pa.field("withdrawal_receipt", pa.string()),
        pa.field("batch_id", pa.string(), nullable=False),
        pa.field("run_id", pa.string()),
    ]),
}

PARTITIONS: dict[str, list[str]] = {SEGMENTS: ["day"], EVENTS: ["day"], FRAMES: ["day"], BUNDLES: []}

# Only these columns get min/max statistics in the Delta log (never content).
STATS_COLUMNS: dict[str, tuple[str, ...]] = {
    SEGMENTS: ("bundle_id", "device_id", "segment_id", "start", "end", "batch_id"),
    EVENTS: ("bundle_id", "device_id", "segment_id", "seq", "t", "batch_id"),
    FRAMES: ("bundle_id", "device_id", "segment_id", "frame_no", "t", "batch_id"),
    BUNDLES: ("bundle_id", "device_id", "status", "created_at", "collected_at", "batch_id"),
}


def table_configuration(table: str, retention_hours: int) -> dict[str, str]:
    """Delta table properties: statistics on identifiers only, and how long removed files stay."""
    return {
        "delta.dataSkippingStatsColumns": ",".join(STATS_COLUMNS[table]),
        "delta.deletedFileRetentionDuration": f"interval {retention_hours} hours",
        "delta.logRetentionDuration": "interval 30 days",
    }

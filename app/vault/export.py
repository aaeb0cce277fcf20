"""Download my data: everything the vault holds about the employee, as a folder or a zip.

The export is the one place where captured content is written outside the vault on purpose, to a
destination the employee chose. It is built in a private staging folder next to the target and
moved into place only when complete, so a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

import html
import json
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.core.errors import KnownError
from app.core.event_json import event_fields
from app.core.i18n import current_language, translate
from app.core.paths import make_private_dir
from app.vault import event_store, ledger
from app.vault.database import transaction
from app.vault.ledger import LedgerKind

Progress = Callable[[int, int], None]  # (done, total) segments
Cancelled = Callable[[], bool]

_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png"}


class ExportCancelled(KnownError):
    """The employee cancelled the export; nothing was left behind."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    segments: int
    events: int
    frames: int


def export_all(conn, target_dir: Path, policy_document: dict, now: float, as_zip: bool = False,
               progress: Progress = lambda done, total: None, cancelled: Cancelled = lambda: False) -> ExportResult:
    """Write the export into `target_dir` (created if needed) and return where it went."""
    target_dir = Path(target_dir)
    make_private_dir(target_dir)
    name = f"airlock-export-{datetime.fromtimestamp(now).strftime('%Y%m%d-%H%M%S')}"
    staging = Path(tempfile.mkdtemp(prefix=".airlock-export-", dir=target_dir))
    try:
        result = _write(conn, staging, policy_document, progress, cancelled)
        final = target_dir / (f"{name}.zip" if as_zip else name)
        if as_zip:
            _zip(staging, final)
            shutil.rmtree(staging)
        else:
            staging.rename(final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    with transaction(conn):
        ledger.append(conn, LedgerKind.EXPORT, {"segments": result[0], "events": result[1], "frames": result[2]}, now)
    return ExportResult(final, *result)


def _write(conn, root: Path, policy_document: dict, progress: Progress, cancelled: Cancelled) -> tuple[int, int, int]:
    segments = [dict(zip(("id", "start", "end", "app", "title", "state", "typed_text", "keystroke_mode",
                          "key_count", "click_count", "frame_count"), row, strict=False))
                for row in conn.execute("SELECT id, start, end, app, title, state, typed_text, keystroke_mode, "
                                        "key_count, click_count, frame_count FROM segments ORDER BY start")]
    flags = {row[0]: {"category": row[1], "note": row[2], "t": row[3]}
             for row in conn.execute("SELECT segment_id, category, note, t FROM flags")}
    (root / "events").mkdir()
    (root / "screenshots").mkdir()
    total_events = total_frames = 0
    for done, segment in enumerate(segments, start=1):
        if cancelled():
            raise ExportCancelled(translate("Errors", "Export cancelled; nothing was written."))
        segment["flag"] = flags.get(segment["id"])
        total_events += _write_events(conn, segment["id"], root / "events" / f"segment-{segment['id']}.jsonl")
        segment["screenshots"] = _write_frames(conn, segment["id"], root / "screenshots")
        segment["read_on_screen"], segment["suggestions"] = _screen_text(conn, segment["id"])
        total_frames += len(segment["screenshots"])
        progress(done, len(segments))
    gaps = [dict(zip(("start", "end", "reason", "detail"), row, strict=False))
            for row in conn.execute("SELECT start, end, reason, detail FROM gaps ORDER BY start")]
    releases = [dict(zip(("bundle_id", "t", "destination", "size", "sha256", "confirmation", "summary", "withdrawn_at"), row, strict=False))
                for row in conn.execute("SELECT bundle_id, t, destination, size, sha256, confirmation, summary, "
                                        "withdrawn_at FROM releases ORDER BY t")]
    entries = [{"seq": e.seq, "t": e.t, "kind": e.kind, "body": e.body, "hash": e.hash} for e in ledger.entries(conn)]
    document = {"segments": segments, "gaps": gaps, "releases": releases, "ledger": entries,
                "ledger_verified": ledger.verify(conn).ok, "policy": policy_document}
    (root / "data.json").write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
    (root / "index.html").write_text(_index_html(document), encoding="utf-8")
    return len(segments), total_events, total_frames


def _write_events(conn, segment_id: int, path: Path) -> int:
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for event in event_store.with_releases(event_store.events_of(conn, segment_id)):  # only well-formed rows
            out.write(json.dumps(event_fields(event), ensure_ascii=False) + "\n")
            written += 1
    return written


def _write_frames(conn, segment_id: int, folder: Path) -> list[str]:
    names = []
    for frame_id, _t, mime, image in conn.execute(
            "SELECT id, t, mime, image FROM frames WHERE segment_id = ? ORDER BY t", (segment_id,)):
        name = f"segment-{segment_id}-frame-{frame_id}.{_EXTENSIONS.get(mime, 'bin')}"
        (folder / name).write_bytes(image)
        names.append(f"screenshots/{name}")
    return names


def _screen_text(conn, segment_id: int) -> tuple[dict[str, list], list[dict]]:
    """What the device read on the segment's screenshots (frame id -> [text, x, y, w, h] per word) and
    the moments it suggested, with the employee's answers: theirs too, so in their export."""
    words: dict[str, list] = {}
    for frame_id, text, x, y, w, h in conn.execute(
            "SELECT w.frame_id, w.text, w.x, w.y, w.w, w.h FROM screen_words w JOIN frames f ON f.id = w.frame_id "
            "WHERE f.segment_id = ? ORDER BY w.frame_id, w.n", (segment_id,)).fetchall():
        words.setdefault(str(frame_id), []).append([text, x, y, w, h])
    suggestions = [dict(zip(("id", "frame", "category", "reason", "matched", "state", "created_at", "decided_at"),
                            (*row[:4], json.loads(row[4]), *row[5:]), strict=True))
                   for row in conn.execute("SELECT id, frame_id, category, reason, matched, state, created_at, "
                                           "decided_at FROM suggestions WHERE segment_id = ? ORDER BY id",
                                           (segment_id,)).fetchall()]
    return words, suggestions


def _zip(folder: Path, target: Path) -> None:
    partial = target.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    partial.rename(target)


def _when(t: float | None) -> str:
    return datetime.fromtimestamp(t).strftime("%Y-%m-%d %H:%M:%S") if t else "—"


def _index_html(document: dict) -> str:
    """The export's front page, in the employee's language (app.core.i18n's catalogue)."""
    e = html.escape
    shot_alt = e(translate("ExportPage", "screenshot"))
    events_word = e(translate("ExportPage", "events"))
    rows = []
    for s in document["segments"]:
        shots = "".join(f'<a href="{e(p)}"><img src="{e(p)}" alt="{shot_alt}" width="160"></a>' for p in s["screenshots"])
        flag = (" — " + e(translate("ExportPage", "flagged: %1").replace("%1", s["flag"]["category"]))
                if s["flag"] else "")
        counts = e(", ".join((translate("ExportPage", "%n keystroke(s)", None, s["key_count"]),
                              translate("ExportPage", "%n click(s)", None, s["click_count"]),
                              translate("ExportPage", "%n screenshot(s)", None, s["frame_count"]))))
        rows.append(
            f"<section id='segment-{s['id']}'><h3>{_when(s['start'])} – {_when(s['end'])} · {e(s['app'])}</h3>"
            f"<p><b>{e(s['title'])}</b> · {e(s['state'])}{flag} · {counts} · "
            f"<a href='events/segment-{s['id']}.jsonl'>{events_word}</a></p>"
            f"<pre>{e(s['typed_text'])}</pre><div>{shots}</div></section>")
    ledger_rows = "".join(f"<tr><td>{x['seq']}</td><td>{_when(x['t'])}</td><td>{e(x['kind'])}</td>"
                          f"<td><code>{e(json.dumps(x['body'], sort_keys=True))}</code></td></tr>" for x in document["ledger"])
    verified = (translate("ExportPage", "verified intact") if document["ledger_verified"]
                else translate("ExportPage", "BROKEN — see data.json"))
    title = e(translate("ExportPage", "Everything Airlock holds about you"))
    totals = e(", ".join((translate("ExportPage", "%n segment(s)", None, len(document["segments"])),
                          translate("ExportPage", "%n gap(s)", None, len(document["gaps"])),
                          translate("ExportPage", "%n release(s)", None, len(document["releases"])))))
    readable = e(translate("ExportPage", "Machine-readable:"))
    segments_heading = e(translate("ExportPage", "Segments"))
    nothing = e(translate("ExportPage", "Nothing captured."))
    ledger_heading = e(translate("ExportPage", "Activity ledger (%1)").replace("%1", verified))
    return f"""<!doctype html>
<html lang="{e(current_language())}"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:auto}} section{{border-top:1px solid #ccc}}
pre{{white-space:pre-wrap;background:#f6f6f6}} img{{margin:2px;border:1px solid #999}}</style></head>
<body><h1>{title}</h1>
<p>{totals}.
{readable} <a href="data.json">data.json</a>, <code>events/*.jsonl</code>.</p>
<h2>{segments_heading}</h2>{''.join(rows) or f"<p>{nothing}</p>"}
<h2>{ledger_heading}</h2><table>{ledger_rows}</table>
<h2>{e(translate("ExportPage", "Policy"))}</h2><pre>{e(json.dumps(document['policy'], indent=1, sort_keys=True, default=str))}</pre>
</body></html>
"""

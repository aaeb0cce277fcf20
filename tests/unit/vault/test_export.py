"""Download my data: every segment that exists, none that was deleted, readable and complete."""

from __future__ import annotations

import json
import zipfile

import pytest

from app.vault import ledger
from app.vault.export import ExportCancelled, export_all
from app.vault.operations import deletion
from tests.helpers.seed import SeededSegment, seed

SEGMENTS = [
    SeededSegment(1000.0, "gedit", "notes.txt", "keep alpha"),
    SeededSegment(2000.0, "firefox", "Mail", "remove bravo"),
    SeededSegment(3000.0, "gedit", "todo.txt", "keep charlie"),
]


@pytest.fixture
def seeded(vault_handle):
    ids = seed(vault_handle, SEGMENTS)
    conn = vault_handle.connect()
    deletion.delete_segments(conn, [ids[1]], now=4000.0)
    yield conn, ids
    conn.close()


def test_export_holds_every_existing_segment_and_none_deleted(seeded, tmp_path):
    conn, ids = seeded
    seen = []
    result = export_all(conn, tmp_path / "out", {"organisation": "test"}, now=5000.0,
                        progress=lambda done, total: seen.append((done, total)))
    data = json.loads((result.path / "data.json").read_text())
    assert [s["id"] for s in data["segments"]] == [ids[0], ids[2]]
    assert [s["typed_text"] for s in data["segments"]] == ["keep alpha", "keep charlie"]
    everything = "".join(p.read_text(errors="ignore") for p in result.path.rglob("*") if p.is_file())
    assert "bravo" not in everything
    for segment in data["segments"]:
        events = (result.path / "events" / f"segment-{segment['id']}.jsonl").read_text().splitlines()
        assert len(events) == 2 * len(segment["typed_text"]) + 2
        for shot in segment["screenshots"]:
            assert (result.path / shot).read_bytes()[:2] == b"\xff\xd8"  # real JPEGs
    assert data["ledger_verified"] and data["policy"] == {"organisation": "test"}
    assert seen[-1] == (2, 2)
    assert ledger.entries(conn)[-1].kind == "export"


def test_index_html_renders_in_qt_and_its_screenshots_load(seeded, tmp_path, qapp):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    conn, _ = seeded
    result = export_all(conn, tmp_path / "out", {}, now=5000.0)
    index = result.path / "index.html"
    document = QTextDocument()
    document.setBaseUrl(QUrl.fromLocalFile(str(index)))
    document.setHtml(index.read_text())
    assert "keep alpha" in document.toPlainText() and "keep charlie" in document.toPlainText()
    images = [p.relative_to(result.path).as_posix() for p in (result.path / "screenshots").iterdir()]
    assert len(images) == 2
    for name in images:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name


def test_zip_export(seeded, tmp_path):
    conn, _ = seeded
    result = export_all(conn, tmp_path / "out", {}, now=5000.0, as_zip=True)
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
    assert "index.html" in names and "data.json" in names
    assert list((tmp_path / "out").iterdir()) == [result.path]


def test_cancelled_export_leaves_nothing(seeded, tmp_path):
    conn, _ = seeded
    with pytest.raises(ExportCancelled):
        export_all(conn, tmp_path / "out", {}, now=5000.0, cancelled=lambda: True)
    assert list((tmp_path / "out").iterdir()) == []


def test_the_export_holds_what_was_read_on_screen_and_what_was_suggested(seeded, tmp_path):
    from app.core.screen_text import MatchedWord, ScreenWord
    from app.vault import screen_store
    from app.vault.database import transaction

    conn, ids = seeded
    frame_id = conn.execute("SELECT id FROM frames WHERE segment_id = ?", (ids[0],)).fetchone()[0]
    with transaction(conn):
        screen_store.store_read(conn, frame_id, "ocr 1", [ScreenWord("diagnosis", (4, 5, 60, 12))], now=4500.0)
        screen_store.add_suggestion(conn, ids[0], frame_id, "health", "'diagnosis' on screen",
                                    [MatchedWord("diagnosis", (4, 5, 60, 12))], now=4500.0)
    data = json.loads((export_all(conn, tmp_path / "out", {}, now=5000.0).path / "data.json").read_text())
    first = data["segments"][0]
    assert first["read_on_screen"] == {str(frame_id): [["diagnosis", 4, 5, 60, 12]]}
    [suggestion] = first["suggestions"]
    assert (suggestion["frame"], suggestion["category"], suggestion["state"]) == (frame_id, "health", "open")
    assert suggestion["matched"] == [{"text": "diagnosis", "box": [4, 5, 60, 12], "source": "screen"}]
    assert data["segments"][1]["read_on_screen"] == {} and data["segments"][1]["suggestions"] == []


def test_the_front_page_is_in_the_employees_language(seeded, tmp_path):
    from app.core import i18n

    conn, _ids = seeded
    i18n.set_language("de")
    try:
        result = export_all(conn, tmp_path / "out", {"organisation": "test"}, now=5000.0)
    finally:
        i18n.set_language("en")
    page = (result.path / "index.html").read_text(encoding="utf-8")
    assert '<html lang="de">' in page and "<h1>Alles, was Airlock über Sie speichert</h1>" in page
    assert "2 Abschnitte" in page and "Aktivitätsprotokoll (als unversehrt geprüft)" in page
    assert "Everything Airlock holds" not in page

"""The scan worker's progress in the desktop app: its words reach the status, and the tray recounts
when the open suggestions change (a new batch is told at once, not at the tray's next minute), not
on every frame read."""

from __future__ import annotations

from app.commands.desktop import follow_scan
from app.core.screen_text import ScanCounts
from app.scan.worker import ScanProgress


class CountingOperations:
    def __init__(self) -> None:
        self.recounts = 0
        self.progress = ""
        self.restarts = 0

    def refresh_counts(self) -> None:
        self.recounts += 1

    def report_scan_progress(self, words: str, restarts: int = 0) -> None:
        self.progress, self.restarts = words, restarts


def test_recounts_only_when_the_open_suggestions_change():
    operations = CountingOperations()
    report = follow_scan(operations)
    seen = []
    for read, open_suggestions in ((0, 0), (1, 0), (2, 0), (3, 2), (4, 2), (5, 2), (5, 1)):
        report(ScanProgress(ScanCounts(read, 10, open_suggestions)))
        seen.append(operations.recounts)
    assert seen == [1, 1, 1, 2, 2, 2, 3]  # the first report, the new batch, an answer
    assert operations.progress == "Reading screenshots: 5 of 10"
    report(ScanProgress(ScanCounts(10, 10, 1), done=True))
    assert operations.recounts == 3
    report(ScanProgress(ScanCounts(10, 10, 1), ended="signal 9", restarts=0))
    assert operations.progress == "Reading screenshots stopped (ended by signal 9); starting again"
    report(ScanProgress(ScanCounts(10, 11, 1), restarts=1))
    assert (operations.progress, operations.restarts) == ("Reading screenshots: 10 of 11", 1)

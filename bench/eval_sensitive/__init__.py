"""The evaluation of sensitive-moment detection (issue 16): screens rendered by real Qt windows under
Xvfb, each labelled, read by the region reader and judged by the detectors.

    render.py   (Qt, under the eval desktop) builds each screen's window, grabs the screen, saves
                the PNG and its truth: labels, title, application, every text item with box and size
    content.py  what the windows say: chats, mails, statements, payslips, portals, code, sheets...
    worker.py   (no Qt) reads every PNG like the scan worker does, pinned to one core; times, RSS
    score.py    recall and precision per category, neutral screens flagged, character error rate
    run.py      all three in turn; `make eval-sensitive` writes docs/eval-sensitive.md
    layouts.py  pairs of the rendered screens as two windows on one desktop (side by side,
                overlapping): what the region reader still finds of each (docs/scanning.md)
"""

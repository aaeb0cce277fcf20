"""Why a moment was suggested, in words. The vault keeps one English form ("'diagnosis',
'prescription' on screen"), written when the screenshot was read; it is worded in the employee's
language when shown, so a change of language reaches suggestions made before it. The quoted words
are what was seen and stay as they were."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.i18n import QT_TRANSLATE_NOOP, fill, translate

PLACES = {"screen": QT_TRANSLATE_NOOP("Detectors", "%1 on screen"),
          "typed": QT_TRANSLATE_NOOP("Detectors", "%1 typed"),
          "title": QT_TRANSLATE_NOOP("Detectors", "%1 in the window title"),
          "app": QT_TRANSLATE_NOOP("Detectors", "%1 as the application")}
MOST_QUOTED = 4
_STORED = re.compile(r"(?P<quoted>.*?)(?: and (?P<more>\d+) more)? (?P<place>on screen|typed|in the window title|"
                     r"as the application)", re.DOTALL)


def stored_reason(shown: Sequence[str], source: str) -> str:
    """The form kept in the vault: up to four quoted words, how many more, and where they were."""
    quoted = ", ".join(f"'{item}'" for item in shown[:MOST_QUOTED])
    if len(shown) > MOST_QUOTED:
        quoted += f" and {len(shown) - MOST_QUOTED} more"
    return PLACES[source].replace("%1", quoted)


def reason_in_words(stored: str) -> str:
    """`stored` in the language now set; a form this reader does not know is shown as it is."""
    match = _STORED.fullmatch(stored)
    if match is None:
        return stored
    quoted = match["quoted"]
    if match["more"] is not None:
        quoted = fill(translate("Detectors", "%1 and %n more", None, int(match["more"])), quoted)
    template = next(t for t in PLACES.values() if t.endswith(" " + match["place"]))
    return fill(translate("Detectors", template), quoted)

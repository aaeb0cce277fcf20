"""The catalogues in resources/i18n are complete and current, and the Qt-free reader agrees with Qt.

- airlock_de.ts holds every message the code asks for, each finished, none left from removed code;
  placeholders (%1, %n) and menu accelerators (&) survive translation;
- every committed .qm is exactly what pyside6-lrelease makes of its .ts now, and the pseudo-locale
  catalogue is exactly what tools/i18n.py generates from the German one;
- app.core.i18n (the CLI's reader) returns what QTranslator returns, plural forms included.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest

from app.core.i18n import Catalogue, _numerus

ROOT = Path(__file__).resolve().parents[3]


def _tool():
    spec = importlib.util.spec_from_file_location("airlock_i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()

DE = tool.I18N / "airlock_de.ts"


def _forms(message) -> list[str]:
    translation = message.find("translation")
    return [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]


def test_the_german_catalogue_has_every_message_finished_and_nothing_obsolete():
    wanted = tool.extract()
    have = tool.read_ts(DE)
    assert sorted(set(wanted) - set(have)) == [], "in the code but not in airlock_de.ts (run tools/i18n.py update)"
    assert sorted(set(have) - set(wanted)) == [], "in airlock_de.ts but no longer in the code (obsolete)"
    unfinished = [key for key, message in have.items()
                  if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not all(_forms(message))]
    assert unfinished == []
    wrong_kind = [key for key, message in have.items() if (message.get("numerus") == "yes") != wanted[key]]
    assert wrong_kind == [], "plural-ness differs from the code"


def test_translations_keep_every_placeholder_and_accelerator():
    problems = []
    for (context, source, _), message in tool.read_ts(DE).items():
        want = sorted(set(re.findall(r"%\d|%n", source)))
        for form in _forms(message):
            if sorted(set(re.findall(r"%\d|%n", form))) != want:
                problems.append(f"{context}: {source!r} -> {form!r}")
            if source.replace("&&", "").count("&") != form.replace("&&", "").count("&"):
                problems.append(f"{context}: accelerator lost in {form!r}")
    assert problems == []


def test_english_has_both_plural_forms_of_every_plural_message():
    english = tool.read_ts(tool.I18N / "airlock_en.ts")
    plurals = {key for key, numerus in tool.extract().items() if numerus}
    assert set(english) == plurals
    assert all(len(_forms(message)) == 2 and all(_forms(message)) for message in english.values())


@pytest.mark.skipif(not (tool.BIN / "pyside6-lrelease").exists(), reason="PySide6's lrelease is part of the dev install")
def test_every_committed_qm_is_what_lrelease_makes_of_its_ts(tmp_path):
    for ts in sorted(tool.I18N.glob("airlock_*.ts")):
        fresh = tmp_path / ts.with_suffix(".qm").name
        tool.lrelease(ts, fresh)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"{ts.name}: .qm is stale (tools/i18n.py release)"


def test_the_pseudo_catalogue_is_generated_from_the_german_one(tmp_path):
    fresh = tmp_path / "airlock_qps.ts"
    tool.pseudo(DE, fresh)
    assert fresh.read_text(encoding="utf-8") == (tool.I18N / "airlock_qps.ts").read_text(encoding="utf-8")


def test_pseudo_text_is_accented_longer_and_keeps_placeholders():
    text = tool.pseudo_text("Pause until %1 &Now <b>x</b>")
    assert text.startswith("[") and text.endswith("]") and "%1" in text and "&Ñ" in text and "<b>" in text
    assert "Ƥ" not in "Pause" and "å" in text and len(text) >= 1.3 * len("Pause until %1 &Now <b>x</b>")


def test_the_qt_free_reader_agrees_with_qtranslator_for_every_message():
    from PySide6.QtCore import QTranslator

    for qm in sorted(tool.I18N.glob("airlock_*.qm")):
        translator = QTranslator()
        assert translator.load(str(qm))
        catalogue = Catalogue.load(qm)
        assert catalogue.messages, qm.name
        for (context, source, comment), forms in catalogue.messages.items():
            for n in ((-1,) if len(forms) == 1 else (0, 1, 2, 5, 21, 101)):
                ours = catalogue.find(context, source, comment or None, n)
                assert ours == translator.translate(context, source, comment or None, n), (qm.name, source, n)


def test_german_plural_rules_one_and_other():
    catalogue = Catalogue.load(tool.I18N / "airlock_de.qm")
    forms = [catalogue.find("Controls", "%n segment(s)", None, n) for n in (0, 1, 2, 11)]
    assert forms == ["%n Abschnitte", "%n Abschnitt", "%n Abschnitte", "%n Abschnitte"]


@pytest.mark.parametrize(("rules", "n", "form"), [
    (bytes([0x01, 1]), 1, 0), (bytes([0x01, 1]), 3, 1),  # English/German: n == 1
    # Polish-like: n == 1; n % 10 in 2..4 and n % 100 not in 12..14; else
    (bytes([0x01, 1, 0xFF, 0x14, 2, 4, 0xFD, 0x2C, 12, 14]), 1, 0),
    (bytes([0x01, 1, 0xFF, 0x14, 2, 4, 0xFD, 0x2C, 12, 14]), 23, 1),
    (bytes([0x01, 1, 0xFF, 0x14, 2, 4, 0xFD, 0x2C, 12, 14]), 13, 2),
    (bytes([0x01, 1, 0xFF, 0x14, 2, 4, 0xFD, 0x2C, 12, 14]), 5, 2),
])
def test_numerus_bytecode(rules, n, form):
    assert _numerus(n, rules) == form


def test_a_file_that_is_not_a_catalogue_is_refused(tmp_path):
    bad = tmp_path / "x.qm"
    bad.write_bytes(b"not a qm")
    with pytest.raises(ValueError):
        Catalogue.load(bad)


def test_tools_are_found():
    assert shutil.which("pyside6-lrelease", path=str(tool.BIN)) is not None


@pytest.mark.parametrize("language", ["pl", "ru", "ar", "fr", "ja"])
def test_plural_rules_of_other_languages_agree_with_qtranslator(tmp_path, language):
    """Languages with one to six forms: lrelease writes their rules, both readers pick the same form."""
    from PySide6.QtCore import QTranslator

    forms = "".join(f"<numerusform>form{index} %n</numerusform>" for index in range(6))
    ts = tmp_path / f"t_{language}.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}">'
                  f'<context><name>C</name><message numerus="yes"><source>%n thing(s)</source>'
                  f'<translation>{forms}</translation></message></context></TS>', encoding="utf-8")
    qm = tmp_path / f"t_{language}.qm"
    tool.lrelease(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    catalogue = Catalogue.load(qm)
    for n in range(0, 1200):
        assert catalogue.find("C", "%n thing(s)", None, n) == translator.translate("C", "%n thing(s)", None, n), n

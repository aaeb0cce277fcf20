"""Keep the catalogues in resources/i18n in step with the code, with PySide6's own tools.

    python tools/i18n.py update    # app/**/*.py -> airlock_de.ts, airlock_en.ts (English plural forms)
    python tools/i18n.py pseudo    # airlock_qps.ts: every source accented and ~30 % longer
    python tools/i18n.py release   # pyside6-lrelease: every .ts -> .qm (committed; a test checks they are current)
    python tools/i18n.py all       # the three, in order (`make i18n`)

German is written by hand in airlock_de.ts (Qt Linguist, `pyside6-linguist`, or any editor);
`update` adds new sources as unfinished and drops vanished ones, and the suite fails on either.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
TRANSLATED = ("de",)  # written by hand
PSEUDO = "qps"


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "app").rglob("*.py") if "dev" not in p.relative_to(ROOT).parts)


Key = tuple[str, str, str]  # (context, source, disambiguation)


def extract(paths: list[Path] | None = None) -> dict[Key, bool]:
    """Every `translate(context, text[, disambiguation[, n]])` and `QT_TRANSLATE_NOOP(context, text)` call
    with literal context and text -> whether it has plural forms (an `n` argument).

    Our own AST walk instead of pyside6-lupdate: lupdate's Python parser drops a call whose `n` is an
    attribute or a call (`status.waiting`, `len(rows)`) and never marks a variable `n` as plural."""
    found: dict[Key, bool] = {}
    for path in paths or sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                continue
            context, text = node.args[0], node.args[1]
            if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (context, text)):
                continue
            extra = node.args[2:] + [k.value for k in node.keywords]
            comment = extra[0].value if extra and isinstance(extra[0], ast.Constant) and isinstance(extra[0].value, str) else ""
            numerus = len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
            key = (context.value, text.value, comment)
            found[key] = found.get(key, False) or numerus
    return found


def read_ts(ts: Path) -> dict[Key, ET.Element]:
    """The messages of a .ts file by key."""
    if not ts.is_file():
        return {}
    messages = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return messages


def english_forms(source: str) -> list[str]:
    """English singular and plural of a "%n segment(s)" source."""
    return [source.replace("(s)", "").replace("(es)", "").replace("%n entries", "%n entry"),
            source.replace("(s)", "s").replace("(es)", "es")]


def update(ts: Path, language: str, plurals_only: bool = False) -> tuple[int, int]:
    """Bring `ts` in step with the code: new messages unfinished, vanished ones dropped. (new, dropped)."""
    old = read_ts(ts)
    wanted = {k: v for k, v in extract().items() if v or not plurals_only}
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, ET.Element] = {}
    new = 0
    for key in sorted(wanted):
        context_name, source, comment = key
        context = by_context.get(context_name)
        if context is None:
            context = by_context[context_name] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
        if key in old:
            context.append(old[key])
            continue
        new += 1
        message = ET.SubElement(context, "message")
        if wanted[key]:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        translation = ET.SubElement(message, "translation")
        if language == "en" and wanted[key]:
            for form in english_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.set("type", "unfinished")
            for _ in range(2 if wanted[key] else 0):
                ET.SubElement(translation, "numerusform")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return new, len(set(old) - set(wanted))


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


_ACCENTS = str.maketrans("aceinousyACEINOUSYdDlLgGhHkKrRtTzZ", "åçéîñöûşýÅÇÉÎÑÖÛŞÝđĐľĽğĞĥĤķĶŕŔţŤžŽ")
_KEEP = re.compile(r"(%L?n|%\d|<[^>]+>|&[a-z]+;|\\n|&(?=\w))")  # placeholders, markup, entities, shortcut marks


def pseudo_text(text: str) -> str:
    """"Pause" -> "[Ƥåûşé ~~~]": accented, about 30 % longer, bracketed to show clipping at either end."""
    parts = _KEEP.split(text)
    accented = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    return f"[{accented} {'~' * max(1, round(len(text) * 0.3))}]"


def pseudo(ts_source: Path, ts_target: Path) -> None:
    """A catalogue for the pseudo-locale, from the German one's sources (all of them, plurals too)."""
    tree = ET.parse(ts_source)
    root = tree.getroot()
    root.set("language", PSEUDO)
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = pseudo_text(source)
            del translation[1:]  # the pseudo-locale (like C) has one form
        else:
            translation.text = pseudo_text(source)
    tree.write(ts_target, encoding="utf-8", xml_declaration=True)


def main(command: str) -> None:
    if command in ("update", "all"):
        for language in TRANSLATED:
            new, dropped = update(I18N / f"airlock_{language}.ts", language)
            print(f"{language}: {new} new, {dropped} dropped")
        new, dropped = update(I18N / "airlock_en.ts", "en", plurals_only=True)
        print(f"en: {new} new, {dropped} dropped")
    if command in ("pseudo", "all"):
        pseudo(I18N / "airlock_de.ts", I18N / f"airlock_{PSEUDO}.ts")
    if command in ("release", "all"):
        for ts in sorted(I18N.glob("airlock_*.ts")):
            lrelease(ts, ts.with_suffix(".qm"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "all")

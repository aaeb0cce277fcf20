"""Every word app/ui shows goes through translate(): a literal that skips it fails here.

Two rules over the AST of every module in app/ui:
1. a string literal (or an f-string with words in its literal parts) passed straight to a Qt text
   sink (setText, setToolTip, QLabel(...), addAction, ...) must be inside `translate(...)`;
2. anywhere else, a literal that reads like prose (two words, or a capitalised word) must be inside
   `translate(...)` too, unless it is a docstring, a log line, an object name, a style sheet, a
   format pattern for machines, or one of the few ALLOWED literals below (each with its reason).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "app" / "ui"

SINKS = {"setWindowTitle", "setAccessibleName", "setAccessibleDescription", "setPlaceholderText", "setToolTip",
         "setStatusTip", "setText", "setWhatsThis", "QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QToolBar",
         "QRadioButton", "addTab", "addMenu", "QAction", "addAction", "showMessage", "addRow", "setInformativeText",
         "setSuffix", "setPrefix", "addButton", "QMessageBox", "addText", "setSpecialValueText", "addItem",
         "setTitle", "setHeaderLabels", "setLabelText", "setPlainText", "setHtml", "plain_label", "Notice",
         "setDetailedText", "QToolButton", "setWindowIconText"}

# Calls whose string arguments are for machines or the log, never shown as words.
NOT_SHOWN = {"setObjectName", "setStyleSheet", "objectName", "findChild", "findChildren", "info", "debug", "warning",
             "error", "exception", "critical", "getLogger", "safe", "setProperty", "property", "entry", "Signal",
             "QKeySequence", "setDesktopFileName", "setApplicationName", "setApplicationDisplayName", "fromTheme",
             "QIcon", "startswith", "endswith", "replace", "split", "get", "strftime", "setDisplayFormat",
             "setdefault", "getattr", "hasattr", "setattr", "Thread", "_add", "_hook", "_button", "_menu_button",
             "_hook_button", "getenv", "Path", "encode", "decode", "join", "format", "translate", "isinstance",
             "QColor", "fromMSecsSinceEpoch", "pyqtSignal", "Property", "register", "inherits", "setAttribute",
             "TypeError", "ValueError", "FileNotFoundError", "RuntimeError", "KeyError", "NotImplementedError", "AssertionError"}

# Literals shown as they are, in every language (each with why).
ALLOWED = {
    "Airlock",  # the product's name
    ("selfcheck.py", "Qt  , PySide6 "),  # versions in `airlock doctor`, for support staff
    ("shortcut.py", "no system-wide shortcut on this platform yet"),  # only logged (log lines stay English)
}
KEYS = re.compile(r"^((Ctrl|Shift|Alt|Meta)\+)+\S+$")  # key sequences, not words

PROSE = re.compile(r"[A-Za-z]{2,}[ ,;:…]+[A-Za-z]{2,}|^[A-Z][a-z]{2,}")


def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def _words(node: ast.AST) -> str:
    """The literal words of a str constant or an f-string ('' if none)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return ""


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def unmarked(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node

    def inside(node: ast.AST, names: set[str]) -> bool:
        while id(node) in parents:
            node = parents[id(node)]
            if isinstance(node, ast.Call) and _name(node) in names:
                return True
        return False

    def inside_subscript(node: ast.AST) -> bool:  # a type annotation such as Callable[..., "tuple[...]"]
        while id(node) in parents:
            node = parents[id(node)]
            if isinstance(node, ast.Subscript):
                return True
        return False

    problems = []
    for node in ast.walk(tree):
        if id(node) in docs or isinstance(parents.get(id(node)), ast.JoinedStr):
            continue
        words = _words(node)
        words = re.sub(r"<[^>]*>", " ", words).replace("&", "")  # markup and accelerator marks are not words
        if (not words or words in ALLOWED or (path.name, words) in ALLOWED or KEYS.match(words)
                or inside(node, {"translate", "QT_TRANSLATE_NOOP"}) or inside_subscript(node)):
            continue
        parent = parents.get(id(node))
        to_sink = isinstance(parent, ast.Call) and _name(parent) in SINKS and node in parent.args
        prose = bool(PROSE.search(words)) and not inside(node, NOT_SHOWN)
        if isinstance(parent, (ast.Compare, ast.Subscript)):
            prose = False  # compared or looked up, not shown
        if (to_sink and re.search(r"[A-Za-z]{2,}", words)) or prose:
            problems.append(f"{path.relative_to(UI.parent.parent)}:{node.lineno}: {words!r}")
    return problems


def test_every_shown_literal_in_app_ui_is_marked_for_translation():
    problems = [p for path in sorted(UI.rglob("*.py")) for p in unmarked(path)]
    assert not problems, "not marked for translation:\n" + "\n".join(problems)


def test_the_scan_catches_an_unmarked_label_and_passes_a_marked_one(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('label.setText("Paused")\nbutton = QPushButton(f"Delete {n} segments")\n'
                   'label.setText(translate("Ctx", "Paused"))\nlog.info("capture started at %s", x)\n')
    assert [p.split(": ", 1)[1] for p in unmarked_outside_ui(bad)] == ["'Paused'", "'Delete   segments'"]


def unmarked_outside_ui(path: Path) -> list[str]:
    global UI
    saved, UI = UI, path.parent / "x" / "y"
    try:
        return unmarked(path)
    finally:
        UI = saved

"""Every word app/ui and the CLI commands show goes through translate(): a literal that skips it fails here.

Two rules over the AST of every module in app/ui and of the command modules in CLI_MODULES:
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
COMMANDS = UI.parent / "commands"
# The command modules whose human output is translated (their --json output stays English: machine output).
CLI_MODULES = ("collect_lake.py", "consent.py", "control.py", "desktop.py", "doctor.py", "export.py", "ledger.py", "policy.py",
               "profile.py", "record.py", "recorder.py", "release.py", "review.py", "scanning.py")
# In a command module: the argument parser's words (--help stays English, as argparse's own "usage:" does),
# and what goes to machines (JSON keys, the device's public key).
CLI_NOT_SHOWN = {"add_parser", "add_argument", "add_subparsers", "add_mutually_exclusive_group", "set_defaults",
                 "add_argument_group", "ArgumentParser", "dumps", "strftime", "to_dict", "as_dict"}

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
    ("doctor.py", "Python"),  # a product's name in `airlock doctor`'s versions
    # The desktop app's shutdown steps: named only in log lines (which stay English).
    ("desktop.py", "stop the control channel"), ("desktop.py", "stop background release"),
    ("desktop.py", "close windows"), ("desktop.py", "stop capture and flush the writer"),
    ("desktop.py", "close the vault"),
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


def unmarked(path: Path, not_shown: set[str] = NOT_SHOWN) -> list[str]:
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
        prose = bool(PROSE.search(words)) and not inside(node, not_shown)
        if isinstance(parent, (ast.Compare, ast.Subscript)) or (isinstance(parent, ast.Dict) and node in parent.keys):
            prose = False  # compared or looked up, not shown
        if (to_sink and re.search(r"[A-Za-z]{2,}", words)) or prose:
            problems.append(f"{path.relative_to(UI.parent.parent)}:{node.lineno}: {words!r}")
    return problems


def test_every_shown_literal_in_app_ui_is_marked_for_translation():
    problems = [p for path in sorted(UI.rglob("*.py")) for p in unmarked(path)]
    assert not problems, "not marked for translation:\n" + "\n".join(problems)


def test_every_shown_literal_in_the_cli_commands_is_marked_for_translation():
    problems = [p for name in CLI_MODULES for p in unmarked(COMMANDS / name, NOT_SHOWN | CLI_NOT_SHOWN)]
    assert not problems, "not marked for translation:\n" + "\n".join(problems)


def test_the_cli_scan_catches_an_unmarked_message_and_passes_help_and_json(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('print(f"Signed {file} with key {key}")\nraise KnownError("The policy is broken.", hint)\n'
                   'parser.add_argument("--json", help="machine-readable report")\n'
                   'print(json.dumps({"Policy hash": 1}))\nprint(fill(translate("Cli", "Signed %1"), file))\n')
    found = [p.split(": ", 1)[1] for p in unmarked_outside_ui(bad, NOT_SHOWN | CLI_NOT_SHOWN)]
    assert found == ["'Signed   with key '", "'The policy is broken.'"]


def test_the_scan_catches_an_unmarked_label_and_passes_a_marked_one(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('label.setText("Paused")\nbutton = QPushButton(f"Delete {n} segments")\n'
                   'label.setText(translate("Ctx", "Paused"))\nlog.info("capture started at %s", x)\n')
    assert [p.split(": ", 1)[1] for p in unmarked_outside_ui(bad)] == ["'Paused'", "'Delete   segments'"]


def unmarked_outside_ui(path: Path, not_shown: set[str] = NOT_SHOWN) -> list[str]:
    global UI
    saved, UI = UI, path.parent / "x" / "y"
    try:
        return unmarked(path, not_shown)
    finally:
        UI = saved


# The errors a person reads (KnownError and its kinds, the policy's field problems): their words
# are translated wherever in app/ they are raised. Found by name; a new kind joins by subclassing.
ERRORS = {"KnownError", "Problem"}


def _error_kinds(trees: list[ast.AST]) -> set[str]:
    kinds, grew = set(ERRORS), True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in kinds and any(
                        (base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")) in kinds
                        for base in node.bases):
                    kinds.add(node.name)
                    grew = True
    return kinds


def untranslated_errors(paths: list[Path]) -> list[str]:
    """Prose literals in the message or hint of an error a person reads, outside translate()."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}
    kinds = _error_kinds(list(trees.values()))
    problems = []
    for path, tree in trees.items():
        for call in ast.walk(tree):
            if not (isinstance(call, ast.Call) and (_name(call) in kinds or _name(call) == "fail")):
                continue
            for argument in call.args[1:2] if _name(call) == "fail" else call.args[:2]:
                stack = [argument]
                while stack:
                    node = stack.pop()
                    if isinstance(node, ast.Call) and _name(node) in ("translate", "QT_TRANSLATE_NOOP"):
                        continue
                    if PROSE.search(_words(node)):
                        problems.append(f"{path.name}:{node.lineno}: {_words(node)!r}")
                        continue
                    stack.extend(ast.iter_child_nodes(node))
    return problems


def test_every_error_a_person_reads_is_marked_for_translation():
    app = UI.parent
    paths = sorted(p for p in app.rglob("*.py") if not {"ui", "dev"} & set(p.relative_to(app).parts)
                   and p.name != "dev.py")
    problems = untranslated_errors(paths)
    assert not problems, "error texts not marked for translation:\n" + "\n".join(problems)


def test_the_error_scan_catches_an_english_error_and_passes_a_translated_one(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('class Gone(KnownError):\n    pass\n'
                      'raise Gone(f"The file {p} is gone.", "Restore it.")\n'
                      'raise Gone(translate("Errors", "The file is gone."), error.hint or "Check the log please.")\n'
                      'raise Gone(fill(translate("Errors", "%1 is gone."), p))\n'
                      'check.fail(path, "must not be empty")\n')
    assert [p.split(": ", 1)[1] for p in untranslated_errors([module])] == [
        "'The file   is gone.'", "'Restore it.'", "'Check the log please.'", "'must not be empty'"]

"""DESIGN.md's dependency rules, enforced: layers, Qt only in app/ui, one home per OS library,
and importing any app module opens no display and starts no thread."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"

# Each OS-facing library is imported by exactly one module (Xlib: the X11 capture modules).
ONE_HOME = {
    "pynput": {"app/capture/input_source.py"},
    "mss": {"app/capture/screen_source.py"},
    "sqlcipher3": {"app/vault/database.py"},
    "keyring": {"app/vault/keystore.py"},
    "boto3": {"app/release/s3_destination.py"},
    "botocore": {"app/release/s3_destination.py"},
    "pyrage": {"app/bundle/sealing.py"},
    "deltalake": {"app/collect/lake/tables.py"},
    "winreg": {"app/policy/managed/registry.py"},
    "tesserocr": {"app/scan/engine.py"},
}


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken" in result.stdout


def test_no_ui_module_imports_the_vaults_connection_or_writer():
    """Said directly, besides the contract: app/ui reaches the vault only through the reader and the
    operations (a window that opened its own connection would dodge the writer's ordering)."""
    forbidden = ("app.vault.database", "app.vault.writer", "app.vault.vault", "app.vault.operations")
    found = []
    for path in (APP / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            found += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.startswith(forbidden)]
    assert found == []


def test_each_os_library_has_one_home():
    homes: dict[str, set[str]] = {library: set() for library in ONE_HOME}
    for path in APP.rglob("*.py"):
        for library in _imports(path) & set(ONE_HOME):
            homes[library].add(str(path.relative_to(ROOT)))
    for library, found in homes.items():
        assert found <= ONE_HOME[library], f"{library} imported outside its home: {sorted(found - ONE_HOME[library])}"


def test_xlib_stays_in_the_x11_capture_room():
    for path in APP.rglob("*.py"):
        if "Xlib" in _imports(path):
            assert path.parent == APP / "capture" / "x11", path


def test_importing_every_module_opens_no_display_and_starts_no_thread():
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in APP.rglob("*.py") if p.name != "__main__.py"
    )
    probe = (
        "import importlib, json, sys, threading\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "print(json.dumps({'threads': threading.active_count(),"
        " 'loaded': sorted(m for m in ('pynput', 'mss', 'Xlib.display', 'keyring', 'boto3') if m in sys.modules),"
        " 'qapp': 'PySide6.QtWidgets' in sys.modules and __import__('PySide6.QtWidgets').QtWidgets.QApplication.instance() is not None}))\n"
    )
    # A display that does not exist: any module that connects at import time fails loudly here.
    env = {**os.environ, "DISPLAY": ":4711", "QT_QPA_PLATFORM": ""}
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"threads": 1, "loaded": [], "qapp": False}


def test_the_architecture_document_draws_the_layers_the_contracts_check():
    """docs/architecture.md's layer diagram lists the packages of pyproject.toml's layers
    contract, top to bottom, so the next engineer reads the arrows that are enforced."""
    import re
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers")
    enforced = [{name.strip().removeprefix("app.") for name in layer.split("|")} for layer in contract["layers"]]
    text = (ROOT / "docs" / "architecture.md").read_text()
    diagram = text.split("## The layers and what each may import", 1)[1].split("```")[1]
    drawn = [set(re.findall(r"app/(\w+)(?:\.py|/)?(?=\s|$)", line)) for line in diagram.splitlines() if line.startswith("app/")]
    assert drawn[-1] == {"core"} and [d for d in drawn[:-1] if d] == enforced[:-1], (drawn, enforced)

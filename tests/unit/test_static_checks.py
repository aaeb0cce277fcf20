"""The linter and the type checker run with the suite: a finding fails `make test`, not a review.

mypy checks app/ once per platform (`--platform linux|win32|darwin`), so a Windows-only or
macOS-only path with a wrong call fails here on Linux; the core layers (app/core, app/policy) are
strict (pyproject.toml [tool.mypy]). A throwaway fixture with a deliberately wrong Windows call
shows the Windows pass catches what the Linux pass cannot see.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WRONG_WINDOWS_CALL = ROOT / "tests" / "fixtures" / "typecheck" / "wrong_windows_call.py"


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def test_ruff_finds_nothing():
    result = subprocess.run([_tool("ruff"), "check", "--no-cache", "app", "tests", "bench", "tools"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def _mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_tool("mypy"), *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_mypy_finds_nothing_in_app_for_each_platform():
    # The three passes run side by side, each with its own cache (a platform's results are not
    # another's): about 20 s cold on two cores, a few seconds when nothing changed.
    passes = {platform: subprocess.Popen([_tool("mypy"), "--platform", platform, "--cache-dir",
                                          str(ROOT / ".mypy_cache" / platform)],  # files, strictness: pyproject.toml
                                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
              for platform in ("linux", "win32", "darwin")}
    outputs = {platform: process.communicate(timeout=600)[0] for platform, process in passes.items()}
    for platform, process in passes.items():
        assert process.returncode == 0 and "Success: no issues found" in outputs[platform], (platform, outputs[platform])


def test_a_wrong_windows_call_is_caught_only_by_the_windows_pass():
    on_windows = _mypy("--platform", "win32", "--no-incremental", str(WRONG_WINDOWS_CALL))
    assert on_windows.returncode == 1, on_windows.stdout
    assert 'wrong_windows_call.py:18: error: Too few arguments for "QueryValueEx"  [call-arg]' in on_windows.stdout
    on_linux = _mypy("--platform", "linux", "--no-incremental", str(WRONG_WINDOWS_CALL))
    assert on_linux.returncode == 0, on_linux.stdout  # the reason the per-platform passes exist

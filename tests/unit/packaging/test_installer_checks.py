"""Installer sources checked with the tools Debian has (tools/system-deps.sh installs them):

- the WiX source against an XML schema: msitools' `wixl` reads only the WiX v3 dialect (it stops at
  v4's <Package>), so packaging/schemas/wix-v4-subset.xsd, written from the official WiX v4/v5
  element definitions, is what `xmllint` checks it against;
- the ADMX/ADML templates against packaging/schemas/policydefinitions-subset.xsd, written from
  Microsoft's published ADMX schema ([MS-GPREG] section 7);
- every packaging shell script with `shellcheck` (the pkg's preinstall/postinstall and uninstaller
  are /bin/sh scripts; the build scripts bash);
- every plist and profile with plistlib (what `plutil -lint` checks on a Mac).

Each check is also shown to fail on a broken copy, so none of them can pass by accident.
"""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.parsers.expat import ExpatError

import pytest

ROOT = Path(__file__).resolve().parents[3]
PACKAGING = ROOT / "packaging"
SCHEMAS = PACKAGING / "schemas"
WXS = PACKAGING / "windows" / "airlock.wxs"
ADMX = PACKAGING / "windows" / "admx" / "Airlock.admx"
ADML = PACKAGING / "windows" / "admx" / "en-US" / "Airlock.adml"
SHELL_SCRIPTS = [PACKAGING / "macos" / "scripts" / "preinstall", PACKAGING / "macos" / "scripts" / "postinstall",
                 PACKAGING / "macos" / "uninstall.sh", PACKAGING / "macos" / "build-pkg.sh",
                 PACKAGING / "linux" / "build-deb.sh", *sorted((PACKAGING / "linux" / "debian").iterdir()),
                 ROOT / "tools" / "system-deps.sh"]


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: run tools/system-deps.sh test"
    return found


def xmllint(schema: Path, *documents: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([tool("xmllint"), "--noout", "--schema", str(schema), *map(str, documents)],
                          capture_output=True, text=True, timeout=60)


def broken_copy(tmp_path: Path, source: Path, old: str, new: str) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text, old
    target = tmp_path / source.name
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def test_wix_source_is_valid_wix_v4_by_the_schema(tmp_path):
    result = xmllint(SCHEMAS / "wix-v4-subset.xsd", WXS)
    assert result.returncode == 0 and "validates" in result.stderr, result.stderr
    unknown = broken_copy(tmp_path, WXS, 'Scope="perMachine"', 'Scope="perMachine" Lanuage="1033"')
    assert "Lanuage" in xmllint(SCHEMAS / "wix-v4-subset.xsd", unknown).stderr
    missing = broken_copy(tmp_path, WXS, 'Manufacturer="Airlock"', "")
    assert "Manufacturer" in xmllint(SCHEMAS / "wix-v4-subset.xsd", missing).stderr
    bad_enum = broken_copy(tmp_path, WXS, 'On="install"', 'On="always"')
    assert "always" in xmllint(SCHEMAS / "wix-v4-subset.xsd", bad_enum).stderr


def test_wixl_cannot_read_the_wix_v4_dialect_so_the_schema_check_stands_in(tmp_path):
    """If a future msitools reads WiX v4, this fails: then build the MSI tables here with it."""
    result = subprocess.run([tool("wixl"), "-a", "x64", "-D", "Version=0.1.0", "-o", str(tmp_path / "a.msi"), str(WXS)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "unhandled child Wix node Package" in result.stderr, result.stderr


def test_admx_and_adml_are_valid_by_the_policy_definitions_schema(tmp_path):
    schema = SCHEMAS / "policydefinitions-subset.xsd"
    result = xmllint(schema, ADMX, ADML)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("validates") == 2
    no_class = broken_copy(tmp_path, ADMX, 'class="Machine" ', "")
    assert "class" in xmllint(schema, no_class).stderr
    bad_bound = broken_copy(tmp_path, ADMX, 'minValue="1"', 'minValue="one"')
    assert "minValue" in xmllint(schema, bad_bound).stderr
    out_of_order = broken_copy(tmp_path, ADMX, '<resources minRequiredRevision="1.0" />', "")
    assert xmllint(schema, out_of_order).returncode != 0
    (tmp_path / "en-US").mkdir()
    bad_control = tmp_path / "en-US" / "Airlock.adml"
    bad_control.write_text(re.sub(r"<listBox ", "<listbox ", ADML.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    assert "listbox" in xmllint(schema, bad_control).stderr


@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_shellcheck_finds_nothing(script):
    result = subprocess.run([tool("shellcheck"), str(script)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout


def test_shellcheck_would_catch_an_unquoted_path(tmp_path):
    script = broken_copy(tmp_path, PACKAGING / "macos" / "scripts" / "postinstall", '-u "$console_user"', "-u $console_user")
    result = subprocess.run([tool("shellcheck"), str(script)], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "SC2086" in result.stdout


def test_every_plist_and_profile_parses(tmp_path):
    found = sorted(PACKAGING.rglob("*.plist")) + sorted(PACKAGING.rglob("*.mobileconfig"))
    assert len(found) == 4, found  # LaunchAgent, entitlements, PPPC profile, settings profile
    for path in found:
        with path.open("rb") as handle:
            assert isinstance(plistlib.load(handle), dict), path
    truncated = tmp_path / "broken.plist"
    truncated.write_bytes(found[0].read_bytes()[:-20])
    with pytest.raises((plistlib.InvalidFileException, ExpatError)), truncated.open("rb") as handle:
        plistlib.load(handle)


def test_the_platform_smoke_script_runs_here():
    """packaging/smoke_platform.py runs on the real Windows and macOS runners; here it must at least run."""
    environment = {name: value for name, value in os.environ.items() if name not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, str(PACKAGING / "smoke_platform.py")], capture_output=True, text=True,
                            timeout=120, env=environment)
    assert result.returncode == 0, result.stdout + result.stderr
    assert '"platform": "linux"' in result.stdout, result.stdout + result.stderr

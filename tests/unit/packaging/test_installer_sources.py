"""The installer sources, checked on Linux with what Python has: XML and plist parsers.

WiX and ADMX cannot be compiled here (they need Windows); test_installer_checks.py validates them
against schemas. These checks are about meaning: well-formed XML in the right namespace, every
reference resolved, the invariants IT relies on (stable UpgradeCode, major
upgrades, per-machine, POLICY copied to the managed location, users unable to write there), and
the ADMX keys exactly equal to the policy schema's, with the schema's own bounds. The macOS
plists and the PPPC profile are parsed with plistlib (what `plutil -lint` checks) and checked for
the TCC services Airlock needs.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import plistlib
import re
import shlex
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.policy.file import schema
from app.policy.managed import table
from app.policy.managed.table import Kind, Purpose

ROOT = Path(__file__).resolve().parents[3]
PACKAGING = ROOT / "packaging"
WXS = PACKAGING / "windows" / "airlock.wxs"
ADMX = PACKAGING / "windows" / "admx" / "Airlock.admx"
ADML = PACKAGING / "windows" / "admx" / "en-US" / "Airlock.adml"
MACOS = PACKAGING / "macos"
LINUX = PACKAGING / "linux"
WIX = "{http://wixtoolset.org/schemas/v4/wxs}"
GP = "{http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions}"
GUID = re.compile(r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")
# Changing this orphans every installed copy: MajorUpgrade would no longer find it.
UPGRADE_CODE = "ECFA549E-1D04-45AC-A6CA-D72A08CC36B6"


def load_script(path: Path):
    """Import a packaging script by path (packaging/ is deliberately not a Python package)."""
    name = f"airlock_packaging_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def spec_constants() -> dict[str, str]:
    """String constants assigned at the top level of build.spec."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


# ---- build.spec --------------------------------------------------------------------------------

def test_build_spec_compiles_and_names_both_executables_and_the_dynamic_backends():
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    compile(source, "build.spec", "exec")
    constants = spec_constants()
    assert (constants["CLI_NAME"], constants["GUI_NAME"]) == ("airlock", "airlock-gui")
    for backend in ("pynput.keyboard._xorg", "pynput.mouse._xorg", "pynput.keyboard._win32",
                    "pynput.mouse._win32", "pynput.keyboard._darwin", "pynput.mouse._darwin",
                    "keyring.backends.SecretService", "jeepney.io.blocking", "sqlcipher3._sqlite3"):
        assert f'"{backend}"' in source, backend
    assert 'copy_metadata("keyring")' in source
    assert 'collect_submodules("app")' in source  # commands are imported by name at run time
    assert "app.__version__" in source and "app.APP_NAME" in source
    for excluded in ('"tkinter"', '"QtWebEngineCore"', '"Qt3DCore"', '"QtQuick"', '"QtMultimedia"', '"QtCharts"'):
        assert excluded in source, excluded
    # The lake output stays out of the employee's bundle: the modules and their libraries.
    assert 'LAKE_ONLY = ("app.collect.lake", "app.commands.collect_lake")' in source
    for excluded in ('"deltalake"', '"pyarrow"', "*LAKE_ONLY"):
        assert excluded in source, excluded
    entry_scripts = {"airlock_cli.py": "main", "airlock_gui.py": "main_gui"}
    for name, function in entry_scripts.items():
        text = (PACKAGING / "pyinstaller" / name).read_text(encoding="utf-8")
        assert f"from app.main import {function}" in text


def test_the_qt_hook_override_still_collects_what_the_app_draws_with():
    # Only the filter is executed: the hook's last lines run PyInstaller's Qt analysis.
    tree = ast.parse((PACKAGING / "pyinstaller" / "hooks" / "hook-PySide6.QtGui.py").read_text(encoding="utf-8"))
    definitions = [node for node in tree.body if isinstance(node, ast.FunctionDef)
                   or (isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "UNUSED_PLUGINS")]
    namespace: dict = {}
    exec(compile(ast.Module(body=definitions, type_ignores=[]), "hook", "exec"), namespace)
    plugins = "/site-packages/PySide6/Qt/plugins/"
    assert namespace["_unused"](plugins + "platformthemes/libqgtk3.so")
    assert namespace["_unused"](plugins + "platforms/libqeglfs.so")
    for needed in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqwayland.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so", "imageformats/libqjpeg.so",
                   "platforms/qwindows.dll", "platforms/libqcocoa.dylib"):
        assert not namespace["_unused"](plugins + needed), needed


# ---- Windows: WiX ------------------------------------------------------------------------------

def wix_package() -> ET.Element:
    root = ET.parse(WXS).getroot()
    assert root.tag == f"{WIX}Wix", "not a WiX v4 source"
    package = root.find(f"{WIX}Package")
    assert package is not None
    return package


def test_wix_upgrade_code_is_the_stable_guid_and_upgrades_are_major_and_per_machine():
    package = wix_package()
    assert package.get("UpgradeCode") == UPGRADE_CODE and GUID.match(UPGRADE_CODE)
    assert package.get("Scope") == "perMachine"
    assert package.get("Version") == "$(var.Version)"
    assert package.get("Name") == "Airlock"
    upgrades = package.findall(f"{WIX}MajorUpgrade")
    assert len(upgrades) == 1 and upgrades[0].get("DowngradeErrorMessage")
    assert package.find(f"{WIX}MediaTemplate").get("EmbedCab") == "yes"


def test_wix_references_resolve_and_component_guids_are_valid_and_unique():
    package = wix_package()
    directories = {d.get("Id") for d in package.iter() if d.tag in (f"{WIX}Directory", f"{WIX}StandardDirectory")}
    components = {c.get("Id"): c for c in package.iter(f"{WIX}Component")}
    for element in package.iter():
        for attribute in ("Directory", "DestinationDirectory", "WorkingDirectory"):
            if element.get(attribute):
                assert element.get(attribute) in directories, f"{element.tag} {attribute}={element.get(attribute)}"
    referenced = {ref.get("Id") for ref in package.iter(f"{WIX}ComponentRef")}
    assert referenced == set(components), "every component is in a feature, every ref exists"
    guids = [c.get("Guid") for c in components.values()]
    assert all(GUID.match(g) for g in guids) and len(set(guids)) == len(guids)
    files = package.findall(f".//{WIX}Files")
    assert [f.get("Include") for f in files] == ["!(bindpath.bundle)\\**"]
    assert files[0].get("Directory") == "INSTALLFOLDER"
    groups = {g.get("Id") for g in package.iter(f"{WIX}ComponentGroup")}
    assert groups == {ref.get("Id") for ref in package.iter(f"{WIX}ComponentGroupRef")} == {"BundleFiles"}


def test_wix_policy_property_copies_the_signed_policy_into_programdata_airlock():
    package = wix_package()
    properties = {p.get("Id"): p for p in package.iter(f"{WIX}Property")}
    for name in ("POLICY", "POLICYSIG", "TRUSTEDKEY"):
        assert properties[name].get("Secure") == "yes", name
    setters = [s for s in package.iter(f"{WIX}SetProperty") if s.get("Id") == "POLICYSIG"]
    assert setters and setters[0].get("Value") == "[POLICY].sig"
    copies = {c.get("SourceProperty"): c for c in package.iter(f"{WIX}CopyFile")}
    assert copies["POLICY"].get("DestinationName") == "policy.toml"
    assert copies["POLICYSIG"].get("DestinationName") == "policy.toml.sig"
    assert copies["TRUSTEDKEY"].get("DestinationName").endswith(".pub")
    program_data = next(d for d in package.iter(f"{WIX}StandardDirectory") if d.get("Id") == "CommonAppDataFolder")
    policy_dir = program_data.find(f"{WIX}Directory")
    assert policy_dir.get("Name") == "Airlock" and copies["POLICY"].get("DestinationDirectory") == policy_dir.get("Id")
    trusted = policy_dir.find(f"{WIX}Directory")
    assert trusted.get("Name") == "trusted-keys"
    assert copies["TRUSTEDKEY"].get("DestinationDirectory") == trusted.get("Id")
    components = {c.get("Id"): c for c in package.iter(f"{WIX}Component")}
    assert components["ManagedPolicy"].get("Condition") == "POLICY"


def test_wix_locks_the_policy_folder_so_users_can_only_read():
    package = wix_package()
    sddls = [p.get("Sddl") for p in package.iter(f"{WIX}PermissionEx")]
    assert len(sddls) == 2
    for sddl in sddls:
        assert sddl.startswith("O:BAG:SYD:PAI"), "protected DACL: nothing inherited from ProgramData"
        aces = dict((sid, rights) for rights, sid in re.findall(r"\(A;OICI;([^;]+);;;([A-Z]+)\)", sddl))
        assert aces == {"SY": "FA", "BA": "FA", "BU": "0x1200a9"}  # 0x1200a9 = read & execute only


def test_wix_autostarts_the_gui_for_all_users_and_keeps_user_data_out_of_reach():
    package = wix_package()
    run = [r for r in package.iter(f"{WIX}RegistryValue")
           if r.get("Key") == "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run"]
    assert len(run) == 1 and run[0].get("Root") == "HKLM"
    assert run[0].get("Value") == f'"[INSTALLFOLDER]{spec_constants()["GUI_NAME"]}.exe"'
    standard = {d.get("Id") for d in package.iter(f"{WIX}StandardDirectory")}
    assert standard == {"ProgramFiles64Folder", "CommonAppDataFolder", "ProgramMenuFolder"}  # no per-user dirs
    assert not [r for r in package.iter(f"{WIX}RemoveFolderEx")]


# ---- Windows: ADMX / ADML ----------------------------------------------------------------------

def admx_module():
    return load_script(PACKAGING / "windows" / "gen_admx.py")


def test_admx_and_adml_are_generated_from_the_schema_and_up_to_date():
    generator = admx_module()
    assert generator.main(["--check"]) == 0, "run: python packaging/windows/gen_admx.py"
    rows = [element for policy in generator.POLICIES for element in policy.elements]
    assert rows == list(table.SETTINGS), "one GPO element per row of the managed-settings table"


def test_admx_references_resolve_in_the_adml():
    admx, adml = ET.parse(ADMX).getroot(), ET.parse(ADML).getroot()
    assert admx.tag == f"{GP}policyDefinitions" and adml.tag == f"{GP}policyDefinitionResources"
    strings = {s.get("id") for s in adml.iter(f"{GP}string")}
    presentations = {p.get("id"): p for p in adml.iter(f"{GP}presentation")}
    assert len(strings) == len(list(adml.iter(f"{GP}string"))), "duplicate string ids"
    used = re.findall(r"\$\(string\.([^)]+)\)", ADMX.read_text(encoding="utf-8"))
    assert used and set(used) <= strings, set(used) - strings
    categories = {c.get("name") for c in admx.iter(f"{GP}category")}
    supported = {d.get("name") for d in admx.iter(f"{GP}definition")}
    names = [p.get("name") for p in admx.iter(f"{GP}policy")]
    assert len(names) == len(set(names))
    for policy in admx.iter(f"{GP}policy"):
        assert policy.get("class") == "Machine"
        assert policy.get("key").startswith("Software\\Policies\\Airlock")
        assert policy.find(f"{GP}parentCategory").get("ref") in categories
        assert policy.find(f"{GP}supportedOn").get("ref") in supported
        elements = policy.find(f"{GP}elements")
        element_ids = {e.get("id") for e in elements} if elements is not None else set()
        if policy.get("presentation"):
            presentation = presentations[re.fullmatch(r"\$\(presentation\.(.+)\)", policy.get("presentation"))[1]]
            assert {control.get("refId") for control in presentation} == element_ids
        else:
            assert policy.get("valueName") and policy.find(f"{GP}enabledValue") is not None


def test_admx_values_accept_exactly_what_the_policy_schema_accepts():
    generator = admx_module()
    fields = generator.schema_fields()
    for policy in generator.POLICIES:
        for element in policy.elements:
            if element.kind in (Kind.LIST, Kind.PAIRS) or element.purpose is Purpose.LOCATE:
                continue
            spec = fields[(element.section, element.key)]
            if element.kind is Kind.FLAG:
                assert spec.kind == "boolean", element
            elif element.kind is Kind.WHOLE:
                assert spec.kind == "integer", element
                spec.convert(element.low)
                spec.convert(element.high)
                for outside in (element.low - 1, element.high + 1):
                    with pytest.raises(schema.Problem):
                        spec.convert(outside)
            elif element.kind is Kind.CHOICE:
                for choice in element.choices:
                    spec.convert(choice)
                with pytest.raises(schema.Problem):
                    spec.convert("not-a-choice")
            else:
                assert spec.kind in ("string", "number", "time", "date", "list of integers"), element
    modes = next(e for p in generator.POLICIES for e in p.elements if e.key == "default")
    assert set(modes.choices) == set(schema.KEYSTROKE_MODES)


# ---- macOS -------------------------------------------------------------------------------------

def load_plist(path: Path) -> dict:
    with path.open("rb") as handle:
        return plistlib.load(handle)


def test_launch_agent_starts_the_gui_in_each_users_session():
    agent = load_plist(MACOS / "org.airlock.Airlock.plist")
    bundle_id = spec_constants()["BUNDLE_ID"]
    assert agent["Label"] == bundle_id and agent["AssociatedBundleIdentifiers"] == [bundle_id]
    assert agent["ProgramArguments"] == [f"/Applications/Airlock.app/Contents/MacOS/{spec_constants()['GUI_NAME']}"]
    assert agent["RunAtLoad"] is True
    assert agent["KeepAlive"] == {"SuccessfulExit": False}  # restart after a crash, not after Quit
    assert agent["LimitLoadToSessionType"] == ["Aqua"]


def test_pppc_profile_grants_accessibility_and_lets_employees_approve_input_monitoring_and_screen():
    profile = load_plist(MACOS / "airlock-pppc.mobileconfig")
    bundle_id = spec_constants()["BUNDLE_ID"]
    assert profile["PayloadType"] == "Configuration" and profile["PayloadScope"] == "System"
    (payload,) = profile["PayloadContent"]
    assert payload["PayloadType"] == "com.apple.TCC.configuration-profile-policy"
    uuids = [profile["PayloadUUID"], payload["PayloadUUID"]]
    assert len(set(uuids)) == 2 and all(uuid.UUID(u) for u in uuids)
    services = payload["Services"]
    assert set(services) == {"Accessibility", "ListenEvent", "ScreenCapture"}
    expected = {"Accessibility": "Allow", "ListenEvent": "AllowStandardUserToSetSystemService",
                "ScreenCapture": "AllowStandardUserToSetSystemService"}
    for service, (entry,) in services.items():
        assert entry["Identifier"] == bundle_id and entry["IdentifierType"] == "bundleID"
        assert f'identifier "{bundle_id}"' in entry["CodeRequirement"] and "TEAMID" in entry["CodeRequirement"]
        assert "Allowed" not in entry, "Allowed and Authorization are mutually exclusive"
        assert entry["Authorization"] == expected[service]  # MDM cannot pre-approve the last two
    note = (MACOS / "airlock-pppc.mobileconfig").read_text(encoding="utf-8")
    assert "Screen Recording (ScreenCapture): CANNOT be pre-approved by" in note.replace("\n  ", " ")


def test_entitlements_relax_only_executable_memory():
    assert load_plist(MACOS / "entitlements.plist") == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


def test_pkg_sources_agree_on_identifiers_and_scripts_leave_home_dirs_alone():
    distribution = ET.parse(MACOS / "distribution.xml").getroot()
    refs = {ref.get("id") for ref in distribution.iter("pkg-ref")}
    build = (MACOS / "build-pkg.sh").read_text(encoding="utf-8")
    assert refs == {re.search(r'PKG_ID="([^"]+)"', build)[1]}
    assert re.search(r'BUNDLE_ID="([^"]+)"', build)[1] == spec_constants()["BUNDLE_ID"]
    for step in ("codesign", "--options runtime", "pkgbuild", "productbuild", "notarytool submit", "stapler staple"):
        assert step in build, step
    for script in (MACOS / "scripts" / "preinstall", MACOS / "scripts" / "postinstall", MACOS / "uninstall.sh"):
        assert os.access(script, os.X_OK), script
        assert subprocess.run(["sh", "-n", str(script)], capture_output=True).returncode == 0, script
        assert_leaves_home_alone(script)
    assert subprocess.run(["bash", "-n", str(MACOS / "build-pkg.sh")], capture_output=True).returncode == 0


# ---- Linux -------------------------------------------------------------------------------------

def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"], path
    return parser["Desktop Entry"]


def test_desktop_entries_launch_the_packaged_gui_with_the_packaged_icon():
    build_deb = (LINUX / "build-deb.sh").read_text(encoding="utf-8")
    launchers = set(re.findall(r"ln -s /opt/airlock/(\S+) ", build_deb))
    icon_name = "airlock"  # resources/icons/airlock.svg and hicolor/<size>/apps/airlock.png
    assert (ROOT / "resources" / "icons" / f"{icon_name}.svg").exists()
    assert (ROOT / "resources" / "icons" / "hicolor" / "48x48" / "apps" / f"{icon_name}.png").exists()
    for path in (ROOT / "resources" / "linux" / "airlock.desktop", LINUX / "airlock-autostart.desktop"):
        entry = desktop_entry(path)
        assert entry["Type"] == "Application" and entry["Name"] == "Airlock"
        assert shlex.split(entry["Exec"])[0] in launchers, entry["Exec"]
        assert entry["Icon"] == icon_name
        assert entry["Terminal"] == "false"
    menu = desktop_entry(ROOT / "resources" / "linux" / "airlock.desktop")
    assert menu["Categories"].endswith(";") and "Utility" in menu["Categories"].split(";")
    autostart = desktop_entry(LINUX / "airlock-autostart.desktop")
    assert autostart["X-GNOME-Autostart-enabled"] == "true" and autostart["NoDisplay"] == "true"


def test_deb_control_and_maintainer_scripts():
    control = (LINUX / "control.in").read_text(encoding="utf-8")
    fields = dict(re.findall(r"^([A-Za-z-]+): (.*)$", control, re.MULTILINE))
    assert fields["Package"] == "airlock" and fields["Depends"] == "@DEPENDS@"
    assert {"Version", "Architecture", "Maintainer", "Installed-Size", "Description"} <= set(fields)
    build_deb = (LINUX / "build-deb.sh").read_text(encoding="utf-8")
    assert "/etc/airlock/README" in build_deb and "/etc/xdg/autostart/airlock.desktop" in build_deb  # conffiles
    assert "dpkg-shlibdeps" in build_deb and "--root-owner-group" in build_deb
    assert subprocess.run(["bash", "-n", str(LINUX / "build-deb.sh")], capture_output=True).returncode == 0
    for name in ("postinst", "prerm", "postrm"):
        script = LINUX / "debian" / name
        assert os.access(script, os.X_OK) and script.read_text().startswith("#!/bin/sh\n")
        assert subprocess.run(["sh", "-n", str(script)], capture_output=True).returncode == 0
        assert_leaves_home_alone(script)
    postrm = (LINUX / "debian" / "postrm").read_text()
    assert "rm -rf" not in postrm and "rm -r " not in postrm  # purge removes only what dpkg installed


def assert_leaves_home_alone(script: Path) -> None:
    """No maintainer script may reach into users' homes, vaults or keyrings."""
    code = "\n".join(line for line in script.read_text().splitlines() if not line.lstrip().startswith("#"))
    for forbidden in ("/home", "$HOME", "~/", "/Users/", ".local/share", "Application Support/airlock",
                      "vault", "secret-tool", "security delete"):
        assert forbidden not in code, f"{script.name} mentions {forbidden!r}"


# ---- CI smoke check ----------------------------------------------------------------------------

def test_doctor_report_check_accepts_a_good_report_and_names_each_problem():
    check = load_script(PACKAGING / "check_doctor_report.py")
    good = {"frozen": True, "sqlcipher": "4.6.1 community",
            "keyring": {"backend": "keyring.backends.Windows.WinVaultKeyring", "accepted": True, "reason": ""},
            "icons": {"count": 9, "all_loaded": True, "failed": []}}
    assert check.problems(good, "Windows") == []
    bad = {**good, "sqlcipher": "", "frozen": False,
           "keyring": {"backend": "keyring.backends.fail.Keyring", "accepted": False, "reason": "no backend"},
           "icons": {"count": 9, "all_loaded": False, "failed": ["tray/paused.svg"]}}
    found = " | ".join(check.problems(bad, "Windows"))
    for words in ("not accepted", "fail.Keyring", "is not 'Windows'", "SQLCipher", "frozen", "icons"):
        assert words in found, words
    hklm = "HKLM\\Software\\Policies\\Airlock\\capture\\jpeg_quality"
    managed = {**good, "policy": {"settings": [{"key": "capture.jpeg_quality", "value": "80", "from": hklm}]}}
    assert check.problems(managed, "Windows", (f"capture.jpeg_quality=80@{hklm}",)) == []
    assert "expected '75'" in " ".join(check.problems(managed, "Windows", (f"capture.jpeg_quality=75@{hklm}",)))
    assert check.problems(managed, "Windows", ("capture.jpeg_quality=80@/Library",))
    assert "cannot be used" in " ".join(check.problems({**good, "policy": {"refused": "unsigned"}}, "Windows"))
    workflow = (ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")
    for referenced in ("packaging/windows/airlock.wxs", "packaging/macos/build-pkg.sh",
                       "packaging/check_doctor_report.py", "doctor --json", "msiexec", "installer -pkg",
                       "packaging/smoke_platform.py", "HKLM:\\Software\\Policies\\Airlock",
                       "/Library/Managed Preferences/org.airlock.Airlock.plist", "--setting"):
        assert referenced in workflow, referenced

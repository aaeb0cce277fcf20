"""Managed settings: the Windows registry (a fake `winreg` holding every ADMX value), the macOS
managed preferences (the example profile's payload as the plist macOS writes) and /etc/airlock,
through one interface, laid over the signed policy; doctor says where each setting came from.

The registry values are made from the committed ADMX file itself, so a template value the reader
does not understand fails here.
"""

from __future__ import annotations

import argparse
import plistlib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.commands import doctor
from app.commands.context import CommandContext
from app.core.errors import PolicyError
from app.core.model import KeystrokeMode
from app.policy.file.signature import public_key_pem, sign_policy, signature_path
from app.policy.managed import table
from app.policy.managed.effective import DEFAULT_ORIGIN, resolve_policy
from app.policy.managed.etc_dir import EtcAirlockStore
from app.policy.managed.preferences import BUNDLE_ID, ManagedPreferencesStore
from app.policy.managed.registry import RegistryStore
from app.policy.managed.settings import managed_store_for
from app.policy.model import ReleaseMode
from app.policy.rules.exclusions import ExclusionRule
from tests.helpers.fake_winreg import REG_DWORD, REG_EXPAND_SZ, REG_SZ, FakeWinreg

ROOT = Path(__file__).resolve().parents[3]
ADMX = ROOT / "packaging" / "windows" / "admx" / "Airlock.admx"
GP = "{http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions}"
HKLM = "HKLM\\Software\\Policies\\Airlock"
RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
ORG_KEY = Ed25519PrivateKey.generate()

# A valid value for each text element, as an administrator types it into the GPO editor.
TEXT_VALUES = {
    "organisation": "Example Corp", "pause_shortcut": "ctrl+shift+f9", "screenshot_interval_s": "45",
    "change_threshold": "0.05", "scale": "0.75", "idle_gap_s": "120", "max_segment_s": "600",
    "destination": "s3://training-drop/airlock", "hold_hours": "96", "s3_endpoint": "https://s3.example.com",
    "s3_region": "eu-west-1", "days": "1,2,3,4,5", "start": "08:00", "end": "18:00", "valid_until": "2099-12-31",
}


def registry_from_admx(policy_dir: Path) -> FakeWinreg:
    """Every value the committed ADMX template can write, each set to a valid non-default value."""
    winreg = FakeWinreg()
    for policy in ET.parse(ADMX).getroot().iter(f"{GP}policy"):
        key = policy.get("key")
        if policy.get("valueName"):  # a single on/off policy: Enabled writes 1, Disabled 0
            default = table.find(*_section_key(key, policy.get("valueName")))
            winreg.set(key, policy.get("valueName"), 0 if default and default.key in ("allow_quit", "screenshots") else 1,
                       REG_DWORD)
            continue
        for element in policy.find(f"{GP}elements"):
            name = element.get("valueName")
            tag = element.tag.removeprefix(GP)
            if tag == "decimal":
                winreg.set(key, name, int(element.get("maxValue")) if name != "retention_days" else 90, REG_DWORD)
            elif tag == "enum":
                items = [item.find(f"{GP}value/{GP}string").text for item in element.iter(f"{GP}item")]
                winreg.set(key, name, items[-1], REG_SZ)
            elif tag == "text" and name in ("policy_file", "trusted_keys_dir"):
                continue  # locating values: their own tests below
            elif tag == "text":
                winreg.set(key, name, TEXT_VALUES[name], REG_SZ)
            elif tag == "list" and element.get("explicitValue") == "true":
                sub = element.get("key")
                if sub.endswith("per_app"):
                    winreg.set(sub, "WINWORD.EXE", "masked", REG_SZ)
                    winreg.set(sub, "slack", "none", REG_SZ)
                else:
                    pattern = sub.rsplit("\\", 1)[1]
                    winreg.set(sub, "banking", "mybank|online banking" if pattern == "title_pattern" else "bankapp",
                               REG_SZ)
            elif tag == "list" and element.get("key").endswith("words"):
                winreg.set(element.get("key"), "1", "health: Klinikum Nord", REG_SZ)
            elif tag == "list":
                winreg.set(element.get("key"), "1", RECIPIENT, REG_SZ)
            else:
                raise AssertionError(f"an ADMX element this test does not know: {tag}")
    program_data = str(policy_dir.parent)
    winreg.set(r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList", "ProgramData", program_data, REG_EXPAND_SZ)
    return winreg


def _section_key(key: str, name: str) -> tuple[str, str]:
    rest = key.removeprefix(table.REGISTRY_ROOT).strip("\\")
    return rest.replace("\\", "."), name


def test_every_admx_value_is_read_and_becomes_the_policy_in_force(data_dir, tmp_path):
    winreg = registry_from_admx(tmp_path / "ProgramData" / "Airlock")
    resolved = resolve_policy(data_dir, None, {}, RegistryStore(winreg))
    policy = resolved.policy
    assert policy.managed and policy.source == HKLM and resolved.store == HKLM
    assert policy.organisation == "Example Corp" and policy.retention_days == 90
    assert policy.allow_quit is False and policy.pause_shortcut == "Ctrl+Shift+F9"
    assert policy.valid_until is not None and policy.valid_until.isoformat() == "2099-12-31"
    capture = policy.capture
    assert (capture.screenshots, capture.screenshot_interval_s, capture.change_threshold, capture.jpeg_quality,
            capture.scale, capture.monitors, capture.idle_gap_s, capture.max_segment_s) == \
        (False, 45.0, 0.05, 95, 0.75, "all", 120.0, 600.0)
    assert policy.keystroke_default is KeystrokeMode.NONE
    assert dict(policy.keystroke_per_app) == {"WINWORD.EXE": KeystrokeMode.MASKED, "slack": KeystrokeMode.NONE}
    assert ExclusionRule("banking", "bankapp", "mybank|online banking") in policy.exclusions
    release = policy.release
    assert (release.destination, release.mode, release.hold_hours, release.recipients, release.s3_endpoint,
            release.s3_region, release.schedule_minutes, release.bandwidth_kbps, release.ac_power_only) == \
        ("s3://training-drop/airlock", ReleaseMode.AFTER_HOLD, 96.0, (RECIPIENT,), "https://s3.example.com",
         "eu-west-1", 10080, 10_000_000, True)
    hours = policy.working_hours
    assert hours is not None and hours.days == (1, 2, 3, 4, 5) and f"{hours.start:%H:%M}-{hours.end:%H:%M}" == "08:00-18:00"
    assert (policy.scan.enabled, policy.scan.hold_suggestions, policy.scan.words) == \
        (True, True, ("health: Klinikum Nord",))  # on/off policies: Enabled writes 1
    origins = {source.key: source.origin for source in resolved.sources}
    assert origins["capture.jpeg_quality"] == HKLM + "\\capture\\jpeg_quality"
    assert origins["keystrokes.per_app"] == HKLM + "\\keystrokes\\per_app"
    assert origins["release.recipients"] == HKLM + "\\release\\recipients"
    assert all(origin.startswith(HKLM) for origin in origins.values()), "every table key was set in the registry"
    assert all(access & winreg.KEY_WOW64_64KEY for _, access in winreg.opened), "the 64-bit view, always"


class SignedFile:
    """A signed policy.toml and its trusted key, somewhere the registry can point at."""

    def __init__(self, folder: Path, text: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "policy.toml"
        self.path.write_text(text, encoding="utf-8")
        signature_path(self.path).write_text(sign_policy(self.path.read_bytes(), ORG_KEY))
        self.keys = folder / "keys"
        self.keys.mkdir(exist_ok=True)
        (self.keys / "org.pub").write_bytes(public_key_pem(ORG_KEY.public_key()))


FILE_TEXT = """organisation = "From the file"
managed = true
retention_days = 30

[capture]
jpeg_quality = 50

[keystrokes.per_app]
Slack = "full"
terminal = "counts"

[[exclusions]]
name = "hr"
app_pattern = "workday"

[release]
destination = "file:///srv/drop"
"""


def test_registry_values_replace_the_signed_files_keys_and_doctor_says_where_each_came_from(
        data_dir, tmp_path, capsys):
    signed = SignedFile(tmp_path / "share", FILE_TEXT)
    winreg = FakeWinreg()
    winreg.set(table.REGISTRY_ROOT, "policy_file", str(signed.path), REG_SZ)
    winreg.set(table.REGISTRY_ROOT, "trusted_keys_dir", str(signed.keys), REG_SZ)
    winreg.set(table.REGISTRY_ROOT + "\\capture", "jpeg_quality", 80, REG_DWORD)
    winreg.set(table.REGISTRY_ROOT + "\\keystrokes\\per_app", "slack", "none", REG_SZ)
    winreg.set(table.REGISTRY_ROOT + "\\exclusions\\title_pattern", "banking", "online banking", REG_SZ)
    context = CommandContext(argparse.Namespace(data_dir=str(data_dir.data_dir), policy=None, json=False),
                             managed_store=RegistryStore(winreg))
    policy = context.policy()
    assert policy.organisation == "From the file" and policy.capture.jpeg_quality == 80
    assert dict(policy.keystroke_per_app) == {"slack": KeystrokeMode.NONE, "terminal": KeystrokeMode.COUNTS}
    assert {ExclusionRule("hr", "workday", ""), ExclusionRule("banking", "", "online banking")} <= set(policy.exclusions)
    assert policy.managed and policy.signer_key_id and policy.source == f"{signed.path} + {HKLM}"

    doctor.run(argparse.Namespace(json=False), context)
    out = "\n".join(" ".join(line.split()) for line in capsys.readouterr().out.splitlines())  # columns aside
    assert f"capture.jpeg_quality = 80 ({HKLM}\\capture\\jpeg_quality)" in out
    assert f"organisation = From the file ({signed.path}, line 1)" in out
    assert f"retention_days = 30 ({signed.path}, line 3)" in out
    assert f"keystrokes.per_app = 2 applications ({HKLM}\\keystrokes\\per_app)" in out
    assert f"exclusions = 2 entries ({HKLM}\\exclusions)" in out
    assert f"release.hold_hours = 72 ({DEFAULT_ORIGIN})" in out
    assert f"policy file {signed.path} (location from {HKLM}\\policy_file)" in out


def test_a_managed_setting_forbids_another_policy_file(data_dir, tmp_path):
    winreg = FakeWinreg()
    winreg.set(table.REGISTRY_ROOT, "retention_days", 14, REG_DWORD)
    evaluation = tmp_path / "mine.toml"
    evaluation.write_text('[release]\ndestination = "file:///tmp/x"\n')
    with pytest.raises(PolicyError) as refused:
        resolve_policy(data_dir, str(evaluation), {}, RegistryStore(winreg))
    assert f"A managed policy is in force on this computer ({HKLM}); --policy cannot replace it." == refused.value.message
    with pytest.raises(PolicyError):
        resolve_policy(data_dir, None, {"AIRLOCK_POLICY": str(evaluation)}, RegistryStore(winreg))


@pytest.mark.parametrize(("key", "name", "data", "kind", "message"), [
    ("capture", "jpeg_quality", 5, REG_DWORD, f"{HKLM}\\capture\\jpeg_quality: capture.jpeg_quality: must be a whole number from 10 to 95, got 5"),
    ("capture", "scale", "half", REG_SZ, f"{HKLM}\\capture\\scale: must be a number (e.g. 30 or 0.5), got 'half'"),
    ("capture", "screenshots", "yes", REG_SZ, f"{HKLM}\\capture\\screenshots: must be a DWORD 1 (on) or 0 (off), got 'yes'"),
    ("capture", "jpeg_qualty", 50, REG_DWORD, f"{HKLM}\\capture\\jpeg_qualty: unknown value"),
    ("release", "mode", 1, REG_DWORD, f"{HKLM}\\release\\mode: must be a string value (REG_SZ)"),
    ("keystrokes\\per_app", "slack", "silent", REG_SZ, f'{HKLM}\\keystrokes\\per_app: keystrokes.per_app.slack: must be one of "full", "masked", "counts", "none"'),
    ("", "pause_shortcut", "P", REG_SZ, f"{HKLM}\\pause_shortcut: pause_shortcut: must be a shortcut like \"Ctrl+Alt+P\""),
])
def test_a_bad_registry_value_stops_capture_and_names_the_value(data_dir, key, name, data, kind, message):
    winreg = FakeWinreg()
    winreg.set("\\".join(part for part in (table.REGISTRY_ROOT, key) if part), name, data, kind)
    with pytest.raises(PolicyError) as refused:
        resolve_policy(data_dir, None, {}, RegistryStore(winreg))
    assert refused.value.message.startswith(message), refused.value.message
    assert "Group Policy" in refused.value.hint or "policy-reference" in refused.value.hint


def test_an_empty_registry_leaves_the_built_in_policy_and_programdata_comes_from_hklm(data_dir):
    winreg = FakeWinreg()
    winreg.set(r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList", "ProgramData",
               r"%SystemDrive%\ProgramData", REG_EXPAND_SZ)
    winreg.set(r"SOFTWARE\Microsoft\Windows NT\CurrentVersion", "SystemRoot", r"D:\WINDOWS", REG_SZ)
    settings = RegistryStore(winreg).read()
    assert settings.values == {} and str(settings.policy_dir) == r"D:\ProgramData\Airlock"
    resolved = resolve_policy(data_dir, None, {}, RegistryStore(winreg))
    assert not resolved.policy.managed and {s.origin for s in resolved.sources} == {DEFAULT_ORIGIN}


def mobileconfig_payload() -> dict:
    profile = plistlib.loads((ROOT / "packaging" / "macos" / "airlock-settings.mobileconfig").read_bytes())
    (payload,) = profile["PayloadContent"]
    assert payload["PayloadType"] == BUNDLE_ID
    return payload


def test_macos_managed_preferences_from_the_example_profile(data_dir, tmp_path):
    managed = tmp_path / "Managed Preferences" / f"{BUNDLE_ID}.plist"
    managed.parent.mkdir()
    managed.write_bytes(plistlib.dumps(mobileconfig_payload()))  # what macOS writes from the payload
    store = ManagedPreferencesStore(managed, policy_dir=tmp_path / "Application Support" / "Airlock")
    resolved = resolve_policy(data_dir, None, {}, store)
    policy = resolved.policy
    assert policy.managed and policy.source == str(managed)
    assert (policy.organisation, policy.pause_shortcut, policy.capture.jpeg_quality, policy.capture.screenshot_interval_s,
            policy.keystroke_default, dict(policy.keystroke_per_app), policy.release.hold_hours) == \
        ("Example Corp", "Ctrl+Alt+P", 60, 45.0, KeystrokeMode.MASKED, {"Terminal": KeystrokeMode.FULL}, 96.0)
    assert ExclusionRule("banking", "", "online banking") in policy.exclusions
    origins = {source.key: source.origin for source in resolved.sources}
    assert origins["capture.jpeg_quality"] == f"{managed}: capture.jpeg_quality"
    assert origins["release.mode"] == DEFAULT_ORIGIN


def test_macos_managed_preferences_refuse_unknown_keys_and_name_bad_values(data_dir, tmp_path):
    managed = tmp_path / f"{BUNDLE_ID}.plist"
    managed.write_bytes(plistlib.dumps({"PayloadUUID": "ignored", "capture": {"jpeg_qualty": 50}}))
    with pytest.raises(PolicyError, match="capture.jpeg_qualty: unknown key"):
        resolve_policy(data_dir, None, {}, ManagedPreferencesStore(managed, tmp_path))
    managed.write_bytes(plistlib.dumps({"release": {"hold_hours": -1}}))
    with pytest.raises(PolicyError) as refused:
        resolve_policy(data_dir, None, {}, ManagedPreferencesStore(managed, tmp_path))
    assert refused.value.message == f"{managed}: release.hold_hours: release.hold_hours: must be a number from 0 to 8760, got -1"
    managed.write_bytes(b"not a plist")
    with pytest.raises(PolicyError, match="not a valid property list"):
        ManagedPreferencesStore(managed, tmp_path).read()


def test_linux_reads_etc_airlock_and_each_os_gets_its_reader(data_dir, tmp_path):
    signed = SignedFile(tmp_path / "etc-airlock", FILE_TEXT)
    (signed.path.parent / "trusted-keys").mkdir()
    (signed.path.parent / "trusted-keys" / "org.pub").write_bytes(public_key_pem(ORG_KEY.public_key()))
    resolved = resolve_policy(data_dir, None, {}, EtcAirlockStore(signed.path.parent))
    assert resolved.policy.capture.jpeg_quality == 50 and resolved.store == str(signed.path.parent)
    origins = {source.key: source.origin for source in resolved.sources}
    assert origins["capture.jpeg_quality"] == f"{signed.path}, line 6"
    assert type(managed_store_for("linux")).__name__ == "EtcAirlockStore"
    assert type(managed_store_for("win32")).__name__ == "RegistryStore"
    assert type(managed_store_for("darwin")).__name__ == "ManagedPreferencesStore"


def test_the_table_covers_the_schema_and_the_bundle_id_is_the_apps():
    assert table.covered_keys() == table.schema_keys()
    build_spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert f'BUNDLE_ID = "{BUNDLE_ID}"' in build_spec

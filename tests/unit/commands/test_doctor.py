"""`airlock doctor`: every line of its report, judged from a table of facts; and the real command with
a corrupt, unsigned or wrongly signed policy exits non-zero naming the file."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.commands.doctor import Facts, Line, ReleaseFacts, judge
from app.core.display import DisplayInfo
from app.core.errors import PolicyError
from app.policy.file.parser import default_policy
from app.vault.keystore import BackendReport

ROOT = Path(__file__).resolve().parents[3]
VERSIONS = {"airlock": "0.1.0", "python": "3.11.7", "qt": "Qt 6.11.3", "sqlcipher": "4.19.0", "platform": "linux",
            "frozen": False}
POLICY = dataclasses.replace(default_policy(Path("/tmp/airlock")), source="/etc/airlock/policy.toml", managed=True,
                             signer_key_id="3f9a0c11aa22bb33", valid_until=date(2027, 6, 30))
GOOD = Facts(VERSIONS, POLICY, None, BackendReport("SecretService", True, ""),
             DisplayInfo("x11", True, "X11 session on :0"), ("open", "vault opens with the key from the keyring"),
             {"recording": True, "paused": True})


def test_doctor_names_the_ocr_engine_or_why_there_is_none():
    found = dataclasses.replace(GOOD, ocr=(True, "tesseract 5.5.4"))
    assert _line(judge(found), "OCR") == Line("OCR", "tesseract 5.5.4 — reads screenshots on this computer for "
                                                     "sensitive moments")
    missing = dataclasses.replace(GOOD, ocr=(False, "no Tesseract models for 'deu+eng' found: install …"))
    line = _line(judge(missing), "OCR")
    assert line.value == ("unavailable — screenshots are not read for sensitive moments: no Tesseract models for "
                          "'deu+eng' found: install …") and line.problem == ""  # capture still runs
    off = dataclasses.replace(found, policy=dataclasses.replace(POLICY, scan=dataclasses.replace(POLICY.scan,
                                                                                                 enabled=False)))
    assert _line(judge(off), "OCR").value == "tesseract 5.5.4 — screenshots not read (the policy turned it off)"


def _line(lines: list[Line], label: str) -> Line:
    (line,) = [line for line in lines if line.label == label]
    return line


def test_a_healthy_machine_has_no_problem_and_names_the_policy_in_force():
    lines = judge(GOOD)
    assert [line.problem for line in lines] == [""] * len(lines)
    assert [line.label for line in lines] == ["Airlock", "Python", "Qt", "SQLCipher", "Policy", "Keyring", "Display",
                                              "Vault", "Release", "OCR", "Icons"]
    policy = _line(lines, "Policy").value
    assert policy.startswith("/etc/airlock/policy.toml — managed, signed by 3f9a0c11aa22bb33, valid until 2027-06-30")
    assert POLICY.content_hash[:16] in policy


@pytest.mark.parametrize(("change", "label", "problem"), [
    ({"policy": None, "policy_error": PolicyError("/etc/airlock/policy.toml: the policy is not signed "
                                                  "(policy.toml.sig is missing)", "Ask IT.")},
     "Policy", "Not capturing: the policy was refused. /etc/airlock/policy.toml: the policy is not signed "
               "(policy.toml.sig is missing) Ask IT."),
    ({"keyring": BackendReport("keyring.backends.fail.Keyring", False, "this keyring backend does not keep secrets safe")},
     "Keyring", "Not capturing: this keyring backend does not keep secrets safe (keyring.backends.fail.Keyring). "
                "Run a Secret Service keyring (GNOME Keyring or KWallet) and unlock it."),
    ({"display": DisplayInfo("wayland", False, "Wayland session: capture is not supported")},
     "Display", "Not capturing: Wayland session: capture is not supported"),
    ({"vault": ("locked", "vault locked: the key is not in the keyring")},
     "Vault", "vault locked: the key is not in the keyring"),
    ({"vault": ("error", "The vault could not be opened with the key in the keyring")},
     "Vault", "The vault could not be opened with the key in the keyring"),
    ({"release": ReleaseFacts(3, "file:///mnt/share", "the folder /mnt/share does not exist (is the share mounted?)")},
     "Release", "3 segments are due to leave but the destination cannot be reached: the folder /mnt/share "
                "does not exist (is the share mounted?)"),
    ({"icons": {"recording": True, "paused": False}}, "Icons", "icons failed to load: paused"),
    ({"icons": {}}, "Icons", "icons failed to load: none found"),
])
def test_each_condition_that_stops_capture_is_a_problem_on_its_own_line(change, label, problem):
    lines = judge(dataclasses.replace(GOOD, **change))
    assert [(line.label, line.problem) for line in lines if line.problem] == [(label, problem)]


@pytest.mark.parametrize(("release", "value"), [
    (ReleaseFacts(), "not checked (no policy or vault)"),
    (ReleaseFacts(0, "file:///drop"), "nothing due now; destination file:///drop"),
    (ReleaseFacts(2, "s3://drop/airlock"), "2 segments due; s3://drop/airlock answers"),
])
def test_the_release_line_says_what_is_due_and_where(release, value):
    line = _line(judge(dataclasses.replace(GOOD, release=release)), "Release")
    assert (line.value, line.problem) == (value, "")


def _doctor(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "AIRLOCK_DATA_DIR": str(tmp_path / "data"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run([sys.executable, "-m", "app", *args, "doctor", "--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("broken", ["corrupt", "unsigned-managed", "wrongly-signed"])
def test_doctor_refuses_a_broken_policy_and_names_the_file(tmp_path, broken):
    path = tmp_path / "policy.toml"
    if broken == "corrupt":
        path.write_text("[release\ndestination = ")
    else:
        path.write_text(f'managed = true\n[release]\ndestination = "{(tmp_path / "drop").as_uri()}"\n')
    if broken == "wrongly-signed":
        (tmp_path / "policy.toml.sig").write_text('format = "airlock-policy-signature-v1"\nkey_id = "00"\n'
                                                  'signature = "AAAA"\n')
    result = _doctor(tmp_path, "--policy", str(path))
    report = json.loads(result.stdout)
    assert result.returncode == 1
    refused = [p for p in report["problems"] if p.startswith("Not capturing: the policy was refused.")]
    assert refused and str(path) in refused[0], report["problems"]
    assert report["policy"]["refused"]

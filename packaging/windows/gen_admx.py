"""Generate the Group Policy templates (admx/Airlock.admx, admx/en-US/Airlock.adml) from the schema.

    python packaging/windows/gen_admx.py           # rewrite both files
    python packaging/windows/gen_admx.py --check   # exit 1 if the committed files are out of date

Every key of the policy file (app/policy/file/schema.py SECTIONS and [[exclusions]]) becomes a
registry value under HKLM\\Software\\Policies\\Airlock[\\<section>] named like the TOML key, so a
GPO and policy.toml say the same things in the same words. The element type and bounds of each
key are declared in POLICIES below; tests/unit/packaging check that they cover exactly the
schema's keys and accept exactly what the schema's converters accept.

Not represented: `schema_version` (the registry layout is version 1) and `managed` (values
under Software\\Policies are managed by definition: only administrators and GPO can write them).
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app import APP_NAME, __version__  # noqa: E402
from app.policy.file import schema  # noqa: E402
from app.policy.file.exclusion_entries import EXCLUSIONS  # noqa: E402

ADMX = ROOT / "packaging" / "windows" / "admx" / "Airlock.admx"
ADML = ROOT / "packaging" / "windows" / "admx" / "en-US" / "Airlock.adml"
NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
REGISTRY_ROOT = "Software\\Policies\\Airlock"
NOT_IN_REGISTRY = {("", "schema_version"), ("", "managed")}
SUPPORTED = "SUPPORTED_Airlock_0_1"


@dataclass(frozen=True)
class Element:
    """One registry value of a policy. kind: boolean | decimal | text | enum | list | pairs."""

    section: str  # TOML table ("" for top level, "keystrokes.per_app", "exclusions.app_pattern")
    key: str  # TOML key (value name); for list kinds the schema key the list stands for
    kind: str
    low: int = 0
    high: int = 0
    choices: tuple[str, ...] = ()
    label: str = ""

    @property
    def registry_key(self) -> str:
        return REGISTRY_ROOT + "".join("\\" + part for part in self.section.split(".") if part)

    @property
    def element_id(self) -> str:
        return (self.section.replace(".", "_") + "_" + self.key).strip("_").replace("<", "").replace(">", "")


@dataclass(frozen=True)
class Policy:
    """One GPO setting: a name, a category, a help text and its registry values."""

    name: str
    category: str
    title: str
    elements: tuple[Element, ...]


def _one(category: str, section: str, key: str, kind: str, title: str, **options) -> Policy:
    name = "_".join(part for part in (section.replace(".", "_"), key.strip("<>")) if part)
    element = Element(section, key, kind, label=title, **options)
    return Policy(name=name, category=category, title=title, elements=(element,))


POLICIES: tuple[Policy, ...] = (
    _one("Airlock", "", "organisation", "text", "Organisation shown to the employee"),
    _one("Airlock", "", "retention_days", "decimal", "Retention (days)", low=1, high=3650),
    _one("Airlock", "", "allow_quit", "boolean", "Allow Quit in the tray menu"),
    _one("Airlock", "", "valid_until", "text", "Last day the policy applies (YYYY-MM-DD)"),
    _one("Capture", "capture", "screenshots", "boolean", "Take screenshots"),
    _one("Capture", "capture", "screenshot_interval_s", "text", "Screenshot interval (seconds)"),
    _one("Capture", "capture", "change_threshold", "text", "Screen change threshold (fraction)"),
    _one("Capture", "capture", "jpeg_quality", "decimal", "JPEG quality", low=10, high=95),
    _one("Capture", "capture", "scale", "text", "Screenshot scale (0.1 to 1)"),
    _one("Capture", "capture", "monitors", "enum", "Monitors captured", choices=("active", "all")),
    _one("Capture", "capture", "idle_gap_s", "text", "Idle gap ending a segment (seconds)"),
    _one("Capture", "capture", "max_segment_s", "text", "Longest segment (seconds)"),
    _one("Keystrokes", "keystrokes", "default", "enum", "Default keystroke mode",
         choices=schema.KEYSTROKE_MODES),
    _one("Keystrokes", "keystrokes.per_app", "<application>", "pairs", "Keystroke mode per application"),
    _one("Exclusions", "exclusions.app_pattern", "name", "pairs",
         "Excluded applications (rule name = app pattern)"),
    _one("Exclusions", "exclusions.title_pattern", "name", "pairs",
         "Excluded window titles (rule name = title pattern)"),
    _one("Release", "release", "destination", "text", "Release destination"),
    _one("Release", "release", "mode", "enum", "Release mode", choices=("explicit", "after-hold")),
    _one("Release", "release", "hold_hours", "text", "Hold period (hours)"),
    _one("Release", "release", "recipients", "list", "age recipients (sealing keys)"),
    _one("Release", "release", "s3_endpoint", "text", "S3-compatible endpoint URL"),
    _one("Release", "release", "s3_region", "text", "S3 region"),
    _one("Release", "release", "schedule_minutes", "decimal", "Minutes between release runs", low=1, high=10080),
    _one("Release", "release", "bandwidth_kbps", "decimal", "Upload cap (KB/s)", low=1, high=10_000_000),
    _one("Release", "release", "ac_power_only", "boolean", "Upload only on mains power"),
    Policy(
        name="working_hours",
        category="WorkingHours",
        title="Working hours (capture only inside them)",
        elements=(
            Element("working_hours", "days", "text", label="Weekdays, 1 = Monday (e.g. 1,2,3,4,5)"),
            Element("working_hours", "start", "text", label="Start (HH:MM)"),
            Element("working_hours", "end", "text", label="End (HH:MM, exclusive)"),
        ),
    ),
)

CATEGORIES = {
    "Airlock": "Airlock",
    "Capture": "Capture",
    "Keystrokes": "Keystrokes",
    "Exclusions": "Exclusions",
    "Release": "Release",
    "WorkingHours": "Working hours",
}


def schema_fields() -> dict[tuple[str, str], schema.FieldSpec]:
    """Every key of the policy file that the templates must represent: (section, key) -> spec."""
    fields = {(section.name, spec.key): spec for section in schema.SECTIONS for spec in section.fields}
    fields.update({("exclusions", spec.key): spec for spec in EXCLUSIONS.fields})
    return {where: spec for where, spec in fields.items() if where not in NOT_IN_REGISTRY}


def covered_fields() -> set[tuple[str, str]]:
    """The schema keys POLICIES stands for (an exclusions pattern list stands for the rule's keys)."""
    covered = set()
    for policy in POLICIES:
        for element in policy.elements:
            if element.section.startswith("exclusions."):
                covered |= {("exclusions", "name"), ("exclusions", element.section.split(".")[1])}
            else:
                covered.add((element.section, element.key))
    return covered


def _toml(value: object) -> str:
    """A default as it is written in policy.toml."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    return str(value)


def _explain(policy: Policy) -> str:
    fields = schema_fields()
    lines = []
    for element in policy.elements:
        if element.section.startswith("exclusions."):
            pattern = element.section.split(".")[1]
            lines.append(f"{EXCLUSIONS.doc} Each entry: value name = the rule's name; value data = its "
                         f"{pattern} ({fields[('exclusions', pattern)].doc}) Entries with the same name in "
                         "both exclusion lists form one rule.")
        else:
            spec = fields[(element.section, element.key)]
            default = "" if spec.default in (None, schema.REQUIRED) else f" Default: {_toml(spec.default)}."
            lines.append(f"{element.key}: {spec.doc}{default}")
        lines.append(f"Registry: HKLM\\{element.registry_key}\\{element.key if element.kind not in ('list', 'pairs') else '*'}")
    lines.append("The same key of the policy file is described in docs/policy-reference.md. A signed "
                 "policy.toml in %ProgramData%\\Airlock, where installed, is the policy in force instead.")
    return "\n\n".join(lines)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    child = ET.SubElement(parent, tag, {k.rstrip("_"): v for k, v in attrs.items()})
    if text is not None:
        child.text = text
    return child


def build_admx() -> ET.Element:
    root = ET.Element("policyDefinitions", {"xmlns": NS, "revision": "1.0", "schemaVersion": "1.0"})
    namespaces = _sub(root, "policyNamespaces")
    _sub(namespaces, "target", prefix="airlock", namespace="Airlock.Policies")
    _sub(root, "resources", minRequiredRevision="1.0")
    supported = _sub(_sub(root, "supportedOn"), "definitions")
    _sub(supported, "definition", name=SUPPORTED, displayName=f"$(string.{SUPPORTED})")
    categories = _sub(root, "categories")
    for name in CATEGORIES:
        category = _sub(categories, "category", name=name, displayName=f"$(string.Category_{name})")
        if name != "Airlock":
            _sub(category, "parentCategory", ref="Airlock")
    policies = _sub(root, "policies")
    for policy in POLICIES:
        attrs = {"name": policy.name, "class": "Machine", "displayName": f"$(string.{policy.name})",
                 "explainText": f"$(string.{policy.name}_Explain)", "key": policy.elements[0].registry_key}
        single_boolean = len(policy.elements) == 1 and policy.elements[0].kind == "boolean"
        if single_boolean:
            attrs["valueName"] = policy.elements[0].key
        else:
            attrs["presentation"] = f"$(presentation.{policy.name})"
        node = _sub(policies, "policy", **attrs)
        _sub(node, "parentCategory", ref=policy.category)
        _sub(node, "supportedOn", ref=SUPPORTED)
        if single_boolean:
            _sub(_sub(node, "enabledValue"), "decimal", value="1")
            _sub(_sub(node, "disabledValue"), "decimal", value="0")
            continue
        elements = _sub(node, "elements")
        for element in policy.elements:
            _add_element(elements, element)
    return root


def _add_element(parent: ET.Element, element: Element) -> None:
    ident = element.element_id
    if element.kind == "decimal":
        _sub(parent, "decimal", id=ident, valueName=element.key, required="true",
             minValue=str(element.low), maxValue=str(element.high))
    elif element.kind == "text":
        _sub(parent, "text", id=ident, valueName=element.key, required="true", maxLength="1024")
    elif element.kind == "enum":
        node = _sub(parent, "enum", id=ident, valueName=element.key, required="true")
        for choice in element.choices:
            item = _sub(node, "item", displayName=f"$(string.{ident}_{choice.replace('-', '_')})")
            _sub(_sub(item, "value"), "string", choice)
    elif element.kind == "list":  # values named 1, 2, 3...
        _sub(parent, "list", id=ident, key=element.registry_key + "\\" + element.key, valuePrefix="")
    elif element.kind == "pairs":  # value name and data both given by the administrator
        _sub(parent, "list", id=ident, key=element.registry_key, explicitValue="true")
    else:
        raise ValueError(f"unknown element kind {element.kind!r}")


def build_adml() -> ET.Element:
    root = ET.Element("policyDefinitionResources", {"xmlns": NS, "revision": "1.0", "schemaVersion": "1.0"})
    _sub(root, "displayName", f"{APP_NAME} policy settings")
    _sub(root, "description", f"Group Policy settings for {APP_NAME} {__version__}, equivalent to the keys "
                              "of its signed policy file.")
    resources = _sub(root, "resources")
    strings = _sub(resources, "stringTable")
    _sub(strings, "string", f"{APP_NAME} {__version__} or later", id=SUPPORTED)
    for name, title in CATEGORIES.items():
        _sub(strings, "string", title, id=f"Category_{name}")
    presentations = _sub(resources, "presentationTable")
    for policy in POLICIES:
        _sub(strings, "string", policy.title, id=policy.name)
        _sub(strings, "string", _explain(policy), id=f"{policy.name}_Explain")
        if len(policy.elements) == 1 and policy.elements[0].kind == "boolean":
            continue
        presentation = _sub(presentations, "presentation", id=policy.name)
        for element in policy.elements:
            _add_control(presentation, strings, element)
    return root


def _add_control(presentation: ET.Element, strings: ET.Element, element: Element) -> None:
    ident = element.element_id
    spec = schema_fields().get((element.section, element.key))
    default = spec.default if spec is not None and spec.default not in (None, schema.REQUIRED) else None
    if element.kind == "decimal":
        attrs = {"refId": ident} | ({"defaultValue": str(default)} if default is not None else {})
        _sub(presentation, "decimalTextBox", element.label, **attrs)
    elif element.kind == "text":
        box = _sub(presentation, "textBox", refId=ident)
        _sub(box, "label", element.label)
        if default not in (None, ""):
            _sub(box, "defaultValue", str(default))
    elif element.kind == "enum":
        index = element.choices.index(default) if default in element.choices else 0
        _sub(presentation, "dropdownList", element.label, refId=ident, noSort="true", defaultItem=str(index))
        for choice in element.choices:
            _sub(strings, "string", choice, id=f"{ident}_{choice.replace('-', '_')}")
    else:
        _sub(presentation, "listBox", element.label, refId=ident)


def render(root: ET.Element) -> str:
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def outputs() -> dict[Path, str]:
    missing = set(schema_fields()) - covered_fields()
    extra = covered_fields() - set(schema_fields())
    if missing or extra:
        raise SystemExit(f"gen_admx: POLICIES out of step with the schema: missing {sorted(missing)}, "
                         f"unknown {sorted(extra)}")
    return {ADMX: render(build_admx()), ADML: render(build_adml())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed files differ")
    args = parser.parse_args(argv)
    stale = []
    for path, text in outputs().items():
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if stale:
        print("out of date (run python packaging/windows/gen_admx.py): "
              + ", ".join(str(path.relative_to(ROOT)) for path in stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

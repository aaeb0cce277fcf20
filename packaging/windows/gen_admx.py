"""Generate the Group Policy templates (admx/Airlock.admx, admx/en-US/Airlock.adml) from the schema.

    python packaging/windows/gen_admx.py           # rewrite both files
    python packaging/windows/gen_admx.py --check   # exit 1 if the committed files are out of date

Every row of the managed-settings table (app/policy/managed/table.py) becomes a registry value
under HKLM\\Software\\Policies\\Airlock[\\<section>] named like the TOML key, so a GPO and
policy.toml say the same things in the same words, and the reader (app/policy/managed/registry.py)
decodes exactly what this template writes. tests/unit/packaging check that the table covers
exactly the schema's keys and that the bounds accept exactly what the schema's converters accept.
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
from app.policy.managed import table  # noqa: E402
from app.policy.managed.table import Kind, ManagedSetting, Purpose  # noqa: E402

ADMX = ROOT / "packaging" / "windows" / "admx" / "Airlock.admx"
ADML = ROOT / "packaging" / "windows" / "admx" / "en-US" / "Airlock.adml"
NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
SUPPORTED = "SUPPORTED_Airlock_0_1"


@dataclass(frozen=True)
class Policy:
    """One GPO setting: a name, a category, a help text and its registry values (table rows)."""

    name: str
    category: str
    title: str
    elements: tuple[ManagedSetting, ...]


def _name(setting: ManagedSetting) -> str:
    return "_".join(part for part in (setting.section.replace(".", "_"), setting.key) if part)


def _policies() -> tuple[Policy, ...]:
    """The table's rows as GPO settings: one each, or one per `group` (working hours)."""
    policies: list[Policy] = []
    groups: dict[str, list[ManagedSetting]] = {}
    for setting in table.SETTINGS:
        if setting.group:
            if setting.group not in groups:
                groups[setting.group] = []
                policies.append(Policy(setting.group, setting.category, "", ()))
            groups[setting.group].append(setting)
        else:
            policies.append(Policy(_name(setting), setting.category, setting.title, (setting,)))
    titles = {"working_hours": "Working hours (capture only inside them)"}
    return tuple(Policy(p.name, p.category, titles[p.name], tuple(groups[p.name])) if p.name in groups else p
                 for p in policies)


POLICIES = _policies()

CATEGORIES = {
    "Airlock": "Airlock",
    "Capture": "Capture",
    "Keystrokes": "Keystrokes",
    "Exclusions": "Exclusions",
    "Release": "Release",
    "WorkingHours": "Working hours",
    "Scan": "Reading screenshots on the device",
}


def _element_id(setting: ManagedSetting) -> str:
    return _name(setting)


def schema_fields() -> dict[tuple[str, str], schema.FieldSpec]:
    """Every key of the policy file the templates represent: (section, key) -> spec."""
    fields = {(section.name, spec.key): spec for section in schema.SECTIONS for spec in section.fields}
    fields.update({("exclusions", spec.key): spec for spec in EXCLUSIONS.fields})
    return fields


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
        where = f"HKLM\\{element.registry_key}\\{element.key if element.kind not in (Kind.LIST, Kind.PAIRS) else '*'}"
        if element.section == "exclusions":
            lines.append(f"{EXCLUSIONS.doc} Each entry: value name = the rule's name; value data = its "
                         f"{element.key} ({fields[('exclusions', element.key)].doc}) Entries with the same name in "
                         "both exclusion lists form one rule. They are added to the signed policy's rules.")
        elif element.purpose is Purpose.LOCATE:
            lines.append(LOCATE_HELP[element.key])
        elif (element.section, element.key) == ("keystrokes", "per_app"):
            lines.append(f"{fields[('keystrokes.per_app', '<application>')].doc} Value name = the application; "
                         "value data = full, masked, counts or none. Merged with the signed policy's list "
                         "(this setting wins for the same application).")
        else:
            spec = fields[(element.section, element.key)]
            default = "" if spec.default in (None, schema.REQUIRED) else f" Default: {_toml(spec.default)}."
            lines.append(f"{element.dotted}: {spec.doc}{default}")
        lines.append(f"Registry: {where}")
    lines.append("The same key of the policy file is described in docs/policy-reference.md. A setting made "
                 "here replaces that key of the signed policy.toml (where one is installed); settings left "
                 "Not Configured keep the file's value or the default. `airlock doctor` shows where each "
                 "setting came from.")
    return "\n\n".join(lines)


LOCATE_HELP = {
    "policy_file": "Full path of the signed policy.toml (for example on a read-only share). Default: "
                   "%ProgramData%\\Airlock\\policy.toml. Environment variables are not expanded.",
    "trusted_keys_dir": "Folder of the organisation's public policy-signing keys (*.pub). Default: the "
                        "trusted-keys folder beside the policy file. Environment variables are not expanded.",
}


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
        single_boolean = len(policy.elements) == 1 and policy.elements[0].kind is Kind.FLAG
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


def _add_element(parent: ET.Element, element: ManagedSetting) -> None:
    ident = _element_id(element)
    if element.kind is Kind.WHOLE:
        _sub(parent, "decimal", id=ident, valueName=element.key, required="true",
             minValue=str(element.low), maxValue=str(element.high))
    elif element.kind is Kind.TEXT:
        _sub(parent, "text", id=ident, valueName=element.key, required="true", maxLength="1024")
    elif element.kind is Kind.CHOICE:
        node = _sub(parent, "enum", id=ident, valueName=element.key, required="true")
        for choice in element.choices:
            item = _sub(node, "item", displayName=f"$(string.{ident}_{choice.replace('-', '_')})")
            _sub(_sub(item, "value"), "string", choice)
    elif element.kind is Kind.LIST:  # values named 1, 2, 3...
        _sub(parent, "list", id=ident, key=element.registry_key, valuePrefix="")
    elif element.kind is Kind.PAIRS:  # value name and data both given by the administrator
        _sub(parent, "list", id=ident, key=element.registry_key, explicitValue="true")
    else:
        raise ValueError(f"no ADMX element for {element.kind}")


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
        if len(policy.elements) == 1 and policy.elements[0].kind is Kind.FLAG:
            continue
        presentation = _sub(presentations, "presentation", id=policy.name)
        for element in policy.elements:
            _add_control(presentation, strings, element)
    return root


def _add_control(presentation: ET.Element, strings: ET.Element, element: ManagedSetting) -> None:
    ident = _element_id(element)
    spec = schema_fields().get((element.section, element.key))
    default = spec.default if spec is not None and spec.default not in (None, schema.REQUIRED) else None
    label = element.title
    if element.kind is Kind.WHOLE:
        attrs = {"refId": ident} | ({"defaultValue": str(default)} if default is not None else {})
        _sub(presentation, "decimalTextBox", label, **attrs)
    elif element.kind is Kind.TEXT:
        box = _sub(presentation, "textBox", refId=ident)
        _sub(box, "label", label)
        if default not in (None, ""):
            _sub(box, "defaultValue", _text_default(default))
    elif element.kind is Kind.CHOICE:
        index = element.choices.index(default) if default in element.choices else 0
        _sub(presentation, "dropdownList", label, refId=ident, noSort="true", defaultItem=str(index))
        for choice in element.choices:
            _sub(strings, "string", choice, id=f"{ident}_{choice.replace('-', '_')}")
    else:
        _sub(presentation, "listBox", label, refId=ident)


def _text_default(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def render(root: ET.Element) -> str:
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def outputs() -> dict[Path, str]:
    missing = table.schema_keys() - table.covered_keys()
    extra = table.covered_keys() - table.schema_keys()
    if missing or extra:
        raise SystemExit(f"gen_admx: the managed-settings table is out of step with the schema: missing "
                         f"{sorted(missing)}, unknown {sorted(extra)}")
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

#!/usr/bin/env python3
"""Validate Kubernetes manifests against the Kubernetes API schemas in strict mode.

Core kinds are checked with the `kubernetes_validate` package
(`kubernetes_validate.validate(data, version, strict=True)`), whose strict
schemas reject unknown fields the way `kubectl apply --validate=strict` does.
The package stops at the first error, so a core document reports one error.

Custom kinds are checked against the openAPIV3Schema of a
CustomResourceDefinition given with --crd, using jsonschema. The CRD schema is
made strict the same way: objects with `properties` reject unknown fields
unless they set x-kubernetes-preserve-unknown-fields, `nullable` allows null,
x-kubernetes-int-or-string allows an integer or a string, and `metadata` is
checked against the core ObjectMeta schema. CEL rules
(x-kubernetes-validations) and string formats are not evaluated.

Kinds that are neither core kinds nor covered by a --crd file (Route,
Application, Keycloak, KeycloakRealmImport, Kustomization and so on) are
reported as skipped and do not fail the run.

Prints one line per document: PASS, FAIL or SKIP, FILE#N (N counts the
documents of the file from 1), Kind/name. Errors follow, indented, with the
JSON path of the invalid value.

Exit status: 0 when no document fails, 1 when at least one fails, 2 for
invalid arguments, an unreadable input or CRD file, or an unsupported
Kubernetes version.
"""

from __future__ import annotations

import argparse
import copy
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import jsonschema
import kubernetes_validate
import kubernetes_validate.utils as kv_utils
import yaml
from referencing import Registry, Resource

DEFAULT_KUBERNETES_VERSION = "1.29.0"
YAML_SUFFIXES = (".yaml", ".yml")
KUSTOMIZATION_NAMES = ("kustomization.yaml", "kustomization.yml")
CRD_API_VERSION = "apiextensions.k8s.io/v1"


class UsageError(Exception):
    """Invalid argument, unreadable input or CRD file that stops the run (exit status 2)."""


class DuplicateKeyLoader(yaml.SafeLoader):
    """SafeLoader that rejects duplicate mapping keys, as strict field validation does."""


def construct_mapping_without_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
    loader.flatten_mapping(node)
    seen: dict[Any, yaml.Node] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                f"found duplicate key {key!r}",
                key_node.start_mark,
            )
        seen[key] = key_node
    return loader.construct_mapping(node, deep=True)


DuplicateKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping_without_duplicates
)


@dataclass
class Verdict:
    status: str  # PASS, FAIL or SKIP
    label: str
    detail: str
    errors: list[str] = field(default_factory=list)

    def print(self) -> None:
        print(f"{self.status} {self.label}: {self.detail}")
        for error in self.errors:
            print(f"  {error}")


def json_path(path: Iterable[Any]) -> str:
    text = "$"
    for item in path:
        text += f"[{item}]" if isinstance(item, int) else f".{item}"
    return text


MAX_MESSAGE_LENGTH = 240
JUNCTOR_KEYWORDS = ("allOf", "anyOf", "oneOf", "not")


def describe_error(error: jsonschema.ValidationError) -> str:
    """Format an error as `JSON path: message`, naming the schema rule for junctors."""
    message = error.message
    if error.validator in JUNCTOR_KEYWORDS:
        rule = json_path(error.absolute_schema_path).replace("$", "schema", 1)
        message = f"does not satisfy {rule}"
    if len(message) > MAX_MESSAGE_LENGTH:
        message = message[: MAX_MESSAGE_LENGTH - 3] + "..."
    return f"{json_path(error.absolute_path)}: {message}"


# --- Core kinds -------------------------------------------------------------


def schema_version(desired_version: str) -> str:
    """Return the bundled schema version that kubernetes_validate uses for desired_version.

    Like kubernetes_validate, this picks the newest bundled version that is not
    newer than the desired one, but raises UsageError where the package would
    raise an IndexError or VersionNotSupportedError.
    """

    def minor_key(version: str) -> tuple[int, ...]:
        return tuple(int(part) for part in kv_utils.major_minor(version).split("."))

    try:
        requested = minor_key(desired_version.lstrip("v"))
    except ValueError:
        raise UsageError(f"invalid Kubernetes version: {desired_version}") from None
    bundled = kv_utils.all_versions()
    candidates = [version for version in bundled if minor_key(version) <= requested]
    if not candidates or requested > minor_key(bundled[-1]):
        raise UsageError(
            f"kubernetes-validate {kubernetes_validate.__version__} has no schemas for"
            f" Kubernetes {desired_version}; it has {bundled[0]} to {bundled[-1]}"
        )
    return candidates[-1]


def object_meta_validator(desired_version: str) -> jsonschema.Validator:
    """Build a validator for core ObjectMeta from kubernetes_validate's strict schemas."""
    folder = f"kubernetes-json-schema/v{schema_version(desired_version)}-local-strict"
    schema = kv_utils.schema_contents(f"{folder}/objectmeta-meta-v1.json", desired_version)
    definitions = kv_utils.schema_contents(f"{folder}/_definitions.json", desired_version)
    registry = Resource.from_contents(schema) @ Registry()
    registry = Resource.from_contents(definitions) @ registry
    return jsonschema.validators.Draft202012Validator(schema, registry=registry)


def validate_core(document: dict, version: str) -> tuple[str, str, list[str]]:
    try:
        validated = kubernetes_validate.validate(document, version, strict=True)
    except kubernetes_validate.SchemaNotFoundError:
        return "SKIP", "skipped (not a core kind)", []
    except kubernetes_validate.ValidationError as error:
        return "FAIL", f"invalid for Kubernetes {error.version} (strict)", [describe_error(error)]
    return "PASS", f"valid for Kubernetes {validated} (strict)", []


# --- Custom kinds -----------------------------------------------------------


SCHEMA_LIST_KEYWORDS = ("allOf", "anyOf", "oneOf")


def strict_structural_schema(schema: Any, structural: bool = True) -> Any:
    """Translate a CRD structural schema into an equivalent strict JSON Schema (Draft 4).

    Only subschema keywords are followed, so values such as `default`, `enum`
    and `example` stay as they are. A keyword set to null counts as absent, as
    in the API server. Subschemas under allOf, anyOf, oneOf and not only add
    value checks in Kubernetes (structural is False there), so they do not
    reject unknown fields.
    """
    if not isinstance(schema, dict):
        return schema

    result = {key: value for key, value in schema.items() if value is not None}
    if isinstance(result.get("properties"), dict):
        result["properties"] = {
            name: strict_structural_schema(subschema, structural)
            for name, subschema in result["properties"].items()
        }
    for keyword in ("additionalProperties", "items"):
        if isinstance(result.get(keyword), dict):
            result[keyword] = strict_structural_schema(result[keyword], structural)
    if isinstance(result.get("not"), dict):
        result["not"] = strict_structural_schema(result["not"], structural=False)
    for keyword in SCHEMA_LIST_KEYWORDS:
        if isinstance(result.get(keyword), list):
            result[keyword] = [
                strict_structural_schema(item, structural=False) for item in result[keyword]
            ]

    if result.pop("nullable", False) and isinstance(result.get("type"), str):
        result["type"] = [result["type"], "null"]
    if result.get("x-kubernetes-int-or-string") and "type" not in result:
        result["type"] = ["integer", "string"]
    keeps_unknown = result.get("x-kubernetes-preserve-unknown-fields") or result.get(
        "x-kubernetes-embedded-resource"
    )
    if (
        structural
        and "properties" in result
        and "additionalProperties" not in result
        and not keeps_unknown
    ):
        result["additionalProperties"] = False
    return result


def apply_structural_defaults(schema: Any, value: Any) -> Any:
    """Prune nulls and fill in defaults like the API server does before validation.

    Works on the original CRD schema: a null value of a field that is not
    nullable is dropped, then a missing field that has a `default` gets a copy
    of it. Defaults in allOf, anyOf, oneOf and not are not allowed in
    Kubernetes, so only properties, items and additionalProperties are followed.
    """
    if not isinstance(schema, dict):
        return value

    if isinstance(value, dict):
        properties = schema.get("properties")
        if isinstance(properties, dict):
            for name, subschema in properties.items():
                if not isinstance(subschema, dict):
                    continue
                if name in value and value[name] is None and not subschema.get("nullable"):
                    del value[name]
                if name not in value and "default" in subschema:
                    value[name] = copy.deepcopy(subschema["default"])
                if name in value:
                    value[name] = apply_structural_defaults(subschema, value[name])
        elif isinstance(schema.get("additionalProperties"), dict):
            for name in list(value):
                value[name] = apply_structural_defaults(schema["additionalProperties"], value[name])
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            value[index] = apply_structural_defaults(schema["items"], item)
    return value


def count_cel_rules(schema: Any) -> int:
    if isinstance(schema, list):
        return sum(count_cel_rules(item) for item in schema)
    if not isinstance(schema, dict):
        return 0
    own = len(schema.get("x-kubernetes-validations") or [])
    return own + sum(count_cel_rules(value) for value in schema.values())


@dataclass
class CustomKind:
    source: Path
    group: str
    kind: str
    versions: dict[str, dict]  # version name -> entry of spec.versions


class CrdRegistry:
    def __init__(self, version: str):
        self.kinds: dict[tuple[str, str], CustomKind] = {}
        self.object_meta = object_meta_validator(version)

    def add_file(self, path: Path) -> int:
        """Register every CustomResourceDefinition in path and return how many there were."""
        added = 0
        for index, document in enumerate(load_documents(path), start=1):
            if not isinstance(document, dict) or document.get("kind") != "CustomResourceDefinition":
                continue
            if document.get("apiVersion") != CRD_API_VERSION:
                raise UsageError(f"{path}#{index}: only {CRD_API_VERSION} CRDs are supported")
            spec = document.get("spec") or {}
            group = spec.get("group")
            kind = (spec.get("names") or {}).get("kind")
            if not group or not kind:
                raise UsageError(f"{path}#{index}: CRD without spec.group or spec.names.kind")
            versions = {entry["name"]: entry for entry in spec.get("versions") or []}
            self.kinds[(group, kind)] = CustomKind(path, group, kind, versions)
            added += 1
        if added == 0:
            raise UsageError(f"{path}: contains no CustomResourceDefinition")
        return added

    def find(self, api_version: str, kind: str) -> CustomKind | None:
        group, _, _ = api_version.rpartition("/")
        return self.kinds.get((group, kind))

    def validate(self, custom: CustomKind, document: dict) -> tuple[str, str, list[str]]:
        version = document["apiVersion"].rpartition("/")[2]
        entry = custom.versions.get(version)
        if entry is None or not entry.get("served", False):
            served = [name for name, item in custom.versions.items() if item.get("served")]
            return (
                "FAIL",
                f"version {version} is not served by the CRD in {custom.source.name}",
                [f"$.apiVersion: served versions are {', '.join(served) or 'none'}"],
            )

        raw_schema = (entry.get("schema") or {}).get("openAPIV3Schema")
        if not isinstance(raw_schema, dict):
            return "FAIL", f"the CRD in {custom.source.name} has no openAPIV3Schema for {version}", []

        schema = strict_structural_schema(copy.deepcopy(raw_schema))
        properties = schema.setdefault("properties", {})
        properties["apiVersion"] = {"type": "string"}
        properties["kind"] = {"type": "string"}
        # ObjectMeta is checked with the core schema below.
        properties["metadata"] = {"type": "object"}

        defaulted = apply_structural_defaults(raw_schema, copy.deepcopy(document))
        validator = jsonschema.Draft4Validator(schema)
        errors = sorted(
            validator.iter_errors(defaulted),
            key=lambda error: [str(item) for item in error.absolute_path],
        )
        messages = [describe_error(error) for error in errors]
        if isinstance(document.get("metadata"), dict):
            for error in self.object_meta.iter_errors(document["metadata"]):
                messages.append(describe_error(error).replace("$", "$.metadata", 1))

        cel_rules = count_cel_rules(raw_schema)
        note = f", {cel_rules} CEL rules not evaluated" if cel_rules else ""
        source = f"CRD {custom.source.name} {version}, strict{note}"
        if messages:
            return "FAIL", f"invalid against {source}", messages
        return "PASS", f"valid against {source}", []


# --- Input handling ---------------------------------------------------------


def load_documents(path: Path) -> list[Any]:
    try:
        with path.open() as stream:
            return list(yaml.load_all(stream, Loader=DuplicateKeyLoader))
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror}") from error


def collect_files(arguments: list[str]) -> list[Path]:
    files: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            files += sorted(
                candidate
                for candidate in path.rglob("*")
                if candidate.is_file() and candidate.suffix in YAML_SUFFIXES
            )
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"file or folder not found: {argument}")
    return files


def document_name(document: dict) -> str:
    metadata = document.get("metadata")
    name = metadata.get("name") if isinstance(metadata, dict) else None
    return f"{document.get('kind', '?')}/{name or '?'}"


def check_document(
    document: Any, label: str, file_name: str, version: str, crds: CrdRegistry
) -> list[Verdict]:
    if not isinstance(document, dict):
        return [Verdict("FAIL", label, f"document is a {type(document).__name__}, not a mapping")]

    api_version, kind = document.get("apiVersion"), document.get("kind")
    if kind is None and file_name in KUSTOMIZATION_NAMES:
        return [Verdict("SKIP", label, "skipped (kustomization file without kind)")]
    if not isinstance(api_version, str) or not isinstance(kind, str):
        return [Verdict("FAIL", label, "apiVersion and kind must both be set to strings")]

    label = f"{label} {document_name(document)}"
    if api_version == "v1" and kind == "List":
        verdicts = [Verdict("PASS", label, f"List of {len(document.get('items') or [])} items")]
        for index, item in enumerate(document.get("items") or []):
            verdicts += check_document(item, f"{label} items[{index}]", file_name, version, crds)
        return verdicts

    custom = crds.find(api_version, kind)
    if custom is not None:
        status, detail, errors = crds.validate(custom, document)
    else:
        status, detail, errors = validate_core(document, version)
    return [Verdict(status, label, detail, errors)]


def check_file(path: Path, version: str, crds: CrdRegistry) -> list[Verdict]:
    try:
        documents = load_documents(path)
    except yaml.YAMLError as error:
        detail = " ".join(str(error).split())
        return [Verdict("FAIL", str(path), f"invalid YAML: {detail}")]

    verdicts: list[Verdict] = []
    for index, document in enumerate(documents, start=1):
        if document is None:
            continue
        verdicts += check_document(document, f"{path}#{index}", path.name, version, crds)
    if not verdicts:
        verdicts.append(Verdict("SKIP", str(path), "skipped (no documents)"))
    return verdicts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Validate Kubernetes manifests in strict mode against Kubernetes API"
        " schemas and CustomResourceDefinitions."
    )
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    parser.add_argument(
        "--kubernetes-version",
        default=DEFAULT_KUBERNETES_VERSION,
        help=f"Kubernetes version whose schemas apply (default: {DEFAULT_KUBERNETES_VERSION},"
        " the version in OpenShift 4.16)",
    )
    parser.add_argument(
        "--crd",
        action="append",
        default=[],
        metavar="FILE",
        help="YAML file with CustomResourceDefinitions for custom kinds (repeatable)",
    )
    args = parser.parse_args(argv)

    try:
        schema_version(args.kubernetes_version)
        crds = CrdRegistry(args.kubernetes_version)
        for crd_file in args.crd:
            crds.add_file(Path(crd_file))
        files = collect_files(args.paths)
    except (UsageError, yaml.YAMLError) as error:
        print(f"k8s_validate: {error}", file=sys.stderr)
        return 2

    counts = {"PASS": 0, "FAIL": 0, "SKIP": 0}
    for path in files:
        for verdict in check_file(path, args.kubernetes_version, crds):
            verdict.print()
            counts[verdict.status] += 1

    print(
        f"k8s_validate: {counts['PASS']} valid, {counts['FAIL']} invalid,"
        f" {counts['SKIP']} skipped documents in {len(files)} files"
    )
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

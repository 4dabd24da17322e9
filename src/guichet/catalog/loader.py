"""Reads catalogue files, checks them against the schema, builds a Catalog.

Validation is strict and stops at the first fault so the message can name
one file and one entry: a technician fixes it and tries again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from guichet.catalog.errors import CatalogError
from guichet.domain.catalog import (
    Catalog,
    Condition,
    DocumentForm,
    DocumentRequirement,
    Operator,
    Origin,
    Procedure,
    Theme,
)
from guichet.i18n import translate

CATALOG_FILE = "catalog.json"
SCHEMA_FILE = "schema.json"
PROCEDURES_DIR = "procedures"

Documents = dict[str, Any]


def catalog_files(directory: Path) -> list[Path]:
    """The files that make a catalogue, in a stable order."""
    return [directory / CATALOG_FILE, *sorted((directory / PROCEDURES_DIR).glob("*.json"))]


def fingerprint(directory: Path) -> str:
    """Changes whenever any catalogue file or the schema changes. A file that
    cannot be read counts as changed, so that reading it again says why."""
    digest = hashlib.sha256()
    for path in [directory / SCHEMA_FILE, *catalog_files(directory)]:
        digest.update(path.name.encode())
        try:
            digest.update(path.read_bytes())
        except FileNotFoundError:
            digest.update(b"")
        except OSError:
            digest.update(b"\0unreadable\0")  # no snapshot was ever taken of this
    return digest.hexdigest()


def read_documents(directory: Path) -> Documents:
    """Parse every file as JSON; the result is keyed by file name."""
    documents: Documents = {}
    for path in catalog_files(directory):
        name = path.name if path.parent == directory else f"{PROCEDURES_DIR}/{path.name}"
        documents[name] = _read_json(path, name)
    return documents


def _read_json(path: Path, name: str) -> Any:
    """The file's JSON; CatalogError naming ``name`` when it is missing, unreadable or not JSON."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CatalogError(name, None, translate("CatalogLoader", "the file is missing")) from None
    except (OSError, UnicodeDecodeError) as error:
        raise CatalogError(
            name,
            None,
            translate("CatalogLoader", "the file cannot be read ({reason})").format(reason=error),
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise CatalogError(
            name,
            None,
            translate(
                "CatalogLoader", "this is not valid JSON (line {line}, column {column})"
            ).format(line=error.lineno, column=error.colno),
        ) from None


def _read_schema(path: Path) -> dict:
    """The schema, itself checked: a damaged one must not crash the checks it drives."""
    import jsonschema  # deferred: only needed when something changed

    schema = _read_json(path, SCHEMA_FILE)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
        if not isinstance(schema, dict) or not isinstance(schema.get("$defs"), dict):
            raise jsonschema.exceptions.SchemaError("no $defs")
    except jsonschema.exceptions.SchemaError as error:
        raise CatalogError(
            SCHEMA_FILE,
            None,
            translate("CatalogLoader", "this is not a valid JSON Schema ({reason})").format(
                reason=error.message
            ),
        ) from None
    return schema


def validate(documents: Documents, schema_path: Path) -> None:
    """Check each document against its part of the schema, then cross-references."""
    schema = _read_schema(schema_path)
    for name, document in documents.items():
        part = "catalog_file" if name == CATALOG_FILE else "procedures_file"
        _check_part(schema, part, name, document)
    _check_references(documents)


def validate_local(kind: str, raw: dict, schema_path: Path, catalog: Catalog) -> None:
    """Check one entry a site adds (``procedure`` or ``operator``) like a shipped one."""
    schema = _read_schema(schema_path)
    name = translate("CatalogLoader", "local catalogue")
    _check_part(schema, f"local_{kind}", name, raw)
    if kind != "procedure":
        return
    entry = _procedure_entry(raw, 0)
    if raw["operator"] not in catalog.operators:
        raise CatalogError(
            name,
            entry,
            translate("CatalogLoader", "unknown operator “{value}”").format(value=raw["operator"]),
        )
    if raw["theme"] not in catalog.themes:
        raise CatalogError(
            name,
            entry,
            translate("CatalogLoader", "unknown theme “{value}”").format(value=raw["theme"]),
        )


def _check_part(schema: dict, part: str, name: str, document: object) -> None:
    import jsonschema  # deferred: only needed when something changed

    if part not in schema["$defs"]:
        raise CatalogError(
            SCHEMA_FILE,
            None,
            translate("CatalogLoader", "the definition “{part}” is missing").format(part=part),
        )
    rooted = {key: value for key, value in schema.items() if key != "oneOf"}
    rooted["$ref"] = f"#/$defs/{part}"
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(rooted).iter_errors(document)
    )
    if error is not None:
        entry, detail = _describe(document, list(error.absolute_path), error)
        if entry is None and part.startswith("local_") and isinstance(document, Mapping):
            entry = _procedure_entry(document, 0)
        raise CatalogError(name, entry, detail)


def build(documents: Documents) -> Catalog:
    """Turn validated documents into the Catalog the program uses."""
    meta = documents[CATALOG_FILE]
    procedures: dict[str, Procedure] = {}
    conditions: dict[str, Condition] = {}
    for document in documents.values():
        for raw in document.get("conditions", ()):
            conditions[raw["id"]] = Condition(raw["id"], raw["question"])
        for raw in document.get("procedures", ()):
            procedures[raw["id"]] = procedure(raw)
    return Catalog(
        version=meta["version"],
        date=meta["date"],
        themes={t["id"]: Theme(t["id"], t["name"]) for t in meta["themes"]},
        operators={
            o["id"]: Operator(
                o["id"], o["short_name"], o["name"], o["website"], o.get("kind", "national")
            )
            for o in meta["operators"]
        },
        procedures=procedures,
        conditions=conditions,
        synonyms=tuple(tuple(group) for group in meta.get("synonyms", ())),
    )


def load_catalog(directory: Path) -> Catalog:
    documents = read_documents(directory)
    validate(documents, directory / SCHEMA_FILE)
    return build(documents)


def local_operator(raw: Mapping[str, Any]) -> Operator:
    return Operator(raw["id"], raw["short_name"], raw["name"], raw.get("website") or "", "local")


def procedure(raw: Mapping[str, Any], origin: Origin = Origin.SHIPPED) -> Procedure:
    return Procedure(
        origin=origin,
        id=raw["id"],
        operator_id=raw["operator"],
        theme_id=raw["theme"],
        title=raw["title"],
        summary=raw["summary"],
        source=raw.get("source") or "",
        keywords=tuple(raw.get("keywords", ())),
        fiche=raw.get("fiche"),
        online_service=raw.get("online_service"),
        cerfa=raw.get("cerfa"),
        no_document=raw.get("no_document", False),
        documents=tuple(
            DocumentRequirement(
                label=d["label"],
                form=DocumentForm(d["form"]),
                validity=d.get("validity"),
                alternatives=tuple(d.get("alternatives", ())),
                condition=d.get("condition"),
                details=d.get("details"),
                when=d.get("when"),
            )
            for d in raw["documents"]
        ),
    )


def _check_references(documents: Documents) -> None:
    meta = documents[CATALOG_FILE]
    operators = {o["id"] for o in meta["operators"]}
    themes = {t["id"] for t in meta["themes"]}
    conditions: dict[str, str] = {}
    for name, document in documents.items():
        for raw in document.get("conditions", ()):
            if raw["id"] in conditions:
                raise CatalogError(
                    name,
                    translate("CatalogLoader", "condition “{id}”").format(id=raw["id"]),
                    translate(
                        "CatalogLoader", "the identifier is already used in “{other}”"
                    ).format(other=conditions[raw["id"]]),
                )
            conditions[raw["id"]] = name
    seen: dict[str, str] = {}
    for name, document in documents.items():
        if name == CATALOG_FILE:
            continue
        for index, raw in enumerate(document["procedures"]):
            entry = _procedure_entry(raw, index)
            if raw["id"] in seen:
                raise CatalogError(
                    name,
                    entry,
                    translate(
                        "CatalogLoader", "the identifier is already used in “{other}”"
                    ).format(other=seen[raw["id"]]),
                )
            seen[raw["id"]] = name
            for field, known, unknown in (
                ("operator", operators, translate("CatalogLoader", "unknown operator “{value}”")),
                ("theme", themes, translate("CatalogLoader", "unknown theme “{value}”")),
            ):
                if raw[field] not in known:
                    raise CatalogError(name, entry, unknown.format(value=raw[field]))
            for document in raw["documents"]:
                if "when" in document and document["when"].lstrip("!") not in conditions:
                    raise CatalogError(
                        name,
                        entry,
                        translate("CatalogLoader", "unknown condition “{value}”").format(
                            value=document["when"]
                        ),
                    )
            if not raw["documents"] and not raw.get("no_document", False):
                raise CatalogError(
                    name,
                    entry,
                    translate(
                        "CatalogLoader",
                        "the checklist is empty; set “no_document” if none is needed",
                    ),
                )


def _procedure_entry(raw: Any, index: int) -> str:
    if isinstance(raw, Mapping) and isinstance(raw.get("id"), str):
        return translate("CatalogLoader", "procedure “{id}” (no. {number})").format(
            id=raw["id"], number=index + 1
        )
    return translate("CatalogLoader", "procedure no. {number}").format(number=index + 1)


def _describe(document: Any, path: list[Any], error: Any) -> tuple[str | None, str]:
    """Name the entry (a procedure, an operator…) and phrase the fault in it."""
    entry: str | None = None
    rest = path
    if len(path) >= 2 and isinstance(path[1], int):
        section, index = path[0], path[1]
        items = document.get(section, []) if isinstance(document, Mapping) else []
        raw = items[index] if index < len(items) else None
        if section == "procedures":
            entry = _procedure_entry(raw, index)
        else:
            label = raw.get("id") if isinstance(raw, Mapping) else None
            entry = translate("CatalogLoader", "entry “{id}” of “{section}”").format(
                id=label or index + 1, section=section
            )
        rest = path[2:]
    where = " › ".join(
        translate("CatalogLoader", "item {number}").format(number=p + 1)
        if isinstance(p, int)
        else str(p)
        for p in rest
    )
    return entry, _phrase(error, where)


def _phrase(error: Any, where: str) -> str:
    kind = error.validator
    instance = error.instance
    if kind == "required":
        missing = [k for k in error.validator_value if k not in instance]
        return translate("CatalogLoader", "the field “{field}” is missing").format(
            field=_join(f"{where} › {m}" if where else m for m in missing)
        )
    if kind == "additionalProperties":
        allowed = error.schema.get("properties", {})
        extra = [k for k in instance if k not in allowed]
        return translate("CatalogLoader", "unknown field “{field}”").format(field=_join(extra))
    field = where or translate("CatalogLoader", "(whole file)")
    if kind == "type":
        return translate("CatalogLoader", "the field “{field}” has the wrong type").format(
            field=field
        )
    if kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        return translate("CatalogLoader", "the field “{field}” must be one of: {values}").format(
            field=field, values=_join(str(v) for v in allowed)
        )
    if kind in ("minLength", "minItems"):
        return translate("CatalogLoader", "the field “{field}” is empty or too short").format(
            field=field
        )
    if kind in ("maxLength", "maxItems"):
        return translate("CatalogLoader", "the field “{field}” is too long").format(field=field)
    if kind == "pattern":
        return translate(
            "CatalogLoader", "the field “{field}” is not in the expected format"
        ).format(field=field)
    return translate("CatalogLoader", "the field “{field}” is invalid").format(field=field)


def _join(values: Iterable[str]) -> str:
    return ", ".join(values)

"""Which catalogue the program runs on: the shipped one, or the last good one.

A broken update (a bad file on a USB stick, a half-copied folder) must never
leave a desk without checklists, so every catalogue that passes validation
is kept as a snapshot in the data folder, and used when the next one fails.
The snapshot also spares the schema check at start-up when nothing changed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from guichet.catalog.errors import CatalogError
from guichet.catalog.loader import SCHEMA_FILE, build, fingerprint, read_documents, validate
from guichet.domain.catalog import Catalog

SNAPSHOT_FILE = "catalog-last-good.json"


@dataclass(frozen=True)
class CatalogLoad:
    catalog: Catalog
    error: CatalogError | None = None

    @property
    def degraded(self) -> bool:
        return self.error is not None


def load(catalog_dir: Path, data_dir: Path) -> CatalogLoad:
    snapshot_path = data_dir / SNAPSHOT_FILE
    snapshot = _read_snapshot(snapshot_path)
    current = fingerprint(catalog_dir)
    if snapshot is not None and snapshot["fingerprint"] == current:
        return CatalogLoad(build(snapshot["documents"]))
    try:
        documents = read_documents(catalog_dir)
        validate(documents, catalog_dir / SCHEMA_FILE)
    except CatalogError as error:
        fallback = build(snapshot["documents"]) if snapshot else Catalog.empty()
        return CatalogLoad(fallback, error)
    _write_snapshot(snapshot_path, current, documents)
    return CatalogLoad(build(documents))


def _read_snapshot(path: Path) -> dict | None:
    try:
        snapshot = json.loads(path.read_text(encoding="utf-8"))
        build(snapshot["documents"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # damaged on disk: the catalogue is checked again and a new one written
    return snapshot


def _write_snapshot(path: Path, current: str, documents: dict) -> None:
    """Best effort: on a full disk the desk runs on the catalogue it has just
    checked, and the snapshot is written at a later start."""
    temporary = path.with_suffix(".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(
            json.dumps({"fingerprint": current, "documents": documents}, ensure_ascii=False),
            encoding="utf-8",
        )
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)

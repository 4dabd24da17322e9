"""The shipped catalogue as one JSON document, for desks to fetch with one request.

Built once when the hub starts (the shipped files change only with a new
release) and served with a strong ETag, so a desk that already has this
version gets a 304 and downloads nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

CATALOG_FILE = "catalog.json"
PROCEDURES_DIR = "procedures"


@dataclass(frozen=True)
class CatalogDocument:
    body: bytes
    etag: str

    def matches(self, if_none_match: str | None) -> bool:
        """Whether an If-None-Match header names this version (weak comparison,
        as RFC 9110 asks for this header)."""
        if if_none_match is None:
            return False
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or self.etag in tags


def build(catalog_dir: Path) -> CatalogDocument:
    """{"version", "date", "files": {"catalog.json": …, "procedures/caf.json": …}}."""
    files = {CATALOG_FILE: _read(catalog_dir / CATALOG_FILE)}
    for path in sorted((catalog_dir / PROCEDURES_DIR).glob("*.json")):
        files[f"{PROCEDURES_DIR}/{path.name}"] = _read(path)
    head = files[CATALOG_FILE]
    document = {"version": head["version"], "date": head["date"], "files": files}
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    return CatalogDocument(body, f'"{hashlib.sha256(body).hexdigest()}"')


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))

"""The catalogue in the visitor's language, for the kiosk.

Translations live beside the catalogue (``translations/<language>.json``);
anything not translated falls back to the catalogue's French, so a new
procedure never shows an empty line.
"""

from __future__ import annotations

import json
from pathlib import Path

from guichet.domain.catalog import Catalog, Procedure

TRANSLATIONS_DIR = "translations"


class KioskText:
    def __init__(self, catalog: Catalog, language: str, data: dict | None = None) -> None:
        self.catalog = catalog
        self.language = language
        data = data or {}
        self._themes: dict[str, str] = data.get("themes", {})
        self._procedures: dict[str, dict] = data.get("procedures", {})
        self._phrases: dict[str, str] = data.get("phrases", {})

    def theme(self, theme_id: str) -> str:
        theme = self.catalog.themes.get(theme_id)
        return self._themes.get(theme_id) or (theme.name if theme else theme_id)

    def translated(self, procedure: Procedure) -> bool:
        return procedure.id in self._procedures

    def title(self, procedure: Procedure) -> str:
        return self._procedures.get(procedure.id, {}).get("title") or procedure.title

    def summary(self, procedure: Procedure) -> str:
        return self._procedures.get(procedure.id, {}).get("summary") or procedure.summary

    def document(self, procedure: Procedure, label: str) -> str:
        return self._procedures.get(procedure.id, {}).get("documents", {}).get(label) or label

    def phrase(self, text: str) -> str:
        return self._phrases.get(text) or text


def load_kiosk_text(catalog: Catalog, language: str, catalog_dir: Path) -> KioskText:
    """A missing or unreadable translation file is not an error: French is shown."""
    path = catalog_dir / TRANSLATIONS_DIR / f"{language}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    return KioskText(catalog, language, data if isinstance(data, dict) else None)

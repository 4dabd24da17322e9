"""The catalogue a desk works with: shipped, plus the site's own entries, plus
the official service-public.fr sheets imported from the DILA open data.

The three are kept apart on purpose: a new shipped version replaces only the
shipped part; the site's entries and the imported sheets live in the site's
database and are merged in memory.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import delete, select

from guichet.catalog.dila import Sheet, read_archive
from guichet.catalog.loader import SCHEMA_FILE, local_operator, procedure, validate_local
from guichet.catalog.search import ProcedureIndex
from guichet.catalog.source import CatalogLoad
from guichet.domain.agent import AgentInfo
from guichet.domain.catalog import Catalog, OfficialSheet, Origin, Procedure
from guichet.services.clock import utcnow
from guichet.services.permissions import require_manager
from guichet.storage.database import Database
from guichet.storage.models import LocalEntry, ReferenceSheet

LOCAL_PREFIX = "local-"
REFERENCE_PREFIX = "sp-"


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    enriched: int = 0


class CatalogService:
    def __init__(self, db: Database, shipped: CatalogLoad, catalog_dir: Path) -> None:
        self._db = db
        self.shipped = shipped
        self.catalog_dir = catalog_dir
        self._schema = catalog_dir / SCHEMA_FILE
        self._catalog: Catalog | None = None
        self._index: ProcedureIndex | None = None

    # -- the merged catalogue -------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = self._merge()
        return self._catalog

    @property
    def index(self) -> ProcedureIndex:
        if self._index is None:
            self._index = ProcedureIndex(self.catalog)
        return self._index

    def _changed(self) -> None:
        self._catalog = None
        self._index = None

    def _merge(self) -> Catalog:
        base = self.shipped.catalog
        with self._db.session() as session:
            local = session.execute(select(LocalEntry.kind, LocalEntry.data)).all()
            sheets = [
                Sheet.from_json(json.loads(d)) for d in session.scalars(select(ReferenceSheet.data))
            ]
        operators = dict(base.operators)
        procedures = dict(base.procedures)
        for kind, data in sorted(local, key=lambda row: row[0] != "operator"):
            raw = json.loads(data)
            if kind == "operator":
                operators[raw["id"]] = local_operator(raw)
            else:
                procedures[raw["id"]] = procedure(raw, Origin.LOCAL)
        by_fiche = {sheet.id: sheet for sheet in sheets}
        covered = set()
        for key, entry in procedures.items():
            sheet = by_fiche.get(entry.fiche or "")
            if sheet is not None:
                procedures[key] = replace(entry, official=_official(sheet))
                covered.add(sheet.id)
        for sheet in sheets:
            if sheet.id not in covered:
                reference = _reference(sheet)
                procedures[reference.id] = reference
        return replace(base, operators=operators, procedures=procedures)

    # -- the site's own entries -------------------------------------------------

    def local_procedures(self) -> list[Procedure]:
        return sorted(
            (p for p in self.catalog.procedures.values() if p.origin is Origin.LOCAL),
            key=lambda p: p.title.casefold(),
        )

    def local_operators(self) -> list:
        return [o for o in self.catalog.operators.values() if o.id.startswith(LOCAL_PREFIX)]

    def save_local(self, actor: AgentInfo, kind: str, raw: dict) -> str:
        """Add or replace a local ``procedure`` or ``operator``; raises CatalogError."""
        require_manager(actor)
        raw = {key: value for key, value in raw.items() if value not in (None, "", [], ())}
        if not raw.get("id"):
            named = (raw.get(key) for key in ("short_name", "title"))
            raw["id"] = self._new_id(next((n for n in named if isinstance(n, str) and n), kind))
        validate_local(kind, raw, self._schema, self.catalog)
        with self._db.session() as session:
            session.merge(
                LocalEntry(
                    id=raw["id"],
                    kind=kind,
                    data=json.dumps(raw, ensure_ascii=False),
                    updated_at=utcnow(),
                )
            )
        self._changed()
        return raw["id"]

    def local_entries(self) -> list[tuple[str, dict]]:
        """(kind, entry as stored) for every local entry, operators first."""
        with self._db.session() as session:
            rows = session.execute(select(LocalEntry.kind, LocalEntry.data)).all()
        return sorted(
            ((kind, json.loads(data)) for kind, data in rows), key=lambda r: r[0] != "operator"
        )

    def local_raw(self, entry_id: str) -> dict | None:
        with self._db.session() as session:
            entry = session.get(LocalEntry, entry_id)
            return json.loads(entry.data) if entry else None

    def delete_local(self, actor: AgentInfo, entry_id: str) -> None:
        require_manager(actor)
        with self._db.session() as session:
            session.execute(delete(LocalEntry).where(LocalEntry.id == entry_id))
        self._changed()

    def _new_id(self, text: str) -> str:
        base = LOCAL_PREFIX + (_slug(text) or "entree")
        taken = set(self.catalog.procedures) | set(self.catalog.operators)
        candidate, number = base[:72], 2
        while candidate in taken:
            candidate, number = f"{base[:72]}-{number}", number + 1
        return candidate

    # -- official sheets ----------------------------------------------------------

    def import_dila(self, archive: Path) -> ImportReport:
        """All or nothing: every readable sheet is stored in one transaction."""
        sheets, skipped = read_archive(archive)
        report = ImportReport(skipped=skipped)
        now = utcnow()
        with self._db.session() as session:
            stored = dict(session.execute(select(ReferenceSheet.id, ReferenceSheet.data)).all())
            for sheet in sheets:
                data = json.dumps(sheet.to_json(), ensure_ascii=False, sort_keys=True)
                if sheet.id not in stored:
                    report.added += 1
                elif stored[sheet.id] == data:
                    report.unchanged += 1
                    continue
                else:
                    report.updated += 1
                session.merge(ReferenceSheet(id=sheet.id, data=data, imported_at=now))
        self._changed()
        fiches = {s.id for s in sheets}
        report.enriched = sum(
            1 for p in self.catalog.procedures.values() if p.official and p.fiche in fiches
        )
        return report


def _official(sheet: Sheet) -> OfficialSheet:
    return OfficialSheet(
        id=sheet.id,
        title=sheet.title,
        summary=sheet.description,
        url=sheet.url,
        online_services=sheet.online_services,
        modified=sheet.modified,
    )


def _reference(sheet: Sheet) -> Procedure:
    """An official sheet nobody curated yet: searchable, with its link, no checklist."""
    return Procedure(
        id=REFERENCE_PREFIX + sheet.id.lower(),
        operator_id="",
        theme_id=sheet.theme_id or "",
        title=sheet.title,
        summary=sheet.description or sheet.title,
        source=sheet.url,
        documents=(),
        keywords=sheet.breadcrumb[2:],
        fiche=sheet.id,
        online_service=sheet.online_services[0][1] if sheet.online_services else None,
        origin=Origin.REFERENCE,
        official=_official(sheet),
    )


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", plain))[:60]

"""Everything the UI needs, built once at start-up from a data folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from guichet.catalog import source
from guichet.catalog.search import ProcedureIndex
from guichet.domain.agent import AgentInfo
from guichet.domain.catalog import Catalog
from guichet.services.auth import AuthService
from guichet.services.demo import DEMO_PIN, seed_demo
from guichet.services.intake import IntakeService
from guichet.services.site import SiteInfo, create_site, current_site
from guichet.storage.database import Database, open_database


@dataclass
class Desk:
    db: Database
    catalog_load: source.CatalogLoad
    site: SiteInfo | None
    demo: bool = False

    demo_pin = DEMO_PIN

    def __post_init__(self) -> None:
        self.index = ProcedureIndex(self.catalog_load.catalog)

    @property
    def catalog(self) -> Catalog:
        return self.catalog_load.catalog

    @property
    def auth(self) -> AuthService:
        assert self.site is not None
        return AuthService(self.db, self.site.id)

    @property
    def intake(self) -> IntakeService:
        assert self.site is not None
        return IntakeService(self.db, self.site.id, self.site.workstation_id)

    def create_site(self, site_name: str, manager_name: str, pin: str) -> AgentInfo:
        self.site, manager = create_site(self.db, site_name, manager_name, pin)
        return manager

    def close(self) -> None:
        self.db.dispose()


def open_desk(data_dir: Path, catalog_dir: Path, demo: bool = False) -> Desk:
    """Open the database (raises DatabaseUnreadable) and the catalogue (never raises)."""
    db = open_database(data_dir)
    catalog_load = source.load(catalog_dir, data_dir)
    site = current_site(db)
    if site is None and demo:
        site = seed_demo(db, catalog_load.catalog)
    return Desk(db, catalog_load, site, demo)

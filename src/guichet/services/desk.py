"""Everything the UI needs, built once at start-up from a data folder."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from guichet.catalog import source
from guichet.catalog.search import ProcedureIndex
from guichet.domain.agent import AgentInfo
from guichet.domain.catalog import Catalog
from guichet.services.auth import AuthService
from guichet.services.catalog import CatalogService
from guichet.services.demo import DEMO_PIN, seed_demo
from guichet.services.directory import DirectoryService
from guichet.services.intake import IntakeService
from guichet.services.queue import QueueService
from guichet.services.retention import purge_notes
from guichet.services.sessions import SessionService
from guichet.services.site import SiteInfo, create_site, current_site
from guichet.storage import backup
from guichet.storage.database import Database, DatabaseUnreadable, StorageFull, open_database

# What opening the folder and every save may raise, for the screens.
__all__ = ["DatabaseUnreadable", "Desk", "StorageFull", "open_desk"]


@dataclass
class Desk:
    db: Database
    catalogs: CatalogService
    site: SiteInfo | None
    demo: bool = False

    demo_pin = DEMO_PIN

    @property
    def catalog_load(self) -> source.CatalogLoad:
        """The shipped catalogue as loaded, with the error if it had to fall back."""
        return self.catalogs.shipped

    @property
    def catalog(self) -> Catalog:
        return self.catalogs.catalog

    @property
    def index(self) -> ProcedureIndex:
        return self.catalogs.index

    @property
    def auth(self) -> AuthService:
        assert self.site is not None
        return AuthService(self.db, self.site.id)

    @property
    def intake(self) -> IntakeService:
        assert self.site is not None
        return IntakeService(self.db, self.site.id, self.site.workstation_id)

    @property
    def directory(self) -> DirectoryService:
        assert self.site is not None
        return DirectoryService(self.db, self.site.id)

    @property
    def queue(self) -> QueueService:
        assert self.site is not None
        return QueueService(self.db, self.site.id)

    @property
    def sessions(self) -> SessionService:
        assert self.site is not None
        return SessionService(self.db, self.site.id, self.site.workstation_id)

    def housekeeping(self) -> None:
        """What a desk left open for days must still do daily: forget old notes, back up.

        Neither may stop the desk on a full disk: both are tried again in an hour.
        """
        with contextlib.suppress(StorageFull):
            purge_notes(self.db)
        data_dir = self.db.path.parent
        if backup.backup_due(data_dir):
            with contextlib.suppress(backup.BackupError):
                backup.make_backup(self.db.path, data_dir)

    def reload_site(self) -> None:
        """After an enrolment re-keyed the site and the workstation."""
        self.site = current_site(self.db)

    def create_site(self, site_name: str, manager_name: str, pin: str) -> AgentInfo:
        self.site, manager = create_site(self.db, site_name, manager_name, pin)
        return manager

    def close(self) -> None:
        self.db.dispose()

    def reopened(self) -> Desk:
        """The same folder opened afresh, e.g. once a backup replaced the file."""
        return open_desk(self.db.path.parent, self.catalogs.catalog_dir, demo=self.demo)


def open_desk(data_dir: Path, catalog_dir: Path, demo: bool = False) -> Desk:
    """Open the database (raises DatabaseUnreadable) and the catalogue (never raises)."""
    db = open_database(data_dir)
    catalogs = CatalogService(db, source.load(catalog_dir, data_dir), catalog_dir)
    site = current_site(db)
    if site is None and demo:
        site = seed_demo(db, catalogs.catalog)
    desk = Desk(db, catalogs, site, demo)
    desk.housekeeping()  # a full disk must not stop the desk: the backup is retried later
    return desk

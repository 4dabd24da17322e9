"""This installation's site and workstation: created once, read at every start."""

from __future__ import annotations

import platform
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from guichet.domain.agent import AgentInfo, Role
from guichet.services.auth import new_agent
from guichet.services.clock import utcnow
from guichet.storage.database import Database
from guichet.storage.models import Setting, Site, Workstation

SITE_KEY = "site_id"
WORKSTATION_KEY = "workstation_id"


@dataclass(frozen=True)
class SiteInfo:
    id: str
    name: str
    workstation_id: str


def current_site(db: Database) -> SiteInfo | None:
    with db.session() as session:
        settings = dict(
            session.execute(
                select(Setting.key, Setting.value).where(
                    Setting.key.in_([SITE_KEY, WORKSTATION_KEY])
                )
            ).all()
        )
        if SITE_KEY not in settings:
            return None
        site = session.get(Site, settings[SITE_KEY])
        if site is None:
            return None
        return SiteInfo(site.id, site.name, settings[WORKSTATION_KEY])


def create_site(
    db: Database, site_name: str, manager_name: str, manager_pin: str
) -> tuple[SiteInfo, AgentInfo]:
    """First run: the site, this workstation and the first manager, all or nothing."""
    site_name = site_name.strip()
    if not site_name:
        raise ValueError("site_name")
    site = Site(id=str(uuid.uuid4()), name=site_name, created_at=utcnow())
    manager = new_agent(site.id, manager_name, manager_pin, Role.MANAGER)
    workstation = Workstation(
        id=str(uuid.uuid4()), site_id=site.id, name=platform.node() or "poste"
    )
    with db.session() as session:
        session.add(site)
        session.flush()
        session.add_all(
            [
                workstation,
                manager,
                Setting(key=SITE_KEY, value=site.id),
                Setting(key=WORKSTATION_KEY, value=workstation.id),
            ]
        )
    return SiteInfo(site.id, site.name, workstation.id), AgentInfo(
        manager.id, manager.name, Role.MANAGER
    )

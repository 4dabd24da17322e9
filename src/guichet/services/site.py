"""This installation's site and workstation: created once, read at every start."""

from __future__ import annotations

import platform
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from guichet.domain.agent import AgentInfo, Role
from guichet.domain.visit import is_insee_code
from guichet.services.auth import new_agent
from guichet.services.clock import utcnow
from guichet.services.permissions import require_manager
from guichet.storage.database import Database
from guichet.storage.models import Setting, Site, Workstation
from guichet.sync import outbox

SITE_KEY = "site_id"
WORKSTATION_KEY = "workstation_id"


SITE_FORMATS = ("fixed", "bus", "antenna")


@dataclass(frozen=True)
class SiteInfo:
    id: str
    name: str
    workstation_id: str


@dataclass(frozen=True)
class SiteDetails:
    """What the network knows a site by."""

    name: str
    fs_id: str | None
    commune: str | None
    format: str
    # Printed on slips: where and how to reach the site.
    address: str | None = None
    phone: str | None = None


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
        outbox.workstation(session, workstation)
        outbox.agent(session, manager)
    return SiteInfo(site.id, site.name, workstation.id), AgentInfo(
        manager.id, manager.name, Role.MANAGER
    )


def site_details(db: Database, site_id: str) -> SiteDetails:
    with db.session() as session:
        site = session.get(Site, site_id)
        return SiteDetails(
            site.name, site.fs_id, site.commune, site.format, site.address, site.phone
        )


def update_site(db: Database, actor: AgentInfo, site_id: str, details: SiteDetails) -> None:
    """ValueError names the faulty field: ``name``, ``commune`` or ``format``."""
    require_manager(actor)
    if not details.name.strip():
        raise ValueError("name")
    if details.commune and not is_insee_code(details.commune):
        raise ValueError("commune")
    if details.format not in SITE_FORMATS:
        raise ValueError("format")
    with db.session() as session:
        site = session.get(Site, site_id)
        site.name = details.name.strip()
        site.fs_id = (details.fs_id or "").strip() or None
        site.commune = details.commune.upper() if details.commune else None
        site.format = details.format
        site.address = " ".join((details.address or "").split()) or None
        site.phone = (details.phone or "").strip() or None

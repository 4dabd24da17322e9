"""Joining a hub: a one-time code from the hub's technician becomes this desk's token.

The hub names the site and the workstation. A desk that already worked
offline takes those names over (its rows are re-keyed in one transaction)
and queues a snapshot of everything it holds, so the hub gets the history.
"""

from __future__ import annotations

import platform
from pathlib import Path

from sqlalchemy import delete, select, text

from guichet.services.clock import utcnow
from guichet.services.site import SITE_KEY, WORKSTATION_KEY, current_site
from guichet.storage.database import Database
from guichet.storage.models import (
    Agent,
    DeskSession,
    Feedback,
    OutboxEvent,
    Setting,
    Site,
    Ticket,
    Visit,
    Workstation,
)
from guichet.sync import outbox
from guichet.sync.client import Enrolment, HubClient
from guichet.sync.credentials import save_token

HUB_URL_KEY = "hub_url"

_SITE_COLUMNS = (
    "workstation",
    "agent",
    "visit",
    "office",
    "appointment",
    "desk_session",
    "ticket",
    "feedback",
)
_WORKSTATION_COLUMNS = ("visit", "desk_session", "ticket")


def hub_url(db: Database) -> str | None:
    with db.session() as session:
        return session.scalar(select(Setting.value).where(Setting.key == HUB_URL_KEY))


def enroll(db: Database, data_dir: Path, url: str, code: str) -> tuple[Enrolment, str]:
    """Returns the enrolment and where the token was kept ("keyring" or "file")."""
    enrolment = HubClient(url).enroll(code.strip(), platform.node() or "poste")
    local = current_site(db)
    with db.session() as session:
        if local is None:
            session.add(Site(id=enrolment.site_id, name=enrolment.site_name, created_at=utcnow()))
            session.flush()
            session.add(
                Workstation(
                    id=enrolment.workstation_id,
                    site_id=enrolment.site_id,
                    name=platform.node() or "poste",
                )
            )
            session.merge(Setting(key=SITE_KEY, value=enrolment.site_id))
            session.merge(Setting(key=WORKSTATION_KEY, value=enrolment.workstation_id))
        else:
            _rekey(
                session, local.id, enrolment.site_id, local.workstation_id, enrolment.workstation_id
            )
        session.merge(Setting(key=HUB_URL_KEY, value=url.rstrip("/")))
        session.execute(delete(Setting).where(Setting.key.in_(("sync_cursor",))))
        _snapshot(session)
    where = save_token(data_dir, enrolment.workstation_id, enrolment.token)
    return enrolment, where


def _rekey(session, old_site: str, new_site: str, old_station: str, new_station: str) -> None:
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    if old_site != new_site:
        session.execute(
            text("UPDATE site SET id = :new WHERE id = :old"), {"new": new_site, "old": old_site}
        )
        for table in _SITE_COLUMNS:
            session.execute(
                text(f"UPDATE {table} SET site_id = :new WHERE site_id = :old"),
                {"new": new_site, "old": old_site},
            )
        session.merge(Setting(key=SITE_KEY, value=new_site))
    if old_station != new_station:
        session.execute(
            text("UPDATE workstation SET id = :new WHERE id = :old"),
            {"new": new_station, "old": old_station},
        )
        for table in _WORKSTATION_COLUMNS:
            session.execute(
                text(f"UPDATE {table} SET workstation_id = :new WHERE workstation_id = :old"),
                {"new": new_station, "old": old_station},
            )
        session.merge(Setting(key=WORKSTATION_KEY, value=new_station))
    session.flush()
    session.expire_all()  # rows loaded before the raw updates carry the old ids


def _snapshot(session) -> None:
    """Replace whatever was pending by the present state of every row."""
    session.execute(delete(OutboxEvent).where(OutboxEvent.sent_at.is_(None)))
    for row in session.scalars(select(Workstation)):
        outbox.workstation(session, row)
    for row in session.scalars(select(Agent)):
        outbox.agent(session, row)
    for row in session.scalars(select(Visit)):
        outbox.visit(session, row)
    for row in session.scalars(select(Ticket)):
        outbox.ticket(session, row)
    for row in session.scalars(select(Feedback)):
        outbox.feedback(session, row)
    for row in session.scalars(select(DeskSession)):
        outbox.desk_session(session, row)

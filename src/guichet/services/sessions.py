"""Desk sessions: who was at which desk, and when, for the opening hours held.

A session is opened at login, touched while the desk is in use and closed at
logout; a session left open by a crash ends at its last sign of life.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from guichet.services.clock import utcnow
from guichet.storage.database import Database
from guichet.storage.models import DeskSession
from guichet.sync import outbox


@dataclass
class SessionService:
    db: Database
    site_id: str
    workstation_id: str

    def open(self, agent_id: str) -> str:
        now = utcnow()
        session_id = str(uuid.uuid4())
        row = DeskSession(
            id=session_id,
            site_id=self.site_id,
            workstation_id=self.workstation_id,
            agent_id=agent_id,
            started_at=now,
            last_seen_at=now,
        )
        with self.db.session() as session:
            session.add(row)
            outbox.desk_session(session, row)
        return session_id

    def touch(self, session_id: str) -> None:
        with self.db.session() as session:
            row = session.get(DeskSession, session_id)
            if row is not None and row.ended_at is None:
                row.last_seen_at = utcnow()

    def close(self, session_id: str) -> None:
        with self.db.session() as session:
            row = session.get(DeskSession, session_id)
            if row is not None and row.ended_at is None:
                row.ended_at = row.last_seen_at = utcnow()
                outbox.desk_session(session, row)

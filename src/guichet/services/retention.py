"""Privacy by design: free-text notes are forgotten after the site's retention period.

The anonymous figures (requests, outcomes, times) stay: only the note text
goes, since it is the one place an agent could have typed something personal.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import update

from guichet.services.clock import utcnow
from guichet.services.settings import SettingsService
from guichet.storage.database import Database
from guichet.storage.models import Visit


def purge_notes(db: Database, now: datetime | None = None) -> int:
    """Blank the notes of visits older than the retention period; returns how many."""
    days = SettingsService(db).retention_days()
    limit = (now or utcnow()) - timedelta(days=days)
    with db.session() as session:
        result = session.execute(
            update(Visit).where(Visit.note.is_not(None), Visit.closed_at < limit).values(note=None)
        )
        return result.rowcount or 0

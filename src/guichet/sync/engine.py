"""One sync round: push what is pending, then pull what the other desks did.

Each batch the hub acknowledges is marked sent in its own transaction (the
checkpoint): a crash or a cut in the middle loses nothing and resends at most
one batch, which the hub recognises by event id. The pull cursor is saved
with the events it covers, in one transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.exc import InvalidRequestError, OperationalError, StatementError

from guichet.services.clock import utcnow
from guichet.storage.database import Database
from guichet.storage.models import OutboxEvent, Setting
from guichet.sync.apply import apply_event
from guichet.sync.client import UNEXPECTED, HubClient, HubGarbled

BATCH = 500
MAX_BATCH_BYTES = 1_500_000
CURSOR_KEY = "sync_cursor"
LAST_SUCCESS_KEY = "sync_last_success"
#: What applying a page raises when an event is not what a desk sends: a field
#: missing or of the wrong type, a date that is not one, a value the database
#: refuses (a constraint, a type it cannot store, an unusable key).
MALFORMED_EVENT = (
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    OverflowError,
    InvalidRequestError,
    StatementError,
)


@dataclass(frozen=True)
class RoundReport:
    pushed: int
    pulled: int


def pending_count(db: Database) -> int:
    with db.session() as session:
        return (
            session.scalar(
                select(func.count()).select_from(OutboxEvent).where(OutboxEvent.sent_at.is_(None))
            )
            or 0
        )


def last_success(db: Database) -> str | None:
    with db.session() as session:
        return session.scalar(select(Setting.value).where(Setting.key == LAST_SUCCESS_KEY))


@dataclass
class SyncEngine:
    db: Database
    client: HubClient
    workstation_id: str

    def round(self) -> RoundReport:
        """Raises HubUnavailable or HubRefused; whatever was acknowledged stays acknowledged."""
        pushed = self.push()
        pulled = self.pull()
        with self.db.session() as session:
            session.merge(
                Setting(key=LAST_SUCCESS_KEY, value=utcnow().isoformat(timespec="seconds"))
            )
        return RoundReport(pushed, pulled)

    def push(self) -> int:
        pushed = 0
        while True:
            with self.db.session() as session:
                rows = session.scalars(
                    select(OutboxEvent)
                    .where(OutboxEvent.sent_at.is_(None))
                    .order_by(OutboxEvent.created_at, OutboxEvent.id)
                    .limit(BATCH)
                ).all()
                batch, size = [], 0
                for row in rows:  # the hub takes at most 2 MiB a request
                    size += len(row.payload) + 200
                    if batch and size > MAX_BATCH_BYTES:
                        break
                    batch.append(
                        {
                            "id": row.id,
                            "kind": row.kind,
                            "entity_id": row.entity_id,
                            "payload": json.loads(row.payload),
                            "created_at": row.created_at.isoformat(timespec="seconds"),
                        }
                    )
            if not batch:
                return pushed
            acknowledged = self.client.push(batch)
            with self.db.session() as session:
                session.execute(
                    update(OutboxEvent)
                    .where(OutboxEvent.id.in_(acknowledged), OutboxEvent.sent_at.is_(None))
                    .values(sent_at=utcnow())
                )
            pushed += len(acknowledged & {event["id"] for event in batch})
            if len(acknowledged) < len(batch):
                return pushed  # the hub kept some back: try them next round

    def pull(self) -> int:
        pulled = 0
        while True:
            with self.db.session() as session:
                after = int(
                    session.scalar(select(Setting.value).where(Setting.key == CURSOR_KEY)) or 0
                )
            events, cursor, more = self.client.pull(after, BATCH)
            try:
                with self.db.session() as session:
                    for event in events:
                        if event.get("workstation_id") != self.workstation_id:
                            apply_event(session, event["kind"], event["payload"])
                            pulled += 1
                    session.merge(Setting(key=CURSOR_KEY, value=str(cursor)))
            except OperationalError:
                raise  # the desk's own database (busy, full): not the hub's fault
            except MALFORMED_EVENT:
                # The page is rolled back whole and the cursor stays: the hub
                # is asked again next round, as after a dropped connection.
                raise HubGarbled(UNEXPECTED) from None
            if not more or not events:
                return pulled

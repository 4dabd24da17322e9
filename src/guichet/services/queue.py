"""The queue: take a ticket, see who waits, call the next one.

A called ticket becomes a visit: the visit's arrival is the ticket's time
and its start the call, so waiting time is measured, not typed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from guichet.domain.queue import PREFIXES, TicketInfo, TicketSource, TicketStatus
from guichet.services.clock import local_day_bounds, to_local, utcnow
from guichet.storage.database import Database
from guichet.storage.models import Feedback, Ticket, Workstation
from guichet.sync import outbox


@dataclass
class QueueService:
    db: Database
    site_id: str

    def take(
        self,
        source: TicketSource,
        theme_id: str | None = None,
        procedure_id: str | None = None,
        language: str | None = None,
    ) -> TicketInfo:
        """Numbers restart every day and count per source ("A-1", "G-1"…)."""
        prefix = PREFIXES[source]
        start, end = local_day_bounds(date.today())
        with self.db.session() as session:
            last = session.scalar(
                select(func.max(Ticket.number)).where(
                    Ticket.site_id == self.site_id,
                    Ticket.prefix == prefix,
                    Ticket.taken_at >= start,
                    Ticket.taken_at < end,
                )
            )
            ticket = Ticket(
                id=str(uuid.uuid4()),
                site_id=self.site_id,
                number=(last or 0) + 1,
                prefix=prefix,
                source=source.value,
                theme_id=theme_id,
                procedure_id=procedure_id,
                language=language,
                taken_at=utcnow(),
                status=TicketStatus.WAITING.value,
            )
            session.add(ticket)
            outbox.ticket(session, ticket)
            return _info(ticket, None)

    def _waiting(self):
        """Today's waiting tickets, first come first served."""
        start, end = local_day_bounds(date.today())
        return (
            select(Ticket)
            .where(
                Ticket.site_id == self.site_id,
                Ticket.status == TicketStatus.WAITING.value,
                Ticket.taken_at >= start,
                Ticket.taken_at < end,
            )
            .order_by(Ticket.taken_at)
        )

    def waiting(self) -> list[TicketInfo]:
        with self.db.session() as session:
            return [_info(t, None) for t in session.scalars(self._waiting()).all()]

    def call_next(self, agent_id: str, workstation_id: str) -> TicketInfo | None:
        with self.db.session() as session:
            ticket = session.scalars(self._waiting().limit(1)).first()
            if ticket is None:
                return None
            ticket.status = TicketStatus.CALLED.value
            ticket.called_at = utcnow()
            ticket.called_by = agent_id
            ticket.workstation_id = workstation_id
            outbox.ticket(session, ticket)
            station = session.get(Workstation, workstation_id)
            return _info(ticket, station.name if station else None)

    def recently_called(self, limit: int = 5) -> list[TicketInfo]:
        """For the calling display: the last tickets called today, newest first."""
        start, end = local_day_bounds(date.today())
        with self.db.session() as session:
            rows = session.execute(
                select(Ticket, Workstation.name)
                .outerjoin(Workstation, Workstation.id == Ticket.workstation_id)
                .where(
                    Ticket.site_id == self.site_id,
                    Ticket.called_at.is_not(None),
                    Ticket.called_at >= start,
                    Ticket.called_at < end,
                )
                .order_by(Ticket.called_at.desc())
                .limit(limit)
            ).all()
            return [_info(t, name) for t, name in rows]

    def no_show(self, ticket_id: str) -> None:
        with self.db.session() as session:
            ticket = session.get(Ticket, ticket_id)
            if ticket is not None and ticket.visit_id is None:
                ticket.status = TicketStatus.NO_SHOW.value
                outbox.ticket(session, ticket)

    def times(self, ticket_id: str) -> tuple[datetime, datetime | None]:
        """(taken, called) in stored UTC: a visit's arrival and start."""
        with self.db.session() as session:
            ticket = session.get(Ticket, ticket_id)
            return ticket.taken_at, ticket.called_at

    def give_feedback(self, score: int, source: str = "kiosk") -> None:
        if not 1 <= score <= 5:
            raise ValueError("score")
        row = Feedback(
            id=str(uuid.uuid4()),
            site_id=self.site_id,
            score=score,
            source=source,
            given_at=utcnow(),
        )
        with self.db.session() as session:
            session.add(row)
            outbox.feedback(session, row)


def _info(ticket: Ticket, workstation: str | None) -> TicketInfo:
    return TicketInfo(
        id=ticket.id,
        code=f"{ticket.prefix}-{ticket.number:03d}",
        source=TicketSource(ticket.source),
        status=TicketStatus(ticket.status),
        taken_at=to_local(ticket.taken_at),
        theme_id=ticket.theme_id,
        procedure_id=ticket.procedure_id,
        called_at=to_local(ticket.called_at) if ticket.called_at else None,
        workstation=workstation,
    )

"""Logging visits at the desk: record, correct or cancel, and list the day.

Each save is one transaction: the visit, its requests and their document
checks land together or not at all.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from guichet.domain.queue import TicketStatus
from guichet.domain.referral import AppointmentDraft, AppointmentMode, ReferralDraft
from guichet.domain.visit import (
    AgeBand,
    Channel,
    DocumentCheckDraft,
    DocumentStatus,
    Gender,
    HelpType,
    Outcome,
    RequestDraft,
    VisitDraft,
    VisitStatus,
    VisitSummary,
)
from guichet.services.clock import local_day_bounds, to_local, utcnow
from guichet.storage.database import Database
from guichet.storage.models import (
    Appointment,
    DocumentCheck,
    Referral,
    Request,
    Ticket,
    Visit,
)
from guichet.sync import outbox


class VisitNotEditable(Exception):
    """Only today's visits can be corrected or cancelled at the desk."""


@dataclass
class IntakeService:
    db: Database
    site_id: str
    workstation_id: str

    def record(
        self,
        agent_id: str,
        draft: VisitDraft,
        started_at: datetime,
        closed_at: datetime | None = None,
        ticket_id: str | None = None,
    ) -> str:
        """``closed_at`` defaults to now; only imports and demo data pass it.

        With a ticket, the visit's arrival is when the ticket was taken and its
        start when it was called: the waiting time comes from the queue.
        """
        draft.validate()
        now = closed_at or utcnow()
        visit = Visit(
            id=str(uuid.uuid4()),
            site_id=self.site_id,
            workstation_id=self.workstation_id,
            agent_id=agent_id,
            started_at=started_at,
            closed_at=now,
            updated_at=now,
            status=VisitStatus.CLOSED.value,
        )
        _apply(visit, draft)
        with self.db.session() as session:
            session.add(visit)
            ticket = session.get(Ticket, ticket_id) if ticket_id else None
            if ticket is not None:
                session.flush()
                visit.arrived_at = ticket.taken_at
                visit.started_at = ticket.called_at or started_at
                ticket.visit_id = visit.id
                ticket.status = TicketStatus.DONE.value
                outbox.ticket(session, ticket)
            outbox.visit(session, visit)
        return visit.id

    def correct(self, visit_id: str, draft: VisitDraft) -> None:
        draft.validate()
        with self.db.session() as session:
            visit = self._editable(session, visit_id)
            visit.requests.clear()
            session.flush()
            _apply(visit, draft)
            visit.updated_at = utcnow()
            outbox.visit(session, visit)

    def cancel(self, visit_id: str) -> None:
        with self.db.session() as session:
            visit = self._editable(session, visit_id)
            visit.status = VisitStatus.CANCELLED.value
            visit.updated_at = utcnow()
            for request in visit.requests:
                for appointment in request.appointments:
                    appointment.cancelled_at = appointment.cancelled_at or visit.updated_at
            outbox.visit(session, visit)

    def draft(self, visit_id: str) -> VisitDraft:
        with self.db.session() as session:
            return _draft(self._load(session, visit_id))

    def day(self, day: date | None = None) -> list[VisitSummary]:
        start, end = local_day_bounds(day or date.today())
        with self.db.session() as session:
            visits = session.scalars(
                select(Visit)
                .where(
                    Visit.site_id == self.site_id,
                    Visit.closed_at >= start,
                    Visit.closed_at < end,
                )
                .options(selectinload(Visit.requests), selectinload(Visit.agent))
                .order_by(Visit.closed_at.desc())
            ).all()
            return [_summary(v) for v in visits]

    def _load(self, session, visit_id: str) -> Visit:
        visit = session.get(
            Visit,
            visit_id,
            options=[
                selectinload(Visit.requests).selectinload(Request.documents),
                selectinload(Visit.requests).selectinload(Request.referrals),
                selectinload(Visit.requests).selectinload(Request.appointments),
            ],
        )
        if visit is None or visit.site_id != self.site_id:
            raise VisitNotEditable(visit_id)
        return visit

    def _editable(self, session, visit_id: str) -> Visit:
        visit = self._load(session, visit_id)
        if to_local(visit.closed_at).date() != date.today():
            raise VisitNotEditable(visit_id)
        return visit


def _apply(visit: Visit, draft: VisitDraft) -> None:
    visit.channel = draft.channel.value
    visit.age_band = draft.age_band.value if draft.age_band else None
    visit.gender = draft.gender.value if draft.gender else None
    visit.commune = draft.commune.upper() if draft.commune else None
    visit.first_visit = draft.first_visit
    visit.note = draft.note or None
    for position, request in enumerate(draft.requests):
        visit.requests.append(
            Request(
                id=str(uuid.uuid4()),
                position=position,
                operator_id=request.operator_id,
                procedure_id=request.procedure_id,
                procedure_title=request.procedure_title,
                theme_id=request.theme_id,
                help_type=request.help_type.value,
                outcome=request.outcome.value,
                documents=[
                    DocumentCheck(
                        id=str(uuid.uuid4()), position=i, label=d.label, status=d.status.value
                    )
                    for i, d in enumerate(request.documents)
                ],
                referrals=[_referral(request.referral)] if request.referral else [],
                appointments=[_appointment(visit.site_id, request.appointment)]
                if request.appointment
                else [],
            )
        )


def _referral(draft: ReferralDraft) -> Referral:
    return Referral(
        id=str(uuid.uuid4()),
        office_id=draft.office_id,
        office_name=draft.office_name,
        reason=draft.reason,
        created_at=utcnow(),
    )


def _appointment(site_id: str, draft: AppointmentDraft) -> Appointment:
    return Appointment(
        id=str(uuid.uuid4()),
        site_id=site_id,
        operator_id=draft.operator_id,
        mode=draft.mode.value,
        starts_at=draft.starts_at.astimezone(UTC).replace(tzinfo=None),
        duration_minutes=draft.duration_minutes,
        place=draft.place,
        link=draft.link,
        reference=draft.reference,
        created_at=utcnow(),
    )


def _draft(visit: Visit) -> VisitDraft:
    return VisitDraft(
        channel=Channel(visit.channel),
        age_band=AgeBand(visit.age_band) if visit.age_band else None,
        gender=Gender(visit.gender) if visit.gender else None,
        commune=visit.commune,
        first_visit=visit.first_visit,
        note=visit.note,
        requests=[
            RequestDraft(
                operator_id=r.operator_id,
                procedure_id=r.procedure_id,
                procedure_title=r.procedure_title,
                theme_id=r.theme_id,
                help_type=HelpType(r.help_type),
                outcome=Outcome(r.outcome),
                documents=[
                    DocumentCheckDraft(d.label, DocumentStatus(d.status)) for d in r.documents
                ],
                referral=next(
                    (ReferralDraft(f.office_id, f.office_name, f.reason) for f in r.referrals), None
                ),
                appointment=next((_appointment_draft(a) for a in r.appointments), None),
            )
            for r in visit.requests
        ],
    )


def _appointment_draft(appointment: Appointment) -> AppointmentDraft:
    return AppointmentDraft(
        operator_id=appointment.operator_id,
        mode=AppointmentMode(appointment.mode),
        starts_at=to_local(appointment.starts_at),
        duration_minutes=appointment.duration_minutes,
        place=appointment.place,
        link=appointment.link,
        reference=appointment.reference,
    )


def _summary(visit: Visit) -> VisitSummary:
    return VisitSummary(
        id=visit.id,
        closed_at=to_local(visit.closed_at),
        agent_name=visit.agent.name,
        channel=Channel(visit.channel),
        status=VisitStatus(visit.status),
        procedures=tuple(r.procedure_title or "" for r in visit.requests),
        operators=tuple(r.operator_id for r in visit.requests),
        help_types=tuple(HelpType(r.help_type) for r in visit.requests),
        outcomes=tuple(Outcome(r.outcome) for r in visit.requests),
    )

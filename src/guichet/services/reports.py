"""The site's activity over a period: the rows of the monthly export and the
quality indicators the network asks for, with the previous period to compare.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, func, select

from guichet.domain import opening_hours
from guichet.domain.agent import AgentInfo
from guichet.domain.report import Indicators, RequestRow, compute
from guichet.domain.visit import AgeBand, Channel, Gender, HelpType, Outcome, VisitStatus
from guichet.services.clock import local_day_bounds, to_local
from guichet.services.permissions import require_manager
from guichet.services.settings import SettingsService
from guichet.services.site import site_details
from guichet.storage.database import Database
from guichet.storage.models import Agent, DeskSession, DocumentCheck, Request, Visit


@dataclass(frozen=True)
class Period:
    """Local calendar days from ``start`` included to ``end`` excluded."""

    start: date
    end: date

    @classmethod
    def month(cls, text: str) -> Period:
        """ "2026-10" → October 2026; ValueError on anything else."""
        year, month = (int(part) for part in text.split("-"))
        first = date(year, month, 1)
        return cls(first, first + timedelta(days=calendar.monthrange(year, month)[1]))

    def previous(self) -> Period:
        """The period of the same length just before (the previous month for a month)."""
        if self.start.day == 1 and self.end == Period.month(f"{self.start:%Y-%m}").end:
            before = self.start - timedelta(days=1)
            return Period.month(f"{before:%Y-%m}")
        length = self.end - self.start
        return Period(self.start - length, self.start)

    def days(self) -> Iterator[date]:
        day = self.start
        while day < self.end:
            yield day
            day += timedelta(days=1)

    def bounds(self) -> tuple[datetime, datetime]:
        """The stored (naive UTC) range."""
        return local_day_bounds(self.start)[0], local_day_bounds(self.end)[0]


@dataclass
class ReportService:
    db: Database
    site_id: str

    def rows(self, period: Period) -> Iterator[RequestRow]:
        """Requests of the closed visits of the period, oldest first."""
        start, end = period.bounds()
        present = func.sum(case((DocumentCheck.status == "present", 1), else_=0))
        missing = func.sum(case((DocumentCheck.status == "missing", 1), else_=0))
        documents = (
            select(DocumentCheck.request_id, present.label("present"), missing.label("missing"))
            .group_by(DocumentCheck.request_id)
            .subquery()
        )
        query = (
            select(Visit, Request, Agent.name, documents.c.present, documents.c.missing)
            .join(Request, Request.visit_id == Visit.id)
            .join(Agent, Agent.id == Visit.agent_id)
            .outerjoin(documents, documents.c.request_id == Request.id)
            .where(
                and_(
                    Visit.site_id == self.site_id,
                    Visit.status == VisitStatus.CLOSED.value,
                    Visit.closed_at >= start,
                    Visit.closed_at < end,
                )
            )
            .order_by(Visit.closed_at, Request.position)
        )
        with self.db.session() as session:
            for visit, request, agent, present_count, missing_count in session.execute(query):
                yield RequestRow(
                    visit_id=visit.id,
                    request_id=request.id,
                    closed_at=to_local(visit.closed_at),
                    started_at=to_local(visit.started_at),
                    arrived_at=to_local(visit.arrived_at) if visit.arrived_at else None,
                    agent=agent,
                    channel=Channel(visit.channel),
                    age_band=AgeBand(visit.age_band) if visit.age_band else None,
                    gender=Gender(visit.gender) if visit.gender else None,
                    commune=visit.commune,
                    first_visit=visit.first_visit,
                    satisfaction=visit.satisfaction,
                    operator_id=request.operator_id,
                    theme_id=request.theme_id,
                    procedure_id=request.procedure_id,
                    procedure_title=request.procedure_title,
                    help_type=HelpType(request.help_type),
                    outcome=Outcome(request.outcome),
                    documents_present=present_count or 0,
                    documents_missing=missing_count or 0,
                )

    def indicators(self, actor: AgentInfo, period: Period) -> Indicators:
        require_manager(actor)
        return compute(
            self.rows(period),
            hours_held=self.hours_held(period),
            hours_declared=self.hours_declared(period),
        )

    def hours_declared(self, period: Period) -> float:
        """The declared week over the period, public holidays of the site's commune off."""
        week = SettingsService(self.db).opening_hours()
        days = list(period.days())
        closed = opening_hours.public_holidays(
            {day.year for day in days}, site_details(self.db, self.site_id).commune
        )
        return sum(
            opening_hours.hours(week[opening_hours.WEEKDAYS[day.weekday()]])
            for day in days
            if day not in closed
        )

    def hours_held(self, period: Period) -> float:
        """Hours with at least one agent logged in at a desk of the site."""
        start, end = period.bounds()
        with self.db.session() as session:
            sessions = session.execute(
                select(DeskSession.started_at, DeskSession.ended_at, DeskSession.last_seen_at)
                .where(
                    DeskSession.site_id == self.site_id,
                    DeskSession.started_at < end,
                    func.coalesce(DeskSession.ended_at, DeskSession.last_seen_at) > start,
                )
                .order_by(DeskSession.started_at)
            ).all()
        spans = sorted(
            (max(opened, start), min(closed or seen, end)) for opened, closed, seen in sessions
        )
        total = 0.0
        current: tuple[datetime, datetime] | None = None
        for opened, closed in spans:
            if current is None or opened > current[1]:
                if current is not None:
                    total += (current[1] - current[0]).total_seconds()
                current = (opened, closed)
            else:
                current = (current[0], max(current[1], closed))
        if current is not None:
            total += (current[1] - current[0]).total_seconds()
        return total / 3600

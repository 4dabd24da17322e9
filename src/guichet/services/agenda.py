"""The site's appointments, as the agenda and the desk's reminder show them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from guichet.domain.referral import AppointmentInfo, AppointmentMode
from guichet.services.clock import local_day_bounds, to_local, utcnow
from guichet.storage.database import Database
from guichet.storage.models import Appointment, Request


@dataclass
class AgendaService:
    db: Database
    site_id: str

    def between(self, first_day: date, days: int) -> list[AppointmentInfo]:
        """Appointments not cancelled, from ``first_day`` for ``days`` local days."""
        start = local_day_bounds(first_day)[0]
        end = local_day_bounds(first_day + timedelta(days=days))[0]
        return self._query(start, end)

    def day(self, day: date) -> list[AppointmentInfo]:
        return self.between(day, 1)

    def week(self, any_day: date) -> list[AppointmentInfo]:
        """Monday to Sunday of the week holding ``any_day``."""
        return self.between(any_day - timedelta(days=any_day.weekday()), 7)

    def upcoming(self, within: timedelta, now: datetime | None = None) -> list[AppointmentInfo]:
        """Appointments starting in the next ``within``: the desk's reminder."""
        start = now.astimezone(UTC).replace(tzinfo=None) if now else utcnow()
        return self._query(start, start + within)

    def _query(self, start: datetime, end: datetime) -> list[AppointmentInfo]:
        with self.db.session() as session:
            rows = session.execute(
                select(Appointment, Request.procedure_title)
                .outerjoin(Request, Request.id == Appointment.request_id)
                .where(
                    Appointment.site_id == self.site_id,
                    Appointment.cancelled_at.is_(None),
                    Appointment.starts_at >= start,
                    Appointment.starts_at < end,
                )
                .order_by(Appointment.starts_at)
            ).all()
            return [
                AppointmentInfo(
                    id=a.id,
                    operator_id=a.operator_id,
                    mode=AppointmentMode(a.mode),
                    starts_at=to_local(a.starts_at),
                    duration_minutes=a.duration_minutes,
                    place=a.place,
                    link=a.link,
                    reference=a.reference,
                    procedure_title=title,
                )
                for a, title in rows
            ]

"""Tables of the desk's local database.

Ids are UUID strings made on the desk, so rows can later travel to the hub
without clashing. Times are stored in UTC. The visit log holds no name and
no identity number: the only people named are the site's agents.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Facts about this installation (its site, its workstation id)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Site(Base):
    __tablename__ = "site"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    commune: Mapped[str | None] = mapped_column(String(5))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    fs_id: Mapped[str | None] = mapped_column(String(20))
    format: Mapped[str] = mapped_column(String(16), default="fixed", server_default="fixed")
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))


class Workstation(Base):
    __tablename__ = "workstation"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"))
    name: Mapped[str] = mapped_column(String(200))


class Agent(Base):
    __tablename__ = "agent"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_pins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


class Visit(Base):
    __tablename__ = "visit"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    workstation_id: Mapped[str] = mapped_column(ForeignKey("workstation.id"))
    agent_id: Mapped[str] = mapped_column(ForeignKey("agent.id"))
    channel: Mapped[str] = mapped_column(String(16), default="on_site", server_default="on_site")
    started_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16))
    age_band: Mapped[str | None] = mapped_column(String(16))
    gender: Mapped[str | None] = mapped_column(String(16))
    commune: Mapped[str | None] = mapped_column(String(5))
    first_visit: Mapped[bool | None] = mapped_column(Boolean)
    #: When the visitor arrived (ticket taken); the wait is ``started_at - arrived_at``.
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: 1 (very unhappy) to 5 (very happy), when the visitor answered.
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    #: Free text, purged after the site's retention period; never exported.
    note: Mapped[str | None] = mapped_column(Text)
    agent: Mapped[Agent] = relationship()
    requests: Mapped[list[Request]] = relationship(
        back_populates="visit",
        order_by="Request.position",
        cascade="all, delete-orphan",
    )


class Request(Base):
    __tablename__ = "request"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    operator_id: Mapped[str] = mapped_column(String(80))
    procedure_id: Mapped[str | None] = mapped_column(String(80))
    procedure_title: Mapped[str | None] = mapped_column(String(200))
    theme_id: Mapped[str | None] = mapped_column(String(80))
    help_type: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(16))
    visit: Mapped[Visit] = relationship(back_populates="requests")
    documents: Mapped[list[DocumentCheck]] = relationship(
        order_by="DocumentCheck.position", cascade="all, delete-orphan"
    )
    referrals: Mapped[list[Referral]] = relationship(cascade="all, delete-orphan")
    appointments: Mapped[list[Appointment]] = relationship(cascade="all, delete-orphan")


class DocumentCheck(Base):
    __tablename__ = "document_check"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(400))
    status: Mapped[str] = mapped_column(String(16))


class LocalEntry(Base):
    """A site's own catalogue entry (a local partner or a procedure), kept apart
    from the shipped catalogue so that a new shipped version never erases it.

    ``data`` is the entry as JSON, in the shipped catalogue's format and checked
    against the same schema.
    """

    __tablename__ = "local_entry"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    data: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ReferenceSheet(Base):
    """A service-public.fr sheet imported from the DILA open data."""

    __tablename__ = "reference_sheet"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    data: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class DeskSession(Base):
    """An agent logged in at a workstation: the opening hours actually held."""

    __tablename__ = "desk_session"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"))
    workstation_id: Mapped[str] = mapped_column(ForeignKey("workstation.id"))
    agent_id: Mapped[str] = mapped_column(ForeignKey("agent.id"))
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)


class Office(Base):
    """An operator's or partner's office near the site, for referrals and slips."""

    __tablename__ = "office"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    operator_id: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(400))
    #: JSON object: weekday ("mon".."sun") → "09:00 - 12:30 / 14:00 - 17:30".
    hours: Mapped[str] = mapped_column(Text, default="{}")
    remarks: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Referral(Base):
    """A visitor sent to an operator's specialised service, with a handoff slip."""

    __tablename__ = "referral"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    office_id: Mapped[str | None] = mapped_column(ForeignKey("office.id", ondelete="SET NULL"))
    #: The office as it was when referred, so the log stays right if the office changes.
    office_name: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Appointment(Base):
    """A meeting booked with an operator: at the site's permanence, by phone or by video."""

    __tablename__ = "appointment"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    request_id: Mapped[str | None] = mapped_column(
        ForeignKey("request.id", ondelete="SET NULL"), index=True
    )
    operator_id: Mapped[str] = mapped_column(String(80))
    mode: Mapped[str] = mapped_column(String(16))
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    place: Mapped[str | None] = mapped_column(String(300))
    link: Mapped[str | None] = mapped_column(String(400))
    reference: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)


class Ticket(Base):
    """A place in the waiting queue, taken at the kiosk or at the desk.

    Ids are made where the ticket is taken so tickets from the kiosk PC and
    the desks can later meet in one queue through the hub.
    """

    __tablename__ = "ticket"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    prefix: Mapped[str] = mapped_column(String(4))
    source: Mapped[str] = mapped_column(String(16))
    theme_id: Mapped[str | None] = mapped_column(String(80))
    procedure_id: Mapped[str | None] = mapped_column(String(80))
    language: Mapped[str | None] = mapped_column(String(8))
    taken_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    status: Mapped[str] = mapped_column(String(16))
    called_at: Mapped[datetime | None] = mapped_column(DateTime)
    called_by: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
    workstation_id: Mapped[str | None] = mapped_column(ForeignKey("workstation.id"))
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"))


class Feedback(Base):
    """A visitor's answer to "how did it go?" (1 to 5), anonymous."""

    __tablename__ = "feedback"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    score: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16))
    given_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class OutboxEvent(Base):
    """A change waiting to reach the hub, written in the same transaction as the change.

    ``id`` is made here, so the hub can recognise an event sent twice.
    """

    __tablename__ = "outbox_event"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)

"""Applying the other desks' events to this desk's database.

Every payload is a whole snapshot: a visit is replaced by its newer version,
never merged field by field. Applying writes no outbox event, so nothing
echoes back to the hub.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import delete
from sqlalchemy.orm import Session

from guichet.domain.agent import Role
from guichet.domain.queue import TicketSource, TicketStatus
from guichet.domain.referral import AppointmentMode
from guichet.domain.visit import (
    AgeBand,
    Channel,
    DocumentStatus,
    Gender,
    HelpType,
    Outcome,
    VisitStatus,
)
from guichet.storage.models import (
    Agent,
    Appointment,
    DeskSession,
    DocumentCheck,
    Feedback,
    Referral,
    Request,
    Ticket,
    Visit,
    Workstation,
)

T = TypeVar("T")


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _member(kind: type[StrEnum], value: object) -> str:
    """A value the desk's screens know how to show; ValueError for any other,
    so that another desk's (or a broken hub's) typo never reaches a screen."""
    return kind(value).value


def _optional(kind: type[StrEnum], value: object) -> str | None:
    return None if value is None else _member(kind, value)


def _integer(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"not an integer: {value!r}")
    return value


def _get(session: Session, model: type[T], key: object) -> T | None:
    """``session.get`` for a key from another desk's payload, which must be an id."""
    if not isinstance(key, str) or not key:
        raise ValueError(f"not an identifier: {key!r}")
    return session.get(model, key)


def apply_event(session: Session, kind: str, payload: dict[str, Any]) -> None:
    handler = _HANDLERS.get(kind)
    if handler is not None:  # a newer hub may send kinds this desk does not know yet
        handler(session, payload)


def _ensure_workstation(session: Session, site_id: str, workstation_id: str) -> None:
    if _get(session, Workstation, workstation_id) is None:
        session.add(Workstation(id=workstation_id, site_id=site_id, name=workstation_id[:8]))
        session.flush()


def _ensure_agent(session: Session, site_id: str, agent_id: str, name: str | None) -> None:
    """A visit may arrive before its agent: keep it, with the name it carries."""
    if _get(session, Agent, agent_id) is None:
        session.add(
            Agent(
                id=agent_id,
                site_id=site_id,
                name=name or "—",
                role="agent",
                pin_hash="",
                active=False,
                failed_pins=0,
            )
        )
        session.flush()


def _workstation(session: Session, p: dict[str, Any]) -> None:
    row = _get(session, Workstation, p["id"])
    if row is None:
        session.add(Workstation(id=p["id"], site_id=p["site_id"], name=p["name"]))
    else:
        row.name = p["name"]


def _agent(session: Session, p: dict[str, Any]) -> None:
    row = _get(session, Agent, p["id"])
    if row is None:
        row = Agent(id=p["id"], site_id=p["site_id"], failed_pins=0)
        session.add(row)
    row.name, row.pin_hash, row.active = p["name"], p["pin_hash"], p["active"]
    row.role = _member(Role, p["role"])


def _visit(session: Session, p: dict[str, Any]) -> None:
    existing = _get(session, Visit, p["id"])
    updated = _time(p["updated_at"])
    if existing is not None and existing.updated_at >= updated:
        return
    _ensure_workstation(session, p["site_id"], p["workstation_id"])
    _ensure_agent(session, p["site_id"], p["agent_id"], p.get("agent_name"))
    note = existing.note if existing is not None else None
    if existing is not None:
        session.delete(existing)
        session.flush()
    session.add(
        Visit(
            id=p["id"],
            site_id=p["site_id"],
            workstation_id=p["workstation_id"],
            agent_id=p["agent_id"],
            channel=_member(Channel, p["channel"]),
            started_at=_time(p["started_at"]),
            closed_at=_time(p["closed_at"]),
            updated_at=updated,
            arrived_at=_time(p.get("arrived_at")),
            status=_member(VisitStatus, p["status"]),
            age_band=_optional(AgeBand, p.get("age_band")),
            gender=_optional(Gender, p.get("gender")),
            commune=p.get("commune"),
            first_visit=p.get("first_visit"),
            satisfaction=_integer(p["satisfaction"]) if p.get("satisfaction") is not None else None,
            note=note,
            requests=[
                Request(
                    id=r["id"],
                    position=_integer(r["position"]),
                    operator_id=r["operator_id"],
                    procedure_id=r.get("procedure_id"),
                    procedure_title=r.get("procedure_title"),
                    theme_id=r.get("theme_id"),
                    help_type=_member(HelpType, r["help_type"]),
                    outcome=_member(Outcome, r["outcome"]),
                    documents=[
                        DocumentCheck(
                            id=d["id"],
                            position=_integer(d["position"]),
                            label=d["label"],
                            status=_member(DocumentStatus, d["status"]),
                        )
                        for d in r.get("documents", ())
                    ],
                    referrals=[
                        Referral(
                            id=f["id"],
                            office_name=f["office_name"],
                            reason=f.get("reason"),
                            created_at=_time(f["created_at"]),
                        )
                        for f in r.get("referrals", ())
                    ],
                    appointments=[
                        Appointment(
                            id=a["id"],
                            site_id=p["site_id"],
                            operator_id=a["operator_id"],
                            mode=_member(AppointmentMode, a["mode"]),
                            starts_at=_time(a["starts_at"]),
                            duration_minutes=_integer(a["duration_minutes"]),
                            place=a.get("place"),
                            link=a.get("link"),
                            reference=a.get("reference"),
                            created_at=_time(a["created_at"]),
                            cancelled_at=_time(a.get("cancelled_at")),
                        )
                        for a in r.get("appointments", ())
                    ],
                )
                for r in p.get("requests", ())
            ],
        )
    )


def _ticket(session: Session, p: dict[str, Any]) -> None:
    if p.get("workstation_id"):
        _ensure_workstation(session, p["site_id"], p["workstation_id"])
    if p.get("called_by"):
        _ensure_agent(session, p["site_id"], p["called_by"], None)
    session.flush()
    visit_id = (
        p.get("visit_id") if p.get("visit_id") and _get(session, Visit, p["visit_id"]) else None
    )
    row = _get(session, Ticket, p["id"])
    if row is None:
        row = Ticket(id=p["id"], site_id=p["site_id"])
        session.add(row)
    row.number, row.prefix = _integer(p["number"]), p["prefix"]
    row.source = _member(TicketSource, p["source"])
    row.theme_id, row.procedure_id, row.language = (
        p.get("theme_id"),
        p.get("procedure_id"),
        p.get("language"),
    )
    row.taken_at, row.status = _time(p["taken_at"]), _member(TicketStatus, p["status"])
    row.called_at, row.called_by = _time(p.get("called_at")), p.get("called_by")
    row.workstation_id, row.visit_id = p.get("workstation_id"), visit_id


def _feedback(session: Session, p: dict[str, Any]) -> None:
    if _get(session, Feedback, p["id"]) is None:
        session.add(
            Feedback(
                id=p["id"],
                site_id=p["site_id"],
                score=_integer(p["score"]),
                source=p["source"],
                given_at=_time(p["given_at"]),
            )
        )


def _desk_session(session: Session, p: dict[str, Any]) -> None:
    _ensure_workstation(session, p["site_id"], p["workstation_id"])
    _ensure_agent(session, p["site_id"], p["agent_id"], None)
    session.execute(delete(DeskSession).where(DeskSession.id == p["id"]))
    session.add(
        DeskSession(
            id=p["id"],
            site_id=p["site_id"],
            workstation_id=p["workstation_id"],
            agent_id=p["agent_id"],
            started_at=_time(p["started_at"]),
            last_seen_at=_time(p["last_seen_at"]),
            ended_at=_time(p.get("ended_at")),
        )
    )


_HANDLERS = {
    "workstation.upsert": _workstation,
    "agent.upsert": _agent,
    "visit.upsert": _visit,
    "ticket.upsert": _ticket,
    "feedback.add": _feedback,
    "desk_session.upsert": _desk_session,
}

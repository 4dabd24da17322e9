"""Events for the hub, built from the rows they describe and queued in the same
transaction, so that a change on screen and its event exist together or not at all.

Payloads are whole snapshots (``*.upsert``): applying one twice, or an older
one after a newer one, does no harm. The visit's free-text note never leaves
the desk.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from guichet.services.clock import utcnow
from guichet.storage.models import (
    Agent,
    DeskSession,
    Feedback,
    OutboxEvent,
    Ticket,
    Visit,
    Workstation,
)


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def add(session: Session, kind: str, entity_id: str, payload: dict[str, Any]) -> None:
    session.add(
        OutboxEvent(
            id=str(uuid.uuid4()),
            kind=kind,
            entity_id=entity_id,
            payload=json.dumps(payload, ensure_ascii=False, separators=(",", ":")),
            created_at=utcnow(),
        )
    )


def visit(session: Session, row: Visit) -> None:
    session.flush()
    add(
        session,
        "visit.upsert",
        row.id,
        {
            "id": row.id,
            "site_id": row.site_id,
            "workstation_id": row.workstation_id,
            "agent_id": row.agent_id,
            "agent_name": row.agent.name if row.agent else None,
            "channel": row.channel,
            "started_at": _time(row.started_at),
            "closed_at": _time(row.closed_at),
            "updated_at": _time(row.updated_at),
            "arrived_at": _time(row.arrived_at),
            "status": row.status,
            "age_band": row.age_band,
            "gender": row.gender,
            "commune": row.commune,
            "first_visit": row.first_visit,
            "satisfaction": row.satisfaction,
            "requests": [
                {
                    "id": r.id,
                    "position": r.position,
                    "operator_id": r.operator_id,
                    "procedure_id": r.procedure_id,
                    "procedure_title": r.procedure_title,
                    "theme_id": r.theme_id,
                    "help_type": r.help_type,
                    "outcome": r.outcome,
                    "documents": [
                        {"id": d.id, "position": d.position, "label": d.label, "status": d.status}
                        for d in r.documents
                    ],
                    "referrals": [
                        {
                            "id": f.id,
                            "office_name": f.office_name,
                            "reason": f.reason,
                            "created_at": _time(f.created_at),
                        }
                        for f in r.referrals
                    ],
                    "appointments": [
                        {
                            "id": a.id,
                            "operator_id": a.operator_id,
                            "mode": a.mode,
                            "starts_at": _time(a.starts_at),
                            "duration_minutes": a.duration_minutes,
                            "place": a.place,
                            "link": a.link,
                            "reference": a.reference,
                            "created_at": _time(a.created_at),
                            "cancelled_at": _time(a.cancelled_at),
                        }
                        for a in r.appointments
                    ],
                }
                for r in row.requests
            ],
        },
    )


def ticket(session: Session, row: Ticket) -> None:
    add(
        session,
        "ticket.upsert",
        row.id,
        {
            "id": row.id,
            "site_id": row.site_id,
            "number": row.number,
            "prefix": row.prefix,
            "source": row.source,
            "theme_id": row.theme_id,
            "procedure_id": row.procedure_id,
            "language": row.language,
            "taken_at": _time(row.taken_at),
            "status": row.status,
            "called_at": _time(row.called_at),
            "called_by": row.called_by,
            "workstation_id": row.workstation_id,
            "visit_id": row.visit_id,
        },
    )


def agent(session: Session, row: Agent) -> None:
    """PIN hashes travel (scrypt) so an agent can log in at any desk of the site."""
    add(
        session,
        "agent.upsert",
        row.id,
        {
            "id": row.id,
            "site_id": row.site_id,
            "name": row.name,
            "role": row.role,
            "pin_hash": row.pin_hash,
            "active": row.active,
        },
    )


def workstation(session: Session, row: Workstation) -> None:
    add(
        session,
        "workstation.upsert",
        row.id,
        {"id": row.id, "site_id": row.site_id, "name": row.name},
    )


def feedback(session: Session, row: Feedback) -> None:
    add(
        session,
        "feedback.add",
        row.id,
        {
            "id": row.id,
            "site_id": row.site_id,
            "score": row.score,
            "source": row.source,
            "given_at": _time(row.given_at),
        },
    )


def desk_session(session: Session, row: DeskSession) -> None:
    add(
        session,
        "desk_session.upsert",
        row.id,
        {
            "id": row.id,
            "site_id": row.site_id,
            "workstation_id": row.workstation_id,
            "agent_id": row.agent_id,
            "started_at": _time(row.started_at),
            "last_seen_at": _time(row.last_seen_at),
            "ended_at": _time(row.ended_at),
        },
    )

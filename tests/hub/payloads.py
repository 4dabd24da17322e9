"""Events and visit payloads in the format the desks push."""

from __future__ import annotations

import uuid
from typing import Any


def event(
    kind: str = "ticket.upsert",
    entity_id: str | None = None,
    payload: dict[str, Any] | None = None,
    event_id: str | None = None,
) -> dict[str, Any]:
    """One event as a desk's outbox sends it."""
    return {
        "id": event_id or str(uuid.uuid4()),
        "kind": kind,
        "entity_id": entity_id or str(uuid.uuid4()),
        "payload": payload if payload is not None else {"number": 7},
        "created_at": "2026-11-27T10:05:00",
    }


def request(
    operator_id: str,
    help_type: str,
    outcome: str,
    theme_id: str | None = "social-sante",
    documents: tuple[str, ...] = (),
) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "position": 0,
        "operator_id": operator_id,
        "procedure_id": None,
        "procedure_title": None,
        "theme_id": theme_id,
        "help_type": help_type,
        "outcome": outcome,
        "documents": [
            {"id": str(uuid.uuid4()), "position": i, "label": f"pièce {i}", "status": status}
            for i, status in enumerate(documents)
        ],
        "referrals": [],
        "appointments": [],
    }


def visit(
    started_at: str,
    closed_at: str,
    requests: list[dict[str, Any]],
    *,
    visit_id: str | None = None,
    channel: str = "on_site",
    arrived_at: str | None = None,
    status: str = "closed",
    satisfaction: int | None = None,
    **profile: Any,
) -> dict[str, Any]:
    """A ``visit.upsert`` payload; ``profile`` sets age_band, gender, commune, first_visit."""
    for position, item in enumerate(requests):
        item["position"] = position
    return {
        "id": visit_id or str(uuid.uuid4()),
        "site_id": "as-known-by-the-desk",
        "workstation_id": "as-known-by-the-desk",
        "agent_id": "agent-1",
        "agent_name": "Alex Agent",
        "channel": channel,
        "started_at": started_at,
        "closed_at": closed_at,
        "updated_at": closed_at,
        "arrived_at": arrived_at,
        "status": status,
        "age_band": profile.get("age_band"),
        "gender": profile.get("gender"),
        "commune": profile.get("commune"),
        "first_visit": profile.get("first_visit"),
        "satisfaction": satisfaction,
        "requests": requests,
    }


def visit_event(payload: dict[str, Any]) -> dict[str, Any]:
    return event("visit.upsert", payload["id"], payload)

"""The JSON bodies of the hub's API, as pydantic models (they make /openapi.json too)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, Field

#: Desks make event ids with ``str(uuid.uuid4())``: lower case, with dashes.
EVENT_ID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


class EnrollRequest(BaseModel):
    code: Annotated[str, Field(min_length=1, max_length=64)]
    workstation_name: Annotated[str, Field(min_length=1, max_length=200)]


class EnrollResponse(BaseModel):
    site_id: str
    site_name: str
    workstation_id: str
    token: str = Field(description="Shown once: the hub keeps only its hash.")


class IncomingEvent(BaseModel):
    id: Annotated[str, Field(pattern=EVENT_ID_PATTERN)]
    kind: Annotated[str, Field(min_length=1, max_length=64)]
    entity_id: Annotated[str, Field(min_length=1, max_length=80)]
    payload: dict[str, Any]
    created_at: datetime


class EventBatch(BaseModel):
    events: list[IncomingEvent] = Field(
        description="At most 500 events (more: 413); the whole body at most 2 MiB (more: 413)."
    )


class PushResult(BaseModel):
    acknowledged: list[str] = Field(description="Every id of the batch, stored now or before.")
    duplicates: int = Field(description="Events of the batch the hub already had.")


class PulledEvent(BaseModel):
    seq: int
    id: str
    kind: str
    entity_id: str
    payload: dict[str, Any]
    workstation_id: str
    created_at: datetime


class EventPage(BaseModel):
    events: list[PulledEvent]
    cursor: int = Field(description="The last seq returned, or `after` when none; pass it back.")
    more: bool

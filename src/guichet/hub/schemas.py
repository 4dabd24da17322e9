"""The JSON bodies of the hub's API, as pydantic models (they make /openapi.json too)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, Field

#: Desks make event ids with ``str(uuid.uuid4())``: lower case, with dashes.
EVENT_ID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
#: Text the hub stores in columns of its own: no control characters (PostgreSQL
#: cannot store NUL in text, and no desk writes them in names or ids).
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"


def naive_utc(value: datetime) -> datetime:
    """Times are stored as naive UTC; a zone that moves one out of years 1–9999 is refused."""
    if value.tzinfo is None:
        return value
    try:
        return value.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:
        raise ValueError("out of range once converted to UTC") from None


class EnrollRequest(BaseModel):
    code: Annotated[str, Field(min_length=1, max_length=64, pattern=PRINTABLE)]
    workstation_name: Annotated[str, Field(min_length=1, max_length=200, pattern=PRINTABLE)]


class EnrollResponse(BaseModel):
    site_id: str
    site_name: str
    workstation_id: str
    token: str = Field(description="Shown once: the hub keeps only its hash.")


class IncomingEvent(BaseModel):
    id: Annotated[str, Field(pattern=EVENT_ID_PATTERN)]
    kind: Annotated[str, Field(min_length=1, max_length=64, pattern=PRINTABLE)]
    entity_id: Annotated[str, Field(min_length=1, max_length=80, pattern=PRINTABLE)]
    payload: dict[str, Any]
    created_at: Annotated[datetime, AfterValidator(naive_utc)]


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
    created_at: str = Field(
        description="UTC, ISO 8601 without offset (e.g. 2026-11-27T09:05:00), as stored."
    )


class EventPage(BaseModel):
    events: list[PulledEvent]
    cursor: int = Field(description="The last seq returned, or `after` when none; pass it back.")
    more: bool

"""The waiting queue: tickets from the kiosk and from the desk, in one line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class TicketSource(StrEnum):
    KIOSK = "kiosk"
    DESK = "desk"


class TicketStatus(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    DONE = "done"
    NO_SHOW = "no_show"


#: The letter before the number tells where the ticket was taken.
PREFIXES = {TicketSource.KIOSK: "A", TicketSource.DESK: "G"}


@dataclass(frozen=True)
class TicketInfo:
    id: str
    code: str  # "A-012"
    source: TicketSource
    status: TicketStatus
    taken_at: datetime  # local, aware
    theme_id: str | None = None
    procedure_id: str | None = None
    called_at: datetime | None = None
    workstation: str | None = None

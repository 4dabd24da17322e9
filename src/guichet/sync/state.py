"""What the UI is told about the sync: kept free of heavy imports for the first paint."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SyncStatus(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    ERROR = "error"
    SYNCING = "syncing"


@dataclass(frozen=True)
class SyncState:
    status: SyncStatus
    pending: int
    last_success: str | None
    detail: str = ""

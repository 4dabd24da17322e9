"""Who works at the desk and what they may do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Role(StrEnum):
    AGENT = "agent"
    MANAGER = "manager"


@dataclass(frozen=True)
class AgentInfo:
    id: str
    name: str
    role: Role


class LoginRefused(Exception):
    """``reason`` is ``wrong_pin``, ``locked`` or ``unknown``."""

    def __init__(self, reason: str, attempts_left: int = 0, until: datetime | None = None):
        super().__init__(reason)
        self.reason = reason
        self.attempts_left = attempts_left
        self.until = until


MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 12


def is_valid_pin(pin: str) -> bool:
    return pin.isdigit() and MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH

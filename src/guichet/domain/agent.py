"""Who works at the desk and what they may do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    AGENT = "agent"
    MANAGER = "manager"


@dataclass(frozen=True)
class AgentInfo:
    id: str
    name: str
    role: Role


MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 12


def is_valid_pin(pin: str) -> bool:
    return pin.isdigit() and MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH

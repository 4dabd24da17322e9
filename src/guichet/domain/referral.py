"""Sending a visitor on: a referral to an office, or an appointment with an operator."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class AppointmentMode(StrEnum):
    ON_SITE = "on_site"  # at the site's permanence
    PHONE = "phone"
    VIDEO = "video"  # visio-guichet


@dataclass(frozen=True)
class OfficeInfo:
    """An office near the site; ``hours`` maps "mon".."sun" to "09:00 - 12:30 / …"."""

    id: str
    operator_id: str
    name: str
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    hours: dict[str, str] = field(default_factory=dict)
    remarks: str | None = None


@dataclass
class ReferralDraft:
    office_id: str | None
    office_name: str
    reason: str | None = None


@dataclass
class AppointmentDraft:
    operator_id: str
    mode: AppointmentMode
    starts_at: datetime  # local, timezone-aware
    duration_minutes: int = 30
    place: str | None = None
    link: str | None = None
    reference: str | None = None


@dataclass(frozen=True)
class AppointmentInfo:
    """An appointment as the agenda shows it."""

    id: str
    operator_id: str
    mode: AppointmentMode
    starts_at: datetime  # local, timezone-aware
    duration_minutes: int
    place: str | None
    link: str | None
    reference: str | None
    procedure_title: str | None = None

"""What a visit is made of, independent of how it is stored or shown.

The codes follow the activity report of the French digital mediation network
so that the monthly export maps one to one onto the national indicators.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from guichet.domain.referral import AppointmentDraft, ReferralDraft


class Channel(StrEnum):
    ON_SITE = "on_site"
    PHONE = "phone"
    VIDEO = "video"


class HelpType(StrEnum):
    INFORMATION = "information"
    ACCOMPANIED = "accompanied"
    DIGITAL = "digital"
    REFERRAL = "referral"
    APPOINTMENT = "appointment"


class Outcome(StrEnum):
    COMPLETED = "completed"
    FINISHES_ALONE = "finishes_alone"
    MUST_COME_BACK = "must_come_back"
    REFERRED = "referred"


class AgeBand(StrEnum):
    UNDER_18 = "under_18"
    AGE_18_24 = "18_24"
    AGE_25_39 = "25_39"
    AGE_40_59 = "40_59"
    AGE_60_69 = "60_69"
    AGE_70_PLUS = "70_plus"


class Gender(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    OTHER = "other"


class DocumentStatus(StrEnum):
    PRESENT = "present"
    MISSING = "missing"
    NOT_APPLICABLE = "not_applicable"


class VisitStatus(StrEnum):
    CLOSED = "closed"
    CANCELLED = "cancelled"


MAX_NOTE_LENGTH = 500

#: Outcomes that count as "handled on site" in the network's indicators.
HANDLED_ON_SITE = frozenset({Outcome.COMPLETED, Outcome.FINISHES_ALONE})


class InvalidVisit(ValueError):
    """A draft that cannot be saved; ``code`` says why, for the UI to phrase."""

    def __init__(self, code: str, request_index: int | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.request_index = request_index


@dataclass
class DocumentCheckDraft:
    label: str
    status: DocumentStatus = DocumentStatus.MISSING


@dataclass
class RequestDraft:
    operator_id: str | None = None
    procedure_id: str | None = None
    procedure_title: str | None = None
    theme_id: str | None = None
    help_type: HelpType | None = None
    outcome: Outcome | None = None
    documents: list[DocumentCheckDraft] = field(default_factory=list)
    referral: ReferralDraft | None = None
    appointment: AppointmentDraft | None = None


@dataclass
class VisitDraft:
    """A visit as the agent fills it in. Profile fields are optional on purpose:
    the visitor may decline, and nothing identifying is ever asked."""

    channel: Channel = Channel.ON_SITE
    age_band: AgeBand | None = None
    gender: Gender | None = None
    commune: str | None = None
    first_visit: bool | None = None
    requests: list[RequestDraft] = field(default_factory=list)
    #: Internal free text, purged after the site's retention period.
    note: str | None = None

    def validate(self) -> None:
        if self.commune is not None and not is_insee_code(self.commune):
            raise InvalidVisit("commune")
        if self.note is not None and len(self.note) > MAX_NOTE_LENGTH:
            raise InvalidVisit("note")
        if not self.requests:
            raise InvalidVisit("no_request")
        for index, request in enumerate(self.requests):
            if not request.operator_id:
                raise InvalidVisit("operator", index)
            if request.help_type is None:
                raise InvalidVisit("help_type", index)
            if request.outcome is None:
                raise InvalidVisit("outcome", index)


def is_insee_code(value: str) -> bool:
    """INSEE commune codes are 5 characters: digits, or 2A/2B for Corsica."""
    if len(value) != 5:
        return False
    head, tail = value[:2], value[2:]
    return (head.isdigit() or head.upper() in {"2A", "2B"}) and tail.isdigit()


@dataclass(frozen=True)
class VisitSummary:
    """One line of the desk's table of today's visits."""

    id: str
    closed_at: datetime
    agent_name: str
    channel: Channel
    status: VisitStatus
    procedures: tuple[str, ...]
    operators: tuple[str, ...]
    help_types: tuple[HelpType, ...]
    outcomes: tuple[Outcome, ...]


@dataclass(frozen=True)
class DayTotals:
    visits: int
    requests: int
    handled_on_site: int

    @property
    def handled_on_site_share(self) -> float | None:
        return self.handled_on_site / self.requests if self.requests else None


def day_totals(visits: list[VisitSummary]) -> DayTotals:
    """Cancelled visits stay visible in the table but never count."""
    kept = [v for v in visits if v.status is VisitStatus.CLOSED]
    outcomes = [o for v in kept for o in v.outcomes]
    return DayTotals(
        visits=len(kept),
        requests=len(outcomes),
        handled_on_site=sum(1 for o in outcomes if o in HANDLED_ON_SITE),
    )

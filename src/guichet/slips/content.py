"""What each slip says, as plain data chosen from the visit's request.

The ``build_*`` functions take what the desk already holds (the procedure,
the checklist as ticked, the office or the appointment) and keep only what
the visitor needs on paper. Nothing about the visitor is printed except the
note the agent typed for them on purpose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from guichet.domain.catalog import DocumentRequirement, Operator, Procedure
from guichet.domain.referral import AppointmentDraft, AppointmentInfo, AppointmentMode, OfficeInfo
from guichet.domain.visit import DocumentCheckDraft, DocumentStatus
from guichet.slips.wording import operator_name


@dataclass(frozen=True)
class SlipSite:
    """The France Services site handing the slip out: where to come back to."""

    name: str
    address: str | None = None
    phone: str | None = None
    #: "mon".."sun" → "09:00 - 12:30 / 14:00 - 17:30"; empty text is a closed day.
    hours: dict[str, str] = field(default_factory=dict)


class LinkKind(StrEnum):
    """Decides the caption under the QR code, so the visitor knows what it opens."""

    SHEET = "sheet"
    ONLINE_SERVICE = "online_service"
    VIDEO = "video"
    WEBSITE = "website"


@dataclass(frozen=True)
class Link:
    url: str
    kind: LinkKind


@dataclass(frozen=True)
class HandoffSlip:
    """ "Fiche de liaison": where the visitor is sent, and with what."""

    site: SlipSite
    issued_on: date
    office: OfficeInfo
    procedure_title: str | None
    operator_name: str | None
    reason: str | None
    documents: tuple[DocumentRequirement, ...]
    link: Link | None
    note: str | None = None


@dataclass(frozen=True)
class AppointmentSlip:
    site: SlipSite
    issued_on: date
    operator_name: str
    mode: AppointmentMode
    starts_at: datetime
    duration_minutes: int
    #: Where to go; None for a phone appointment with no place given.
    place: str | None
    video_link: str | None
    reference: str | None
    procedure_title: str | None
    documents: tuple[DocumentRequirement, ...]
    link: Link | None
    note: str | None = None


@dataclass(frozen=True)
class MissingSlip:
    """ "Pièces à apporter": the checklist as ticked, for a visitor who must come back."""

    site: SlipSite
    issued_on: date
    procedure_title: str
    operator_name: str | None
    missing: tuple[DocumentRequirement, ...]
    given: tuple[DocumentRequirement, ...]
    not_applicable: tuple[DocumentRequirement, ...]
    link: Link | None
    note: str | None = None


Slip = HandoffSlip | AppointmentSlip | MissingSlip


def build_handoff(
    site: SlipSite,
    issued_on: date,
    office: OfficeInfo,
    *,
    procedure: Procedure | None = None,
    operator: Operator | None = None,
    reason: str | None = None,
    checks: Sequence[DocumentCheckDraft] = (),
    note: str | None = None,
) -> HandoffSlip:
    """A referral to ``office``; a free-typed office is an OfficeInfo with a name only."""
    link = _sheet(procedure)
    if link is None and (website := office.website or (operator and operator.website)):
        link = Link(website, LinkKind.WEBSITE)
    return HandoffSlip(
        site=site,
        issued_on=issued_on,
        office=office,
        procedure_title=procedure.title if procedure else None,
        operator_name=_operator_name(operator),
        reason=_text(reason),
        documents=_to_bring(procedure, checks),
        link=link,
        note=_text(note),
    )


def build_appointment(
    site: SlipSite,
    issued_on: date,
    appointment: AppointmentDraft | AppointmentInfo,
    operator: Operator,
    *,
    procedure: Procedure | None = None,
    checks: Sequence[DocumentCheckDraft] = (),
    note: str | None = None,
) -> AppointmentSlip:
    """The QR code opens the video link when there is one, else the procedure's sheet."""
    place = _text(appointment.place)
    if place is None and appointment.mode is not AppointmentMode.PHONE:
        place = ", ".join(part for part in (site.name, site.address) if part)
    video_link = _text(appointment.link)
    return AppointmentSlip(
        site=site,
        issued_on=issued_on,
        operator_name=_operator_name(operator),
        mode=appointment.mode,
        starts_at=appointment.starts_at,
        duration_minutes=appointment.duration_minutes,
        place=place,
        video_link=video_link,
        reference=_text(appointment.reference),
        procedure_title=procedure.title if procedure else None,
        documents=_to_bring(procedure, checks),
        link=Link(video_link, LinkKind.VIDEO) if video_link else _sheet(procedure),
        note=_text(note),
    )


def build_missing(
    site: SlipSite,
    issued_on: date,
    procedure: Procedure,
    checks: Sequence[DocumentCheckDraft],
    *,
    operator: Operator | None = None,
    note: str | None = None,
) -> MissingSlip:
    """A document the checklist never reached counts as missing, as at the desk."""
    status = {check.label: check.status for check in checks}
    groups: dict[DocumentStatus, list[DocumentRequirement]] = {s: [] for s in DocumentStatus}
    for requirement in procedure.documents:
        groups[status.get(requirement.label, DocumentStatus.MISSING)].append(requirement)
    return MissingSlip(
        site=site,
        issued_on=issued_on,
        procedure_title=procedure.title,
        operator_name=_operator_name(operator),
        missing=tuple(groups[DocumentStatus.MISSING]),
        given=tuple(groups[DocumentStatus.PRESENT]),
        not_applicable=tuple(groups[DocumentStatus.NOT_APPLICABLE]),
        link=_sheet(procedure),
        note=_text(note),
    )


def _to_bring(
    procedure: Procedure | None, checks: Sequence[DocumentCheckDraft]
) -> tuple[DocumentRequirement, ...]:
    """The whole checklist but what the agent ruled out for this visitor."""
    ruled_out = {c.label for c in checks if c.status is DocumentStatus.NOT_APPLICABLE}
    documents = procedure.documents if procedure else ()
    return tuple(d for d in documents if d.label not in ruled_out)


def _sheet(procedure: Procedure | None) -> Link | None:
    if procedure is None:
        return None
    if procedure.source:
        return Link(procedure.source, LinkKind.SHEET)
    if procedure.online_service:
        return Link(procedure.online_service, LinkKind.ONLINE_SERVICE)
    return None


def _operator_name(operator: Operator | None) -> str | None:
    return operator_name(operator) if operator else None


def _text(value: str | None) -> str | None:
    """Blank free text prints nothing rather than an empty heading."""
    return value.strip() if value and value.strip() else None

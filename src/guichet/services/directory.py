"""The site's partner directory: the operators' offices around the site.

Agents pick an office when they refer a visitor, and the handoff slip prints
its address and hours, so what is stored must be checked: the hours are kept in
the canonical "09:00 - 12:30 / 14:00 - 17:30" form, and a manager learns which
field (or which spreadsheet line) is wrong in words they can act on.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from guichet.domain.agent import AgentInfo
from guichet.domain.opening_hours import WEEKDAYS, InvalidHours, format_ranges, parse
from guichet.domain.referral import OfficeInfo
from guichet.i18n import translate
from guichet.services.clock import utcnow
from guichet.services.office_csv import OfficeRow, read_offices
from guichet.services.permissions import require_manager
from guichet.storage.database import Database
from guichet.storage.models import Office

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: Digits and spaces after an optional "+": "03 81 00 00 00", "+33 3 81…", "3230".
_PHONE = re.compile(r"^\+?[\d ]+$")
_PHONE_DIGITS = range(4, 16)


class InvalidOffice(ValueError):
    """An office that cannot be saved. ``problems`` pairs the faulty field
    (an OfficeInfo attribute, or "hours.tue" for a day) with a phrased reason,
    so the form can point at the field and the import can cite the line."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__(problems)
        self.problems = problems

    def message(self) -> str:
        return "; ".join(detail for _field, detail in self.problems)


@dataclass
class ImportResult:
    """Good rows are imported even when others are bad: the manager fixes the
    listed lines and imports the same file again, which updates instead of
    duplicating."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    #: Phrased with the spreadsheet line number: "ligne 4 : le nom est vide".
    errors: list[str] = field(default_factory=list)


@dataclass
class DirectoryService:
    db: Database
    site_id: str

    def offices(self, operator_id: str | None = None) -> list[OfficeInfo]:
        """The site's offices, sorted by operator then name (as the picker lists them)."""
        query = select(Office).where(Office.site_id == self.site_id)
        if operator_id is not None:
            query = query.where(Office.operator_id == operator_id)
        with self.db.session() as session:
            offices = [_info(row) for row in session.scalars(query)]
        return sorted(offices, key=lambda o: (o.operator_id, o.name.casefold()))

    def get(self, office_id: str) -> OfficeInfo | None:
        with self.db.session() as session:
            row = session.scalar(
                select(Office).where(Office.id == office_id, Office.site_id == self.site_id)
            )
            return _info(row) if row is not None else None

    def save(self, actor: AgentInfo, office: OfficeInfo) -> str:
        """Create (empty ``id``) or update an office; returns its id.

        Raises InvalidOffice listing every faulty field; nothing is saved then.
        """
        require_manager(actor)
        office = _checked(office)
        office_id = office.id or str(uuid.uuid4())
        with self.db.session() as session:
            row = session.scalar(
                select(Office).where(Office.id == office_id, Office.site_id == self.site_id)
            )
            if row is None:
                row = Office(id=office_id, site_id=self.site_id)
                session.add(row)
            _fill(row, office)
        return office_id

    def delete(self, actor: AgentInfo, office_id: str) -> None:
        """Referrals already made keep the office's name (the link is set to NULL)."""
        require_manager(actor)
        with self.db.session() as session:
            session.execute(
                delete(Office).where(Office.id == office_id, Office.site_id == self.site_id)
            )

    def import_csv(self, actor: AgentInfo, path: Path, operators: Collection[str]) -> ImportResult:
        """Import the offices of a CSV file (see ``office_csv`` for the format).

        ``operators`` are the known operator ids (the catalogue's, local partners
        included). An office already in the directory with the same operator,
        name and postcode is updated, never duplicated. Raises OfficeFileError
        when the file as a whole cannot be used; bad rows are listed in the result.
        """
        require_manager(actor)
        rows = read_offices(path)
        result = ImportResult()
        seen: dict[tuple[str, str, str], int] = {}
        with self.db.session() as session:
            stored = session.scalars(select(Office).where(Office.site_id == self.site_id))
            existing = {_key(_info(row)): row for row in stored}
            for row in rows:
                try:
                    office = _checked_row(row, operators, seen)
                except InvalidOffice as error:
                    result.errors += [
                        translate("Directory", "line {line}: {detail}").format(
                            line=row.line, detail=detail
                        )
                        for _field, detail in error.problems
                    ]
                    continue
                self._store(session, office, existing.get(_key(office)), result)
        return result

    def _store(
        self, session: Session, office: OfficeInfo, known: Office | None, result: ImportResult
    ) -> None:
        if known is None:
            known = Office(id=str(uuid.uuid4()), site_id=self.site_id)
            session.add(known)
            result.added += 1
        elif replace(office, id=known.id) == _info(known):
            result.unchanged += 1
            return
        else:
            result.updated += 1
        _fill(known, office)


def _checked(office: OfficeInfo) -> OfficeInfo:
    """The office with its text trimmed and its hours in canonical form;
    raises InvalidOffice naming every faulty field."""
    unknown_days = set(office.hours) - set(WEEKDAYS)
    if unknown_days:
        raise ValueError(f"unknown weekdays {sorted(unknown_days)}")
    office = _trimmed(office)
    problems: list[tuple[str, str]] = []
    if not office.operator_id:
        problems.append(("operator_id", translate("Directory", "the operator is empty")))
    if not office.name:
        problems.append(("name", translate("Directory", "the name is empty")))
    hours = {}
    for day in WEEKDAYS:
        try:
            hours[day] = format_ranges(parse(office.hours.get(day, "")))
        except InvalidHours as error:
            problems.append(
                (
                    f"hours.{day}",
                    translate("Directory", "{day} hours not understood “{text}”").format(
                        day=_day_name(day), text=error.args[0]
                    ),
                )
            )
    if office.phone and not _is_phone(office.phone):
        problems.append(
            (
                "phone",
                translate("Directory", "phone number not understood “{text}”").format(
                    text=office.phone
                ),
            )
        )
    if office.email and not _EMAIL.match(office.email):
        problems.append(
            (
                "email",
                translate("Directory", "e-mail address not understood “{text}”").format(
                    text=office.email
                ),
            )
        )
    if office.website and not _is_website(office.website):
        problems.append(
            (
                "website",
                translate(
                    "Directory", "the website must be an address starting with https:// “{text}”"
                ).format(text=office.website),
            )
        )
    if problems:
        raise InvalidOffice(problems)
    return replace(office, hours=hours)


def _checked_row(
    row: OfficeRow, operators: Collection[str], seen: dict[tuple[str, str, str], int]
) -> OfficeInfo:
    """A row is checked like a form, plus what only a file can get wrong:
    an unknown operator, stray cells, the same office twice (``seen`` maps
    each office already read to its line)."""
    office = row.office
    problems: list[tuple[str, str]] = []
    if office.operator_id and office.operator_id not in operators:
        problems.append(
            (
                "operator_id",
                translate("Directory", "unknown operator “{value}”").format(
                    value=office.operator_id
                ),
            )
        )
    try:
        office = _checked(office)
    except InvalidOffice as error:
        problems += error.problems
    if row.extra_cells:
        problems.append(("", translate("Directory", "more cells than columns")))
    if not problems:
        first = seen.setdefault(_key(office), row.line)
        if first != row.line:
            problems.append(
                ("", translate("Directory", "same office as line {line}").format(line=first))
            )
    if problems:
        raise InvalidOffice(problems)
    return office


def _trimmed(office: OfficeInfo) -> OfficeInfo:
    def clean(text: str | None) -> str | None:
        return (text or "").strip() or None

    return replace(
        office,
        operator_id=office.operator_id.strip(),
        name=" ".join(office.name.split()),
        address=clean(office.address),
        postcode=clean(office.postcode),
        city=clean(office.city),
        phone=clean(office.phone),
        email=clean(office.email),
        website=clean(office.website),
        remarks=clean(office.remarks),
    )


def _is_phone(text: str) -> bool:
    digits = sum(c.isdigit() for c in text)
    return bool(_PHONE.match(text)) and digits in _PHONE_DIGITS


def _is_website(text: str) -> bool:
    parts = urlsplit(text)
    host = parts.hostname or ""
    return parts.scheme == "https" and "." in host and not any(c.isspace() for c in text)


def _day_name(day: str) -> str:
    return {
        "mon": translate("Directory", "Monday"),
        "tue": translate("Directory", "Tuesday"),
        "wed": translate("Directory", "Wednesday"),
        "thu": translate("Directory", "Thursday"),
        "fri": translate("Directory", "Friday"),
        "sat": translate("Directory", "Saturday"),
        "sun": translate("Directory", "Sunday"),
    }[day]


def _key(office: OfficeInfo) -> tuple[str, str, str]:
    """What makes two rows the same office, so re-importing a file updates it."""
    return (office.operator_id, " ".join(office.name.casefold().split()), office.postcode or "")


def _info(row: Office) -> OfficeInfo:
    stored = json.loads(row.hours or "{}")
    return OfficeInfo(
        id=row.id,
        operator_id=row.operator_id,
        name=row.name,
        address=row.address,
        postcode=row.postcode,
        city=row.city,
        phone=row.phone,
        email=row.email,
        website=row.website,
        hours={day: stored.get(day, "") for day in WEEKDAYS},
        remarks=row.remarks,
    )


def _fill(row: Office, office: OfficeInfo) -> None:
    row.operator_id = office.operator_id
    row.name = office.name
    row.address = office.address
    row.postcode = office.postcode
    row.city = office.city
    row.phone = office.phone
    row.email = office.email
    row.website = office.website
    row.hours = json.dumps({day: office.hours.get(day, "") for day in WEEKDAYS})
    row.remarks = office.remarks
    row.updated_at = utcnow()

"""How dates, hours and checklist facts read on a slip, in the visitor's language.

Weekday and month names come from the default QLocale, which
``install_translations`` sets with the language, so they follow it without
a translation of their own.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from guichet.domain.catalog import DocumentForm, DocumentRequirement, Operator
from guichet.domain.opening_hours import WEEKDAYS
from guichet.domain.referral import AppointmentMode
from guichet.i18n import translate


def long_date(day: date) -> str:
    """ "mardi 1 décembre 2026": the weekday spelled out avoids a wasted trip."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def date_and_time(moment: datetime) -> str:
    """The appointment's local time as given: the caller already chose the zone."""
    return translate("Slip", "{date} at {time}").format(
        date=long_date(moment.date()), time=f"{moment:%H:%M}"
    )


def duration(minutes: int) -> str:
    if minutes < 60:
        return translate("Slip", "{minutes} minutes").format(minutes=minutes)
    hours, rest = divmod(minutes, 60)
    if not rest:
        return translate("Slip", "{hours} h").format(hours=hours)
    return translate("Slip", "{hours} h {minutes}").format(hours=hours, minutes=f"{rest:02}")


def weekday(day: str) -> str:
    """The name of "mon".."sun", the keys of opening-hours dictionaries."""
    return QLocale().dayName(WEEKDAYS.index(day) + 1, QLocale.FormatType.LongFormat)


def day_ranges(text: str) -> list[str]:
    """ "09:00 - 12:30 / 14:00 - 17:30" as one range a line; empty means closed."""
    return [part.strip() for part in text.split("/") if part.strip()]


def closed() -> str:
    return translate("Slip", "closed")


def operator_name(operator: Operator) -> str:
    """Visitors know operators by their short name ("CAF"), forms by the long one."""
    if operator.short_name.casefold() in operator.name.casefold():
        return operator.name
    return f"{operator.short_name} — {operator.name}"


def document_form(form: DocumentForm) -> str:
    return {
        DocumentForm.ORIGINAL: translate("Slip", "Original"),
        DocumentForm.COPY: translate("Slip", "Copy"),
        DocumentForm.ORIGINAL_OR_COPY: translate("Slip", "Original or copy"),
    }[form]


def document_facts(requirement: DocumentRequirement) -> str:
    """Form, validity and condition on one line: "Copie · moins de 3 mois"."""
    parts = [document_form(requirement.form), requirement.validity, requirement.condition]
    return " · ".join(part for part in parts if part)


def alternatives(requirement: DocumentRequirement) -> str | None:
    if not requirement.alternatives:
        return None
    return translate("Slip", "One of: {items}").format(items=", ".join(requirement.alternatives))


def appointment_mode(mode: AppointmentMode) -> str:
    return {
        AppointmentMode.ON_SITE: translate("Slip", "In person, at the site's permanence"),
        AppointmentMode.PHONE: translate("Slip", "By phone"),
        AppointmentMode.VIDEO: translate("Slip", "By video (visio-guichet)"),
    }[mode]

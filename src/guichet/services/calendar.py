"""Appointments as iCalendar (RFC 5545) files, for the visitor's phone or the
site's shared calendar.

Times are written in the site's time zone with its VTIMEZONE, not in UTC, so a
calendar shows 14:00 even when it does not know the zone. The file carries
nothing about the visitor: the operator, the mode, the place or link, the
booking reference and the procedure's title only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from guichet.domain.referral import AppointmentInfo, AppointmentMode
from guichet.i18n import translate

#: Mainland France; a site overseas passes its own zone (e.g. Indian/Reunion).
PARIS = ZoneInfo("Europe/Paris")
PRODID = "-//guichet//France Services//FR"
UID_DOMAIN = "guichet"


def appointment_ics(
    appointment: AppointmentInfo,
    operator_name: str,
    site_name: str,
    zone: ZoneInfo = PARIS,
    stamp: datetime | None = None,
) -> bytes:
    """One appointment, as the visitor takes it away."""
    return agenda_ics(
        [appointment], {appointment.operator_id: operator_name}, site_name, zone, stamp
    )


def agenda_ics(
    appointments: Iterable[AppointmentInfo],
    operator_names: Mapping[str, str],
    site_name: str,
    zone: ZoneInfo = PARIS,
    stamp: datetime | None = None,
) -> bytes:
    """Several appointments in one calendar; ``operator_names`` maps operator
    ids to the short names visitors know ("CAF"), the id being the fallback.

    Each event's UID is the appointment's id, so importing a newer export
    updates the events instead of doubling them.
    """
    stamp = stamp or datetime.now(UTC)
    calendar = Calendar.new(prodid=PRODID)
    days: list[date] = []
    for appointment in appointments:
        start = appointment.starts_at.astimezone(zone)
        days.append(start.date())
        calendar.add_component(
            Event.new(
                uid=f"{appointment.id}@{UID_DOMAIN}",
                stamp=stamp,
                start=start,
                end=start + timedelta(minutes=appointment.duration_minutes),
                summary=_summary(
                    appointment,
                    operator_names.get(appointment.operator_id, appointment.operator_id),
                ),
                location=_location(appointment, site_name),
                url=appointment.link if appointment.mode is AppointmentMode.VIDEO else None,
                description=_description(appointment, site_name),
            )
        )
    if days:
        # The zone's rules for the years the events span: enough for any
        # calendar, and far shorter than the library's default 1970-2038.
        calendar.add_missing_timezones(
            first_date=date(min(days).year, 1, 1), last_date=date(max(days).year + 1, 12, 31)
        )
    return calendar.to_ical()


def write_ics(path: Path, data: bytes) -> None:
    """Written as bytes: RFC 5545 wants CRLF line ends, which text mode could alter."""
    path.write_bytes(data)


def _summary(appointment: AppointmentInfo, operator_name: str) -> str:
    return translate("Calendar", "Appointment {operator} — {mode}").format(
        operator=operator_name, mode=_mode_name(appointment.mode)
    )


def _mode_name(mode: AppointmentMode) -> str:
    return {
        AppointmentMode.ON_SITE: translate("Calendar", "on site"),
        AppointmentMode.PHONE: translate("Calendar", "phone"),
        AppointmentMode.VIDEO: translate("Calendar", "video"),
    }[mode]


def _location(appointment: AppointmentInfo, site_name: str) -> str | None:
    """Where to be: the place if given, else the link for a video call, else
    the site itself for a permanence held there."""
    if appointment.place:
        return appointment.place
    if appointment.mode is AppointmentMode.VIDEO:
        return appointment.link
    if appointment.mode is AppointmentMode.ON_SITE:
        return site_name
    return None


def _description(appointment: AppointmentInfo, site_name: str) -> str:
    lines = []
    if appointment.procedure_title:
        lines.append(appointment.procedure_title)
    if appointment.reference:
        lines.append(
            translate("Calendar", "Reference: {reference}").format(reference=appointment.reference)
        )
    if appointment.mode is AppointmentMode.VIDEO and appointment.link:
        lines.append(translate("Calendar", "Video link: {link}").format(link=appointment.link))
    lines.append(
        translate(
            "Calendar", "Bring the supporting documents listed on the checklist you were given."
        )
    )
    lines.append(translate("Calendar", "Booked by {site}").format(site=site_name))
    return "\n".join(lines)

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from guichet.domain.referral import AppointmentDraft, AppointmentInfo, AppointmentMode
from guichet.domain.visit import HelpType, Outcome, RequestDraft, VisitDraft
from guichet.services.agenda import AgendaService
from guichet.services.calendar import agenda_ics, appointment_ics, write_ics
from guichet.services.clock import utcnow

PARIS = ZoneInfo("Europe/Paris")
TOMORROW = date.today() + timedelta(days=1)


def paris(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=PARIS)


def book(desk, *appointments: AppointmentDraft) -> list[AppointmentInfo]:
    """Appointments as the agenda reads them back from the database."""
    agent = desk.auth.agents()[0]
    requests = [
        RequestDraft(
            operator_id=a.operator_id,
            procedure_title="Demande de RSA" if a.operator_id == "caf" else None,
            help_type=HelpType.APPOINTMENT,
            outcome=Outcome.COMPLETED,
            appointment=a,
        )
        for a in appointments
    ]
    desk.intake.record(agent.id, VisitDraft(requests=requests), utcnow())
    return AgendaService(desk.db, desk.site.id).between(TOMORROW - timedelta(days=1), 4)


def caf_video() -> AppointmentDraft:
    return AppointmentDraft(
        operator_id="caf",
        mode=AppointmentMode.VIDEO,
        starts_at=paris(TOMORROW, 14),
        link="https://visio.example.fr/caf",
        reference="RDV-123",
    )


def test_an_appointment_is_written_at_its_paris_time_with_the_zone(desk) -> None:
    [appointment] = book(desk, caf_video())
    data = appointment_ics(appointment, "CAF", desk.site.name)

    calendar = Calendar.from_ical(data)
    [event] = calendar.events
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert event["DTSTART"].dt == paris(TOMORROW, 14)
    assert event["DTSTART"].dt.hour == 14
    assert event["DTEND"].dt == paris(TOMORROW, 14) + timedelta(minutes=30)
    assert b"DTSTART;TZID=Europe/Paris:" + f"{TOMORROW:%Y%m%d}T140000".encode() in data
    assert [tz["TZID"] for tz in calendar.timezones] == ["Europe/Paris"]
    assert "DTSTAMP" in event
    assert event["SUMMARY"] == "Rendez-vous CAF — visio"
    assert event["LOCATION"] == "https://visio.example.fr/caf"
    assert event["URL"] == "https://visio.example.fr/caf"
    description = event["DESCRIPTION"]
    assert "Demande de RSA" in description
    assert "Référence : RDV-123" in description
    assert "pièces justificatives" in description
    assert "France Services de Test" in description


def test_the_uid_stays_the_same_from_one_export_to_the_next(desk) -> None:
    [appointment] = book(desk, caf_video())
    first = Calendar.from_ical(appointment_ics(appointment, "CAF", desk.site.name))
    second = Calendar.from_ical(appointment_ics(appointment, "CAF", desk.site.name))
    assert first.events[0]["UID"] == second.events[0]["UID"] == f"{appointment.id}@guichet"


def test_the_agenda_holds_one_event_per_appointment(desk, tmp_path: Path) -> None:
    booked = book(
        desk,
        caf_video(),
        AppointmentDraft(
            operator_id="france-travail",
            mode=AppointmentMode.ON_SITE,
            starts_at=paris(TOMORROW, 9),
            duration_minutes=45,
        ),
        AppointmentDraft(
            operator_id="assurance-maladie",
            mode=AppointmentMode.PHONE,
            starts_at=paris(TOMORROW + timedelta(days=1), 10),
        ),
    )
    names = {o.id: o.short_name for o in desk.catalog.operators.values()}
    path = tmp_path / "agenda.ics"
    write_ics(path, agenda_ics(booked, names, desk.site.name))

    calendar = Calendar.from_ical(path.read_bytes())
    events = {e["SUMMARY"]: e for e in calendar.events}
    assert list(events) == [
        "Rendez-vous France Travail — sur place",
        "Rendez-vous CAF — visio",
        "Rendez-vous Assurance Maladie — téléphone",
    ]
    assert len({e["UID"] for e in calendar.events}) == 3
    assert len(calendar.timezones) == 1
    on_site = events["Rendez-vous France Travail — sur place"]
    assert on_site["LOCATION"] == "France Services de Test"
    assert on_site["DTEND"].dt - on_site["DTSTART"].dt == timedelta(minutes=45)
    assert "URL" not in on_site
    assert "LOCATION" not in events["Rendez-vous Assurance Maladie — téléphone"]


def test_a_summer_appointment_keeps_its_wall_clock_time() -> None:
    appointment = AppointmentInfo(
        id="a1",
        operator_id="msa",
        mode=AppointmentMode.ON_SITE,
        starts_at=datetime(2027, 7, 1, 7, 30, tzinfo=UTC),
        duration_minutes=30,
        place="Salle 2, France Services de Test",
        link=None,
        reference=None,
    )
    [event] = Calendar.from_ical(appointment_ics(appointment, "MSA", "Site")).events
    assert event["DTSTART"].dt == datetime(2027, 7, 1, 9, 30, tzinfo=PARIS)
    assert event["LOCATION"] == "Salle 2, France Services de Test"


def test_an_empty_agenda_is_a_valid_calendar() -> None:
    calendar = Calendar.from_ical(agenda_ics([], {}, "Site"))
    assert calendar.events == []
    assert calendar["PRODID"]

from datetime import date, datetime, time, timedelta

from guichet.domain.referral import AppointmentDraft, AppointmentMode, ReferralDraft
from guichet.domain.visit import HelpType, Outcome, RequestDraft, VisitDraft
from guichet.services.agenda import AgendaService
from guichet.services.clock import utcnow


def tomorrow_at(hour: int) -> datetime:
    return datetime.combine(date.today() + timedelta(days=1), time(hour)).astimezone()


def visit_with_appointment() -> VisitDraft:
    return VisitDraft(
        requests=[
            RequestDraft(
                operator_id="caf",
                procedure_id="caf-rsa",
                procedure_title="Demande de RSA",
                help_type=HelpType.APPOINTMENT,
                outcome=Outcome.COMPLETED,
                appointment=AppointmentDraft(
                    operator_id="caf",
                    mode=AppointmentMode.VIDEO,
                    starts_at=tomorrow_at(14),
                    duration_minutes=30,
                    link="https://visio.example.fr/caf",
                    reference="RDV-123",
                ),
            ),
            RequestDraft(
                operator_id="france-travail",
                help_type=HelpType.REFERRAL,
                outcome=Outcome.REFERRED,
                referral=ReferralDraft(
                    None, "Agence France Travail de Pontarlier", "Conseiller indemnisation"
                ),
            ),
        ]
    )


def test_appointment_and_referral_are_kept_with_the_visit(desk) -> None:
    agent = desk.auth.agents()[0]
    visit_id = desk.intake.record(agent.id, visit_with_appointment(), utcnow())
    draft = desk.intake.draft(visit_id)
    assert draft == visit_with_appointment()

    agenda = AgendaService(desk.db, desk.site.id)
    [appointment] = agenda.day(date.today() + timedelta(days=1))
    assert appointment.starts_at == tomorrow_at(14)
    assert appointment.mode is AppointmentMode.VIDEO
    assert appointment.procedure_title == "Demande de RSA"
    assert agenda.week(date.today() + timedelta(days=1)) == [appointment]
    assert agenda.day(date.today()) == []


def test_correcting_keeps_one_appointment_and_cancelling_cancels_it(desk) -> None:
    agent = desk.auth.agents()[0]
    visit_id = desk.intake.record(agent.id, visit_with_appointment(), utcnow())
    desk.intake.correct(visit_id, visit_with_appointment())
    agenda = AgendaService(desk.db, desk.site.id)
    assert len(agenda.day(date.today() + timedelta(days=1))) == 1
    desk.intake.cancel(visit_id)
    assert agenda.day(date.today() + timedelta(days=1)) == []


def test_the_reminder_sees_what_starts_soon(desk) -> None:
    agent = desk.auth.agents()[0]
    desk.intake.record(agent.id, visit_with_appointment(), utcnow())
    agenda = AgendaService(desk.db, desk.site.id)
    just_before = tomorrow_at(14) - timedelta(minutes=10)
    assert len(agenda.upcoming(timedelta(minutes=15), now=just_before)) == 1
    assert agenda.upcoming(timedelta(minutes=15), now=just_before - timedelta(hours=1)) == []

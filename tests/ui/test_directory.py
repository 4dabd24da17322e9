"""The manager fills the partner directory; agents refer visitors to those offices."""

from pathlib import Path

from PySide6.QtCore import Qt

from guichet.domain.visit import HelpType, Outcome
from tests.ui.conftest import log_in
from tests.ui.helpers import click, focused, type_text

DATA = Path(__file__).resolve().parents[1] / "services" / "data"


def test_imported_offices_are_offered_for_referrals_and_printed_with_their_hours(qtbot, window):
    from pypdf import PdfReader

    log_in(qtbot, window, "Claire Manager", "1234")
    click(qtbot, window.desk_page.manager_button)
    area = window.desk_page.manager_area
    area.tabs.setCurrentWidget(area.directory)
    directory = area.directory
    directory.import_csv(DATA / "offices.csv")
    assert directory.status.text() == "5 ajouté(s), 0 mis à jour, 0 inchangé(s)."
    assert directory.table.rowCount() == 5

    click(qtbot, area.back_button)
    page = window.desk_page
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), "chomage")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    editor = page.form.editors()[0]
    click(
        qtbot,
        next(
            b
            for b in editor.help_buttons.buttons()
            if b.property("value") == HelpType.REFERRAL.value
        ),
    )
    click(
        qtbot,
        next(
            b
            for b in editor.outcome_buttons.buttons()
            if b.property("value") == Outcome.REFERRED.value
        ),
    )
    office = editor.follow_up.office
    assert office.itemText(0) == "Agence France Travail de Pontarlier"
    office.setCurrentIndex(0)
    type_text(editor.follow_up.reason, "Indemnisation")
    editor._choices_changed()
    click(qtbot, editor.slips.handoff_button)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(editor.slips.last).pages).split())
    assert "Agence France Travail de Pontarlier" in text
    assert "08:30 - 12:30" in text
    assert "Indemnisation" in text


def test_agenda_export_writes_a_calendar_file(qtbot, agent_window, desk):
    from datetime import datetime, timedelta

    from icalendar import Calendar

    from guichet.domain.referral import AppointmentDraft, AppointmentMode
    from guichet.domain.visit import RequestDraft, VisitDraft
    from guichet.services.clock import utcnow

    at = (datetime.now() + timedelta(hours=2)).astimezone().replace(second=0, microsecond=0)
    desk.intake.record(
        desk.auth.agents()[0].id,
        VisitDraft(
            requests=[
                RequestDraft(
                    operator_id="caf",
                    help_type=HelpType.APPOINTMENT,
                    outcome=Outcome.COMPLETED,
                    appointment=AppointmentDraft("caf", AppointmentMode.PHONE, at),
                )
            ]
        ),
        utcnow(),
    )
    page = agent_window.desk_page
    click(qtbot, page.agenda_button)
    page.agenda.day = at.date()
    page.agenda.refresh()
    path = page.agenda.export_ics()
    events = [c for c in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
    assert len(events) == 1
    assert events[0].decoded("DTSTART") == at

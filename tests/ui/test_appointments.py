"""Appointments and referrals from the visit form, down to the agenda and the reminder."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt, QTime

from guichet.domain.referral import AppointmentMode
from guichet.domain.visit import HelpType, Outcome
from tests.ui.helpers import click, focused, type_text


def choose_button(group, value):
    return next(b for b in group.buttons() if b.property("value") == value.value)


def test_video_appointment_tomorrow_shows_in_the_agenda(qtbot, agent_window):
    page = agent_window.desk_page
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), "rsa")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    editor = page.form.editors()[0]
    assert not editor.follow_up.appointment_box.isVisible()
    click(qtbot, choose_button(editor.help_buttons, HelpType.APPOINTMENT))
    assert editor.follow_up.appointment_box.isVisible()
    follow = editor.follow_up
    follow.mode.setCurrentIndex(follow.mode.findData(AppointmentMode.VIDEO.value))
    tomorrow = date.today() + timedelta(days=1)
    follow.date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    follow.time.setTime(QTime(14, 0))
    follow.place.setFocus()
    type_text(follow.place, "https://visio.caf.fr/rdv/abc")
    type_text(follow.reference, "CAF-2026-117")
    click(qtbot, choose_button(editor.outcome_buttons, Outcome.COMPLETED))
    click(qtbot, page.form.close_button)
    assert page.status.text() == "Passage enregistré."

    click(qtbot, page.agenda_button)
    agenda = page.agenda
    assert page.stack.currentWidget() is agenda
    assert agenda.model.rowCount() == 0  # today: nothing
    click(qtbot, agenda.next_button)
    assert agenda.model.rowCount() == 1
    row = [agenda.model.index(0, c).data() for c in range(agenda.model.columnCount())]
    assert row[1:6] == ["14:00", "30 min", "CAF", "Visio", "https://visio.caf.fr/rdv/abc"]
    assert row[6] == "CAF-2026-117"
    agenda.span.setCurrentIndex(agenda.span.findData("week"))
    assert agenda.model.rowCount() == 1


def test_the_desk_reminds_an_appointment_about_to_start(qtbot, agent_window, desk):
    from guichet.domain.referral import AppointmentDraft
    from guichet.domain.visit import RequestDraft, VisitDraft
    from guichet.services.clock import utcnow

    soon = (datetime.now() + timedelta(minutes=10)).astimezone().replace(second=0, microsecond=0)
    desk.intake.record(
        desk.auth.agents()[0].id,
        VisitDraft(
            requests=[
                RequestDraft(
                    operator_id="assurance-maladie",
                    help_type=HelpType.APPOINTMENT,
                    outcome=Outcome.COMPLETED,
                    appointment=AppointmentDraft(
                        "assurance-maladie", AppointmentMode.ON_SITE, soon
                    ),
                )
            ]
        ),
        utcnow(),
    )
    page = agent_window.desk_page
    page.check_reminder()
    assert page.reminder.isVisible()
    assert page.reminder.text() == (f"Rendez-vous à {soon:%H:%M} : Assurance Maladie, sur place")


def test_a_referral_is_kept_with_its_reason(qtbot, agent_window, desk):
    page = agent_window.desk_page
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), "chomage")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    editor = page.form.editors()[0]
    click(qtbot, choose_button(editor.help_buttons, HelpType.REFERRAL))
    click(qtbot, choose_button(editor.outcome_buttons, Outcome.REFERRED))
    editor.follow_up.office.setFocus()
    type_text(editor.follow_up.office.lineEdit(), "Agence France Travail de Morteau")
    type_text(editor.follow_up.reason, "Conseiller indemnisation")
    click(qtbot, page.form.close_button)
    request = desk.intake.draft(page.model.visit(0).id).requests[0]
    assert request.referral.office_name == "Agence France Travail de Morteau"
    assert request.referral.reason == "Conseiller indemnisation"


def test_must_come_back_gives_a_slip_of_what_is_missing(qtbot, agent_window):
    from pypdf import PdfReader

    page = agent_window.desk_page
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), "rsa")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    editor = page.form.editors()[0]
    click(qtbot, editor.checklist.rows[0].checkbox)
    click(qtbot, choose_button(editor.help_buttons, HelpType.ACCOMPANIED))
    assert not editor.slips.isVisible()
    click(qtbot, choose_button(editor.outcome_buttons, Outcome.MUST_COME_BACK))
    assert editor.slips.missing_button.isVisible()
    click(qtbot, editor.slips.missing_button)
    saved = editor.slips.last
    assert saved is not None and saved.exists()
    assert "Fiche enregistrée" in editor.slips.status.text()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(saved).pages).split())
    assert "Pièces à apporter" in text
    assert editor.checklist.rows[1].label.split()[0] in text
    click(qtbot, page.form.close_button)
    assert page.status.text() == "Passage enregistré."


def test_the_site_address_and_phone_set_by_the_manager_are_on_the_slip(qtbot, window):
    from pypdf import PdfReader

    from tests.ui.conftest import log_in

    log_in(qtbot, window, "Claire Manager", "1234")
    click(qtbot, window.desk_page.manager_button)
    area = window.desk_page.manager_area
    area.tabs.setCurrentWidget(area.site)
    area.site.address.setText("2 place de la Mairie,   25290 Ornans")
    area.site.phone.setText("01 99 00 12 34")
    click(qtbot, area.site.save_button)
    assert area.site.status.text() == "Réglages enregistrés."
    area.site.start(area.site.actor)  # read back from the database
    assert area.site.address.text() == "2 place de la Mairie, 25290 Ornans"

    page = window.desk_page
    click(qtbot, area.back_button)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), "rsa")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    editor = page.form.editors()[0]
    click(qtbot, choose_button(editor.help_buttons, HelpType.ACCOMPANIED))
    click(qtbot, choose_button(editor.outcome_buttons, Outcome.MUST_COME_BACK))
    click(qtbot, editor.slips.missing_button)
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(editor.slips.last).pages).split()
    )
    assert "2 place de la Mairie, 25290 Ornans" in text
    assert "01 99 00 12 34" in text

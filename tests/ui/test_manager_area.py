"""The manager area with the real widgets: dashboard, team, settings; agents kept out."""

from datetime import date, datetime, time, timedelta

import pytest

from guichet.domain.visit import HelpType, Outcome, RequestDraft, VisitDraft
from guichet.services.permissions import NotAllowed
from tests.ui.conftest import log_in
from tests.ui.helpers import click, type_text


def seed_today(desk, count: int) -> None:
    agent = desk.auth.agents()[0]
    for number in range(count):
        closed = datetime.combine(date.today(), time(9)) + timedelta(minutes=10 * number)
        closed = closed.astimezone().astimezone(tz=None).replace(tzinfo=None)
        from guichet.services.clock import utcnow

        closed = min(utcnow(), closed)
        desk.intake.record(
            agent.id,
            VisitDraft(
                requests=[
                    RequestDraft(
                        operator_id="caf",
                        theme_id="social-sante",
                        procedure_title="Demande de RSA",
                        help_type=HelpType.ACCOMPANIED,
                        outcome=Outcome.COMPLETED if number else Outcome.MUST_COME_BACK,
                    )
                ]
            ),
            closed - timedelta(minutes=15),
            closed_at=closed,
        )


def test_dashboard_shows_this_month(qtbot, window, desk):
    seed_today(desk, 4)
    log_in(qtbot, window, "Claire Manager", "1234")
    click(qtbot, window.desk_page.manager_button)
    dashboard = window.desk_page.manager_area.dashboard
    assert dashboard.month.currentData() == f"{date.today():%Y-%m}"
    assert dashboard.kpi_values["visits"].text().startswith("4\n")
    assert dashboard.kpi_values["on_site"].text().startswith("75 %")
    assert dashboard.kpi_values["missing"].text().startswith("1\n")
    assert dashboard.by_operator.rows[0] == ("CAF", 4, 0)


def test_the_manager_adds_an_agent_who_can_log_in(qtbot, window):
    log_in(qtbot, window, "Claire Manager", "1234")
    click(qtbot, window.desk_page.manager_button)
    area = window.desk_page.manager_area
    area.tabs.setCurrentWidget(area.agents)
    page = area.agents
    page.table.clearSelection()
    page.table.setCurrentCell(-1, 0)
    page.name.clear()
    type_text(page.name, "Inès Martin")
    type_text(page.pin, "8642")
    click(qtbot, page.add_button)
    assert page.status.text() == "Inès Martin peut maintenant se connecter."
    click(qtbot, area.back_button)
    click(qtbot, window.desk_page.logout_button)
    log_in(qtbot, window, "Inès Martin", "8642")
    assert window.desk_page.greeting.text().startswith("Bonjour Inès Martin")


def test_bad_opening_hours_are_explained_and_not_saved(qtbot, window, desk):
    log_in(qtbot, window, "Claire Manager", "1234")
    click(qtbot, window.desk_page.manager_button)
    area = window.desk_page.manager_area
    area.tabs.setCurrentWidget(area.site)
    page = area.site
    page.hours["mon"].setText("9h-midi")
    click(qtbot, page.save_button)
    assert page.error.text().startswith("Horaires non compris : « 9h-midi »")
    page.hours["mon"].setText("08:30 - 12:00 / 13:30 - 18:00")
    click(qtbot, page.save_button)
    assert page.status.text() == "Réglages enregistrés."
    from guichet.services.settings import SettingsService

    assert SettingsService(desk.db).opening_hours()["mon"] == "08:30 - 12:00 / 13:30 - 18:00"


def test_an_agent_has_no_way_into_the_manager_area(qtbot, window):
    log_in(qtbot, window, "Alex Agent", "5678")
    page = window.desk_page
    assert not page.manager_button.isVisible()
    page.show_manager_area()  # even called directly, nothing opens
    assert page.manager_area is None or page.stack.currentWidget() is not page.manager_area
    from guichet.ui.manager.manager_area import ManagerArea

    area = ManagerArea(window.desk)
    qtbot.addWidget(area)
    with pytest.raises(NotAllowed):
        area.start(page.agent)


def test_the_month_is_exported_from_the_dashboard_with_progress(qtbot, window, desk):
    import csv
    from pathlib import Path

    seed_today(desk, 3)
    log_in(qtbot, window, "Claire Manager", "1234")
    click(qtbot, window.desk_page.manager_button)
    dashboard = window.desk_page.manager_area.dashboard
    with qtbot.waitSignal(dashboard.runner.finished, timeout=20000) as done:
        click(qtbot, dashboard.csv_button)
    path, rows = done.args
    assert rows == 3
    assert "3 demandes exportées" in dashboard.export_status.text()
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0][0] == "Date" and len(lines) == 4
    assert dashboard.csv_button.isEnabled()

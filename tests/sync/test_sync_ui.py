"""The manager enrols the desk from the manager area; the status bar follows the sync."""

from __future__ import annotations

import asyncio

from guichet.sync.client import HubClient
from guichet.sync.credentials import load_token
from guichet.sync.engine import SyncEngine
from guichet.sync.worker import SyncWorker
from guichet.ui.main_window import MainWindow
from tests.ui.conftest import log_in
from tests.ui.helpers import click, type_text


def hub_page(qtbot, desk):
    """The manager's "Hub" tab, as the manager reaches it from the desk."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(desk)
    with qtbot.waitActive(window):
        window.show()
    log_in(qtbot, window, "Claire Manager", "1234")
    click(qtbot, window.desk_page.manager_button)
    area = window.desk_page.manager_area
    area.tabs.setCurrentWidget(area.sync)
    return window, area.sync


def test_enrol_from_the_manager_area_then_the_status_bar_tells_the_state(qtbot, desk, hub):
    window, page = hub_page(qtbot, desk)
    assert page.status.text() == "Ce poste n'est pas encore enrôlé."
    page.url.setFocus()
    type_text(page.url, hub.url)
    type_text(page.code, "WRONG-CODE-000")
    click(qtbot, page.enroll_button)
    assert page.error.text() == "Le hub a refusé ce code (erroné, déjà utilisé ou expiré)."

    page.code.clear()
    type_text(page.code, hub.code())
    click(qtbot, page.enroll_button)
    assert page.status.text() == (
        "Enrôlé auprès de France Services de Test. "
        "Le jeton est conservé dans le trousseau du système."
    )
    assert desk.site.id == hub.site_id

    token = load_token(desk.db.path.parent, desk.site.workstation_id)
    online = SyncWorker(
        SyncEngine(desk.db, HubClient(hub.url, token), desk.site.workstation_id),
        window.sync_status.show_state,
    )
    asyncio.run(online.run_once())
    assert window.sync_status.label.text().startswith("Hub : connecté · 0 en attente")

    offline = SyncWorker(
        SyncEngine(
            desk.db, HubClient("http://127.0.0.1:9", token, (0.5, 0.5)), desk.site.workstation_id
        ),
        window.sync_status.show_state,
    )
    desk.intake.record(desk.auth.agents()[0].id, _visit(), _now())
    asyncio.run(offline.run_once())
    assert window.sync_status.label.text().startswith(
        "Hub : hors ligne, nouvel essai prévu · 1 en attente"
    )


def _visit():
    from guichet.domain.visit import HelpType, Outcome, RequestDraft, VisitDraft

    return VisitDraft(
        requests=[
            RequestDraft(
                operator_id="caf", help_type=HelpType.INFORMATION, outcome=Outcome.COMPLETED
            )
        ]
    )


def _now():
    from guichet.services.clock import utcnow

    return utcnow()


def test_an_address_that_is_not_a_hub_is_said_plainly(qtbot, desk):
    from tests.fuzz.test_sync_answers import GarbageHub

    portal = GarbageHub()  # e.g. a captive portal or a web site at the typed address
    portal.answer = (200, b"<html><body>Bienvenue sur le portail</body></html>")
    try:
        _window, page = hub_page(qtbot, desk)
        page.url.setFocus()
        type_text(page.url, portal.url)
        type_text(page.code, "ABCD-EFGH-1234")
        click(qtbot, page.enroll_button)
        assert page.error.text().startswith("Le serveur à cette adresse a répondu, mais pas")
        assert page.status.text() == "Ce poste n'est pas encore enrôlé."
    finally:
        portal.close()

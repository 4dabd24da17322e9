"""Every manager action refuses an agent (the UI hiding a button is not enough)."""

import pytest

from guichet.domain.agent import Role
from guichet.services.agents import AgentAdmin, LastManager
from guichet.services.permissions import NotAllowed
from guichet.services.reports import Period, ReportService
from guichet.services.settings import SettingsService
from guichet.services.site import SiteDetails, update_site


def people(desk):
    agents = desk.auth.agents()
    return (
        next(a for a in agents if a.role is Role.MANAGER),
        next(a for a in agents if a.role is Role.AGENT),
    )


def manager_actions(desk):
    """(name, action(actor)) for every action reserved to the site manager."""
    admin = AgentAdmin(desk.db, desk.site.id)
    settings = SettingsService(desk.db)
    reports = ReportService(desk.db, desk.site.id)
    _, agent = people(desk)
    return [
        ("list agents", lambda actor: admin.all(actor)),
        ("create agent", lambda actor: admin.create(actor, "Nouvel Agent", "2468", Role.AGENT)),
        ("rename agent", lambda actor: admin.rename(actor, agent.id, "Autre Nom")),
        ("change role", lambda actor: admin.set_role(actor, agent.id, Role.AGENT)),
        ("disable agent", lambda actor: admin.set_active(actor, agent.id, True)),
        ("reset PIN", lambda actor: admin.reset_pin(actor, agent.id, "1357")),
        ("retention", lambda actor: settings.set_retention_days(actor, 30)),
        (
            "opening hours",
            lambda actor: settings.set_opening_hours(actor, {"mon": "09:00 - 12:00"}),
        ),
        (
            "site details",
            lambda actor: update_site(
                desk.db, actor, desk.site.id, SiteDetails("Site", None, None, "fixed")
            ),
        ),
        ("indicators", lambda actor: reports.indicators(actor, Period.month("2026-10"))),
        (
            "local partner",
            lambda actor: desk.catalogs.save_local(
                actor, "operator", {"short_name": "X", "name": "X"}
            ),
        ),
        ("delete local entry", lambda actor: desk.catalogs.delete_local(actor, "local-x")),
    ]


def test_an_agent_is_refused_every_manager_action(desk) -> None:
    _, agent = people(desk)
    for name, action in manager_actions(desk):
        with pytest.raises(NotAllowed):
            action(agent)
            pytest.fail(f"an agent could {name}")


def test_the_manager_may_do_them_all(desk) -> None:
    manager, _ = people(desk)
    for _name, action in manager_actions(desk):
        action(manager)


def test_the_last_manager_cannot_be_disabled_or_demoted(desk) -> None:
    manager, _ = people(desk)
    admin = AgentAdmin(desk.db, desk.site.id)
    with pytest.raises(LastManager):
        admin.set_active(manager, manager.id, False)
    with pytest.raises(LastManager):
        admin.set_role(manager, manager.id, Role.AGENT)


def test_a_disabled_agent_cannot_log_in_and_a_new_pin_unlocks(desk) -> None:
    from guichet.domain.agent import LoginRefused

    manager, agent = people(desk)
    admin = AgentAdmin(desk.db, desk.site.id)
    for _ in range(5):
        with pytest.raises(LoginRefused):
            desk.auth.login(agent.id, "0000")
    admin.reset_pin(manager, agent.id, "9753")
    assert desk.auth.login(agent.id, "9753").name == agent.name
    admin.set_active(manager, agent.id, False)
    with pytest.raises(LoginRefused):
        desk.auth.login(agent.id, "9753")
    assert agent.id not in {a.id for a in desk.auth.agents()}

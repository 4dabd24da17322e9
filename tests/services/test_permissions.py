"""Every manager action refuses an agent (the UI hiding a button is not enough),
and every function of the services and screens that checks for a manager is
in the lists below."""

import importlib
import inspect
import pkgutil
import sqlite3
import sys
from pathlib import Path

import pytest

import guichet.services
import guichet.ui
from guichet.domain.agent import Role
from guichet.domain.referral import OfficeInfo
from guichet.services.agents import AgentAdmin, LastManager
from guichet.services.backups import Backups
from guichet.services.directory import DirectoryService
from guichet.services.export import export_for
from guichet.services.permissions import NotAllowed, require_manager
from guichet.services.reports import Period, ReportService
from guichet.services.settings import SettingsService
from guichet.services.site import SiteDetails, update_site
from guichet.storage.database import DATABASE_FILE
from guichet.ui.manager.manager_area import ManagerArea
from guichet.ui.manager.sync_page import SyncPage

OFFICES_CSV = Path(__file__).parent / "data" / "offices.csv"


def people(desk):
    agents = desk.auth.agents()
    return (
        next(a for a in agents if a.role is Role.MANAGER),
        next(a for a in agents if a.role is Role.AGENT),
    )


def manager_actions(desk, tmp_path: Path):
    """(guarded function, action(actor)) for every action reserved to the site manager.

    The restore comes last: it closes the desk and reopens the folder.
    """
    admin = AgentAdmin(desk.db, desk.site.id)
    settings = SettingsService(desk.db)
    reports = ReportService(desk.db, desk.site.id)
    offices = DirectoryService(desk.db, desk.site.id)
    backups = Backups(desk)
    manager, agent = people(desk)
    kept = backups.make_now(manager)
    return [
        ("agents.AgentAdmin.all", lambda actor: admin.all(actor)),
        (
            "agents.AgentAdmin.create",
            lambda actor: admin.create(actor, "Nouvel Agent", "2468", Role.AGENT),
        ),
        ("agents.AgentAdmin.rename", lambda actor: admin.rename(actor, agent.id, "Autre Nom")),
        ("agents.AgentAdmin.set_role", lambda actor: admin.set_role(actor, agent.id, Role.AGENT)),
        ("agents.AgentAdmin.set_active", lambda actor: admin.set_active(actor, agent.id, True)),
        ("agents.AgentAdmin.reset_pin", lambda actor: admin.reset_pin(actor, agent.id, "1357")),
        (
            "settings.SettingsService.set_retention_days",
            lambda actor: settings.set_retention_days(actor, 30),
        ),
        (
            "settings.SettingsService.set_opening_hours",
            lambda actor: settings.set_opening_hours(actor, {"mon": "09:00 - 12:00"}),
        ),
        (
            "site.update_site",
            lambda actor: update_site(
                desk.db, actor, desk.site.id, SiteDetails("Site", None, None, "fixed")
            ),
        ),
        (
            "reports.ReportService.indicators",
            lambda actor: reports.indicators(actor, Period.month("2026-10")),
        ),
        (
            "export.export_for",
            lambda actor: export_for(
                actor,
                desk.db,
                desk.site.id,
                desk.catalog,
                Period.month("2026-10"),
                "csv",
                tmp_path / "octobre.csv",
            ),
        ),
        (
            "catalog.CatalogService.save_local",
            lambda actor: desk.catalogs.save_local(
                actor, "operator", {"short_name": "X", "name": "X"}
            ),
        ),
        (
            "catalog.CatalogService.delete_local",
            lambda actor: desk.catalogs.delete_local(actor, "local-x"),
        ),
        (
            "directory.DirectoryService.save",
            lambda actor: offices.save(actor, OfficeInfo("", "caf", "CAF — accueil")),
        ),
        ("directory.DirectoryService.delete", lambda actor: offices.delete(actor, "no-such")),
        (
            "directory.DirectoryService.import_csv",
            lambda actor: offices.import_csv(actor, OFFICES_CSV, desk.catalog.operators),
        ),
        ("backups.Backups.make_now", lambda actor: backups.make_now(actor)),
        ("backups.Backups.restore", lambda actor: backups.restore(actor, kept)[0].close()),
    ]


def guarded(package) -> set[str]:
    """Every function or method under ``package`` that calls ``require_manager``."""
    found = set()
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        module = importlib.import_module(info.name)
        short = info.name.removeprefix(f"{package.__name__}.")
        for value in vars(module).values():
            members = vars(value).values() if inspect.isclass(value) else [value]
            found |= {
                f"{short}.{member.__qualname__}"
                for member in members
                if inspect.isfunction(member)
                and member.__module__ == module.__name__
                and "require_manager" in member.__code__.co_names
            }
    return found


@pytest.fixture
def guard_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which guarded functions checked the actor, in the order they did."""
    calls: list[str] = []

    def recording(actor) -> None:
        caller = sys._getframe(1)
        module = caller.f_globals["__name__"].removeprefix("guichet.services.")
        calls.append(f"{module}.{caller.f_code.co_qualname}")
        require_manager(actor)

    for info in pkgutil.iter_modules(guichet.services.__path__):
        module = importlib.import_module(f"guichet.services.{info.name}")
        if getattr(module, "require_manager", None) is require_manager:
            monkeypatch.setattr(module, "require_manager", recording)
    return calls


def dump(data_dir: Path) -> list[str]:
    connection = sqlite3.connect(data_dir / DATABASE_FILE)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_every_manager_check_in_the_services_is_listed_here(desk, tmp_path) -> None:
    """A new manager action without its line in ``manager_actions`` fails here."""
    listed = [name for name, _action in manager_actions(desk, tmp_path)]
    assert len(listed) == len(set(listed))
    assert set(listed) == guarded(guichet.services)


def screens_for_managers(qtbot, desk):
    """(guarded method, action(actor)) for the screens that check the role themselves."""

    def sync_page(actor) -> SyncPage:
        page = SyncPage(desk)
        qtbot.addWidget(page)
        page.start(actor)
        return page

    def manager_area() -> ManagerArea:
        area = ManagerArea(desk)
        qtbot.addWidget(area)
        return area

    return [
        ("manager.manager_area.ManagerArea.start", lambda actor: manager_area().start(actor)),
        ("manager.sync_page.SyncPage.submit", lambda actor: sync_page(actor).submit()),
    ]


def test_every_manager_screen_refuses_an_agent(qtbot, desk) -> None:
    """Even reached without the hidden button; a new check in the UI must be listed here."""
    _, agent = people(desk)
    screens = screens_for_managers(qtbot, desk)
    assert {name for name, _action in screens} == guarded(guichet.ui)
    for name, action in screens:
        with pytest.raises(NotAllowed):
            action(agent)
            pytest.fail(f"an agent could {name}")


def test_an_agent_is_refused_every_manager_action(desk, data_dir, tmp_path, guard_calls) -> None:
    _, agent = people(desk)
    actions = manager_actions(desk, tmp_path)
    before = dump(data_dir)
    for name, action in actions:
        guard_calls.clear()
        with pytest.raises(NotAllowed):
            action(agent)
            pytest.fail(f"an agent could {name}")
        assert guard_calls == [name]
    assert dump(data_dir) == before
    assert not (tmp_path / "octobre.csv").exists()


def test_the_manager_may_do_them_all(desk, tmp_path) -> None:
    manager, _ = people(desk)
    for _name, action in manager_actions(desk, tmp_path):
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

"""No token, enrolment code or PIN in any log line, even with every logger at DEBUG.

A whole day of use runs in this process with a real hub: logging in with a
wrong PIN then the right one, the kiosk's manager keypad, enrolment (and a
code used twice), sync rounds (and a wrong token), a second desk enrolled
and synced from the command line, an admin report (and an admin token put
in a query string by mistake). Every record of every logger — the hub's
access log, urllib3, SQLAlchemy with its parameters — and everything
printed is searched for the secrets, and so are the files both the desks
and the hub write.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from guichet.app import main as guichet
from guichet.domain.agent import Role
from guichet.domain.visit import HelpType, Outcome, RequestDraft, VisitDraft
from guichet.hub.credentials import new_token, secret_hash
from guichet.paths import shipped_catalog_dir
from guichet.services.clock import utcnow
from guichet.services.desk import open_desk
from guichet.sync.client import HubClient, HubRefused
from guichet.sync.credentials import load_token
from guichet.sync.engine import SyncEngine
from guichet.sync.enrolment import enroll
from guichet.ui.kiosk.kiosk_window import KioskWindow
from guichet.ui.main_window import MainWindow
from tests.ui.conftest import log_in
from tests.ui.helpers import click

# Eight digits: unlike "1234", they cannot turn up by chance in a time or an id.
MANAGER_PIN = "83917264"
AGENT_PIN = "47265810"
WRONG_PIN = "61509382"
TIMEOUT = 10


class EveryRecord(logging.Handler):
    """Each record formatted as a log file would show it, traceback included."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def log_lines(hub) -> Iterator[list[str]]:
    """Every logger at DEBUG, the ones that do not propagate (uvicorn's) included."""
    handler = EveryRecord()
    root = logging.getLogger()
    loggers = [root] + [
        logger
        for logger in logging.Logger.manager.loggerDict.values()
        if isinstance(logger, logging.Logger)
    ]
    levels = [(logger, logger.level) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        if logger is root or not logger.propagate:
            logger.addHandler(handler)
    yield handler.lines
    for logger, level in levels:
        logger.setLevel(level)
        logger.removeHandler(handler)


def a_visit() -> VisitDraft:
    return VisitDraft(
        requests=[
            RequestDraft(
                operator_id="caf", help_type=HelpType.ACCOMPANIED, outcome=Outcome.COMPLETED
            )
        ]
    )


def test_no_secret_reaches_a_log_line_or_a_file(
    qtbot, hub, log_lines, capfd, memory_keyring, tmp_path: Path
) -> None:
    data_a, data_b = tmp_path / "desk-a", tmp_path / "desk-b"
    desk = open_desk(data_a, shipped_catalog_dir())
    desk.create_site("France Services de Test", "Claire Manager", MANAGER_PIN)
    desk.auth.add_agent("Alex Agent", AGENT_PIN, Role.AGENT)

    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(desk)
    with qtbot.waitActive(window):
        window.show()
    log_in(qtbot, window, "Alex Agent", WRONG_PIN)
    assert window.pages.currentWidget() is window.login_page
    log_in(qtbot, window, "Alex Agent", AGENT_PIN)
    assert window.pages.currentWidget() is window.desk_page

    kiosk = KioskWindow(desk, shipped_catalog_dir())
    qtbot.addWidget(kiosk)
    kiosk.show()
    for pin in (WRONG_PIN, MANAGER_PIN):
        kiosk.ask_unlock()
        for digit in pin:
            click(qtbot, next(key for key in kiosk.unlock.keys if key.text() == digit))
        click(qtbot, kiosk.unlock.ok)
    assert not kiosk.isVisible()

    code = hub.code()
    enroll(desk.db, data_a, hub.url, code)
    with pytest.raises(HubRefused) as used_twice:
        enroll(desk.db, data_a, hub.url, code)
    desk.reload_site()
    token = load_token(data_a, desk.site.workstation_id)
    desk.intake.record(desk.auth.agents()[0].id, a_visit(), utcnow())
    assert SyncEngine(desk.db, HubClient(hub.url, token), desk.site.workstation_id).round().pushed
    wrong_token = token[::-1]
    with pytest.raises(HubRefused) as refused:
        SyncEngine(desk.db, HubClient(hub.url, wrong_token), desk.site.workstation_id).round()

    code_b = hub.code()
    cli = ("--data-dir", str(data_b), "--language", "fr")
    assert guichet(["enroll", "--hub", hub.url, "--code", code_b, *cli]) == 0
    assert guichet(["sync", *cli]) == 0
    assert guichet(["enroll", "--hub", hub.url, "--code", code_b, *cli]) == 1
    token_b = next(t for t in memory_keyring.secrets.values() if t != token)

    admin = new_token()
    hub.store.add_admin_token(secret_hash(admin), utcnow())
    bearer = {"Authorization": f"Bearer {admin}"}
    # The administrator's own HTTP client is not guichet: only the hub's side
    # of these calls is searched (that client logs the query string it sends).
    admins_client = logging.getLogger("urllib3.connectionpool")
    admins_client.setLevel(logging.WARNING)
    with requests.Session() as http:
        report = http.get(f"{hub.url}/v1/reports/departement/25/2026-11", headers=bearer)
        by_mistake = http.get(f"{hub.url}/v1/events", params={"token": admin}, headers=bearer)
    admins_client.setLevel(logging.DEBUG)
    assert report.status_code == 200 and by_mistake.status_code == 403
    desk.close()

    printed, errors = capfd.readouterr()
    secrets = {
        "manager PIN": MANAGER_PIN,
        "agent PIN": AGENT_PIN,
        "wrong PIN": WRONG_PIN,
        "token": token,
        "wrong token": wrong_token,
        "second desk's token": token_b,
        "admin token": admin,
        "code": code,
        "code without dashes": code.replace("-", ""),
        "second desk's code": code_b,
    }
    lines = [*log_lines, *printed.splitlines(), *errors.splitlines()]
    lines += [str(used_twice.value), str(refused.value)]
    leaks = [(name, line) for line in lines for name, secret in secrets.items() if secret in line]
    assert leaks == []
    # The search saw the hub's access log, the HTTP client and the SQL.
    assert any('"POST /v1/events HTTP/1.1" 200' in line for line in log_lines)
    assert any(line.startswith(tuple("0123456789")) and "urllib3" in line for line in log_lines)
    assert any("sqlalchemy.engine" in line and "INSERT INTO visit" in line for line in log_lines)

    written = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert {"guichet.sqlite3", "hub.sqlite3"} <= {path.name for path in written}
    stored = [
        (name, path)
        for path in written
        for name, secret in secrets.items()
        if secret.encode() in path.read_bytes()
    ]
    assert stored == []

"""``guichet-hub`` as its operator runs it: set-up commands, then ``serve``."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

CODE = re.compile(r"^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$")
TIMEOUT = 30


def hub_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "guichet.hub", *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=cwd,
        check=False,
    )


def test_set_up_commands(database_url: str) -> None:
    db = ("--database", database_url)
    chosen = str(uuid.uuid4())

    added = hub_cli(
        "site", "add", "--name", "France Services de Morteau", "--commune", "25411", *db
    )
    with_id = hub_cli("site", "add", "--name", "Bus", "--id", chosen, *db)
    same_id = hub_cli("site", "add", "--name", "Bus bis", "--id", chosen, *db)
    bad_commune = hub_cli("site", "add", "--name", "X", "--commune", "123", *db)
    code = hub_cli("enroll", "--site", added.stdout.strip(), "--valid-hours", "24", *db)
    no_site = hub_cli("enroll", "--site", str(uuid.uuid4()), *db)
    admin = hub_cli("admin-token", *db)

    assert added.returncode == 0
    assert uuid.UUID(added.stdout.strip())
    assert (with_id.returncode, with_id.stdout.strip()) == (0, chosen)
    assert same_id.returncode == 1
    assert bad_commune.returncode == 2
    assert code.returncode == 0
    assert CODE.match(code.stdout.strip())
    assert "UTC" in code.stderr
    assert no_site.returncode == 1
    assert admin.returncode == 0
    assert len(admin.stdout.strip()) >= 40


def test_default_database_is_a_file_in_the_current_folder(tmp_path: Path) -> None:
    added = hub_cli("site", "add", "--name", "Ici", cwd=tmp_path)

    assert added.returncode == 0
    assert (tmp_path / "guichet-hub.sqlite3").is_file()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_keeps_secrets_out_of_its_log(database_url: str) -> None:
    db = ("--database", database_url)
    site_id = hub_cli("site", "add", "--name", "Site", "--commune", "25056", *db).stdout.strip()
    code = hub_cli("enroll", "--site", site_id, *db).stdout.strip()
    admin = hub_cli("admin-token", *db).stdout.strip()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "guichet.hub", "serve", "--port", str(port), *db],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        with requests.Session() as http:
            _wait_until_up(http, url)
            body = {"code": code, "workstation_name": "Poste 1"}
            token = http.post(f"{url}/v1/enroll", json=body, timeout=TIMEOUT).json()["token"]
            auth = {"Authorization": f"Bearer {token}"}
            leaked = http.get(
                f"{url}/v1/events",
                params={"after": 0, "token": "leaky-query-secret"},
                headers=auth,
                timeout=TIMEOUT,
            )
            report = http.get(
                f"{url}/v1/reports/departement/25/2026-11",
                headers={"Authorization": f"Bearer {admin}"},
                timeout=TIMEOUT,
            )
    finally:
        server.send_signal(signal.SIGINT)
        log, _ = server.communicate(timeout=TIMEOUT)

    assert leaked.status_code == 200
    assert report.status_code == 200
    assert '"GET /v1/events HTTP/1.1" 200' in log
    for secret in (token, admin, code, "leaky-query-secret", "after=0"):
        assert secret not in log


def _wait_until_up(http: requests.Session, url: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while True:
        try:
            http.get(f"{url}/openapi.json", timeout=1)
            return
        except requests.ConnectionError:
            if time.monotonic() > deadline:
                pytest.fail("guichet-hub serve did not start")
            time.sleep(0.1)

"""A real hub on 127.0.0.1 for every test, over SQLite and, when
GUICHET_TEST_POSTGRES_URL is set, over PostgreSQL too."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine

from guichet.hub.app import create_app
from guichet.hub.credentials import (
    enrollment_code_hash,
    new_enrollment_code,
    new_token,
    secret_hash,
)
from guichet.hub.server import build_server
from guichet.hub.storage import HubStore, metadata

POSTGRES_ENV = "GUICHET_TEST_POSTGRES_URL"
TIMEOUT = 10


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty hub database of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set")
    engine = create_engine(url)
    metadata.drop_all(engine)
    engine.dispose()
    return url


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class Hub:
    """The running hub, and the set-up its operator would do with the CLI."""

    url: str
    store: HubStore
    http: requests.Session = field(default_factory=requests.Session)

    def add_site(self, name: str = "France Services de Test", commune: str | None = None) -> str:
        return self.store.add_site(name, commune, None, utcnow())

    def code(self, site_id: str, valid: timedelta = timedelta(hours=72)) -> str:
        code = new_enrollment_code()
        now = utcnow()
        self.store.add_enrollment_code(site_id, enrollment_code_hash(code), now, now + valid)
        return code

    def enroll(self, site_id: str, name: str = "Poste 1") -> dict[str, Any]:
        response = self.post(
            "/v1/enroll", json={"code": self.code(site_id), "workstation_name": name}
        )
        assert response.status_code == 200, response.text
        return response.json()

    def token(self, site_id: str, name: str = "Poste 1") -> str:
        return self.enroll(site_id, name)["token"]

    def admin_token(self) -> str:
        token = new_token()
        self.store.add_admin_token(secret_hash(token), utcnow())
        return token

    def get(self, path: str, token: str | None = None, **kwargs: Any) -> requests.Response:
        return self.http.get(
            self.url + path, headers=_auth(token, kwargs), timeout=TIMEOUT, **kwargs
        )

    def post(self, path: str, token: str | None = None, **kwargs: Any) -> requests.Response:
        return self.http.post(
            self.url + path, headers=_auth(token, kwargs), timeout=TIMEOUT, **kwargs
        )

    def push(self, token: str, events: list[dict[str, Any]]) -> requests.Response:
        return self.post("/v1/events", token, json={"events": events})

    def pull_all(self, token: str) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        cursor, more = 0, True
        while more:
            page = self.get("/v1/events", token, params={"after": cursor, "limit": 1000}).json()
            events += page["events"]
            cursor, more = page["cursor"], page["more"]
        return events


def _auth(token: str | None, kwargs: dict[str, Any]) -> dict[str, str]:
    headers = dict(kwargs.pop("headers", {}))
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return headers


@pytest.fixture
def hub(database_url: str) -> Iterator[Hub]:
    """uvicorn serving the app in a thread, on a port the kernel picked."""
    app = create_app(database_url)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = build_server(app, "127.0.0.1", port)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + TIMEOUT
    while not server.started:
        assert time.monotonic() < deadline, "the hub did not start"
        time.sleep(0.01)
    running = Hub(f"http://127.0.0.1:{port}", app.state.store)
    yield running
    running.http.close()
    server.should_exit = True
    thread.join(TIMEOUT)
    listener.close()

"""A real hub on 127.0.0.1 and desks with their own SQLite files, for sync tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from guichet.hub.app import create_app
from guichet.hub.credentials import enrollment_code_hash, new_enrollment_code
from guichet.hub.server import build_server
from guichet.hub.storage import HubStore
from guichet.paths import shipped_catalog_dir
from guichet.services.desk import Desk, open_desk

TIMEOUT = 10


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class RunningHub:
    url: str
    store: HubStore
    site_id: str

    def code(self) -> str:
        code = new_enrollment_code()
        now = utcnow()
        self.store.add_enrollment_code(
            self.site_id, enrollment_code_hash(code), now, now + timedelta(hours=1)
        )
        return code

    def event_count(self) -> int:
        from guichet.hub.storage import event_log as events

        with self.store.engine.connect() as connection:
            return connection.execute(
                select(func.count()).select_from(events).where(events.c.site_id == self.site_id)
            ).scalar_one()


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    app = create_app(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
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
    store: HubStore = app.state.store
    site_id = store.add_site("France Services de Test", "25388", None, utcnow())
    yield RunningHub(f"http://127.0.0.1:{port}", store, site_id)
    server.should_exit = True
    thread.join(TIMEOUT)
    listener.close()


@pytest.fixture
def second_desk(tmp_path: Path) -> Iterator[Desk]:
    """Another workstation of the same site: an empty data folder, to be enrolled."""
    opened = open_desk(tmp_path / "desk-b", shipped_catalog_dir())
    yield opened
    opened.close()

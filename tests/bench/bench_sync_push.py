"""Pushing 10,000 pending events to a hub on loopback (goal: at most 10 s).

A desk with a year of generated activity is enrolled (its history becomes
pending events), topped up to exactly 10,000 events, then one push round is
timed against the real hub (uvicorn + SQLite) on 127.0.0.1.
"""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from keyring.backend import KeyringBackend
from sqlalchemy import func, select

from guichet.hub.app import create_app
from guichet.hub.credentials import enrollment_code_hash, new_enrollment_code
from guichet.hub.server import build_server
from guichet.paths import shipped_catalog_dir
from guichet.services.demo_data import generate_months
from guichet.services.desk import open_desk
from guichet.storage.models import OutboxEvent
from guichet.sync.client import HubClient
from guichet.sync.credentials import load_token
from guichet.sync.engine import SyncEngine
from guichet.sync.enrolment import enroll

EVENTS = 10_000


class _Memory(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


def main() -> float:
    keyring.set_keyring(_Memory())
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        app = create_app(f"sqlite:///{root / 'hub.sqlite3'}")
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        server = build_server(app, "127.0.0.1", listener.getsockname()[1])
        server.config.log_level = "warning"
        thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.01)
        now = datetime.now(UTC).replace(tzinfo=None)
        site_id = app.state.store.add_site("Bench", "25388", None, now)
        code = new_enrollment_code()
        app.state.store.add_enrollment_code(
            site_id, enrollment_code_hash(code), now, now + timedelta(hours=1)
        )

        desk = open_desk(root / "desk", shipped_catalog_dir(), demo=True)
        generate_months(desk.db, desk.site, desk.catalog, 11, seed=3)
        enroll(desk.db, desk.db.path.parent, f"http://127.0.0.1:{listener.getsockname()[1]}", code)
        desk.reload_site()
        with desk.db.engine.connect() as connection:
            created = connection.execute(select(func.count()).select_from(OutboxEvent)).scalar_one()
        for _ in range(max(0, EVENTS - created)):
            desk.queue.give_feedback(4)
        token = load_token(desk.db.path.parent, desk.site.workstation_id)
        engine = SyncEngine(
            desk.db,
            HubClient(f"http://127.0.0.1:{listener.getsockname()[1]}", token),
            desk.site.workstation_id,
        )
        started = time.perf_counter()
        pushed = engine.push()
        elapsed = time.perf_counter() - started
        desk.close()
        server.should_exit = True
        thread.join(10)
    rate = pushed / elapsed
    print(f"sync push: {pushed} events in {elapsed:.2f} s ({rate:.0f} events/s; goal ≤ 10 s)")
    return elapsed


if __name__ == "__main__":
    main()

"""Pushing 10,000 pending events to a hub on loopback (goal: at most 10 s).

A desk with a year of generated activity is enrolled (its history becomes
pending events), topped up to exactly 10,000 events, then one push round is
timed against the real hub (uvicorn + SQLite) on 127.0.0.1.

Baseline: the same events inserted bare into the hub's table (SQLAlchemy Core,
500 a transaction, as in bench_hub_ingest), once before and once after the
push, each time in a fresh file; their mean.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from bench_hub_ingest import bare_database, bare_insert
from keyring.backend import KeyringBackend
from results import Row, run_alone
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
MONTHS = 11
GOAL_SECONDS = 10.0


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


def main(quick: bool = False) -> list[Row]:
    count, months = (500, 0) if quick else (EVENTS, MONTHS)
    keyring.set_keyring(_Memory())
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        app = create_app(f"sqlite:///{root / 'hub.sqlite3'}")
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        server = build_server(app, "127.0.0.1", listener.getsockname()[1])
        for logger in ("uvicorn.error", "uvicorn.access"):
            logging.getLogger(logger).setLevel(logging.WARNING)
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
        if months:
            generate_months(desk.db, desk.site, desk.catalog, months, seed=3)
        enroll(desk.db, desk.db.path.parent, f"http://127.0.0.1:{listener.getsockname()[1]}", code)
        desk.reload_site()
        with desk.db.engine.connect() as connection:
            created = connection.execute(select(func.count()).select_from(OutboxEvent)).scalar_one()
        for _ in range(max(0, count - created)):
            desk.queue.give_feedback(4)
        pending = pending_events(desk)
        token = load_token(desk.db.path.parent, desk.site.workstation_id)
        engine = SyncEngine(
            desk.db,
            HubClient(f"http://127.0.0.1:{listener.getsockname()[1]}", token),
            desk.site.workstation_id,
        )
        before = bare_seconds(root / "bare-before", pending)
        started = time.perf_counter()
        pushed = engine.push()
        elapsed = time.perf_counter() - started
        after = bare_seconds(root / "bare-after", pending)
        desk.close()
        server.should_exit = True
        thread.join(10)
    rate, bare = pushed / elapsed, (before + after) / 2
    print(
        f"sync push: {pushed} events in {elapsed:.2f} s ({rate:.0f} events/s;"
        f" goal ≤ {GOAL_SECONDS:g} s); bare insert of the same events: {bare:.2f} s"
    )
    return [
        Row(
            f"sync push of {pushed:,} events / bare hub insert",
            elapsed,
            "s",
            bare,
            goal=f"≤ {GOAL_SECONDS:g} s",
            met=elapsed <= GOAL_SECONDS,
            aside=f"{rate:,.0f} events/s",
        )
    ]


def pending_events(desk) -> list[dict]:
    """The outbox as the push sends it to the hub."""
    with desk.db.engine.connect() as connection:
        rows = connection.execute(
            select(
                OutboxEvent.id,
                OutboxEvent.kind,
                OutboxEvent.entity_id,
                OutboxEvent.payload,
                OutboxEvent.created_at,
            ).where(OutboxEvent.sent_at.is_(None))
        ).all()
    return [
        {
            "id": row.id,
            "kind": row.kind,
            "entity_id": row.entity_id,
            "payload": json.loads(row.payload),
            "created_at": row.created_at.isoformat(timespec="seconds"),
        }
        for row in rows
    ]


def bare_seconds(folder: Path, events: list[dict]) -> float:
    folder.mkdir()
    store, batches = bare_database(folder, events)
    try:
        return sum(bare_insert(store, rows) for rows in batches)
    finally:
        store.dispose()


if __name__ == "__main__":
    run_alone(main, __doc__)

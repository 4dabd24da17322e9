"""Hub ingest rate: 10,000 events pushed in batches of 500 (goal: ≥ 50 % of a bare insert).

Three timings of the same 10,000 events, 500 per batch, on SQLite files with
the same table and pragmas (WAL, synchronous=FULL):

- hub, server side (the goal's figure): the hub's uvicorn server, as
  ``guichet-hub serve`` builds it, in its own process; a desk-like client
  POSTs /v1/events over loopback HTTP with a token. Each request is timed
  inside the server, from reaching the app to its answer sent: receiving the
  body, auth, parsing and validation, the deduplicating insert and its
  commit, the answer. The client's JSON encoding and its HTTP stack are left
  out.
- hub, end to end: the same requests timed by the client (its JSON encoding,
  loopback HTTP, the server's time, reading the answer).
- bare: SQLAlchemy Core executemany of the very same rows (payloads already
  JSON text) into the same table, one transaction per 500 rows like the hub;
  no HTTP, no validation, no deduplication.

Each run has fresh database files, and in it the hub and the bare insert take
turns batch by batch (which one goes first alternates), so that both see the
same machine: on a shared machine the speed drifts by a quarter from one
second to the next. Rates are the medians of the runs; a ratio is the hub's
median rate over the bare insert's.
"""

from __future__ import annotations

import json
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from results import Row, run_alone
from sqlalchemy import insert

from guichet.hub.credentials import enrollment_code_hash, new_enrollment_code
from guichet.hub.storage import HubStore, event_log, workstation

EVENTS = 10_000
BATCH = 500
RUNS = 5
GOAL = 0.5
KINDS = ["visit.upsert"] * 6 + ["ticket.upsert"] * 3 + ["feedback.add"]

Batch = list[dict[str, Any]]

#: The hub as ``guichet-hub serve`` runs it, its app wrapped in a stopwatch
#: that adds up the time spent answering POST /v1/events (printed at exit).
SERVER = """
import logging, sys, time
from guichet.hub.app import create_app
from guichet.hub.server import build_server

class Stopwatch:
    def __init__(self, app):
        self.app, self.seconds = app, 0.0

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"] != "/v1/events":
            return await self.app(scope, receive, send)
        began = time.perf_counter()
        await self.app(scope, receive, send)
        self.seconds += time.perf_counter() - began

stopwatch = Stopwatch(create_app(sys.argv[1]))
server = build_server(stopwatch, "127.0.0.1", int(sys.argv[2]))
logging.getLogger("uvicorn.access").handlers.clear()
try:
    server.run()
finally:  # uvicorn re-raises the SIGINT it stopped on
    print(stopwatch.seconds, flush=True)
"""


def visit_payload(rng: random.Random, number: int) -> dict[str, Any]:
    """A closed visit as a desk sends it (about 1 KB of JSON)."""
    started = datetime(2026, 11, 2, 9) + timedelta(minutes=7 * number)
    closed = started + timedelta(minutes=rng.randrange(3, 40))
    stamp = "%Y-%m-%dT%H:%M:%S"
    return {
        "id": str(uuid.uuid4()),
        "site_id": "bench-site",
        "workstation_id": "bench-desk",
        "agent_id": str(uuid.uuid4()),
        "agent_name": "Alex Agent",
        "channel": rng.choice(["on_site", "on_site", "phone", "video"]),
        "started_at": started.strftime(stamp),
        "closed_at": closed.strftime(stamp),
        "updated_at": closed.strftime(stamp),
        "arrived_at": (started - timedelta(minutes=rng.randrange(0, 30))).strftime(stamp),
        "status": "closed",
        "age_band": rng.choice([None, "25_39", "40_59", "60_69", "70_plus"]),
        "gender": rng.choice([None, "woman", "man"]),
        "commune": rng.choice([None, "25388", "39300"]),
        "first_visit": rng.choice([None, True, False]),
        "satisfaction": rng.choice([None, 3, 4, 5]),
        "requests": [
            {
                "id": str(uuid.uuid4()),
                "position": position,
                "operator_id": rng.choice(["caf", "dgfip", "france-travail", "assurance-maladie"]),
                "procedure_id": "caf-rsa",
                "procedure_title": "Demande de RSA",
                "theme_id": "social-sante",
                "help_type": rng.choice(["information", "accompanied", "digital"]),
                "outcome": rng.choice(["completed", "finishes_alone", "must_come_back"]),
                "documents": [
                    {
                        "id": str(uuid.uuid4()),
                        "position": index,
                        "label": "Justificatif de domicile de moins de 3 mois",
                        "status": rng.choice(["present", "missing"]),
                    }
                    for index in range(3)
                ],
                "referrals": [],
                "appointments": [],
            }
            for position in range(rng.choice([1, 1, 2]))
        ],
    }


def events(count: int) -> list[dict[str, Any]]:
    """Mostly visits, some tickets and feedback, as a site's outbox holds them."""
    rng = random.Random(count)
    made = []
    for number in range(count):
        kind = rng.choice(KINDS)
        payload = (
            visit_payload(rng, number)
            if kind == "visit.upsert"
            else {"id": str(uuid.uuid4()), "number": number, "status": "waiting"}
        )
        made.append(
            {
                "id": str(uuid.uuid4()),
                "kind": kind,
                "entity_id": payload["id"],
                "payload": payload,
                "created_at": "2026-11-27T10:05:00",
            }
        )
    return made


def batches(items: list[Any]) -> list[list[Any]]:
    return [items[start : start + BATCH] for start in range(0, len(items), BATCH)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass(frozen=True)
class Run:
    """Seconds for the whole push."""

    bare: float
    server_side: float
    end_to_end: float


def run(folder: Path, sent: list[dict[str, Any]]) -> Run:
    """One push of every batch to a new hub, each batch inserted bare as well, in turns."""
    bare_store, bare_batches = bare_database(folder, sent)
    bare = end_to_end = 0.0
    try:
        with running_hub(folder) as (push, server_side):
            for number, (rows, batch) in enumerate(zip(bare_batches, batches(sent), strict=True)):
                if number % 2:
                    end_to_end += push(batch)
                bare += bare_insert(bare_store, rows)
                if not number % 2:
                    end_to_end += push(batch)
    finally:
        bare_store.dispose()
    return Run(bare, server_side(), end_to_end)


@contextmanager
def running_hub(folder: Path) -> Iterator[tuple[Callable[[Batch], float], Callable[[], float]]]:
    """(push, server_side): push(batch) POSTs a batch and returns the seconds it
    took as the client saw it; server_side(), once the hub has stopped, the
    seconds the server spent answering the pushes."""
    url = f"sqlite:///{folder / 'hub.sqlite3'}"
    store = HubStore(url)
    store.create_tables()
    now = datetime.now(UTC).replace(tzinfo=None)
    site_id = store.add_site("Banc d'essai", "25388", None, now)
    code = new_enrollment_code()
    store.add_enrollment_code(site_id, enrollment_code_hash(code), now, now + timedelta(hours=1))
    store.dispose()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, url, str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    output = ""
    try:
        with requests.Session() as http:
            _wait_until_up(http, base)
            body = {"code": code, "workstation_name": "Poste"}
            token = http.post(f"{base}/v1/enroll", json=body, timeout=10).json()["token"]
            headers = {"Authorization": f"Bearer {token}"}

            def push(batch: Batch) -> float:
                began = time.perf_counter()
                answer = http.post(
                    f"{base}/v1/events", json={"events": batch}, headers=headers, timeout=60
                )
                answer.raise_for_status()
                return time.perf_counter() - began

            yield push, lambda: float(output.split()[-1])
    finally:
        server.send_signal(signal.SIGINT)
        output, _ = server.communicate(timeout=30)


def bare_database(folder: Path, sent: list[dict[str, Any]]) -> tuple[HubStore, list[Any]]:
    """The hub's tables in a file of their own, and the rows of each batch as
    the hub would store them."""
    store = HubStore(f"sqlite:///{folder / 'bare.sqlite3'}")
    store.create_tables()
    now = datetime.now(UTC).replace(tzinfo=None)
    site_id = store.add_site("Banc d'essai", "25388", None, now)
    with store.engine.begin() as connection:
        connection.execute(
            insert(workstation).values(
                id="bench-desk", site_id=site_id, name="Poste", token_hash="0" * 64, created_at=now
            )
        )
    rows = [
        {
            "site_id": site_id,
            "event_id": e["id"],
            "workstation_id": "bench-desk",
            "kind": e["kind"],
            "entity_id": e["entity_id"],
            "payload": json.dumps(e["payload"], ensure_ascii=False, separators=(",", ":")),
            "created_at": datetime.fromisoformat(e["created_at"]),
            "received_at": now,
        }
        for e in sent
    ]
    return store, batches(rows)


def bare_insert(store: HubStore, rows: list[dict[str, Any]]) -> float:
    """Seconds to insert one batch with Core, in a transaction of its own."""
    began = time.perf_counter()
    with store.engine.begin() as connection:
        connection.execute(insert(event_log), rows)
    return time.perf_counter() - began


def _wait_until_up(http: requests.Session, base: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            http.get(f"{base}/openapi.json", timeout=1)
            return
        except requests.ConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def main(quick: bool = False) -> list[Row]:
    count, run_count = (1_000, 1) if quick else (EVENTS, RUNS)
    sent = events(count)
    size = len(json.dumps({"events": sent[:BATCH]}).encode())
    runs = []
    for _ in range(run_count):
        with tempfile.TemporaryDirectory() as folder:
            runs.append(run(Path(folder), sent))
    print(
        f"Hub ingest: {count:,} events in batches of {BATCH} (about {size // 1024} KiB of JSON"
        f" a request), SQLite files (WAL, synchronous=FULL). {run_count} runs, each with the hub"
        " and the bare insert taking turns batch by batch; medians of the runs."
    )
    lines = (
        ("bare insert: SQLAlchemy Core executemany, no HTTP", "bare"),
        ("hub, server side: request reaching the app to answer sent", "server_side"),
        ("hub, end to end: client's JSON encoding, HTTP, server", "end_to_end"),
    )
    batch_count = len(batches(sent))
    rates = {}
    for label, name in lines:
        seconds = statistics.median(getattr(each, name) for each in runs)
        rates[name] = count / seconds
        line = f"  {label:<60} {rates[name]:8,.0f} events/s"
        line += f" ({seconds / batch_count * 1000:5.1f} ms a batch)"
        if name != "bare":
            line += f" = {rates[name] / rates['bare']:4.0%} of bare"
        print(line)
    server_side = rates["server_side"] / rates["bare"]
    met = server_side >= GOAL
    print(
        f"Goal: hub server side at least {GOAL:.0%} of bare: {'met' if met else 'NOT met'}"
        f" ({server_side:.0%}; runs: {', '.join(f'{r.bare / r.server_side:.0%}' for r in runs)})."
    )
    return [
        Row(
            f"hub ingest of {count:,} events, server side / bare insert",
            rates["server_side"],
            "events/s",
            rates["bare"],
            goal=f"≥ {GOAL:g}×",
            met=met,
        ),
        Row(
            f"hub ingest of {count:,} events, end to end / bare insert",
            rates["end_to_end"],
            "events/s",
            rates["bare"],
        ),
    ]


if __name__ == "__main__":
    run_alone(main, __doc__)

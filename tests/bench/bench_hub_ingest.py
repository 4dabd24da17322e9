"""Hub ingest rate: 10,000 events pushed in batches of 500 (goal: ≥ 50 % of a bare insert).

- hub: the hub's uvicorn server (as ``guichet-hub serve`` builds it) on a
  SQLite file, in its own process; a desk-like client POSTs /v1/events over
  loopback HTTP with a token, one batch after the other. Two figures:
  end to end as the desk sees it (its JSON encoding, HTTP, auth, validation,
  deduplicating insert, commit, answer), and server side (from each request
  reaching the app to its answer sent, summed inside the server process:
  the client's JSON encoding and the network stack are left out).
- bare: SQLAlchemy Core executemany of the very same rows (payload already
  JSON text) into the same table with the same pragmas (WAL,
  synchronous=FULL), one transaction per 500 rows like the hub; no HTTP, no
  validation, no deduplication.

Each run uses fresh database files; the two alternate, and the median of the
runs is reported.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import insert

from guichet.hub.credentials import enrollment_code_hash, new_enrollment_code
from guichet.hub.storage import HubStore, event_log, workstation

EVENTS = int(os.environ.get("BENCH_EVENTS", "10000"))
BATCH = 500
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
GOAL = 0.5
KINDS = ["visit.upsert"] * 6 + ["ticket.upsert"] * 3 + ["feedback.add"]

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


def hub_run(folder: Path, sent: list[dict[str, Any]]) -> tuple[float, float]:
    """(end-to-end, server-side) seconds for the whole push, the hub up and enrolled."""
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
    try:
        with requests.Session() as http:
            _wait_until_up(http, base)
            body = {"code": code, "workstation_name": "Poste"}
            token = http.post(f"{base}/v1/enroll", json=body, timeout=10).json()["token"]
            headers = {"Authorization": f"Bearer {token}"}
            began = time.perf_counter()
            for batch in batches(sent):
                answer = http.post(
                    f"{base}/v1/events", json={"events": batch}, headers=headers, timeout=60
                )
                answer.raise_for_status()
            end_to_end = time.perf_counter() - began
    finally:
        server.send_signal(signal.SIGINT)
        output, _ = server.communicate(timeout=30)
    return end_to_end, float(output.split()[-1])


def bare_run(folder: Path, sent: list[dict[str, Any]]) -> float:
    """Seconds to insert the same rows with Core, 500 per transaction."""
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
    began = time.perf_counter()
    for batch in batches(rows):
        with store.engine.begin() as connection:
            connection.execute(insert(event_log), batch)
    elapsed = time.perf_counter() - began
    store.dispose()
    return elapsed


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


def main() -> float:
    sent = events(EVENTS)
    size = len(json.dumps({"events": sent[:BATCH]}).encode())
    print(f"{EVENTS} events in batches of {BATCH} (about {size // 1024} KiB per request)")
    end_to_end, server_side, bare = [], [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as folder:
            bare.append(bare_run(Path(folder), sent))
        with tempfile.TemporaryDirectory() as folder:
            total, server = hub_run(Path(folder), sent)
            end_to_end.append(total)
            server_side.append(server)
    print(f"bare Core insert, no HTTP:     {EVENTS / statistics.median(bare):8,.0f} events/s")
    ratios = {}
    for label, times in (("hub, server side:", server_side), ("hub, end to end:", end_to_end)):
        # Each hub run against the bare run just before it: the disk's fsync
        # time drifts, and a pair shares the same weather.
        ratios[label] = statistics.median(b / h for b, h in zip(bare, times, strict=True))
        rate = EVENTS / statistics.median(times)
        print(f"{label:<30} {rate:8,.0f} events/s = {ratios[label]:4.0%} of bare")
    print(f"(goal ≥ {GOAL:.0%} of bare; medians of {RUNS} runs each)")
    return ratios["hub, server side:"]


if __name__ == "__main__":
    main()

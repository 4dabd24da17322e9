"""A hub answering garbage: the desk says "unexpected answer" (HubUnavailable,
so it retries later) and its database stays exactly as it was."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import select

from guichet.app import main
from guichet.services.desk import Desk
from guichet.storage.models import Visit
from guichet.sync.client import HubClient, HubRefused, HubUnavailable
from guichet.sync.engine import SyncEngine
from guichet.sync.enrolment import enroll
from tests.fuzz.settings import fuzz
from tests.fuzz.strategies import json_values, mutated
from tests.hub import payloads

OTHER_DESK = "workstation-of-another-desk"


class GarbageHub:
    """An HTTP server on 127.0.0.1 that answers every request with ``answer``."""

    def __init__(self) -> None:
        self.answer: tuple[int, bytes] = (200, b"{}")
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args) -> None:
                pass

            def _reply(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                status, body = hub.answer
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _reply

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def garbage_hub() -> Iterator[GarbageHub]:
    hub = GarbageHub()
    yield hub
    hub.close()


def engine(desk: Desk, hub: GarbageHub) -> SyncEngine:
    return SyncEngine(desk.db, HubClient(hub.url, "token", (2.0, 2.0)), desk.site.workstation_id)


def dump(path: Path) -> list[str]:
    """Every row of the desk's database, as SQL text."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def valid_page(desk: Desk) -> dict:
    """What a real hub sends: another desk's visit and ticket of the same site."""
    visit = payloads.visit(
        "2026-11-27T09:00:00",
        "2026-11-27T09:20:00",
        [payloads.request("caf", "accompanied", "completed", documents=("present",))],
    )
    visit.update(site_id=desk.site.id, workstation_id=OTHER_DESK, agent_id=str(uuid.uuid4()))
    ticket = {
        "id": str(uuid.uuid4()),
        "site_id": desk.site.id,
        "number": 12,
        "prefix": "A",
        "source": "kiosk",
        "theme_id": None,
        "procedure_id": None,
        "language": "fr",
        "taken_at": "2026-11-27T08:55:00",
        "status": "waiting",
    }
    events = [
        {
            "seq": seq,
            "id": str(uuid.uuid4()),
            "kind": kind,
            "entity_id": payload["id"],
            "payload": payload,
            "workstation_id": OTHER_DESK,
            "created_at": "2026-11-27T09:20:00",
        }
        for seq, (kind, payload) in enumerate(
            [("visit.upsert", visit), ("ticket.upsert", ticket)], start=1
        )
    ]
    return {"events": events, "cursor": 2, "more": False}


def assert_desk_still_reads_everything(desk: Desk) -> None:
    """What a pull stored, the desk's screens can show: every visit and the queue."""
    with desk.db.session() as session:
        visit_ids = session.scalars(select(Visit.id)).all()
    for visit_id in visit_ids:
        desk.intake.draft(visit_id)
    desk.intake.day(date(2026, 11, 27))
    desk.queue.waiting()
    desk.queue.recently_called()


def pull_or_refuse(desk: Desk, hub: GarbageHub, body: bytes) -> None:
    before = dump(desk.db.path)
    hub.answer = (200, body)
    try:
        engine(desk, hub).pull()
    except HubUnavailable as problem:
        assert str(problem) == "unexpected answer" or str(problem) == "not JSON"
        assert dump(desk.db.path) == before
    else:
        assert_desk_still_reads_everything(desk)


def test_a_valid_page_is_applied(desk, garbage_hub) -> None:
    garbage_hub.answer = (200, json.dumps(valid_page(desk)).encode())
    assert engine(desk, garbage_hub).pull() == 2


@fuzz(100)
@given(body=st.one_of(st.binary(max_size=200), json_values.map(lambda v: json.dumps(v).encode())))
@example(body=b'{"events": [], "cursor": Infinity, "more": false}')
@example(body=b'{"events": [], "cursor": 1e400, "more": false}')
@example(body=b'{"events": "abc", "cursor": 1, "more": false}')
@example(body=b'{"events": [1], "cursor": 1, "more": false}')
def test_any_answer_to_a_pull(desk, garbage_hub, body: bytes) -> None:
    pull_or_refuse(desk, garbage_hub, body)


@fuzz(120)
@given(data=st.data())
def test_a_page_with_a_few_values_changed(desk, garbage_hub, data) -> None:
    page = data.draw(mutated(valid_page(desk)))
    pull_or_refuse(desk, garbage_hub, json.dumps(page).encode())


@fuzz(60)
@given(
    status=st.sampled_from([200, 201, 400, 401, 403, 404, 409, 422, 429, 500, 503]), data=st.data()
)
def test_any_answer_to_a_push(desk, garbage_hub, status: int, data) -> None:
    body = data.draw(
        st.one_of(st.binary(max_size=100), json_values.map(lambda v: json.dumps(v).encode()))
    )
    garbage_hub.answer = (status, body)
    pending = dump(desk.db.path)
    with contextlib.suppress(HubUnavailable, HubRefused):
        engine(desk, garbage_hub).push()
    assert dump(desk.db.path) == pending  # nothing the hub did not acknowledge is marked sent


@fuzz(60)
@given(body=st.one_of(st.binary(max_size=100), json_values.map(lambda v: json.dumps(v).encode())))
@example(body=b'{"site_id": {"a": 1}, "site_name": [], "workstation_id": 3, "token": null}')
def test_any_answer_to_an_enrolment(garbage_hub, body: bytes) -> None:
    garbage_hub.answer = (200, body)
    try:
        enrolment = HubClient(garbage_hub.url).enroll("CODE", "Poste 1")
    except HubUnavailable as problem:
        assert str(problem) in ("unexpected answer", "not JSON")
        return
    document = json.loads(body)
    for field in ("site_id", "site_name", "workstation_id", "token"):
        assert getattr(enrolment, field) == document[field] and document[field]


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("channel",), "pigeon"),
        (("status",), "lost"),
        (("age_band",), "ageless"),
        (("requests", 0, "help_type"), "magic"),
        (("requests", 0, "outcome"), 7),
        (("requests", 0, "documents", 0, "status"), "burnt"),
    ],
)
def test_a_visit_the_desk_could_not_show_is_refused(desk, garbage_hub, where, value) -> None:
    page = valid_page(desk)
    target = page["events"][0]["payload"]
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    pull_or_refuse(desk, garbage_hub, json.dumps(page).encode())


def test_guichet_sync_says_in_french_that_the_hub_answered_garbage(
    desk, garbage_hub, capsys
) -> None:
    garbage_hub.answer = (
        200,
        json.dumps(
            {"site_id": desk.site.id, "site_name": "S", "workstation_id": "w", "token": "t"}
        ).encode(),
    )
    enroll(desk.db, desk.db.path.parent, garbage_hub.url, "CODE")
    garbage_hub.answer = (200, b"<html>Proxy error</html>")

    assert main(["sync", "--data-dir", str(desk.db.path.parent)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"Le hub à l'adresse {garbage_hub.url} a répondu quelque chose d'inattendu "
        "(est-ce bien un hub guichet ?) ; rien n'est perdu, réessayez plus tard."
    )

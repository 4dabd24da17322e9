"""Enrollment, tokens, push and pull over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta

import pytest
import requests

from tests.hub.conftest import Hub
from tests.hub.payloads import event

MIB = 1024 * 1024


@contextmanager
def own_session(hub: Hub) -> Iterator[Hub]:
    """The hub seen from another desk: its own connections, for tests with threads."""
    desk = replace(hub, http=requests.Session())
    try:
        yield desk
    finally:
        desk.http.close()


# -- enrollment -----------------------------------------------------------------


def test_enrollment_code_gives_a_token_once(hub: Hub) -> None:
    site_id = hub.add_site("France Services d'Ornans", "25434")
    code = hub.code(site_id)

    first = hub.post("/v1/enroll", json={"code": code, "workstation_name": "Accueil"})
    again = hub.post("/v1/enroll", json={"code": code, "workstation_name": "Accueil bis"})

    assert first.status_code == 200
    answer = first.json()
    assert answer["site_id"] == site_id
    assert answer["site_name"] == "France Services d'Ornans"
    assert len(answer["token"]) >= 40
    assert again.status_code == 403
    assert again.json()["detail"]
    assert hub.get("/v1/events", answer["token"]).status_code == 200


def test_code_read_over_the_phone_is_forgiving(hub: Hub) -> None:
    code = hub.code(hub.add_site())
    typed = code.replace("-", " ").lower()

    response = hub.post("/v1/enroll", json={"code": typed, "workstation_name": "Poste 2"})

    assert response.status_code == 200


def test_expired_and_unknown_codes_are_refused(hub: Hub) -> None:
    expired = hub.code(hub.add_site(), valid=timedelta(seconds=-1))

    for code in (expired, "AAAA-BBBB-CCCC"):
        response = hub.post("/v1/enroll", json={"code": code, "workstation_name": "Poste"})
        assert response.status_code == 403
        assert set(response.json()) == {"detail"}


def test_racing_desks_with_one_code_get_one_token(hub: Hub) -> None:
    code = hub.code(hub.add_site())
    statuses: list[int] = []

    def enroll(name: str) -> None:
        with own_session(hub) as desk:
            body = {"code": code, "workstation_name": name}
            statuses.append(desk.post("/v1/enroll", json=body).status_code)

    threads = [threading.Thread(target=enroll, args=(f"Poste {n}",)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(statuses) == [200, 403, 403, 403, 403, 403]


def test_missing_or_unknown_token_is_401(hub: Hub) -> None:
    hub.token(hub.add_site())

    for token in (None, "not-a-token"):
        response = hub.get("/v1/events", token)
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"] == "Bearer"
    assert hub.get("/v1/events", headers={"Authorization": "Basic dXNlcjpwdw=="}).status_code == 401
    # The token is checked before the body is even parsed.
    garbage = hub.post(
        "/v1/events", "not-a-token", data=b"{", headers={"Content-Type": "application/json"}
    )
    assert garbage.status_code == 401


# -- isolation ------------------------------------------------------------------


def test_a_site_never_sees_another_sites_events(hub: Hub) -> None:
    site_a, site_b = hub.add_site("Site A"), hub.add_site("Site B")
    desk_a, desk_b = hub.enroll(site_a), hub.enroll(site_b)
    shared_id = event()["id"]  # the same event id at both sites must not collide
    a_events = [event(event_id=shared_id), event()]
    b_events = [event(event_id=shared_id, payload={"site": "B"})]

    pushed_a = hub.push(desk_a["token"], a_events).json()
    pushed_b = hub.push(desk_b["token"], b_events).json()

    assert pushed_a == {"acknowledged": [e["id"] for e in a_events], "duplicates": 0}
    assert pushed_b == {"acknowledged": [shared_id], "duplicates": 0}
    seen_by_a = hub.pull_all(desk_a["token"])
    seen_by_b = hub.pull_all(desk_b["token"])
    assert [e["id"] for e in seen_by_a] == [e["id"] for e in a_events]
    assert {e["workstation_id"] for e in seen_by_a} == {desk_a["workstation_id"]}
    assert [(e["id"], e["payload"]) for e in seen_by_b] == [(shared_id, {"site": "B"})]
    # Even knowing B's cursor positions, A's token only walks A's log.
    last_b = seen_by_b[-1]["seq"]
    page = hub.get("/v1/events", desk_a["token"], params={"after": last_b - 1}).json()
    assert all(e["workstation_id"] == desk_a["workstation_id"] for e in page["events"])


def test_desks_of_one_site_see_each_others_events(hub: Hub) -> None:
    site_id = hub.add_site()
    desk_1, desk_2 = hub.enroll(site_id, "Poste 1"), hub.enroll(site_id, "Poste 2")
    sent = event(payload={"état": "ouvert", "n": [1, 2.5, None, True]})

    hub.push(desk_1["token"], [sent])

    [received] = hub.pull_all(desk_2["token"])
    assert received["id"] == sent["id"]
    assert received["kind"] == sent["kind"]
    assert received["entity_id"] == sent["entity_id"]
    assert received["payload"] == sent["payload"]
    assert received["created_at"] == sent["created_at"]
    assert received["workstation_id"] == desk_1["workstation_id"]


def test_admin_token_has_no_site(hub: Hub) -> None:
    admin = hub.admin_token()

    assert hub.get("/v1/events", admin).status_code == 403
    assert hub.push(admin, [event()]).status_code == 403
    assert hub.get("/v1/reports/site/2026-11", admin).status_code == 403


# -- idempotence ----------------------------------------------------------------


def test_a_batch_sent_again_is_stored_once(hub: Hub) -> None:
    token = hub.token(hub.add_site())
    batch = [event() for _ in range(10)]
    ids = [e["id"] for e in batch]

    first = hub.push(token, batch).json()
    again = hub.push(token, batch).json()
    overlapping = batch[5:] + [event() for _ in range(5)]
    partly = hub.push(token, overlapping).json()

    assert first == {"acknowledged": ids, "duplicates": 0}
    assert again == {"acknowledged": ids, "duplicates": 10}
    assert partly == {"acknowledged": [e["id"] for e in overlapping], "duplicates": 5}
    stored = hub.pull_all(token)
    assert len(stored) == 15
    assert len({e["id"] for e in stored}) == 15


def test_an_id_twice_in_one_batch_counts_once(hub: Hub) -> None:
    token = hub.token(hub.add_site())
    twice = event()

    answer = hub.push(token, [twice, event(), twice]).json()

    assert len(answer["acknowledged"]) == 2
    assert answer["duplicates"] == 1
    assert len(hub.pull_all(token)) == 2


def test_concurrent_pushes_keep_every_event_in_cursor_order(hub: Hub) -> None:
    site_id = hub.add_site()
    tokens = [hub.token(site_id, f"Poste {n}") for n in range(4)]
    batches = {token: [[event() for _ in range(50)] for _ in range(5)] for token in tokens}
    failures: list[int] = []

    def desk(token: str) -> None:
        with own_session(hub) as desk:
            for batch in batches[token]:
                status = desk.push(token, batch).status_code
                if status != 200:
                    failures.append(status)

    threads = [threading.Thread(target=desk, args=(token,)) for token in tokens]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    stored = hub.pull_all(tokens[0])
    assert len(stored) == 4 * 5 * 50
    seqs = [e["seq"] for e in stored]
    assert seqs == sorted(set(seqs))


# -- limits and validation ------------------------------------------------------


def test_501_events_are_too_many(hub: Hub) -> None:
    token = hub.token(hub.add_site())

    assert hub.push(token, [event() for _ in range(501)]).status_code == 413
    assert hub.push(token, [event() for _ in range(500)]).status_code == 200


def test_a_body_over_2_mib_is_refused(hub: Hub) -> None:
    token = hub.token(hub.add_site())
    big = [event(payload={"filler": "x" * (30 * 1024)}) for _ in range(100)]  # about 3 MiB
    body = json.dumps({"events": big}).encode()
    assert len(body) > 3 * MIB - 100 * 1024

    announced = hub.post(
        "/v1/events", token, data=body, headers={"Content-Type": "application/json"}
    )
    chunked = hub.post(
        "/v1/events",
        token,
        data=(body[i : i + 65536] for i in range(0, len(body), 65536)),
        headers={"Content-Type": "application/json"},
    )

    assert announced.status_code == 413
    assert chunked.status_code == 413
    assert "Content-Length" not in chunked.request.headers
    assert hub.pull_all(token) == []
    # The connection is still usable after a refusal.
    assert hub.push(token, [event()]).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b'{"events": [{"id": "not-a-uuid", "kind": "k", "entity_id": "e",'
        b' "payload": {}, "created_at": "2026-11-27T10:05:00"}]}',
        b'{"events": [{"kind": "k"}]}',
        b'{"events": [{"id": "3f1c2a9e-1111-4222-8333-444455556666", "kind": "k",'
        b' "entity_id": "e", "payload": [1], "created_at": "yesterday"}]}',
        b'{"evenements": []}',
    ],
)
def test_an_invalid_batch_is_422_without_echo(hub: Hub, body: bytes) -> None:
    token = hub.token(hub.add_site())

    response = hub.post(
        "/v1/events", token, data=body, headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 422
    for detail in response.json()["detail"]:
        assert set(detail) == {"loc", "msg", "type"}


def test_a_batch_must_be_sent_as_json(hub: Hub) -> None:
    token = hub.token(hub.add_site())
    body = json.dumps({"events": [event()]}).encode()

    as_text = hub.post("/v1/events", token, data=body, headers={"Content-Type": "text/plain"})
    untyped = hub.post("/v1/events", token, data=body)
    with_charset = hub.post(
        "/v1/events", token, data=body, headers={"Content-Type": "application/json; charset=utf-8"}
    )

    assert as_text.status_code == 422
    assert untyped.status_code == 422
    assert with_charset.status_code == 200
    assert with_charset.headers["Content-Type"] == "application/json"


def test_errors_are_json_without_traces(hub: Hub) -> None:
    response = hub.get("/v1/nowhere")

    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}


# -- pull -----------------------------------------------------------------------


def test_pull_pages_with_a_cursor(hub: Hub) -> None:
    token = hub.token(hub.add_site())
    sent = [event() for _ in range(25)]
    hub.push(token, sent)

    pages, cursor, more = [], 0, True
    while more:
        page = hub.get("/v1/events", token, params={"after": cursor, "limit": 10}).json()
        pages.append([e["id"] for e in page["events"]])
        assert page["cursor"] == (page["events"][-1]["seq"] if page["events"] else cursor)
        cursor, more = page["cursor"], page["more"]

    assert [len(p) for p in pages] == [10, 10, 5]
    assert [i for p in pages for i in p] == [e["id"] for e in sent]
    empty = hub.get("/v1/events", token, params={"after": cursor}).json()
    assert empty == {"events": [], "cursor": cursor, "more": False}
    later = event()
    hub.push(token, [later])
    newer = hub.get("/v1/events", token, params={"after": cursor}).json()["events"]
    assert [e["id"] for e in newer] == [later["id"]]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 1001}, {"after": -1}, {"after": "x"}])
def test_pull_parameters_are_checked(hub: Hub, params: dict[str, object]) -> None:
    token = hub.token(hub.add_site())

    assert hub.get("/v1/events", token, params=params).status_code == 422


def test_openapi_spec_lists_the_api(hub: Hub) -> None:
    spec = hub.get("/openapi.json").json()

    assert {
        "/v1/enroll",
        "/v1/events",
        "/v1/catalog",
        "/v1/reports/site/{month}",
        "/v1/reports/departement/{code}/{month}",
    } <= set(spec["paths"])
    push = spec["paths"]["/v1/events"]["post"]
    assert push["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/EventBatch"
    }
    assert set(push["responses"]) == {"200", "401", "403", "413", "422"}
    assert {"EventBatch", "IncomingEvent", "PushResult"} <= set(spec["components"]["schemas"])

"""Whatever a desk (or anything holding its token) pushes, the hub answers 2xx
or 4xx, never 5xx, and a refused batch leaves nothing behind."""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import func, select

from guichet.hub.storage import event_log
from tests.fuzz.settings import fuzz
from tests.fuzz.strategies import json_values, mutated
from tests.hub import payloads
from tests.hub.conftest import Hub
from tests.hub.payloads import event


@pytest.fixture
def token(hub: Hub) -> str:
    return hub.token(hub.add_site())


def valid_batch() -> dict:
    return {"events": [event(), event("visit.upsert", payload={"id": "v1"})]}


def stored(hub: Hub) -> int:
    with hub.store.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(event_log)).scalar_one()


def push(hub: Hub, token: str, body: bytes) -> None:
    before = stored(hub)
    response = hub.post(
        "/v1/events", token, data=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code < 500, response.text
    assert response.headers["content-type"] == "application/json"
    if response.status_code >= 400:
        assert stored(hub) == before
    else:
        answer = response.json()
        assert stored(hub) - before == len(answer["acknowledged"]) - answer["duplicates"]


@fuzz(60)
@given(body=st.one_of(st.binary(max_size=200), json_values.map(lambda v: json.dumps(v).encode())))
@example(body=b'{"events": [{"id": "\\ud800"}]}')
def test_any_body(hub: Hub, token: str, body: bytes) -> None:
    push(hub, token, body)


@fuzz(50)
@given(data=st.data())
def test_a_batch_with_a_few_values_changed(hub: Hub, token: str, data) -> None:
    push(hub, token, json.dumps(data.draw(mutated(valid_batch()))).encode())


@pytest.mark.parametrize(
    "changes",
    [
        {"created_at": "9999-12-31T23:30:00-01:00"},  # past year 9999 once in UTC
        {"created_at": "0001-01-01T00:30:00+01:00"},  # before year 1 once in UTC
        {"kind": "visit.upsert\x00"},  # PostgreSQL text cannot hold NUL
        {"entity_id": "\x00"},
        {"payload": {"note": "\x00"}},
    ],
)
def test_values_a_database_cannot_store_are_refused(hub: Hub, token: str, changes) -> None:
    push(hub, token, json.dumps({"events": [{**event(), **changes}]}).encode())


def closed_visit() -> dict:
    return payloads.visit(
        "2026-11-27T09:00:00",
        "2026-11-27T09:20:00",
        [payloads.request("caf", "accompanied", "completed", documents=("present", "missing"))],
        age_band="25_39",
        gender="woman",
        commune="25388",
        first_visit=True,
        satisfaction=4,
    )


def assert_report_survives(hub: Hub, token: str, visit: object) -> None:
    response = hub.push(token, [payloads.event("visit.upsert", payload=visit)])
    if response.status_code != 200:
        return  # not even an object: refused at the door
    report = hub.get("/v1/reports/site/2026-11", token)
    assert report.status_code == 200, report.text


@fuzz(50)
@given(data=st.data())
def test_reports_survive_any_visit_a_desk_pushed(hub: Hub, token: str, data) -> None:
    """One faulty desk must not take the site's (or the département's) report down."""
    assert_report_survives(hub, token, data.draw(mutated(closed_visit())))


@pytest.mark.parametrize(
    "changes",
    [
        {"requests": [1]},
        {"requests": [{**payloads.request("caf", "accompanied", "completed"), "documents": [7]}]},
        {"commune": ["25388"]},
        {"first_visit": {"yes": True}},
        {"satisfaction": 10**30},
        {"closed_at": "2026-11-30T23:30:00-99:00"},
        {"started_at": "9999-12-31T23:30:00-01:00"},
    ],
)
def test_reports_survive_these_visits(hub: Hub, token: str, changes: dict) -> None:
    assert_report_survives(hub, token, {**closed_visit(), **changes})

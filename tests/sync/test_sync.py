"""Two desks of one site syncing through the real hub on 127.0.0.1."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

from sqlalchemy import func, select, text

from guichet.domain.agent import Role
from guichet.domain.visit import HelpType, Outcome, RequestDraft, VisitDraft
from guichet.services.clock import utcnow
from guichet.services.demo_data import generate_months
from guichet.services.desk import Desk
from guichet.storage.models import OutboxEvent
from guichet.sync.client import HubClient, HubUnavailable
from guichet.sync.credentials import load_token
from guichet.sync.engine import SyncEngine, pending_count
from guichet.sync.enrolment import enroll
from guichet.sync.worker import next_delay
from tests.sync.fault_proxy import (
    BUSY_429,
    DUPLICATE,
    ERROR_500,
    GARBAGE,
    OK,
    REFUSE,
    RESET_AFTER_COMMIT,
    SLOW,
    FaultProxy,
    cycle,
)


def visit(operator: str = "caf") -> VisitDraft:
    return VisitDraft(
        requests=[
            RequestDraft(
                operator_id=operator, help_type=HelpType.INFORMATION, outcome=Outcome.COMPLETED
            )
        ]
    )


def engine_for(desk: Desk, url: str | None = None, timeout=(2.0, 1.0)) -> SyncEngine:
    token = load_token(desk.db.path.parent, desk.site.workstation_id)
    return SyncEngine(
        desk.db, HubClient(url or _hub_url(desk), token, timeout), desk.site.workstation_id
    )


def _hub_url(desk: Desk) -> str:
    from guichet.sync.enrolment import hub_url

    return hub_url(desk.db)


def site_log(desk: Desk) -> set[tuple[str, str, str]]:
    with desk.db.engine.connect() as connection:
        return {
            (row[0], str(row[1]), row[2])
            for row in connection.execute(text("SELECT id, updated_at, status FROM visit"))
        }


def join(desk: Desk, hub) -> None:
    enroll(desk.db, desk.db.path.parent, hub.url, hub.code())
    desk.reload_site()


def test_two_desks_share_the_site_log_and_the_agents(desk, second_desk, hub, memory_keyring):
    agent = desk.auth.agents()[0]
    for operator in ("caf", "dgfip", "france-titres"):
        desk.intake.record(agent.id, visit(operator), utcnow())
    join(desk, hub)
    assert desk.site.id == hub.site_id  # the offline site took the hub's name
    assert memory_keyring.secrets  # the token is in the keyring, not in the database
    report = engine_for(desk).round()
    assert report.pushed >= 3 + 2 + 1  # visits, agents, workstation

    join(second_desk, hub)
    pulled = engine_for(second_desk).round().pulled
    assert pulled >= report.pushed
    assert site_log(second_desk) == site_log(desk)
    manager = next(a for a in second_desk.auth.agents() if a.role is Role.MANAGER)
    assert second_desk.auth.login(manager.id, "1234").name == "Claire Manager"

    second_desk.intake.record(manager.id, visit("msa"), utcnow())
    engine_for(second_desk).round()
    engine_for(desk).round()
    assert len(site_log(desk)) == 4
    assert site_log(desk) == site_log(second_desk)
    assert [v.operators for v in desk.intake.day() if "msa" in v.operators]


def test_a_correction_travels_and_a_replay_changes_nothing(desk, second_desk, hub):
    agent = desk.auth.agents()[0]
    visit_id = desk.intake.record(agent.id, visit(), utcnow())
    join(desk, hub)
    join(second_desk, hub)
    engine_for(desk).round()
    engine_for(second_desk).round()
    desk.intake.cancel(visit_id)
    engine_for(desk).round()
    engine_for(second_desk).round()
    assert site_log(second_desk) == site_log(desk)
    assert {status for _, _, status in site_log(second_desk)} == {"cancelled"}
    before = hub.event_count()
    with desk.db.engine.begin() as connection:  # as if every acknowledgement had been lost
        connection.execute(text("UPDATE outbox_event SET sent_at = NULL"))
    engine_for(desk).round()
    assert hub.event_count() == before


def test_backoff_grows_with_jitter_and_honours_retry_after():
    rng = random.Random(1)
    delays = [next_delay(n, None, rng) for n in range(1, 8)]
    assert all(a < b for a, b in itertools.pairwise(delays[2:]))
    assert all(d <= 15 * 60 for d in delays)
    assert next_delay(3, 7.0, rng) == 7.0


def test_ten_thousand_events_through_faults_arrive_exactly_once(
    desk, second_desk, hub, tmp_path: Path
):
    """The network fails in every way on the way; the hub ends with each event once."""
    generate_months(desk.db, desk.site, desk.catalog, 11, seed=7)
    join(desk, hub)
    with desk.db.engine.connect() as connection:
        created = connection.execute(select(func.count()).select_from(OutboxEvent)).scalar_one()
    for _ in range(max(0, 10_000 - created)):  # top up to exactly 10,000 with feedback events
        desk.queue.give_feedback(5)
    with desk.db.engine.connect() as connection:
        created = connection.execute(select(func.count()).select_from(OutboxEvent)).scalar_one()
    assert created == 10_000, created

    faults = [REFUSE, ERROR_500, OK, BUSY_429, SLOW, OK, RESET_AFTER_COMMIT, DUPLICATE, GARBAGE, OK]
    proxy = FaultProxy(hub.url, cycle(faults, 400), slow_seconds=1.5)
    try:
        sync_until_done(engine_for(desk, proxy.url))
        assert pending_count(desk.db) == 0
        assert hub.event_count() == 10_000

        join(second_desk, hub)
        sync_until_done(engine_for(second_desk, proxy.url))
        assert site_log(second_desk) == site_log(desk)
        assert set(proxy.seen) >= set(faults)
    finally:
        proxy.close()


def sync_until_done(engine: SyncEngine, attempts: int = 300) -> None:
    """What the worker does, without its waits: try again after every failure."""
    for _ in range(attempts):
        try:
            engine.round()
        except HubUnavailable:
            continue
        if pending_count(engine.db) == 0:
            return
    raise AssertionError("the sync never finished")

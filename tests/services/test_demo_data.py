import time as stopwatch
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from guichet.domain.agent import Role
from guichet.domain.catalog import Catalog
from guichet.domain.opening_hours import WEEKDAYS, parse
from guichet.domain.report import compute
from guichet.domain.visit import AgeBand, Channel, DocumentStatus, Gender, Outcome
from guichet.paths import shipped_catalog_dir
from guichet.services.clock import to_local, utcnow
from guichet.services.demo_data import OPERATOR_WEIGHTS, generate_months
from guichet.services.desk import open_desk
from guichet.services.reports import Period, ReportService
from guichet.services.settings import SettingsService
from guichet.storage.models import DeskSession, Request, Visit

TODAY = date(2026, 10, 14)
#: August and September complete, October up to the 14th.
PERIOD = Period(date(2026, 8, 1), TODAY + timedelta(days=1))
WEEK = {
    "mon": "09:00 - 12:30 / 13:30 - 17:00",
    "tue": "09:00 - 12:30 / 13:30 - 17:00",
    "wed": "09:00 - 12:00",
    "thu": "13:30 - 18:00",
    "fri": "09:00 - 12:30 / 13:30 - 16:30",
    "sat": "09:00 - 12:00",
    "sun": "",
}


def set_hours(desk, week: dict[str, str]) -> None:
    manager = next(a for a in desk.auth.agents() if a.role is Role.MANAGER)
    SettingsService(desk.db).set_opening_hours(manager, week)


@pytest.fixture
def site(desk):
    """A usual site: three agents, a half-day on Wednesday and Saturday morning."""
    desk.auth.add_agent("Bea Agent", "5678", Role.AGENT)
    set_hours(desk, WEEK)
    return desk


@pytest.fixture
def generated(site):
    added = generate_months(site.db, site.site, site.catalog, 2, today=TODAY, seed=7)
    assert added > 0
    return site


def visits(desk) -> list[Visit]:
    with desk.db.session() as session:
        return list(
            session.scalars(
                select(Visit)
                .options(
                    selectinload(Visit.requests).selectinload(Request.documents),
                    selectinload(Visit.agent),
                )
                .order_by(Visit.started_at)
            )
        )


def sessions(desk) -> list[DeskSession]:
    with desk.db.session() as session:
        return list(session.scalars(select(DeskSession).order_by(DeskSession.started_at)))


def within(moment: datetime, text: str) -> bool:
    return any(start <= moment.time() <= end for start, end in parse(text))


def test_visits_fall_on_open_days_within_opening_hours(generated) -> None:
    rows = visits(generated)
    days = set()
    for visit in rows:
        started = to_local(visit.started_at)
        hours = WEEK[WEEKDAYS[started.weekday()]]
        assert hours, started
        assert PERIOD.start <= started.date() <= TODAY
        assert within(started, hours)
        if visit.channel == Channel.ON_SITE:
            arrived = to_local(visit.arrived_at)
            assert within(arrived, hours)
            assert timedelta(0) <= visit.started_at - visit.arrived_at <= timedelta(hours=1)
        else:
            assert visit.arrived_at is None  # calls are booked: no queue
        assert timedelta(minutes=3) <= visit.closed_at - visit.started_at <= timedelta(hours=2)
        assert visit.status == "closed"
        assert visit.note is None and visit.commune is None
        days.add(started.date())
    # Each open day of the period has visits, or almost each (a half-day may not be held).
    open_days = [d for d in PERIOD.days() if WEEK[WEEKDAYS[d.weekday()]]]
    assert len(days) >= 0.9 * len(open_days)
    assert 12 <= len(rows) / len(open_days) <= 30


def test_proportions_are_those_of_the_national_network(generated) -> None:
    indicators = compute(ReportService(generated.db, generated.site.id).rows(PERIOD))
    visits, requests = indicators.visits, indicators.requests
    assert 1.1 <= requests / visits <= 1.4
    assert 0.75 <= indicators.handled_on_site_share <= 0.90
    assert 0.78 <= indicators.by_channel[Channel.ON_SITE] / visits <= 0.92
    assert 0.07 <= indicators.by_channel[Channel.PHONE] / visits <= 0.18
    ages = {band: n for band, n in indicators.by_age.items() if band is not None}
    over_60 = (ages[AgeBand.AGE_60_69] + ages[AgeBand.AGE_70_PLUS]) / sum(ages.values())
    assert 0.42 <= over_60 <= 0.62
    assert 0.03 <= indicators.by_age[None] / visits <= 0.15
    genders = {g: n for g, n in indicators.by_gender.items() if g is not None}
    assert 0.49 <= genders[Gender.WOMAN] / sum(genders.values()) <= 0.63
    assert 0.22 <= indicators.by_first_visit[True] / visits <= 0.38
    assert 0.32 <= indicators.satisfaction_answers / visits <= 0.48
    assert indicators.satisfied_share >= 0.85
    assert 4 <= indicators.wait.median <= 13
    assert indicators.wait.p90 <= 50
    assert 12 <= indicators.handling.median <= 22
    assert indicators.handling.p90 <= 50
    top = [operator for operator, _ in indicators.by_operator.most_common(4)]
    assert {"caf", "assurance-maladie", "dgfip"} <= set(top)


def test_requests_follow_the_catalogue(generated) -> None:
    catalog = generated.catalog
    assert catalog.procedures, "the shipped catalogue should load"
    requests = [r for v in visits(generated) for r in v.requests]
    assert all(r.procedure_id for r in requests)
    must_come_back = 0
    for request in requests:
        procedure = catalog.procedures[request.procedure_id]
        assert request.operator_id == procedure.operator_id
        assert request.theme_id == procedure.theme_id
        assert request.procedure_title == procedure.title
        assert [d.label for d in request.documents] == [d.label for d in procedure.documents]
        statuses = {d.status for d in request.documents}
        if request.outcome == Outcome.MUST_COME_BACK and statuses - {"not_applicable"}:
            must_come_back += 1
            assert DocumentStatus.MISSING.value in statuses
        if request.outcome == Outcome.REFERRED:
            assert request.help_type in {"referral", "appointment", "information"}
    assert must_come_back
    checks = [d.status for r in requests for d in r.documents if d.status != "not_applicable"]
    assert checks.count("present") > 0.8 * len(checks)


def test_desk_sessions_hold_about_the_declared_hours(generated) -> None:
    reports = ReportService(generated.db, generated.site.id)
    held, declared = reports.hours_held(PERIOD), reports.hours_declared(PERIOD)
    assert 0.88 <= held / declared <= 1.02
    rows = sessions(generated)
    by_agent = defaultdict(list)
    per_day = defaultdict(int)
    for row in rows:
        assert row.ended_at == row.last_seen_at
        assert row.started_at < row.ended_at
        started = to_local(row.started_at)
        assert WEEK[WEEKDAYS[started.weekday()]]
        by_agent[row.agent_id].append((row.started_at, row.ended_at))
        per_day[row.agent_id, started.date()] += 1
    assert len(by_agent) == 3
    assert set(per_day.values()) <= {1, 2}
    # Every visit was taken by an agent logged in at the desk.
    for visit in visits(generated):
        assert any(
            start <= visit.started_at and visit.closed_at <= end
            for start, end in by_agent[visit.agent_id]
        )


def fingerprint(desk) -> list[tuple]:
    return [
        (
            v.agent.name,
            v.channel,
            v.arrived_at,
            v.started_at,
            v.closed_at,
            v.age_band,
            v.gender,
            v.first_visit,
            v.satisfaction,
            tuple(
                (
                    r.operator_id,
                    r.procedure_id,
                    r.help_type,
                    r.outcome,
                    *(d.status for d in r.documents),
                )
                for r in v.requests
            ),
        )
        for v in visits(desk)
    ]


def test_the_same_seed_gives_the_same_activity(generated, tmp_path) -> None:
    other = open_desk(tmp_path / "other", shipped_catalog_dir())
    try:
        other.create_site("France Services de Test", "Claire Manager", "1234")
        other.auth.add_agent("Alex Agent", "5678", Role.AGENT)
        other.auth.add_agent("Bea Agent", "5678", Role.AGENT)
        set_hours(other, WEEK)
        generate_months(other.db, other.site, other.catalog, 2, today=TODAY, seed=7)
        assert fingerprint(other) == fingerprint(generated)
        assert len(sessions(other)) == len(sessions(generated))
        before = fingerprint(other)
        generate_months(other.db, other.site, other.catalog, 0, today=TODAY, seed=8)
        # A second run adds to the first; another seed makes other visits.
        added = Counter(fingerprint(other)) - Counter(before)
        october = Counter(v for v in before if to_local(v[3]).month == 10)
        assert added.total() > 0
        assert added != october
    finally:
        other.close()


def test_the_current_month_stops_now(site) -> None:
    generate_months(site.db, site.site, site.catalog, 0)
    now = utcnow()
    assert all(v.closed_at <= now for v in visits(site))
    assert all(s.ended_at <= now for s in sessions(site))
    first = date.today().replace(day=1)
    assert all(to_local(v.started_at).date() >= first for v in visits(site))


def test_a_lone_agent_and_a_closed_week(tmp_path) -> None:
    desk = open_desk(tmp_path / "lone", shipped_catalog_dir())
    try:
        desk.create_site("France Services de Test", "Claire Manager", "1234")
        [manager] = desk.auth.agents()
        added = generate_months(desk.db, desk.site, desk.catalog, 1, today=TODAY)
        assert added > 0
        assert {v.agent_id for v in visits(desk)} == {manager.id}
        set_hours(desk, dict.fromkeys(WEEKDAYS, ""))
        assert generate_months(desk.db, desk.site, desk.catalog, 1, today=TODAY) == 0
        assert len(visits(desk)) == added
    finally:
        desk.close()


def test_without_a_catalogue_requests_name_an_operator_only(site) -> None:
    generate_months(site.db, site.site, Catalog.empty(), 0, today=TODAY)
    requests = [r for v in visits(site) for r in v.requests]
    assert requests
    assert {r.operator_id for r in requests} <= set(OPERATOR_WEIGHTS)
    assert all(r.procedure_id is None and not r.documents for r in requests)


def test_months_cannot_be_negative(site) -> None:
    with pytest.raises(ValueError):
        generate_months(site.db, site.site, site.catalog, -1)


def test_three_months_take_a_moment(site) -> None:
    started = stopwatch.perf_counter()
    added = generate_months(site.db, site.site, site.catalog, 3, today=TODAY)
    assert stopwatch.perf_counter() - started < 4
    assert added > 1000

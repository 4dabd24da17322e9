"""Months of invented, anonymous activity for a site: screenshots, trials, benchmarks.

The visits follow the site's declared opening hours, its agents and the
catalogue, in the proportions the national France Services network reports:
about 82 % of requests handled on site, 58 % of visitors over 55, 56 % women,
satisfaction above 90 %, opening hours held about 95 % of the time. Nothing
identifies anybody: no visitor name, no commune, no note.

Public holidays are worked like any other day, as the declared hours the
reports compare with do not leave them out either.

Rows go in with bulk inserts, one transaction per month, so a year of a busy
site (some 6,000 visits) takes about two seconds. The same seed gives the same
activity (the row ids aside, which are fresh UUIDs so that a second run adds
to the first instead of clashing with it).
"""

from __future__ import annotations

import calendar
import math
import random
import uuid
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate

from sqlalchemy import insert

from guichet.domain.catalog import Catalog, Origin, Procedure
from guichet.domain.opening_hours import WEEKDAYS, parse, public_holidays
from guichet.domain.visit import (
    AgeBand,
    Channel,
    DocumentStatus,
    Gender,
    HelpType,
    Outcome,
    VisitStatus,
)
from guichet.services.auth import AuthService
from guichet.services.settings import SettingsService
from guichet.services.site import SiteInfo
from guichet.storage.database import Database
from guichet.storage.models import DeskSession, DocumentCheck, Request, Visit

DEFAULT_SEED = 20261127

#: Visits on an ordinary 7-hour day with a full team (three agents or more).
VISITS_PER_DAY = 24
#: Busier at the start of the week, quieter on Friday and Saturday.
WEEKDAY_VOLUME = (1.15, 1.05, 0.9, 1.0, 0.95, 0.8, 0.8)
#: Income-tax season in spring, the September rentrée, quiet summer and Christmas.
MONTH_VOLUME = {
    1: 1.0,
    2: 0.95,
    3: 1.05,
    4: 1.1,
    5: 1.05,
    6: 1.0,
    7: 0.85,
    8: 0.7,
    9: 1.1,
    10: 1.05,
    11: 1.0,
    12: 0.85,
}

#: Shares of requests by operator on a typical site; operators the catalogue
#: lacks are left out, operators it has and this table lacks get OTHER_OPERATOR.
OPERATOR_WEIGHTS = {
    "caf": 20.0,
    "assurance-maladie": 17.0,
    "dgfip": 16.0,
    "france-titres": 13.0,
    "assurance-retraite": 9.0,
    "france-travail": 9.0,
    "msa": 4.0,
    "justice": 3.0,
    "mairie": 3.0,
    "la-poste": 2.0,
    "departement": 1.5,
    "ccas": 1.0,
    "banque-de-france": 0.7,
    "adil": 0.5,
    "mission-locale": 0.5,
}
OTHER_OPERATOR = 0.3
#: Month → factor: income-tax return and property tax, passports before summer,
#: the back-to-school allowance.
SEASONS = {
    "dgfip": {4: 2.0, 5: 2.0, 9: 1.3, 10: 1.2},
    "france-titres": {3: 1.3, 4: 1.4, 5: 1.4, 6: 1.3},
    "caf": {8: 1.2, 9: 1.3},
}

CHANNELS = ((Channel.ON_SITE, 85), (Channel.PHONE, 12), (Channel.VIDEO, 3))
REQUESTS_PER_VISIT = ((1, 80), (2, 16), (3, 4))
#: Completed + finishes alone = 82 %, the national share handled on site.
OUTCOMES = (
    (Outcome.COMPLETED, 62),
    (Outcome.FINISHES_ALONE, 20),
    (Outcome.MUST_COME_BACK, 10),
    (Outcome.REFERRED, 8),
)
#: Help given, by outcome: referral and appointment help mostly go with a visitor
#: referred elsewhere; an appointment booked may also complete a request.
HELP_BY_OUTCOME = {
    Outcome.COMPLETED: (
        (HelpType.INFORMATION, 22),
        (HelpType.ACCOMPANIED, 40),
        (HelpType.DIGITAL, 30),
        (HelpType.APPOINTMENT, 8),
    ),
    Outcome.FINISHES_ALONE: (
        (HelpType.INFORMATION, 45),
        (HelpType.ACCOMPANIED, 12),
        (HelpType.DIGITAL, 43),
    ),
    Outcome.MUST_COME_BACK: (
        (HelpType.INFORMATION, 25),
        (HelpType.ACCOMPANIED, 45),
        (HelpType.DIGITAL, 30),
    ),
    Outcome.REFERRED: (
        (HelpType.REFERRAL, 62),
        (HelpType.APPOINTMENT, 30),
        (HelpType.INFORMATION, 8),
    ),
}
#: Help where the visitor often came without the papers: fewer documents ticked.
LIGHT_HELP = frozenset({HelpType.INFORMATION, HelpType.REFERRAL, HelpType.APPOINTMENT})

#: Among those who say, 60+ ≈ 50 % (so 55+ ≈ 58 %); 8 % not given.
AGES = (
    (None, 8.0),
    (AgeBand.UNDER_18, 1.0),
    (AgeBand.AGE_18_24, 5.5),
    (AgeBand.AGE_25_39, 14.0),
    (AgeBand.AGE_40_59, 22.5),
    (AgeBand.AGE_60_69, 23.0),
    (AgeBand.AGE_70_PLUS, 26.0),
)
#: Operators whose public is clearly older or younger than the average.
AGES_BY_OPERATOR = {
    "assurance-retraite": (
        (None, 6.0),
        (AgeBand.AGE_40_59, 18.0),
        (AgeBand.AGE_60_69, 42.0),
        (AgeBand.AGE_70_PLUS, 34.0),
    ),
    "mission-locale": ((None, 5.0), (AgeBand.UNDER_18, 20.0), (AgeBand.AGE_18_24, 75.0)),
    "france-travail": (
        (None, 8.0),
        (AgeBand.AGE_18_24, 17.0),
        (AgeBand.AGE_25_39, 35.0),
        (AgeBand.AGE_40_59, 35.0),
        (AgeBand.AGE_60_69, 5.0),
    ),
}
#: Women are 56 % of those who say.
GENDERS = ((None, 7.0), (Gender.WOMAN, 52.0), (Gender.MAN, 40.5), (Gender.OTHER, 0.5))
FIRST_VISIT = ((True, 30), (False, 62), (None, 8))

#: The share of visitors who answer the satisfaction faces, by channel.
SATISFACTION_ANSWERED = {Channel.ON_SITE: 0.45, Channel.PHONE: 0.15, Channel.VIDEO: 0.15}
SATISFACTION = ((5, 73.0), (4, 21.0), (3, 3.5), (2, 1.5), (1, 1.0))
SATISFACTION_UNSOLVED = ((5, 58.0), (4, 30.0), (3, 7.0), (2, 3.0), (1, 2.0))

#: Minutes: median waiting time before the queue adds its share, and its spread.
WAIT_MEDIAN, WAIT_SIGMA, WAIT_MAX = 5.5, 0.85, 60.0
#: Minutes: median handling time of a one-request visit, by channel.
HANDLING_MEDIAN = {Channel.ON_SITE: 15.0, Channel.PHONE: 11.0, Channel.VIDEO: 20.0}
HANDLING_SIGMA, EXTRA_REQUEST = 0.5, 7.0

#: The share of a full team's visitors that a half-day with 1 or 2 agents sees.
STAFF = {1: 0.5, 2: 0.85}
#: An agent works a given day (leave, part time, training, outreach).
AGENT_PRESENT = 0.9
#: A present agent holds a given half-day.
AGENT_HALF_DAY = 0.96
#: A half-day nobody held, opened late, closed early.
RANGE_NOT_HELD, LATE_OPENING, EARLY_CLOSING = 0.025, 0.12, 0.12


@dataclass
class _Rows:
    visits: list[dict] = field(default_factory=list)
    requests: list[dict] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    sessions: list[dict] = field(default_factory=list)


class _Weighted:
    """A fixed weighted choice, drawn with one call to the generator."""

    def __init__(self, pairs: Sequence[tuple[object, float]]) -> None:
        self.values = [value for value, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))
        self.total = self.cumulative[-1]
        self.last = len(self.values) - 1

    def __call__(self, rng: random.Random):
        index = bisect(self.cumulative, rng.random() * self.total, 0, self.last)
        return self.values[index]


@dataclass
class _Generator:
    rng: random.Random
    site: SiteInfo
    agents: list[str]
    catalog: Catalog
    now: datetime | None
    rows: _Rows = field(default_factory=_Rows)

    def __post_init__(self) -> None:
        self.procedures: dict[str, _Weighted] = {}
        weights: dict[str, float] = {}
        for operator_id in sorted(self.catalog.operators):
            weights[operator_id] = OPERATOR_WEIGHTS.get(operator_id, OTHER_OPERATOR)
            procedures = [
                p
                for p in self.catalog.procedures.values()
                if p.operator_id == operator_id and p.origin is not Origin.REFERENCE
            ]
            if procedures:
                # The first procedures of an operator's file are its everyday ones.
                self.procedures[operator_id] = _Weighted(
                    [(p, 1 / (rank + 1) ** 0.7) for rank, p in enumerate(procedures)]
                )
        # With no catalogue at all, requests name an operator and no procedure.
        self.operator_weights = weights or dict(OPERATOR_WEIGHTS)
        self.channel = _Weighted(CHANNELS)
        self.request_count = _Weighted(REQUESTS_PER_VISIT)
        self.outcome = _Weighted(OUTCOMES)
        self.help = {outcome: _Weighted(pairs) for outcome, pairs in HELP_BY_OUTCOME.items()}
        self.age = _Weighted(AGES)
        self.age_by_operator = {op: _Weighted(pairs) for op, pairs in AGES_BY_OPERATOR.items()}
        self.gender = _Weighted(GENDERS)
        self.first_visit = _Weighted(FIRST_VISIT)
        self.satisfaction = _Weighted(SATISFACTION)
        self.satisfaction_unsolved = _Weighted(SATISFACTION_UNSOLVED)
        self.operator = _Weighted(list(self.operator_weights.items()))

    def month(self, first: date, last: date, week: dict[str, list[tuple[time, time]]]) -> None:
        # The operators' shares of this month of the year.
        self.operator = _Weighted(
            [
                (op, weight * SEASONS.get(op, {}).get(first.month, 1.0))
                for op, weight in self.operator_weights.items()
            ]
        )
        closed = public_holidays({first.year, last.year})
        day = first
        while day <= last:
            ranges = week[WEEKDAYS[day.weekday()]]
            if ranges and day not in closed:
                self.day(day, ranges)
            day += timedelta(days=1)

    # -- one open day ---------------------------------------------------------

    def day(self, day: date, ranges: list[tuple[time, time]]) -> None:
        rng = self.rng
        working = [a for a in self.agents if rng.random() < AGENT_PRESENT]
        if not working:
            working = [rng.choice(self.agents)]
        # Visits per open minute with a full team: the day's own mood, then the
        # staff of each half-day (a lone agent sees fewer visitors).
        rate = (
            max(0.3, rng.gauss(1.0, 0.15))
            * VISITS_PER_DAY
            / 420
            * WEEKDAY_VOLUME[day.weekday()]
            * MONTH_VOLUME[day.month]
        )
        midnight = datetime.combine(day, time())
        for start, end in ranges:
            self.half_day(midnight, _minutes(start), _minutes(end), working, rate)

    def half_day(
        self, midnight: datetime, opens: float, closes: float, working: list[str], rate: float
    ) -> None:
        rng = self.rng
        if rng.random() < RANGE_NOT_HELD:
            return
        held_from = opens + min(max(rng.gauss(-2, 3), -10), 5)
        if rng.random() < LATE_OPENING:
            held_from = opens + rng.uniform(10, 45)
        held_to = closes + min(max(rng.gauss(1, 3), -5), 10)
        if rng.random() < EARLY_CLOSING:
            held_to = closes - rng.uniform(10, 60)
        if held_to - held_from < 30:
            return
        present = [a for a in working if rng.random() < AGENT_HALF_DAY]
        lead = rng.choice(working)
        if lead not in present:
            present.append(lead)
        # The lead agent opens and closes; the others come and go within.
        shifts = {
            agent: (held_from, held_to)
            if agent == lead
            else (held_from + rng.uniform(0, 10), held_to - rng.uniform(0, 10))
            for agent in present
        }
        expected = rate * (closes - opens) * STAFF.get(len(present), 1.0)
        count = max(0, round(rng.gauss(expected, math.sqrt(expected))))
        free = {agent: shift[0] for agent, shift in shifts.items()}
        last = dict(free)
        first_arrival = max(opens, held_from)
        last_arrival = min(closes, held_to) - 15
        if last_arrival <= first_arrival:
            count = 0
        queue = []
        span = last_arrival - first_arrival
        for _ in range(count):
            # Steady through the half-day, busier in its first half.
            arrival = (
                rng.uniform(first_arrival, last_arrival)
                if rng.random() < 0.5
                else rng.triangular(first_arrival, last_arrival, first_arrival + 0.35 * span)
            )
            channel = self.channel(rng)
            ready = arrival  # phone and video calls are booked: no wait
            if channel is Channel.ON_SITE:
                ready += min(rng.lognormvariate(math.log(WAIT_MEDIAN), WAIT_SIGMA), WAIT_MAX)
            queue.append((ready, arrival, channel))
        # Called in the order they are ready, by the agent free first.
        for ready, arrival, channel in sorted(queue, key=lambda v: v[0]):
            agent = min(present, key=lambda a: max(ready, free[a]))
            started = max(ready, free[agent])
            if started - arrival > WAIT_MAX or started > shifts[agent][1] - 10:
                continue  # the visitor gave up, or was asked to come back
            requests = self.request_count(rng)
            handling = rng.lognormvariate(math.log(HANDLING_MEDIAN[channel]), HANDLING_SIGMA)
            handling = min(max(handling + EXTRA_REQUEST * (requests - 1), 3.0), 90.0)
            closed = started + handling
            free[agent] = closed + rng.uniform(0.5, 3)
            last[agent] = closed
            self.visit(
                midnight,
                agent,
                channel,
                arrival if channel is Channel.ON_SITE else None,
                started,
                closed,
                requests,
            )
        for agent, (start, end) in shifts.items():
            # Nobody logs out in the middle of a visit.
            self.session(midnight, agent, start, max(end, last[agent] + rng.uniform(1, 3)))

    # -- rows -----------------------------------------------------------------

    def visit(
        self,
        midnight: datetime,
        agent: str,
        channel: Channel,
        arrived: float | None,
        started: float,
        closed: float,
        count: int,
    ) -> None:
        rng = self.rng
        visit_id = str(uuid.uuid4())
        requests: list[dict] = []
        documents: list[dict] = []
        operator = None
        for position in range(count):
            # A second request is often for the same operator (RSA, then prime d'activité).
            if operator is None or rng.random() >= 0.4:
                operator = self.operator(rng)
            self.request(visit_id, position, operator, requests, documents)
        outcomes = {r["outcome"] for r in requests}
        age = self.age_by_operator.get(requests[0]["operator_id"], self.age)(rng)
        gender = self.gender(rng)
        first_visit = self.first_visit(rng)
        satisfaction = None
        if rng.random() < SATISFACTION_ANSWERED[channel]:
            unsolved = outcomes & {Outcome.MUST_COME_BACK.value, Outcome.REFERRED.value}
            satisfaction = (self.satisfaction_unsolved if unsolved else self.satisfaction)(rng)
        if self.now is not None and _local(midnight, closed) > self.now:
            return
        self.rows.visits.append(
            {
                "id": visit_id,
                "site_id": self.site.id,
                "workstation_id": self.site.workstation_id,
                "agent_id": agent,
                "channel": channel.value,
                "arrived_at": _utc(midnight, arrived) if arrived is not None else None,
                "started_at": _utc(midnight, started),
                "closed_at": _utc(midnight, closed),
                "updated_at": _utc(midnight, closed),
                "status": VisitStatus.CLOSED.value,
                "age_band": age.value if age else None,
                "gender": gender.value if gender else None,
                "commune": None,
                "first_visit": first_visit,
                "satisfaction": satisfaction,
                "note": None,
            }
        )
        self.rows.requests.extend(requests)
        self.rows.documents.extend(documents)

    def request(
        self,
        visit_id: str,
        position: int,
        operator: str,
        requests: list[dict],
        documents: list[dict],
    ) -> None:
        rng = self.rng
        procedures = self.procedures.get(operator)
        procedure: Procedure | None = None
        if procedures is not None:
            # Two requests of one visit are two different procedures, when there are.
            taken = {r["procedure_id"] for r in requests}
            for _ in range(4):
                procedure = procedures(rng)
                if procedure.id not in taken:
                    break
        outcome = self.outcome(rng)
        help_type = self.help[outcome](rng)
        request_id = str(uuid.uuid4())
        if procedure is not None:
            for index, (label, status) in enumerate(self.checklist(procedure, outcome, help_type)):
                documents.append(
                    {
                        "id": str(uuid.uuid4()),
                        "request_id": request_id,
                        "position": index,
                        "label": label,
                        "status": status.value,
                    }
                )
        requests.append(
            {
                "id": request_id,
                "visit_id": visit_id,
                "position": position,
                "operator_id": operator,
                "procedure_id": procedure.id if procedure else None,
                "procedure_title": procedure.title if procedure else None,
                "theme_id": procedure.theme_id if procedure else None,
                "help_type": help_type.value,
                "outcome": outcome.value,
            }
        )

    def checklist(
        self, procedure: Procedure, outcome: Outcome, help_type: HelpType
    ) -> list[tuple[str, DocumentStatus]]:
        """Every line of the checklist, as the desk saves it: ticked, missing, or
        ruled out by the visitor's answers to the procedure's questions."""
        rng = self.rng
        if not procedure.documents:
            return []
        answers = {c: rng.random() < 0.5 for c in procedure.condition_ids() if rng.random() < 0.8}
        present = 0.75 if help_type in LIGHT_HELP else 0.96
        statuses = [
            DocumentStatus.NOT_APPLICABLE
            if not d.applies(answers)
            else DocumentStatus.PRESENT
            if rng.random() < present
            else DocumentStatus.MISSING
            for d in procedure.documents
        ]
        if outcome is Outcome.MUST_COME_BACK:
            applicable = [
                i for i, s in enumerate(statuses) if s is not DocumentStatus.NOT_APPLICABLE
            ]
            for index in rng.sample(applicable, min(len(applicable), 1 + (rng.random() < 0.3))):
                statuses[index] = DocumentStatus.MISSING
        return [(d.label, s) for d, s in zip(procedure.documents, statuses, strict=True)]

    def session(self, midnight: datetime, agent: str, start: float, end: float) -> None:
        started_at, ended_at = _local(midnight, start), _local(midnight, end)
        if self.now is not None:
            if started_at > self.now:
                return
            # Today's sessions end now: the desk's own session takes over from here.
            ended_at = min(ended_at, self.now)
        ended = _to_utc(ended_at)
        self.rows.sessions.append(
            {
                "id": str(uuid.uuid4()),
                "site_id": self.site.id,
                "workstation_id": self.site.workstation_id,
                "agent_id": agent,
                "started_at": _utc(midnight, start),
                "last_seen_at": ended,
                "ended_at": ended,
            }
        )


def generate_months(
    db: Database,
    site: SiteInfo,
    catalog: Catalog,
    months: int,
    today: date | None = None,
    seed: int = DEFAULT_SEED,
) -> int:
    """Fill the site with the last ``months`` complete months of activity and the
    current month up to ``today`` (default: now, and nothing after now).

    Adds to what the site already has. Returns the number of visits added.
    """
    if months < 0:
        raise ValueError("months")
    agents = [agent.id for agent in AuthService(db, site.id).agents()]
    if not agents:
        raise ValueError("agents")
    week = {day: parse(text) for day, text in SettingsService(db).opening_hours().items()}
    real_today = date.today()
    now = datetime.now() if today is None or today == real_today else None
    today = today or real_today
    generator = _Generator(random.Random(seed), site, agents, catalog, now)
    added = 0
    for first, last in _months(today, months):
        generator.rows = _Rows()
        generator.month(first, last, week)
        rows = generator.rows
        with db.session() as session:
            for model, values in (
                (Visit, rows.visits),
                (Request, rows.requests),
                (DocumentCheck, rows.documents),
                (DeskSession, rows.sessions),
            ):
                if values:
                    session.execute(insert(model.__table__), values)
        added += len(rows.visits)
    return added


def _months(today: date, months: int) -> list[tuple[date, date]]:
    """First and last day of each month, the oldest first, the current one cut at today."""
    spans = []
    for back in range(months, -1, -1):
        index = today.year * 12 + today.month - 1 - back
        year, month = divmod(index, 12)
        first = date(year, month + 1, 1)
        last = first.replace(day=calendar.monthrange(year, month + 1)[1])
        spans.append((first, min(last, today)))
    return spans


def _minutes(moment: time) -> float:
    return moment.hour * 60 + moment.minute


def _local(midnight: datetime, minutes: float) -> datetime:
    """Local wall-clock time, to the second, ``minutes`` after that day's midnight."""
    return midnight + timedelta(seconds=round(minutes * 60))


def _to_utc(local: datetime) -> datetime:
    """Naive local time → naive UTC, as stored (see services.clock)."""
    return local.astimezone(UTC).replace(tzinfo=None)


def _utc(midnight: datetime, minutes: float) -> datetime:
    return _to_utc(_local(midnight, minutes))

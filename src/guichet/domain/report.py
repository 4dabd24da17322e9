"""The network's quality indicators, computed from plain rows (one per request).

Visit-level figures (waits, handling time, profile, satisfaction) count each
visit once, whatever its number of requests.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from guichet.domain.visit import HANDLED_ON_SITE, AgeBand, Channel, Gender, HelpType, Outcome

SATISFIED = 4  # 4 and 5 on the five faces count as satisfied


@dataclass(frozen=True)
class RequestRow:
    """One request of a closed visit, as exported and as counted."""

    visit_id: str
    request_id: str
    closed_at: datetime
    started_at: datetime
    arrived_at: datetime | None
    agent: str
    channel: Channel
    age_band: AgeBand | None
    gender: Gender | None
    commune: str | None
    first_visit: bool | None
    satisfaction: int | None
    operator_id: str
    theme_id: str | None
    procedure_id: str | None
    procedure_title: str | None
    help_type: HelpType
    outcome: Outcome
    documents_present: int = 0
    documents_missing: int = 0

    @property
    def wait_minutes(self) -> float | None:
        if self.arrived_at is None:
            return None
        return max((self.started_at - self.arrived_at).total_seconds(), 0) / 60

    @property
    def handling_minutes(self) -> float:
        return max((self.closed_at - self.started_at).total_seconds(), 0) / 60


@dataclass(frozen=True)
class Spread:
    """Median and 90th percentile of a duration, in minutes (None when no data)."""

    median: float | None = None
    p90: float | None = None
    count: int = 0

    @classmethod
    def of(cls, values: list[float]) -> Spread:
        if not values:
            return cls()
        if len(values) == 1:
            return cls(values[0], values[0], 1)
        p90 = statistics.quantiles(values, n=10, method="inclusive")[-1]
        return cls(statistics.median(values), p90, len(values))


@dataclass(frozen=True)
class Indicators:
    visits: int = 0
    requests: int = 0
    by_operator: Counter[str] = field(default_factory=Counter)
    by_theme: Counter[str] = field(default_factory=Counter)
    by_channel: Counter[Channel] = field(default_factory=Counter)
    by_help: Counter[HelpType] = field(default_factory=Counter)
    by_outcome: Counter[Outcome] = field(default_factory=Counter)
    handled_on_site: int = 0
    referrals: int = 0
    appointments: int = 0
    missing_documents: int = 0
    wait: Spread = field(default_factory=Spread)
    handling: Spread = field(default_factory=Spread)
    by_age: Counter[AgeBand | None] = field(default_factory=Counter)
    by_gender: Counter[Gender | None] = field(default_factory=Counter)
    by_first_visit: Counter[bool | None] = field(default_factory=Counter)
    satisfaction_answers: int = 0
    satisfied: int = 0
    hours_held: float | None = None
    hours_declared: float | None = None

    @property
    def handled_on_site_share(self) -> float | None:
        return _share(self.handled_on_site, self.requests)

    @property
    def satisfied_share(self) -> float | None:
        return _share(self.satisfied, self.satisfaction_answers)

    @property
    def hours_held_share(self) -> float | None:
        if not self.hours_declared or self.hours_held is None:
            return None
        return self.hours_held / self.hours_declared


def compute(
    rows: Iterable[RequestRow],
    hours_held: float | None = None,
    hours_declared: float | None = None,
) -> Indicators:
    by_operator: Counter[str] = Counter()
    by_theme: Counter[str] = Counter()
    by_channel: Counter[Channel] = Counter()
    by_help: Counter[HelpType] = Counter()
    by_outcome: Counter[Outcome] = Counter()
    by_age: Counter[AgeBand | None] = Counter()
    by_gender: Counter[Gender | None] = Counter()
    by_first: Counter[bool | None] = Counter()
    waits: list[float] = []
    handling: list[float] = []
    satisfaction: list[int] = []
    visits: set[str] = set()
    requests = referrals = appointments = missing = 0
    for row in rows:
        requests += 1
        by_operator[row.operator_id] += 1
        by_theme[row.theme_id or ""] += 1
        by_help[row.help_type] += 1
        by_outcome[row.outcome] += 1
        referrals += row.help_type is HelpType.REFERRAL or row.outcome is Outcome.REFERRED
        appointments += row.help_type is HelpType.APPOINTMENT
        missing += row.outcome is Outcome.MUST_COME_BACK
        if row.visit_id in visits:
            continue
        visits.add(row.visit_id)
        by_channel[row.channel] += 1
        by_age[row.age_band] += 1
        by_gender[row.gender] += 1
        by_first[row.first_visit] += 1
        handling.append(row.handling_minutes)
        if (wait := row.wait_minutes) is not None:
            waits.append(wait)
        if row.satisfaction is not None:
            satisfaction.append(row.satisfaction)
    return Indicators(
        visits=len(visits),
        requests=requests,
        by_operator=by_operator,
        by_theme=by_theme,
        by_channel=by_channel,
        by_help=by_help,
        by_outcome=by_outcome,
        handled_on_site=sum(by_outcome[o] for o in HANDLED_ON_SITE),
        referrals=referrals,
        appointments=appointments,
        missing_documents=missing,
        wait=Spread.of(waits),
        handling=Spread.of(handling),
        by_age=by_age,
        by_gender=by_gender,
        by_first_visit=by_first,
        satisfaction_answers=len(satisfaction),
        satisfied=sum(1 for s in satisfaction if s >= SATISFIED),
        hours_held=hours_held,
        hours_declared=hours_declared,
    )


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None

"""Indicators on a hand-built month whose answers are known."""

from datetime import datetime, timedelta

import pytest

from guichet.domain.report import RequestRow, Spread, compute
from guichet.domain.visit import AgeBand, Channel, Gender, HelpType, Outcome

T0 = datetime(2026, 10, 5, 9, 0)


def row(visit: str, number: int = 0, **values) -> RequestRow:
    base = {
        "visit_id": visit,
        "request_id": f"{visit}-{number}",
        "arrived_at": T0,
        "started_at": T0 + timedelta(minutes=10),
        "closed_at": T0 + timedelta(minutes=30),
        "agent": "Alex",
        "channel": Channel.ON_SITE,
        "age_band": None,
        "gender": None,
        "commune": None,
        "first_visit": None,
        "satisfaction": None,
        "operator_id": "caf",
        "theme_id": "social-sante",
        "procedure_id": "caf-rsa",
        "procedure_title": "Demande de RSA",
        "help_type": HelpType.ACCOMPANIED,
        "outcome": Outcome.COMPLETED,
    }
    base.update(values)
    return RequestRow(**base)


def month() -> list[RequestRow]:
    """Five visits, seven requests."""
    return [
        # v1: two requests, waited 10 min, handled 20 min, happy woman 60-69
        row(
            "v1",
            0,
            age_band=AgeBand.AGE_60_69,
            gender=Gender.WOMAN,
            satisfaction=5,
            first_visit=True,
        ),
        row(
            "v1",
            1,
            operator_id="dgfip",
            theme_id="argent-impots",
            outcome=Outcome.FINISHES_ALONE,
            age_band=AgeBand.AGE_60_69,
            gender=Gender.WOMAN,
            satisfaction=5,
            first_visit=True,
        ),
        # v2: referred, waited 0, handled 5 min, by phone, unhappy man
        row(
            "v2",
            started_at=T0,
            closed_at=T0 + timedelta(minutes=5),
            channel=Channel.PHONE,
            help_type=HelpType.REFERRAL,
            outcome=Outcome.REFERRED,
            gender=Gender.MAN,
            satisfaction=2,
        ),
        # v3: must come back, waited 30, handled 40
        row(
            "v3",
            started_at=T0 + timedelta(minutes=30),
            closed_at=T0 + timedelta(minutes=70),
            outcome=Outcome.MUST_COME_BACK,
            operator_id="france-titres",
            theme_id="papiers-citoyennete",
            first_visit=False,
        ),
        # v4: appointment booked, two requests, no arrival time known
        row(
            "v4",
            0,
            arrived_at=None,
            help_type=HelpType.APPOINTMENT,
            outcome=Outcome.COMPLETED,
            channel=Channel.VIDEO,
        ),
        row("v4", 1, arrived_at=None, outcome=Outcome.MUST_COME_BACK),
        # v5: digital help, finishes alone, waited 20, handled 10, satisfied
        row(
            "v5",
            started_at=T0 + timedelta(minutes=20),
            closed_at=T0 + timedelta(minutes=30),
            help_type=HelpType.DIGITAL,
            outcome=Outcome.FINISHES_ALONE,
            satisfaction=4,
            age_band=AgeBand.AGE_25_39,
        ),
    ]


def test_counts_and_shares() -> None:
    figures = compute(month(), hours_held=140.0, hours_declared=150.0)
    assert (figures.visits, figures.requests) == (5, 7)
    assert figures.handled_on_site == 4  # v1×2 (completed, alone), v4 completed, v5 alone
    assert figures.handled_on_site_share == pytest.approx(4 / 7)
    assert figures.referrals == 1 and figures.appointments == 1
    assert figures.missing_documents == 2
    assert figures.by_operator == {"caf": 5, "dgfip": 1, "france-titres": 1}
    assert figures.by_channel == {Channel.ON_SITE: 3, Channel.PHONE: 1, Channel.VIDEO: 1}
    assert figures.by_outcome[Outcome.MUST_COME_BACK] == 2
    assert figures.hours_held_share == pytest.approx(140 / 150)


def test_profile_counts_each_visit_once() -> None:
    figures = compute(month())
    assert figures.by_gender == {Gender.WOMAN: 1, Gender.MAN: 1, None: 3}
    assert figures.by_age[AgeBand.AGE_60_69] == 1
    assert figures.by_first_visit == {True: 1, False: 1, None: 3}


def test_waits_handling_and_satisfaction() -> None:
    figures = compute(month())
    # waits known for v1 (10), v2 (0), v3 (30), v5 (20): median 15, p90 27 (inclusive)
    assert figures.wait == Spread(median=15.0, p90=pytest.approx(27.0), count=4)
    # handling: v1 20, v2 5, v3 40, v4 20, v5 10 → median 20, p90 32
    assert figures.handling.median == 20.0
    assert figures.handling.p90 == pytest.approx(32.0)
    # satisfaction answered by v1 (5), v2 (2), v5 (4): 2 of 3 satisfied
    assert (figures.satisfaction_answers, figures.satisfied) == (3, 2)


def test_an_empty_month_has_no_shares() -> None:
    figures = compute([])
    assert figures.visits == 0
    assert figures.handled_on_site_share is None
    assert figures.wait == Spread()

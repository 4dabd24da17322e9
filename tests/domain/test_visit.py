from datetime import datetime

import pytest

from guichet.domain.visit import (
    Channel,
    HelpType,
    InvalidVisit,
    Outcome,
    RequestDraft,
    VisitDraft,
    VisitStatus,
    VisitSummary,
    day_totals,
    is_insee_code,
)


def request(outcome=Outcome.COMPLETED, **kwargs) -> RequestDraft:
    values = {"operator_id": "caf", "help_type": HelpType.INFORMATION, "outcome": outcome}
    values.update(kwargs)
    return RequestDraft(**values)


@pytest.mark.parametrize(
    ("code", "valid"),
    [("25388", True), ("2A004", True), ("2b033", True), ("7510", False), ("ABCDE", False)],
)
def test_insee_codes(code: str, valid: bool) -> None:
    assert is_insee_code(code) is valid


@pytest.mark.parametrize(
    ("draft", "code", "index"),
    [
        (VisitDraft(), "no_request", None),
        (VisitDraft(requests=[request(), request(operator_id=None)]), "operator", 1),
        (VisitDraft(requests=[request(help_type=None)]), "help_type", 0),
        (VisitDraft(requests=[request(outcome=None)]), "outcome", 0),
        (VisitDraft(commune="123", requests=[request()]), "commune", None),
    ],
)
def test_incomplete_visits_say_what_is_missing(draft, code, index) -> None:
    with pytest.raises(InvalidVisit) as raised:
        draft.validate()
    assert (raised.value.code, raised.value.request_index) == (code, index)


def summary(status: VisitStatus, *outcomes: Outcome) -> VisitSummary:
    return VisitSummary(
        id="x",
        closed_at=datetime(2026, 11, 27, 10, 0),
        agent_name="A",
        channel=Channel.ON_SITE,
        status=status,
        procedures=("p",) * len(outcomes),
        operators=("caf",) * len(outcomes),
        help_types=(HelpType.INFORMATION,) * len(outcomes),
        outcomes=outcomes,
    )


def test_day_totals_skip_cancelled_visits_and_count_handled_on_site() -> None:
    totals = day_totals(
        [
            summary(VisitStatus.CLOSED, Outcome.COMPLETED, Outcome.REFERRED),
            summary(VisitStatus.CLOSED, Outcome.FINISHES_ALONE),
            summary(VisitStatus.CANCELLED, Outcome.COMPLETED),
        ]
    )
    assert (totals.visits, totals.requests, totals.handled_on_site) == (2, 3, 2)
    assert totals.handled_on_site_share == pytest.approx(2 / 3)
    assert day_totals([]).handled_on_site_share is None

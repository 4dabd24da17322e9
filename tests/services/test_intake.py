from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import text

from guichet.domain.visit import (
    AgeBand,
    DocumentCheckDraft,
    DocumentStatus,
    HelpType,
    InvalidVisit,
    Outcome,
    RequestDraft,
    VisitDraft,
    VisitStatus,
)
from guichet.services.clock import utcnow
from guichet.services.intake import VisitNotEditable


def rsa_visit(**profile) -> VisitDraft:
    return VisitDraft(
        requests=[
            RequestDraft(
                operator_id="caf",
                procedure_id="caf-rsa",
                procedure_title="Demande de RSA",
                theme_id="social-sante",
                help_type=HelpType.ACCOMPANIED,
                outcome=Outcome.COMPLETED,
                documents=[
                    DocumentCheckDraft("Pièce d'identité", DocumentStatus.PRESENT),
                    DocumentCheckDraft("RIB", DocumentStatus.MISSING),
                ],
            )
        ],
        **profile,
    )


@pytest.fixture
def agent(desk):
    return desk.auth.agents()[0]


def test_recorded_visit_reads_back_whole(desk, agent) -> None:
    visit_id = desk.intake.record(
        agent.id, rsa_visit(age_band=AgeBand.AGE_60_69, commune="25388"), utcnow()
    )
    draft = desk.intake.draft(visit_id)
    assert draft == rsa_visit(age_band=AgeBand.AGE_60_69, commune="25388")
    [summary] = desk.intake.day()
    assert summary.procedures == ("Demande de RSA",)
    assert summary.agent_name == agent.name


def test_invalid_visit_is_not_saved(desk, agent) -> None:
    with pytest.raises(InvalidVisit):
        desk.intake.record(agent.id, VisitDraft(), utcnow())
    assert desk.intake.day() == []


def test_correction_replaces_the_requests(desk, agent) -> None:
    visit_id = desk.intake.record(agent.id, rsa_visit(), utcnow())
    corrected = rsa_visit()
    corrected.requests[0].outcome = Outcome.MUST_COME_BACK
    corrected.requests.append(
        RequestDraft(operator_id="dgfip", help_type=HelpType.INFORMATION, outcome=Outcome.COMPLETED)
    )
    desk.intake.correct(visit_id, corrected)
    assert desk.intake.draft(visit_id) == corrected
    with desk.db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM request")).scalar() == 2
        assert connection.execute(text("SELECT count(*) FROM document_check")).scalar() == 2


def test_cancelled_visit_stays_listed_but_marked(desk, agent) -> None:
    visit_id = desk.intake.record(agent.id, rsa_visit(), utcnow())
    desk.intake.cancel(visit_id)
    [summary] = desk.intake.day()
    assert summary.status is VisitStatus.CANCELLED


def test_yesterdays_visit_cannot_be_changed(desk, agent) -> None:
    day = date.today() - timedelta(days=1)
    noon = datetime.combine(day, time(12)).astimezone(UTC).replace(tzinfo=None)
    visit_id = desk.intake.record(agent.id, rsa_visit(), noon, closed_at=noon)
    assert desk.intake.day() == []
    assert [v.id for v in desk.intake.day(day)] == [visit_id]
    with pytest.raises(VisitNotEditable):
        desk.intake.cancel(visit_id)
    with pytest.raises(VisitNotEditable):
        desk.intake.correct(visit_id, rsa_visit())

from datetime import timedelta

from sqlalchemy import text

from guichet.domain.queue import TicketSource, TicketStatus
from guichet.domain.visit import HelpType, Outcome, RequestDraft, VisitDraft
from guichet.services.clock import utcnow
from guichet.services.queue import QueueService


def test_tickets_are_numbered_per_source_and_served_in_order(desk) -> None:
    queue = QueueService(desk.db, desk.site.id)
    first = queue.take(TicketSource.KIOSK, theme_id="social-sante")
    second = queue.take(TicketSource.DESK)
    third = queue.take(TicketSource.KIOSK)
    assert (first.code, second.code, third.code) == ("A-001", "G-001", "A-002")
    assert [t.code for t in queue.waiting()] == ["A-001", "G-001", "A-002"]

    agent = desk.auth.agents()[0]
    called = queue.call_next(agent.id, desk.site.workstation_id)
    assert called.code == "A-001" and called.status is TicketStatus.CALLED
    assert [t.code for t in queue.waiting()] == ["G-001", "A-002"]
    assert queue.recently_called()[0].code == "A-001"


def test_a_called_ticket_gives_the_visit_its_waiting_time(desk) -> None:
    queue = QueueService(desk.db, desk.site.id)
    ticket = queue.take(TicketSource.KIOSK)
    with desk.db.engine.begin() as connection:  # the visitor waited 12 minutes
        connection.execute(
            text("UPDATE ticket SET taken_at = :t WHERE id = :id"),
            {"t": utcnow() - timedelta(minutes=12), "id": ticket.id},
        )
    agent = desk.auth.agents()[0]
    queue.call_next(agent.id, desk.site.workstation_id)
    draft = VisitDraft(
        requests=[
            RequestDraft(
                operator_id="caf", help_type=HelpType.INFORMATION, outcome=Outcome.COMPLETED
            )
        ]
    )
    visit_id = desk.intake.record(agent.id, draft, utcnow(), ticket_id=ticket.id)

    from guichet.services.reports import Period, ReportService

    today = f"{utcnow():%Y-%m}"
    [row] = [
        r
        for r in ReportService(desk.db, desk.site.id).rows(Period.month(today))
        if r.visit_id == visit_id
    ]
    assert 11.5 <= row.wait_minutes <= 12.5
    assert queue.waiting() == []


def test_feedback_scores_are_checked(desk) -> None:
    import pytest

    queue = QueueService(desk.db, desk.site.id)
    queue.give_feedback(5)
    with pytest.raises(ValueError):
        queue.give_feedback(6)

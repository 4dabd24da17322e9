from datetime import timedelta

from sqlalchemy import text

from guichet.domain.visit import HelpType, Outcome, RequestDraft, VisitDraft
from guichet.services.clock import utcnow
from guichet.services.retention import purge_notes
from guichet.services.settings import SettingsService


def visit(note: str) -> VisitDraft:
    return VisitDraft(
        note=note,
        requests=[
            RequestDraft(
                operator_id="caf", help_type=HelpType.INFORMATION, outcome=Outcome.COMPLETED
            )
        ],
    )


def test_old_notes_go_and_the_figures_stay(desk) -> None:
    agent = desk.auth.agents()[0]
    old = utcnow() - timedelta(days=91)
    recent = utcnow() - timedelta(days=89)
    old_id = desk.intake.record(agent.id, visit("Rappeler Mme X au 06…"), old, closed_at=old)
    recent_id = desk.intake.record(agent.id, visit("Dossier à compléter"), recent, closed_at=recent)

    assert purge_notes(desk.db) == 1
    assert desk.intake.draft(old_id).note is None
    assert desk.intake.draft(recent_id).note == "Dossier à compléter"
    with desk.db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM visit")).scalar() == 2
        assert connection.execute(text("SELECT count(*) FROM request")).scalar() == 2


def test_the_period_is_the_site_setting(desk) -> None:
    agent = desk.auth.agents()[0]
    ten_days = utcnow() - timedelta(days=10)
    visit_id = desk.intake.record(agent.id, visit("note"), ten_days, closed_at=ten_days)
    manager = next(a for a in desk.auth.agents() if a.role.value == "manager")
    SettingsService(desk.db).set_retention_days(manager, 7)
    assert purge_notes(desk.db) == 1
    assert desk.intake.draft(visit_id).note is None


def test_housekeeping_purges_and_backs_up_once_a_day(desk) -> None:
    from guichet.storage import backup

    agent = desk.auth.agents()[0]
    old = utcnow() - timedelta(days=120)
    visit_id = desk.intake.record(agent.id, visit("à rappeler"), old, closed_at=old)
    data_dir = desk.db.path.parent
    for path in backup.backups(data_dir):
        path.unlink()
    desk.housekeeping()
    desk.housekeeping()
    assert desk.intake.draft(visit_id).note is None
    assert len(backup.backups(data_dir)) == 1

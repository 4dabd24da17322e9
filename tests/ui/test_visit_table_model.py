from datetime import datetime

from PySide6.QtCore import Qt

from guichet.catalog.loader import load_catalog
from guichet.domain.visit import Channel, HelpType, Outcome, VisitStatus, VisitSummary
from guichet.paths import shipped_catalog_dir
from guichet.ui.visit_table_model import VisitTableModel


def summary(status=VisitStatus.CLOSED) -> VisitSummary:
    return VisitSummary(
        id="v1",
        closed_at=datetime(2026, 11, 27, 10, 42),
        agent_name="Alex Agent",
        channel=Channel.ON_SITE,
        status=status,
        procedures=("Demande de RSA", ""),
        operators=("caf", "dgfip"),
        help_types=(HelpType.ACCOMPANIED, HelpType.INFORMATION),
        outcomes=(Outcome.COMPLETED, Outcome.REFERRED),
    )


def test_model_is_a_valid_qt_table(qtmodeltester):
    model = VisitTableModel(load_catalog(shipped_catalog_dir()))
    model.set_visits([summary(), summary(VisitStatus.CANCELLED)])
    qtmodeltester.check(model)


def test_cells_read_as_the_agent_expects():
    model = VisitTableModel(load_catalog(shipped_catalog_dir()))
    model.set_visits([summary()])
    cell = lambda column: model.index(0, column).data()  # noqa: E731
    assert cell(model.TIME) == "10:42"
    assert cell(model.PROCEDURES) == "Demande de RSA\n(question générale)"
    assert cell(model.OPERATORS) == "CAF\nFinances publiques"
    assert cell(model.HELP) == "Accompagnement à la démarche\nInformation"
    assert cell(model.OUTCOME) == "Démarche aboutie\nRéorienté ailleurs"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Heure"


def test_cancelled_visit_is_struck_out():
    model = VisitTableModel(load_catalog(shipped_catalog_dir()))
    model.set_visits([summary(VisitStatus.CANCELLED)])
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(0, model.STATUS).data() == "Annulé"

"""Today's visits as a Qt table model, fed with plain summaries (no database here)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from guichet.domain.catalog import Catalog
from guichet.domain.visit import VisitStatus, VisitSummary
from guichet.i18n import translate
from guichet.ui import labels

_Index = QModelIndex | QPersistentModelIndex


class VisitTableModel(QAbstractTableModel):
    TIME, AGENT, PROCEDURES, OPERATORS, HELP, OUTCOME, STATUS = range(7)

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self._catalog = catalog
        self._rows: list[VisitSummary] = []
        self._headers = [
            translate("VisitTableModel", "Time"),
            translate("VisitTableModel", "Agent"),
            translate("VisitTableModel", "Procedures"),
            translate("VisitTableModel", "Operators"),
            translate("VisitTableModel", "Help"),
            translate("VisitTableModel", "Outcome"),
            translate("VisitTableModel", "Status"),
        ]

    def set_visits(self, visits: list[VisitSummary], catalog: Catalog | None = None) -> None:
        """``catalog`` names the operators, local partners included."""
        self.beginResetModel()
        self._rows = list(visits)
        if catalog is not None:
            self._catalog = catalog
        self.endResetModel()

    def visit(self, row: int) -> VisitSummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        visit = self._rows[index.row()]
        cancelled = visit.status is VisitStatus.CANCELLED
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(visit, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return visit.id
        if role == Qt.ItemDataRole.ForegroundRole and cancelled:
            return QBrush(QColor("#767676"))
        if role == Qt.ItemDataRole.FontRole and cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _text(self, visit: VisitSummary, column: int) -> str:
        if column == self.TIME:
            return visit.closed_at.strftime("%H:%M")
        if column == self.AGENT:
            return visit.agent_name
        if column == self.PROCEDURES:
            return "\n".join(
                p or translate("VisitTableModel", "(general question)") for p in visit.procedures
            )
        if column == self.OPERATORS:
            return "\n".join(self._operator(o) for o in visit.operators)
        if column == self.HELP:
            return "\n".join(labels.plain(labels.help_type(h)) for h in visit.help_types)
        if column == self.OUTCOME:
            return "\n".join(labels.plain(labels.outcome(o)) for o in visit.outcomes)
        return labels.visit_status(visit.status)

    def _operator(self, operator_id: str) -> str:
        operator = self._catalog.operators.get(operator_id)
        return operator.short_name if operator else operator_id

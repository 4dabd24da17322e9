"""The site's appointments as a Qt table model, fed with plain AppointmentInfo rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from guichet.domain.catalog import Catalog
from guichet.domain.referral import AppointmentInfo, AppointmentMode
from guichet.i18n import translate

_Index = QModelIndex | QPersistentModelIndex


def mode_label(mode: AppointmentMode) -> str:
    return {
        AppointmentMode.ON_SITE: translate("AgendaModel", "At the site"),
        AppointmentMode.PHONE: translate("AgendaModel", "Phone"),
        AppointmentMode.VIDEO: translate("AgendaModel", "Video"),
    }[mode]


class AgendaModel(QAbstractTableModel):
    DAY, TIME, DURATION, OPERATOR, MODE, PLACE, REFERENCE, PROCEDURE = range(8)

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self._catalog = catalog
        self._rows: list[AppointmentInfo] = []
        self._headers = [
            translate("AgendaModel", "Day"),
            translate("AgendaModel", "Time"),
            translate("AgendaModel", "Duration"),
            translate("AgendaModel", "Operator"),
            translate("AgendaModel", "Mode"),
            translate("AgendaModel", "Place or link"),
            translate("AgendaModel", "Reference"),
            translate("AgendaModel", "Procedure"),
        ]

    def set_appointments(self, rows: list[AppointmentInfo], catalog: Catalog) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._catalog = catalog
        self.endResetModel()

    def appointment(self, row: int) -> AppointmentInfo:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        item = self._rows[index.row()]
        operator = self._catalog.operators.get(item.operator_id)
        return [
            item.starts_at.strftime("%d/%m"),
            item.starts_at.strftime("%H:%M"),
            f"{item.duration_minutes} min",
            operator.short_name if operator else item.operator_id,
            mode_label(item.mode),
            item.link or item.place or "",
            item.reference or "",
            item.procedure_title or "",
        ][index.column()]

"""The partner directory: offices of each operator around the site, for referrals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.agent import AgentInfo
from guichet.domain.opening_hours import WEEKDAYS
from guichet.domain.referral import OfficeInfo
from guichet.services.desk import Desk
from guichet.services.directory import InvalidOffice
from guichet.services.office_csv import OfficeFileError
from guichet.ui.widgets import message_label, record_table


class DirectoryPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.actor: AgentInfo | None = None
        self.offices: list[OfficeInfo] = []
        self.editing_id = ""

        self.table = record_table(
            self.tr("Offices"),
            [self.tr("Operator"), self.tr("Office"), self.tr("Town"), self.tr("Phone")],
        )
        self.table.currentCellChanged.connect(lambda *_: self._open_selected())

        self.operator = QComboBox()
        self.operator.setAccessibleName(self.tr("Operator"))
        self.fields: dict[str, QLineEdit] = {}
        form_box = QGroupBox(self.tr("Office"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Operator"), self.operator)
        for key, label in (
            ("name", self.tr("Name")),
            ("address", self.tr("Address")),
            ("postcode", self.tr("Postcode")),
            ("city", self.tr("Town")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
            ("website", self.tr("Website")),
            ("remarks", self.tr("Remarks")),
        ):
            field = QLineEdit()
            field.setAccessibleName(label)
            self.fields[key] = field
            form.addRow(label, field)
        self.hours: dict[str, QLineEdit] = {}
        day_names = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        for day, name in zip(WEEKDAYS, day_names, strict=True):
            field = QLineEdit()
            field.setAccessibleName(self.tr("Opening hours on {day}").format(day=name))
            field.setPlaceholderText("09:00 - 12:30 / 14:00 - 17:30")
            self.hours[day] = field
            form.addRow(name, field)
        self.new_button = QPushButton(self.tr("New office"))
        self.new_button.clicked.connect(self.new_office)
        self.save_button = QPushButton(self.tr("Save the office"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        self.import_button = QPushButton(self.tr("Import a CSV file…"))
        self.import_button.clicked.connect(self.choose_csv)
        self.error = message_label("error")
        self.status = message_label("hint")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.delete_button, self.save_button):
            buttons.addWidget(button)
        form.addRow(buttons)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.import_button)
        left.addWidget(self.status)
        right = QVBoxLayout()
        right.addWidget(form_box)
        right.addWidget(self.error)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def start(self, actor: AgentInfo) -> None:
        self.actor = actor
        self.operator.clear()
        for operator in sorted(
            self._desk.catalog.operators.values(), key=lambda o: o.short_name.casefold()
        ):
            self.operator.addItem(operator.short_name, operator.id)
        self.reload()
        self.new_office()

    def reload(self) -> None:
        self.offices = self._desk.directory.offices()
        operators = self._desk.catalog.operators
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.offices))
        for row, office in enumerate(self.offices):
            operator = operators.get(office.operator_id)
            values = (
                operator.short_name if operator else office.operator_id,
                office.name,
                office.city or "",
                office.phone or "",
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)

    def new_office(self) -> None:
        self.editing_id = ""
        for field in [*self.fields.values(), *self.hours.values()]:
            field.clear()
        self.error.clear()
        self.fields["name"].setFocus()

    def _open_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.offices):
            return
        office = self.offices[row]
        self.editing_id = office.id
        self.operator.setCurrentIndex(max(self.operator.findData(office.operator_id), 0))
        for key, field in self.fields.items():
            field.setText(getattr(office, key) or "")
        for day, field in self.hours.items():
            field.setText(office.hours.get(day, ""))
        self.error.clear()

    def office(self) -> OfficeInfo:
        values = {key: field.text().strip() or None for key, field in self.fields.items()}
        return OfficeInfo(
            id=self.editing_id,
            operator_id=self.operator.currentData() or "",
            name=values.pop("name") or "",
            hours={day: field.text().strip() for day, field in self.hours.items()},
            **values,
        )

    def save(self) -> None:
        assert self.actor is not None
        try:
            self.editing_id = self._desk.directory.save(self.actor, self.office())
        except InvalidOffice as problem:
            self.error.setText(problem.message())
            return
        self.error.clear()
        self.status.setText(self.tr("Office saved."))
        self.reload()

    def delete(self) -> None:
        if self.actor is None or not self.editing_id:
            return
        self._desk.directory.delete(self.actor, self.editing_id)
        self.status.setText(self.tr("Office deleted."))
        self.reload()
        self.new_office()

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import offices"), "", self.tr("CSV files (*.csv)")
        )
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> None:
        assert self.actor is not None
        try:
            result = self._desk.directory.import_csv(self.actor, path, self._desk.catalog.operators)
        except OfficeFileError as problem:
            self.status.setText(str(problem))
            return
        summary = self.tr("{added} added, {updated} updated, {unchanged} unchanged.").format(
            added=result.added, updated=result.updated, unchanged=result.unchanged
        )
        self.status.setText("\n".join([summary, *result.errors]))
        self.reload()

"""The agenda: the site's appointments for a day or a week."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guichet.services.agenda import AgendaService
from guichet.services.desk import Desk
from guichet.ui.agenda_model import AgendaModel
from guichet.ui.widgets import message_label

DAY, WEEK = "day", "week"


class AgendaPage(QWidget):
    closed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.day = date.today()
        self.rows: list = []

        title = QLabel(self.tr("Agenda"))
        title.setObjectName("pageTitle")
        self.span = QComboBox()
        self.span.setAccessibleName(self.tr("Show"))
        self.span.addItem(self.tr("Day"), DAY)
        self.span.addItem(self.tr("Week"), WEEK)
        self.span.currentIndexChanged.connect(lambda _i: self.refresh())
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.clicked.connect(lambda: self.move(-1))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.clicked.connect(lambda: self.move(1))
        self.back_button = QPushButton(self.tr("Back to the desk"))
        self.back_button.clicked.connect(self.closed)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.model = AgendaModel(desk.catalog)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Appointments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.PROCEDURE, QHeaderView.ResizeMode.Stretch)
        self.empty = message_label("hint")
        self.ics_button = QPushButton(self.tr("Export as a calendar file (.ics)"))
        self.ics_button.clicked.connect(self.export_ics)
        self.saved = message_label("hint")
        self.saved.setOpenExternalLinks(True)

        navigation = QHBoxLayout()
        navigation.addWidget(title)
        navigation.addStretch(1)
        for widget in (
            self.span,
            self.previous_button,
            self.today_button,
            self.next_button,
            self.back_button,
        ):
            navigation.addWidget(widget)
        self.actions = QHBoxLayout()
        self.actions.addWidget(self.saved, 1)
        self.actions.addWidget(self.ics_button)
        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(self.actions)

    def agenda(self) -> AgendaService:
        assert self._desk.site is not None
        return AgendaService(self._desk.db, self._desk.site.id)

    def go_today(self) -> None:
        self.day = date.today()
        self.rows: list = []
        self.refresh()

    def move(self, steps: int) -> None:
        self.day += timedelta(days=steps * (7 if self.span.currentData() == WEEK else 1))
        self.refresh()

    def refresh(self) -> None:
        if self.span.currentData() == WEEK:
            monday = self.day - timedelta(days=self.day.weekday())
            rows = self.agenda().week(self.day)
            self.heading.setText(self.tr("Week of {day}").format(day=monday.strftime("%d/%m/%Y")))
        else:
            rows = self.agenda().day(self.day)
            self.heading.setText(self.tr("Day of {day}").format(day=self.day.strftime("%d/%m/%Y")))
        self.rows = rows
        self.model.set_appointments(rows, self._desk.catalog)
        self.empty.setText("" if rows else self.tr("No appointment."))
        self.ics_button.setEnabled(bool(rows))

    def export_ics(self) -> Path | None:
        """The shown day or week as one .ics file, for the operators' or the site's calendar."""
        if not self.rows or self._desk.site is None:
            return None
        from guichet.services.calendar import agenda_ics, write_ics
        from guichet.ui.slip_panel import slips_folder

        names = {o.id: o.short_name for o in self._desk.catalog.operators.values()}
        folder = slips_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"agenda-{self.day:%Y-%m-%d}-{self.span.currentData()}.ics"
        write_ics(path, agenda_ics(self.rows, names, self._desk.site.name))
        self.saved.setText(
            self.tr("Saved: {link}").format(link=f'<a href="{path.as_uri()}">{path.name}</a>')
        )
        return path

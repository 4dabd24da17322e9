"""The agent's desk: today's visits with totals, and the visit form."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guichet import __version__
from guichet.domain.agent import AgentInfo, Role
from guichet.domain.queue import TicketSource
from guichet.domain.visit import VisitDraft, VisitStatus, day_totals
from guichet.services.desk import Desk, StorageFull
from guichet.services.intake import VisitNotEditable
from guichet.ui.agenda_model import mode_label
from guichet.ui.agenda_page import AgendaPage
from guichet.ui.visit_form import VisitForm
from guichet.ui.visit_table_model import VisitTableModel


def _slip_panel(desk: Desk, editor: QWidget) -> QWidget:
    """Slips load their PDF and QR libraries on first use, not at start-up."""
    from guichet.ui.slip_panel import SlipPanel

    return SlipPanel(desk, editor)


#: How early the desk shows an appointment about to start.
REMINDER_AHEAD = timedelta(minutes=15)


class DeskPage(QWidget):
    logout_requested = Signal()
    enrolled = Signal()
    # A backup replaced the database: carries the reopened Desk.
    desk_replaced = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.agent: AgentInfo | None = None

        self.greeting = QLabel()
        self.greeting.setObjectName("pageTitle")
        self.greeting.setWordWrap(True)
        self.new_visit_button = QPushButton(self.tr("New visit (Ctrl+N)"))
        self.new_visit_button.setObjectName("primary")
        self.new_visit_button.clicked.connect(self.new_visit)
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.clicked.connect(self.logout_requested)
        self.manager_button = QPushButton(self.tr("Manager area"))
        self.manager_button.clicked.connect(self.show_manager_area)
        self.agenda_button = QPushButton(self.tr("Agenda (Ctrl+G)"))
        self.agenda_button.clicked.connect(self.show_agenda)
        self.reminder = QLabel()
        self.reminder.setObjectName("banner")
        self.reminder.setAccessibleName(self.tr("Next appointment"))
        self.reminder.hide()
        # An appointment soon is shown on the desk, checked twice a minute.
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setInterval(30_000)
        self._reminder_timer.timeout.connect(self.check_reminder)
        self.about_button = QPushButton(self.tr("About (F1)"))
        self.about_button.clicked.connect(self.show_about)

        self.model = VisitTableModel(desk.catalog)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Today's visits"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VisitTableModel.PROCEDURES, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.correct_selected())
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setAccessibleName(self.tr("Totals of the day"))
        self.correct_button = QPushButton(self.tr("Correct (Ctrl+E)"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.cancel_visit_button = QPushButton(self.tr("Cancel the visit (Del)"))
        self.cancel_visit_button.clicked.connect(self.cancel_selected)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Last action"))
        self.queue_list = QListWidget()
        self.queue_list.setAccessibleName(self.tr("Waiting visitors"))
        self.queue_title = QLabel()
        self.queue_title.setObjectName("sectionTitle")
        self.call_button = QPushButton(self.tr("Call the next (F5)"))
        self.call_button.setObjectName("primary")
        self.call_button.clicked.connect(self.call_next)
        self.ticket_button = QPushButton(self.tr("Give a ticket (F6)"))
        self.ticket_button.clicked.connect(self.give_ticket)
        self._queue_timer = QTimer(self)
        self._queue_timer.setInterval(10_000)
        self._queue_timer.timeout.connect(self.refresh_queue)

        self.form = VisitForm(
            desk.catalogs,
            offices_for=lambda operator: desk.directory.offices(operator),
            make_slip_panel=lambda editor: _slip_panel(desk, editor),
        )
        self.form.submitted.connect(self._save)
        self.form.cancelled.connect(self.show_day)
        self.manager_area = None
        self.agenda = AgendaPage(desk)
        self.agenda.closed.connect(self.show_day)

        queue_panel = QWidget()
        queue_panel.setMaximumWidth(320)
        queue_layout = QVBoxLayout(queue_panel)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(self.queue_title)
        queue_layout.addWidget(self.queue_list, 1)
        queue_layout.addWidget(self.call_button)
        queue_layout.addWidget(self.ticket_button)
        visits = QWidget()
        day = QWidget()
        day_row = QHBoxLayout(day)
        day_row.setContentsMargins(0, 0, 0, 0)
        day_row.addWidget(visits, 1)
        day_row.addWidget(queue_panel)
        day_layout = QVBoxLayout(visits)
        day_title = QLabel(self.tr("Today's visits"))
        day_title.setObjectName("sectionTitle")
        day_layout.addWidget(day_title)
        day_layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.totals, 1)
        actions.addWidget(self.correct_button)
        actions.addWidget(self.cancel_visit_button)
        day_layout.addLayout(actions)
        day_layout.addWidget(self.status)

        self.stack = QStackedWidget()
        self.stack.addWidget(day)
        self.stack.addWidget(self.form)
        self.stack.addWidget(self.agenda)
        self._day = day

        header_row = QHBoxLayout()
        header_row.addWidget(self.greeting, 1)
        header_row.addWidget(self.new_visit_button)
        header_row.addWidget(self.agenda_button)
        header_row.addWidget(self.manager_button)
        header_row.addWidget(self.about_button)
        header_row.addWidget(self.logout_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header_row)
        layout.addWidget(self.reminder)
        layout.addWidget(self.stack, 1)

        for keys, slot in (
            ("Ctrl+N", self.new_visit),
            ("Ctrl+E", self.correct_selected),
            ("Delete", self.cancel_selected),
            ("F1", self.show_about),
            ("Ctrl+G", self.show_agenda),
            ("F5", self.call_next),
            ("F6", self.give_ticket),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- navigation -----------------------------------------------------------

    def start(self, agent: AgentInfo) -> None:
        self.agent = agent
        site = self._desk.site.name if self._desk.site else ""
        self.greeting.setText(self.tr("Hello {name} — {site}").format(name=agent.name, site=site))
        self.manager_button.setVisible(agent.role is Role.MANAGER)
        self.status.clear()
        self.show_day()
        self.check_reminder()
        self._reminder_timer.start()
        self._queue_timer.start()

    def show_day(self) -> None:
        self.refresh()
        self.stack.setCurrentWidget(self._day)
        self.new_visit_button.setEnabled(True)
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def show_manager_area(self) -> None:
        if self.agent is None or self.agent.role is not Role.MANAGER:
            return
        if self.manager_area is None:  # built on first use: agents never pay for it
            from guichet.ui.manager.manager_area import ManagerArea

            self.manager_area = ManagerArea(self._desk)
            self.manager_area.closed.connect(self.show_day)
            self.manager_area.sync.enrolled.connect(self.enrolled)
            self.manager_area.backups.restored.connect(self.desk_replaced)
            self.stack.addWidget(self.manager_area)
        self.manager_area.start(self.agent)
        self.stack.setCurrentWidget(self.manager_area)
        self.new_visit_button.setEnabled(False)

    def show_agenda(self) -> None:
        if self.stack.currentWidget() is not self._day:
            return
        self.agenda.go_today()
        self.stack.setCurrentWidget(self.agenda)
        self.new_visit_button.setEnabled(False)
        self.agenda.table.setFocus()

    def check_reminder(self) -> None:
        soon = self.agenda.agenda().upcoming(REMINDER_AHEAD)
        if not soon:
            self.reminder.hide()
            return
        first = soon[0]
        operator = self._desk.catalog.operators.get(first.operator_id)
        self.reminder.setText(
            self.tr("Appointment at {time}: {operator}, {mode}").format(
                time=first.starts_at.strftime("%H:%M"),
                operator=operator.short_name if operator else first.operator_id,
                mode=mode_label(first.mode).lower(),
            )
            + ("" if len(soon) == 1 else self.tr(" (and {n} more)").format(n=len(soon) - 1))
        )
        self.reminder.show()

    def show_about(self) -> None:
        catalog = self._desk.catalog
        QMessageBox.about(
            self,
            self.tr("About guichet"),
            self.tr(
                "guichet {version}\nFront desk of a France Services site.\n\n"
                "Catalogue {catalog} of {date}\n{procedures} procedures, {operators} operators "
                "and partners\n\nData folder: {folder}"
            ).format(
                version=__version__,
                catalog=catalog.version or "—",
                date=catalog.date or "—",
                procedures=len(catalog.procedures),
                operators=len(catalog.operators),
                folder=self._desk.db.path.parent,
            ),
        )

    def new_visit(self) -> None:
        if self.stack.currentWidget() is not self._day:
            return
        self.form.reset()
        self._show_form()

    def _show_form(self) -> None:
        self.stack.setCurrentWidget(self.form)
        self.new_visit_button.setEnabled(False)
        self.form.editors()[0].search.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_queue(self) -> None:
        waiting = self._desk.queue.waiting()
        self.queue_title.setText(self.tr("Queue: {n} waiting").format(n=len(waiting)))
        self.queue_list.clear()
        for ticket in waiting:
            theme = self._desk.catalog.themes.get(ticket.theme_id or "")
            self.queue_list.addItem(
                f"{ticket.code}  {ticket.taken_at:%H:%M}" + (f"  {theme.name}" if theme else "")
            )
        self.call_button.setEnabled(bool(waiting))

    def call_next(self) -> None:
        if self.agent is None or self.stack.currentWidget() is not self._day:
            return
        assert self._desk.site is not None
        try:
            ticket = self._desk.queue.call_next(self.agent.id, self._desk.site.workstation_id)
        except StorageFull:
            self.status.setText(self.nothing_changed_on_a_full_disk())
            return
        if ticket is None:
            self.status.setText(self.tr("Nobody is waiting."))
            self.refresh_queue()
            return
        self.form.reset(ticket)
        self._show_form()

    def give_ticket(self) -> None:
        if self.stack.currentWidget() is not self._day:
            return
        try:
            ticket = self._desk.queue.take(TicketSource.DESK)
        except StorageFull:
            self.status.setText(self.nothing_changed_on_a_full_disk())
            return
        self.status.setText(self.tr("Ticket {code} given.").format(code=ticket.code))
        self.refresh_queue()

    def refresh(self) -> None:
        self.refresh_queue()
        visits = self._desk.intake.day()
        self.model.set_visits(visits, self._desk.catalog)
        totals = day_totals(visits)
        share = totals.handled_on_site_share
        self.totals.setText(
            self.tr("{visits} visits · {requests} requests · {share} handled on site").format(
                visits=totals.visits,
                requests=totals.requests,
                share="—" if share is None else f"{share:.0%}".replace("%", " %"),
            )
        )

    # -- actions ------------------------------------------------------------------

    def _save(self, draft: VisitDraft) -> None:
        assert self.agent is not None
        intake = self._desk.intake
        try:
            if self.form.editing_id:
                intake.correct(self.form.editing_id, draft)
                message = self.tr("Visit corrected.")
            else:
                ticket = self.form.ticket
                intake.record(
                    self.agent.id,
                    draft,
                    self.form.started_at,
                    ticket_id=ticket.id if ticket else None,
                )
                message = self.tr("Visit saved.")
        except VisitNotEditable:
            message = self.tr("This visit can no longer be changed: only today's visits can.")
        except StorageFull:
            # The form stays filled in: once there is room, the agent closes it again.
            self.form.error.setText(self.disk_full_message())
            return
        self.show_day()
        self.status.setText(message)

    def nothing_changed_on_a_full_disk(self) -> str:
        return self.tr(
            "The disk is full: nothing was changed. Free some space on the disk, then try again."
        )

    def disk_full_message(self) -> str:
        return self.tr(
            "The disk is full: the visit was not saved. What was saved before is intact. "
            "Free some space on the disk, then close the visit again (Ctrl+Enter)."
        )

    def _selected(self):
        index = self.table.currentIndex()
        return self.model.visit(index.row()) if index.isValid() else None

    def correct_selected(self) -> None:
        visit = self._selected()
        if visit is None or self.stack.currentWidget() is not self._day:
            return
        if visit.status is VisitStatus.CANCELLED:
            self.status.setText(self.tr("A cancelled visit cannot be corrected."))
            return
        self.form.edit(visit.id, self._desk.intake.draft(visit.id), visit.closed_at)
        self._show_form()

    def cancel_selected(self) -> None:
        visit = self._selected()
        if visit is None or self.stack.currentWidget() is not self._day:
            return
        if visit.status is VisitStatus.CANCELLED:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel the visit"),
            self.tr("Cancel the visit of {time}? It will no longer count in the figures.").format(
                time=visit.closed_at.strftime("%H:%M")
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._desk.intake.cancel(visit.id)
            self.status.setText(self.tr("Visit cancelled."))
        except VisitNotEditable:
            self.status.setText(
                self.tr("This visit can no longer be changed: only today's visits can.")
            )
        except StorageFull:
            self.status.setText(self.nothing_changed_on_a_full_disk())
        self.refresh()

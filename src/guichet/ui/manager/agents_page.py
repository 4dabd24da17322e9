"""The team: add agents, rename, change role, disable, give a new PIN."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.agent import MAX_PIN_LENGTH, AgentInfo, Role
from guichet.services.agents import AgentAdmin, AgentRecord, LastManager
from guichet.ui.widgets import message_label, record_table


class AgentsPage(QWidget):
    def __init__(self, admin: AgentAdmin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._admin = admin
        self.actor: AgentInfo | None = None
        self.records: list[AgentRecord] = []

        self.table = record_table(
            self.tr("Agents of the site"), [self.tr("Name"), self.tr("Role"), self.tr("State")]
        )
        self.table.currentCellChanged.connect(lambda *_: self._selected_changed())

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        self.role.addItem(self.tr("Agent"), Role.AGENT.value)
        self.role.addItem(self.tr("Manager"), Role.MANAGER.value)
        self.pin = QLineEdit()
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(MAX_PIN_LENGTH)
        self.add_button = QPushButton(self.tr("Add the agent"))
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.clicked.connect(self.rename)
        self.role_button = QPushButton(self.tr("Change the role"))
        self.role_button.clicked.connect(self.change_role)
        self.pin_button = QPushButton(self.tr("Give the new PIN"))
        self.pin_button.clicked.connect(self.new_pin)
        self.active_button = QPushButton(self.tr("Disable"))
        self.active_button.clicked.connect(self.toggle_active)
        self.error = message_label("error")
        self.status = message_label("hint")

        form_box = QGroupBox(self.tr("Agent"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("PIN (4 to 12 digits)"), self.pin)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.role_button,
            self.pin_button,
            self.active_button,
        ):
            buttons.addWidget(button)
        form.addRow(buttons)
        form.addRow(self.error)
        form.addRow(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(form_box)

    def start(self, actor: AgentInfo) -> None:
        self.actor = actor
        self.reload()

    def reload(self) -> None:
        assert self.actor is not None
        self.records = self._admin.all(self.actor)
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            role = self.tr("Manager") if record.role is Role.MANAGER else self.tr("Agent")
            if not record.active:
                state = self.tr("Disabled")
            elif record.locked:
                state = self.tr("Locked (wrong PINs)")
            else:
                state = self.tr("Active")
            for column, text in enumerate((record.name, role, state)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._selected_changed()

    def selected(self) -> AgentRecord | None:
        row = self.table.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _selected_changed(self) -> None:
        record = self.selected()
        for button in (self.rename_button, self.role_button, self.pin_button, self.active_button):
            button.setEnabled(record is not None)
        if record is not None:
            self.name.setText(record.name)
            self.role.setCurrentIndex(self.role.findData(record.role.value))
            self.active_button.setText(self.tr("Disable") if record.active else self.tr("Enable"))

    def _run(self, action, done: str) -> None:
        try:
            action()
        except LastManager:
            self.error.setText(self.tr("The site must keep at least one active manager."))
            return
        except ValueError as problem:
            self.error.setText(
                self.tr("The PIN must be 4 to 12 digits.")
                if str(problem) == "pin"
                else self.tr("Give a name.")
            )
            return
        self.error.clear()
        self.pin.clear()
        self.status.setText(done)
        self.reload()

    def add(self) -> None:
        name = self.name.text().strip()
        role = Role(self.role.currentData())
        self._run(
            lambda: self._admin.create(self.actor, name, self.pin.text(), role),
            self.tr("{name} can now log in.").format(name=name),
        )
        self.table.setCurrentCell(
            next((i for i, r in enumerate(self.records) if r.name == name), -1), 0
        )

    def rename(self) -> None:
        record = self.selected()
        if record is not None:
            name = self.name.text()
            self._run(
                lambda: self._admin.rename(self.actor, record.id, name),
                self.tr("Renamed."),
            )

    def change_role(self) -> None:
        record = self.selected()
        if record is not None:
            role = Role(self.role.currentData())
            self._run(
                lambda: self._admin.set_role(self.actor, record.id, role),
                self.tr("Role changed."),
            )

    def new_pin(self) -> None:
        record = self.selected()
        if record is not None:
            pin = self.pin.text()
            self._run(
                lambda: self._admin.reset_pin(self.actor, record.id, pin),
                self.tr("New PIN saved for {name}.").format(name=record.name),
            )

    def toggle_active(self) -> None:
        record = self.selected()
        if record is not None:
            self._run(
                lambda: self._admin.set_active(self.actor, record.id, not record.active),
                self.tr("{name} is disabled.").format(name=record.name)
                if record.active
                else self.tr("{name} is enabled again.").format(name=record.name),
            )

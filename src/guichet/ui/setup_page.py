"""First run: name the site and create its first manager."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from guichet.domain.agent import MAX_PIN_LENGTH, MIN_PIN_LENGTH, is_valid_pin
from guichet.ui.widgets import centered_column, message_label


class SetupPage(QWidget):
    """Emits ``submitted(site_name, manager_name, pin)`` once the fields are consistent."""

    submitted = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to guichet"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "This computer has no site yet. Name the France Services site and create "
                "the account of its manager, who will then add the agents."
            )
        )
        intro.setWordWrap(True)
        self.site_name = QLineEdit()
        self.site_name.setAccessibleName(self.tr("Site name"))
        self.site_name.setPlaceholderText(self.tr("France Services de …"))
        self.manager_name = QLineEdit()
        self.manager_name.setAccessibleName(self.tr("Manager's name"))
        self.pin = QLineEdit()
        self.pin.setAccessibleName(self.tr("Manager's PIN"))
        self.pin_again = QLineEdit()
        self.pin_again.setAccessibleName(self.tr("PIN again"))
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(MAX_PIN_LENGTH)
        form = QFormLayout()
        for label, field in (
            (self.tr("&Site name"), self.site_name),
            (self.tr("&Manager's name"), self.manager_name),
            (
                self.tr("&PIN ({min} to {max} digits)").format(
                    min=MIN_PIN_LENGTH, max=MAX_PIN_LENGTH
                ),
                self.pin,
            ),
            (self.tr("PIN &again"), self.pin_again),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
        self.create_button = QPushButton(self.tr("Create the site"))
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self.submit)
        fields = [self.site_name, self.manager_name, self.pin, self.pin_again]
        for current, following in pairwise(fields):
            current.returnPressed.connect(following.setFocus)
        self.pin_again.returnPressed.connect(self.submit)
        self.error = message_label("error")

        centered_column(self, 560, [title, intro, form, self.create_button, self.error])

    def submit(self) -> None:
        if not self.site_name.text().strip():
            self.show_error(self.tr("Give the site a name."), self.site_name)
        elif not self.manager_name.text().strip():
            self.show_error(self.tr("Give the manager's name."), self.manager_name)
        elif not is_valid_pin(self.pin.text()):
            self.show_error(
                self.tr("The PIN must be {min} to {max} digits.").format(
                    min=MIN_PIN_LENGTH, max=MAX_PIN_LENGTH
                ),
                self.pin,
            )
        elif self.pin.text() != self.pin_again.text():
            self.show_error(self.tr("The two PINs differ."), self.pin_again)
        else:
            self.error.clear()
            self.submitted.emit(self.site_name.text(), self.manager_name.text(), self.pin.text())

    def show_error(self, message: str, field: QLineEdit) -> None:
        self.error.setText(message)
        field.setFocus()

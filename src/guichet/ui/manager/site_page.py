"""Site settings: identity for the network, opening hours, retention of notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.agent import AgentInfo
from guichet.domain.opening_hours import WEEKDAYS, InvalidHours
from guichet.services.desk import Desk
from guichet.services.settings import SettingsService
from guichet.services.site import SITE_FORMATS, SiteDetails, site_details, update_site
from guichet.ui.widgets import message_label


class SitePage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.actor: AgentInfo | None = None

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Site name"))
        self.fs_id = QLineEdit()
        self.fs_id.setAccessibleName(self.tr("France Services identifier"))
        self.commune = QLineEdit()
        self.commune.setAccessibleName(self.tr("Commune (INSEE code)"))
        self.commune.setMaxLength(5)
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setMaxLength(300)
        self.address.setPlaceholderText(self.tr("e.g. 2 place de la Mairie, 25290 Ornans"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone"))
        self.phone.setMaxLength(40)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        names = {
            "fixed": self.tr("Fixed site"),
            "bus": self.tr("France Services bus"),
            "antenna": self.tr("Antenna"),
        }
        for value in SITE_FORMATS:
            self.format.addItem(names[value], value)
        identity = QGroupBox(self.tr("Site"))
        identity_form = QFormLayout(identity)
        identity_form.addRow(self.tr("Name"), self.name)
        identity_form.addRow(self.tr("France Services identifier"), self.fs_id)
        identity_form.addRow(self.tr("Commune (INSEE code)"), self.commune)
        identity_form.addRow(self.tr("Format"), self.format)
        identity_form.addRow(self.tr("Address"), self.address)
        identity_form.addRow(self.tr("Phone"), self.phone)

        day_names = [
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        ]
        self.hours: dict[str, QLineEdit] = {}
        hours_box = QGroupBox(
            self.tr("Declared opening hours (e.g. 09:00 - 12:30 / 14:00 - 17:30)")
        )
        hours_form = QFormLayout(hours_box)
        for day, name in zip(WEEKDAYS, day_names, strict=True):
            field = QLineEdit()
            field.setAccessibleName(self.tr("Opening hours on {day}").format(day=name))
            field.setPlaceholderText(self.tr("closed"))
            self.hours[day] = field
            hours_form.addRow(name, field)

        self.retention = QSpinBox()
        self.retention.setRange(1, 3650)
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setAccessibleName(self.tr("Keep internal notes for"))
        privacy = QGroupBox(self.tr("Privacy"))
        QFormLayout(privacy).addRow(self.tr("Keep internal notes for"), self.retention)

        self.save_button = QPushButton(self.tr("Save the settings"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.error = message_label("error")
        self.status = message_label("hint")

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(identity)
        left.addWidget(privacy)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(hours_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.save_button)
        layout.addStretch(1)

    def start(self, actor: AgentInfo) -> None:
        self.actor = actor
        assert self._desk.site is not None
        details = site_details(self._desk.db, self._desk.site.id)
        self.name.setText(details.name)
        self.fs_id.setText(details.fs_id or "")
        self.commune.setText(details.commune or "")
        self.format.setCurrentIndex(max(self.format.findData(details.format), 0))
        self.address.setText(details.address or "")
        self.phone.setText(details.phone or "")
        settings = SettingsService(self._desk.db)
        for day, text in settings.opening_hours().items():
            self.hours[day].setText(text)
        self.retention.setValue(settings.retention_days())
        self.error.clear()
        self.status.clear()

    def save(self) -> None:
        assert self.actor is not None and self._desk.site is not None
        settings = SettingsService(self._desk.db)
        details = SiteDetails(
            name=self.name.text(),
            fs_id=self.fs_id.text(),
            commune=self.commune.text().strip() or None,
            format=self.format.currentData(),
            address=self.address.text(),
            phone=self.phone.text(),
        )
        try:
            settings.set_opening_hours(
                self.actor, {day: field.text().strip() for day, field in self.hours.items()}
            )
            update_site(self._desk.db, self.actor, self._desk.site.id, details)
            settings.set_retention_days(self.actor, self.retention.value())
        except InvalidHours as problem:
            self.error.setText(
                self.tr("Opening hours not understood: “{text}”. Write e.g. 09:00 - 12:30.").format(
                    text=problem
                )
            )
            return
        except ValueError as problem:
            self.error.setText(
                self.tr("The commune must be a 5-character INSEE code.")
                if str(problem) == "commune"
                else self.tr("Give the site a name.")
            )
            return
        self.error.clear()
        self.status.setText(self.tr("Settings saved."))

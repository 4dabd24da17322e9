"""Joining the site's hub: its address and the one-time code the technician gives."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from guichet.domain.agent import AgentInfo
from guichet.services.desk import Desk
from guichet.services.permissions import require_manager
from guichet.sync.client import HubGarbled, HubRefused, HubUnavailable
from guichet.sync.enrolment import enroll, hub_url
from guichet.ui.widgets import message_label


class SyncPage(QWidget):
    enrolled = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.actor: AgentInfo | None = None
        intro = message_label("hint")
        intro.setText(
            self.tr(
                "The hub gathers the visits of every desk of the site and sends them to the "
                "network. The desk keeps working without it and catches up when the network "
                "is back."
            )
        )
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Hub address"))
        self.url.setPlaceholderText("https://hub.example.fr")
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("One-time code"))
        self.enroll_button = QPushButton(self.tr("Enrol this workstation"))
        self.enroll_button.setObjectName("primary")
        self.enroll_button.clicked.connect(self.submit)
        self.error = message_label("error")
        self.status = message_label("hint")
        form = QFormLayout()
        form.addRow(self.tr("Hub address"), self.url)
        form.addRow(self.tr("One-time code"), self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.enroll_button)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def start(self, actor: AgentInfo) -> None:
        self.actor = actor
        current = hub_url(self._desk.db)
        self.url.setText(current or "")
        self.status.setText(
            self.tr("This workstation is enrolled with {url}.").format(url=current)
            if current
            else self.tr("This workstation is not enrolled yet.")
        )

    def submit(self) -> None:
        assert self.actor is not None
        require_manager(self.actor)
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url.startswith(("https://", "http://")) or not code:
            self.error.setText(self.tr("Give the hub's address (https://…) and the code."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            enrolment, where = enroll(self._desk.db, self._desk.db.path.parent, url, code)
        except HubRefused:
            self.error.setText(self.tr("The hub refused this code (wrong, used or expired)."))
            return
        except HubGarbled:
            self.error.setText(
                self.tr(
                    "The server at this address answered, but not as a guichet hub does. "
                    "Check the address with your technician."
                )
            )
            return
        except HubUnavailable:
            self.error.setText(
                self.tr("The hub cannot be reached. Check the address and the network.")
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._desk.reload_site()
        self.code.clear()
        self.error.clear()
        self.status.setText(
            self.tr("Enrolled with {site}. The token is kept in the {place}.").format(
                site=enrolment.site_name,
                place=self.tr("system keyring")
                if where == "keyring"
                else self.tr("protected file"),
            )
        )
        self.enrolled.emit()

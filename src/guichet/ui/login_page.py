"""Agent login: pick your name, type your PIN, press Enter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from guichet.domain.agent import AgentInfo, LoginRefused, Role
from guichet.services.clock import to_local
from guichet.ui.widgets import centered_column, message_label

if TYPE_CHECKING:
    from guichet.services.auth import AuthService


class LoginPage(QWidget):
    logged_in = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth: AuthService | None = None

        self.title = QLabel(self.tr("guichet"))
        self.title.setObjectName("pageTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        prompt = QLabel(self.tr("&Who are you?"))
        prompt.setObjectName("sectionTitle")
        self.agents = QListWidget()
        self.agents.setAccessibleName(self.tr("Agents of the site"))
        self.agents.installEventFilter(self)
        self.agents.itemActivated.connect(lambda _item: self.pin.setFocus())
        prompt.setBuddy(self.agents)
        pin_label = QLabel(self.tr("&PIN"))
        pin_label.setObjectName("sectionTitle")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setMaxLength(12)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.returnPressed.connect(self.submit)
        pin_label.setBuddy(self.pin)
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setObjectName("primary")
        self.login_button.clicked.connect(self.submit)
        self.error = message_label("error")
        self.hint = message_label("hint")

        centered_column(
            self,
            460,
            [
                self.title,
                prompt,
                self.agents,
                pin_label,
                self.pin,
                self.login_button,
                self.error,
                self.hint,
            ],
        )
        self.set_loading()

    def set_loading(self) -> None:
        self.agents.clear()
        self.agents.addItem(self.tr("Opening the site's data…"))
        self.agents.setEnabled(False)
        self.pin.setEnabled(False)
        self.login_button.setEnabled(False)

    def set_site(self, site_name: str, auth: AuthService, hint: str = "") -> None:
        self._auth = auth
        self.title.setText(site_name)
        self.hint.setText(hint)
        self.agents.clear()
        for agent in auth.agents():
            text = agent.name
            if agent.role is Role.MANAGER:
                text = self.tr("{name} (manager)").format(name=agent.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, agent.id)
            self.agents.addItem(item)
        for widget in (self.agents, self.pin, self.login_button):
            widget.setEnabled(True)
        self.reset()

    def reset(self) -> None:
        self.pin.clear()
        self.error.clear()
        if self.agents.count() and self.agents.currentRow() < 0:
            self.agents.setCurrentRow(0)
        self.agents.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.agents
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.pin.setFocus()
            return True
        return super().eventFilter(watched, event)

    def submit(self) -> None:
        item = self.agents.currentItem()
        if self._auth is None or item is None:
            self.error.setText(self.tr("Choose your name in the list."))
            return
        try:
            agent: AgentInfo = self._auth.login(
                item.data(Qt.ItemDataRole.UserRole), self.pin.text()
            )
        except LoginRefused as refused:
            self.pin.clear()
            self.pin.setFocus()
            self.error.setText(self._refusal(refused))
            return
        self.pin.clear()
        self.error.clear()
        self.logged_in.emit(agent)

    def _refusal(self, refused: LoginRefused) -> str:
        if refused.reason == "locked" and refused.until:
            return self.tr("Too many wrong PINs: try again after {time}.").format(
                time=to_local(refused.until).strftime("%H:%M")
            )
        if refused.reason == "wrong_pin":
            return self.tr("Wrong PIN. {n} attempt(s) left before a 5-minute lock.").format(
                n=refused.attempts_left
            )
        return self.tr("This agent can no longer log in.")

"""The manager area: dashboard, team, site settings, directory, hub, local
catalogue and backups, in tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from guichet.domain.agent import AgentInfo
from guichet.services.agents import AgentAdmin
from guichet.services.desk import Desk
from guichet.services.permissions import require_manager
from guichet.ui.local_catalog_page import LocalCatalogPage
from guichet.ui.manager.agents_page import AgentsPage
from guichet.ui.manager.backups_page import BackupsPage
from guichet.ui.manager.dashboard import Dashboard
from guichet.ui.manager.directory_page import DirectoryPage
from guichet.ui.manager.site_page import SitePage
from guichet.ui.manager.sync_page import SyncPage


class ManagerArea(QWidget):
    closed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        title = QLabel(self.tr("Manager area"))
        title.setObjectName("pageTitle")
        self.back_button = QPushButton(self.tr("Back to the desk"))
        self.back_button.clicked.connect(self.closed)
        self.dashboard = Dashboard(desk)
        assert desk.site is not None
        self.agents = AgentsPage(AgentAdmin(desk.db, desk.site.id))
        self.site = SitePage(desk)
        self.directory = DirectoryPage(desk)
        self.sync = SyncPage(desk)
        self.local_catalog = LocalCatalogPage(desk.catalogs)
        self.backups = BackupsPage(desk)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Manager area"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.agents, self.tr("Agents"))
        self.tabs.addTab(self.site, self.tr("Site"))
        self.tabs.addTab(self.directory, self.tr("Partner directory"))
        self.tabs.addTab(self.sync, self.tr("Hub"))
        self.tabs.addTab(self.local_catalog, self.tr("Local catalogue"))
        self.tabs.addTab(self.backups, self.tr("Backups"))
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def start(self, actor: AgentInfo) -> None:
        """Raises NotAllowed for anyone but a manager: the check is not only the button's."""
        require_manager(actor)
        for page in (
            self.dashboard,
            self.agents,
            self.site,
            self.directory,
            self.local_catalog,
            self.sync,
            self.backups,
        ):
            page.start(actor)

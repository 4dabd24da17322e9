"""The desk's window: first-run set-up, login, then the desk.

The window is shown before the database is opened so that the agent sees
the program at once; ``attach`` fills it when the data is ready.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.agent import AgentInfo
from guichet.ui.login_page import LoginPage
from guichet.ui.setup_page import SetupPage
from guichet.ui.sync_status import SyncStatusWidget

if TYPE_CHECKING:
    from guichet.services.desk import Desk
    from guichet.ui.desk_page import DeskPage


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("guichet — France Services desk"))
        self.resize(1280, 800)
        self.desk: Desk | None = None
        self.desk_page: DeskPage | None = None
        self._session_id: str | None = None
        # Desk sessions say when the site was really open; a minute's precision is enough.
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(60_000)
        self._heartbeat.timeout.connect(self._touch_session)
        # Notes past their retention and the daily backup, for desks never closed.
        self._housekeeping = QTimer(self)
        self._housekeeping.setInterval(60 * 60 * 1000)
        self._housekeeping.timeout.connect(lambda: self.desk and self.desk.housekeeping())
        self._housekeeping.start()

        self.banner = QWidget()
        self.banner.setObjectName("banner")
        self.banner_text = QLabel()
        self.banner_text.setObjectName("bannerText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QHBoxLayout(self.banner).addWidget(self.banner_text)
        self.banner.hide()

        self.login_page = LoginPage()
        self.login_page.logged_in.connect(self._logged_in)
        self.setup_page = SetupPage()
        self.setup_page.submitted.connect(self._create_site)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.login_page)
        self.pages.addWidget(self.setup_page)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.site_status = QLabel()
        self.sync_status = SyncStatusWidget()
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.site_status)
        self._sync_worker = None
        self._sync_task = None

    def attach(self, desk: Desk) -> None:
        from guichet.ui.desk_page import DeskPage  # with the database layer, after first paint

        self.desk = desk
        self.desk_page = DeskPage(desk)
        self.desk_page.logout_requested.connect(self.show_login)
        self.desk_page.enrolled.connect(self.start_sync)
        self.desk_page.desk_replaced.connect(self.replace_desk)
        self.pages.addWidget(self.desk_page)
        self._show_catalog_state()
        if desk.site is None:
            self.pages.setCurrentWidget(self.setup_page)
            self.setup_page.site_name.setFocus()
        else:
            self.show_login()

    def replace_desk(self, desk: Desk) -> None:
        """After a restore every page still holds the old desk: rebuild them on the
        new one and ask for a login, since the agents may differ."""
        if self._sync_worker is not None:
            self._sync_worker.stop()
            self._sync_worker = None
        self._session_id = None  # it lived in the replaced file
        self._heartbeat.stop()
        old = self.desk_page
        assert old is not None
        self.pages.removeWidget(old)
        old.deleteLater()
        self.attach(desk)
        self.activateWindow()  # the confirmation box had the keyboard: give it to the login
        self.start_sync()

    def _show_catalog_state(self) -> None:
        assert self.desk is not None
        catalog = self.desk.catalog
        self.site_status.setText(
            self.tr("Catalogue {version} of {date} · {count} procedures").format(
                version=catalog.version or "—",
                date=catalog.date or "—",
                count=len(catalog.procedures),
            )
        )
        error = self.desk.catalog_load.error
        if error is None:
            self.banner.hide()
            return
        if catalog.procedures:
            fallback = self.tr(
                "guichet keeps using the last valid catalogue (version {version})."
            ).format(version=catalog.version)
        else:
            fallback = self.tr("No valid catalogue is available: procedures cannot be searched.")
        self.banner_text.setText(f"{error.message()}\n{fallback}")
        self.banner.show()

    def _touch_session(self) -> None:
        if self._session_id:
            with _unless_disk_full():
                self.desk.sessions.touch(self._session_id)

    def _end_session(self) -> None:
        if self._session_id:
            self._heartbeat.stop()
            with _unless_disk_full():
                self.desk.sessions.close(self._session_id)
            self._session_id = None

    def start_sync(self) -> None:
        """Sync in the background once enrolled; only under qasync, never blocking the desk."""
        from guichet.sync.client import HubClient
        from guichet.sync.credentials import load_token
        from guichet.sync.engine import SyncEngine
        from guichet.sync.enrolment import hub_url
        from guichet.sync.worker import SyncWorker

        desk = self.desk
        if desk is None or desk.site is None:
            return
        url = hub_url(desk.db)
        token = load_token(desk.db.path.parent, desk.site.workstation_id) if url else None
        try:
            asyncio.get_running_loop()  # qasync's, when the app runs; none in tests
        except RuntimeError:
            return
        if not url or not token:
            return
        if self._sync_worker is not None:
            self._sync_worker.stop()
        engine = SyncEngine(desk.db, HubClient(url, token), desk.site.workstation_id)
        self._sync_worker = SyncWorker(engine, self.sync_status.show_state)
        self.sync_status.sync_now.connect(self._sync_worker.wake)
        self._sync_task = asyncio.ensure_future(self._sync_worker.run())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._sync_worker is not None:
            self._sync_worker.stop()
        self._end_session()
        super().closeEvent(event)

    def show_login(self) -> None:
        assert self.desk is not None and self.desk.site is not None
        self._end_session()
        hint = (
            self.tr("Demo site: every agent's PIN is {pin}.").format(pin=self.desk.demo_pin)
            if self.desk.demo
            else ""
        )
        self.login_page.set_site(self.desk.site.name, self.desk.auth, hint)
        self.pages.setCurrentWidget(self.login_page)
        self.login_page.reset()

    def _logged_in(self, agent: AgentInfo) -> None:
        assert self.desk_page is not None
        with _unless_disk_full():
            self._session_id = self.desk.sessions.open(agent.id)
        self._heartbeat.start()
        self.pages.setCurrentWidget(self.desk_page)
        self.desk_page.start(agent)

    def _create_site(self, site_name: str, manager_name: str, pin: str) -> None:
        assert self.desk is not None
        try:
            self.desk.create_site(site_name, manager_name, pin)
        except ValueError:
            QMessageBox.warning(
                self, self.tr("Site not created"), self.tr("Check the fields and try again.")
            )
            return
        self.show_login()


@contextlib.contextmanager
def _unless_disk_full() -> Iterator[None]:
    """Desk-session bookkeeping (who held the desk, and when) never keeps an agent
    from logging in or out, nor the app from closing, when the disk is full: the
    session keeps its last heartbeat, and the visit form says what was not saved."""
    from guichet.services.desk import StorageFull  # loaded with the desk already

    with contextlib.suppress(StorageFull):
        yield

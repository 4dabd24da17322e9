"""Renders the main screens to PNG files, for reviews and documentation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from guichet.domain.agent import Role
from guichet.ui.main_window import MainWindow
from guichet.ui.setup_page import SetupPage


def save_png(widget: QWidget, folder: Path, name: str) -> Path:
    for _ in range(3):  # layouts settle over a few passes of posted events
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    return path


def render(window: MainWindow, folder: Path) -> list[Path]:
    """Walk through set-up, login, desk and visit form; the desk must have a site."""
    folder.mkdir(parents=True, exist_ok=True)
    window.show()
    written = []
    setup = SetupPage()
    setup.resize(window.size())
    written.append(save_png(setup, folder, "setup"))
    setup.deleteLater()

    desk = window.desk
    assert desk is not None and desk.site is not None and window.desk_page is not None
    window.show_login()
    written.append(save_png(window, folder, "login"))

    agents = desk.auth.agents()
    window.login_page.pin.setText(desk.demo_pin if desk.demo else "")
    managers = [i for i, agent in enumerate(agents) if agent.role is Role.MANAGER]
    if desk.demo and managers:
        window.login_page.agents.setCurrentRow(managers[0])
        window.login_page.submit()
    if window.pages.currentWidget() is window.desk_page:
        written.append(save_png(window, folder, "desk"))
        page = window.desk_page
        page.new_visit()
        editor = page.form.editors()[0]
        procedures = (
            desk.index.search("aide au logement", 1) or list(desk.catalog.procedures.values())[:1]
        )
        if procedures:
            editor.choose(procedures[0])
            for row in editor.checklist.rows[:2]:
                row.checkbox.setChecked(True)
            editor.help_buttons.buttons()[1].setChecked(True)
        editor.search.setFocus(Qt.FocusReason.OtherFocusReason)
        written.append(save_png(window, folder, "visit-form"))
        page.show_day()
        page.show_agenda()
        page.agenda.span.setCurrentIndex(page.agenda.span.findData("week"))
        written.append(save_png(window, folder, "agenda"))
        page.show_day()
        page.show_manager_area()
        area = page.manager_area
        written.append(save_png(window, folder, "dashboard"))
        for tab, name in (
            (area.agents, "agents"),
            (area.site, "site"),
            (area.local_catalog, "local-catalog"),
            (area.backups, "backups"),
        ):
            area.tabs.setCurrentWidget(tab)
            written.append(save_png(window, folder, name))
        page.show_day()
    return written

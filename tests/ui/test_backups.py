"""Backups with the real widgets: the manager puts one back, and a damaged
database at start-up is offered the latest one."""

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from guichet.paths import shipped_catalog_dir
from guichet.storage.database import DATABASE_FILE
from guichet.ui.recovery import open_or_recover
from tests.ui.conftest import log_in
from tests.ui.helpers import answer_next_question, click
from tests.ui.test_manager_area import seed_today


def press_in_next_box(text: str, seen: list[str]) -> None:
    """Click the button labelled ``text`` of the next message box, keeping its text."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == text).click()

    QTimer.singleShot(0, press)


def today_visits(desk) -> int:
    return len(desk.intake.day())


def test_the_manager_puts_back_a_backup(qtbot, window, desk):
    seed_today(desk, 2)
    log_in(qtbot, window, "Claire Manager", "1234")
    click(qtbot, window.desk_page.manager_button)
    area = window.desk_page.manager_area
    area.tabs.setCurrentWidget(area.backups)
    page = area.backups
    click(qtbot, page.backup_button)
    assert page.status.text().startswith("Sauvegarde faite")
    assert page.table.item(0, 0).text()  # newest first, selected
    seed_today(desk, 1)  # saved after the backup: the restore will not have it
    assert today_visits(desk) == 3

    answer_next_question(QMessageBox.StandardButton.Yes)
    click(qtbot, page.restore_button)

    assert window.desk is not desk
    assert window.pages.currentWidget() is window.login_page
    assert today_visits(window.desk) == 2
    data_dir = window.desk.db.path.parent
    assert list(data_dir.glob(f"{DATABASE_FILE}.damaged-*"))  # the replaced file, kept
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.login_page.agents)
    log_in(qtbot, window, "Alex Agent", "5678")
    assert window.pages.currentWidget() is window.desk_page
    assert window.desk_page.table.model().rowCount() == 2
    window.desk.close()


def test_saying_no_restores_nothing(qtbot, window, desk):
    log_in(qtbot, window, "Claire Manager", "1234")
    click(qtbot, window.desk_page.manager_button)
    page = window.desk_page.manager_area.backups
    window.desk_page.manager_area.tabs.setCurrentWidget(page)
    click(qtbot, page.backup_button)
    seed_today(desk, 1)
    answer_next_question(QMessageBox.StandardButton.No)
    click(qtbot, page.restore_button)
    assert window.desk is desk and today_visits(desk) == 1


def damaged_with_backup(qtbot, window, desk) -> Path:
    seed_today(desk, 2)
    log_in(qtbot, window, "Claire Manager", "1234")
    click(qtbot, window.desk_page.manager_button)
    page = window.desk_page.manager_area.backups
    window.desk_page.manager_area.tabs.setCurrentWidget(page)
    click(qtbot, page.backup_button)
    window.show_login()  # the manager's desk session ends before the file is damaged
    data_dir = desk.db.path.parent
    desk.close()
    (data_dir / DATABASE_FILE).write_bytes(b"\x00damaged" * 512)
    for extra in ("-wal", "-shm"):
        (data_dir / (DATABASE_FILE + extra)).unlink(missing_ok=True)
    return data_dir


def test_a_damaged_database_at_start_is_offered_the_latest_backup(qtbot, window, desk):
    data_dir = damaged_with_backup(qtbot, window, desk)
    seen: list[str] = []
    press_in_next_box("Restaurer la sauvegarde", seen)
    answer_next_question(QMessageBox.StandardButton.Ok)  # "backup restored"
    reopened = open_or_recover(None, data_dir, shipped_catalog_dir(), False, interactive=True)
    assert reopened is not None
    assert "ne peut pas lire sa base" in seen[0] and "dernière sauvegarde" in seen[0]
    assert today_visits(reopened) == 2
    assert (next(data_dir.glob(f"{DATABASE_FILE}.damaged-*")).read_bytes()).startswith(
        b"\x00damaged"
    )
    reopened.close()


def test_quitting_at_start_leaves_the_damaged_file_alone(qtbot, window, desk):
    data_dir = damaged_with_backup(qtbot, window, desk)
    seen: list[str] = []
    press_in_next_box("Quitter", seen)
    assert open_or_recover(None, data_dir, shipped_catalog_dir(), False, interactive=True) is None
    assert (data_dir / DATABASE_FILE).read_bytes().startswith(b"\x00damaged")
    assert not list(data_dir.glob(f"{DATABASE_FILE}.damaged-*"))


def test_without_any_backup_only_quitting_is_offered(qtbot, tmp_path: Path):
    (tmp_path / DATABASE_FILE).write_bytes(b"\x00damaged" * 512)
    seen: list[str] = []
    press_in_next_box("Quitter", seen)
    assert open_or_recover(None, tmp_path, shipped_catalog_dir(), False, interactive=True) is None
    assert "Aucune sauvegarde" in seen[0]

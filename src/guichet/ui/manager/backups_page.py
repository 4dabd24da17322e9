"""The daily backups: see them, make one now, put one back."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.agent import AgentInfo
from guichet.services.backups import KEEP, BackupError, BackupInfo, Backups
from guichet.services.desk import Desk
from guichet.slips.wording import date_and_time
from guichet.ui.widgets import message_label, record_table


class BackupsPage(QWidget):
    # The database was replaced: the window must drop every page built on the old desk.
    restored = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = Backups(desk)
        self.actor: AgentInfo | None = None
        self.shown: list[BackupInfo] = []
        intro = message_label("hint")
        intro.setText(
            self.tr(
                "guichet copies the site's database once a day, at the first start of the day, "
                "and keeps the last {count}. Folder: {folder}"
            ).format(count=KEEP, folder=self._backups.folder)
        )
        self.table = record_table(
            self.tr("Backups of the site"), [self.tr("Made on"), self.tr("Size")]
        )
        self.table.currentCellChanged.connect(lambda *_: self._selected_changed())
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore the chosen backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.error = message_label("error")
        self.status = message_label("hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.status)

    def start(self, actor: AgentInfo) -> None:
        self.actor = actor
        self.error.clear()
        self.status.clear()
        self.refresh()

    def refresh(self) -> None:
        self.shown = self._backups.listed()
        locale = QLocale()
        self.table.setRowCount(len(self.shown))
        for row, info in enumerate(self.shown):
            self.table.setItem(row, 0, QTableWidgetItem(date_and_time(info.taken_at)))
            self.table.setItem(row, 1, QTableWidgetItem(locale.formattedDataSize(info.size)))
        if self.shown:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No backup yet on this computer."))
        self._selected_changed()

    def _selected(self) -> BackupInfo | None:
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _selected_changed(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def back_up_now(self) -> None:
        assert self.actor is not None
        try:
            made = self._backups.make_now(self.actor)
        except BackupError as error:
            self.error.setText(self.tr("No backup was made: {reason}").format(reason=error))
            return
        self.error.clear()
        self.refresh()
        self.status.setText(
            self.tr("Backup made: {moment}.").format(moment=date_and_time(made.taken_at))
        )

    def restore_selected(self) -> None:
        """Asks first: what was saved after that copy leaves the database."""
        chosen = self._selected()
        assert self.actor is not None and chosen is not None
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Put back the backup of {moment}?\n\nVisits and changes saved after it will "
                "not be in the restored database. The current file is kept aside for your "
                "technician. Everyone will have to log in again."
            ).format(moment=date_and_time(chosen.taken_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            desk, _aside = self._backups.restore(self.actor, chosen)
        except BackupError as error:
            self.error.setText(
                self.tr("Nothing was restored, the database is as it was: {reason}").format(
                    reason=error
                )
            )
            return
        self.restored.emit(desk)

"""The sync state in the status bar: online / offline / error, what waits, when it last worked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from guichet.sync.state import SyncState, SyncStatus


class SyncStatusWidget(QWidget):
    sync_now = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Synchronisation"))
        self.button = QPushButton(self.tr("Sync now"))
        self.button.clicked.connect(self.sync_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.hide()

    def show_state(self, state: SyncState) -> None:
        words = {
            SyncStatus.ONLINE: self.tr("Hub: connected"),
            SyncStatus.OFFLINE: self.tr("Hub: offline, will retry"),
            SyncStatus.ERROR: self.tr("Hub: refused ({detail})").format(detail=state.detail),
            SyncStatus.SYNCING: self.tr("Hub: syncing…"),
        }
        last = state.last_success.replace("T", " ")[:16] + " UTC" if state.last_success else "—"
        self.label.setText(
            self.tr("{status} · {pending} waiting · last success {last}").format(
                status=words[state.status], pending=state.pending, last=last
            )
        )
        self.button.setEnabled(state.status is not SyncStatus.SYNCING)
        self.show()

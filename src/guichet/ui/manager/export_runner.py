"""Runs the monthly export in a worker thread, so the window stays responsive and
shows a progress bar; the export itself touches no Qt object."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from guichet.domain.agent import AgentInfo
from guichet.services.desk import Desk
from guichet.services.export import export_for, failure_reason
from guichet.services.reports import Period


class _Job(QObject):
    progress = Signal(int, int)
    finished = Signal(str, int)
    failed = Signal(str)

    def __init__(
        self, desk: Desk, actor: AgentInfo, period: Period, fmt: str, output: Path
    ) -> None:
        super().__init__()
        self._args = (desk, actor, period, fmt, output)

    def run(self) -> None:
        desk, actor, period, fmt, output = self._args
        assert desk.site is not None
        try:
            rows = export_for(
                actor,
                desk.db,
                desk.site.id,
                desk.catalog,
                period,
                fmt,
                output,
                lambda done, total: self.progress.emit(done, total),
            )
        except Exception as error:  # reported to the manager, never a traceback
            self.failed.emit(failure_reason(error))
            return
        self.finished.emit(str(output), rows)


class ExportRunner(QObject):
    progress = Signal(int, int)
    finished = Signal(str, int)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: _Job | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, desk: Desk, actor: AgentInfo, period: Period, fmt: str, output: Path) -> None:
        self._thread = QThread()
        self._job = _Job(desk, actor, period, fmt, output)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.progress.connect(self.progress)
        self._job.finished.connect(self._done)
        self._job.failed.connect(self._failed)
        self._thread.start()

    def _stop(self) -> None:
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        self._thread = self._job = None

    def _done(self, path: str, rows: int) -> None:
        self._stop()
        self.finished.emit(path, rows)

    def _failed(self, reason: str) -> None:
        self._stop()
        self.failed.emit(reason)

"""The site's daily backups as people use them: see them, make one before an
update, put one back.

Putting one back from the manager area needs a manager. At start-up, when
the database cannot be read, nobody can log in: the restore is offered to
whoever is at the desk, which is safe because the damaged file is kept
beside the restored one, never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from guichet.domain.agent import AgentInfo
from guichet.services.desk import Desk
from guichet.services.permissions import require_manager
from guichet.storage import backup
from guichet.storage.backup import KEEP, BackupError
from guichet.storage.database import DATABASE_FILE

__all__ = ["KEEP", "BackupError", "BackupInfo", "Backups", "latest", "restore_file"]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int


def listed(data_dir: Path) -> list[BackupInfo]:
    """Newest first."""
    return [
        BackupInfo(path, backup.taken_at(path), path.stat().st_size)
        for path in backup.backups(data_dir)
    ]


def latest(data_dir: Path) -> BackupInfo | None:
    return next(iter(listed(data_dir)), None)


def restore_file(data_dir: Path, chosen: Path) -> Path | None:
    """For a database nobody can open; returns where the damaged file now lies."""
    return backup.restore(chosen, data_dir / DATABASE_FILE)


class Backups:
    """The manager area's view of the backups of the open desk's folder."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    @property
    def folder(self) -> Path:
        return backup.folder(self._desk.db.path.parent)

    def listed(self) -> list[BackupInfo]:
        return listed(self._desk.db.path.parent)

    def make_now(self, actor: AgentInfo) -> BackupInfo:
        """Before an update or a move, without waiting for tomorrow's."""
        require_manager(actor)
        path = backup.make_backup(self._desk.db.path, self._desk.db.path.parent)
        return BackupInfo(path, backup.taken_at(path), path.stat().st_size)

    def restore(self, actor: AgentInfo, chosen: BackupInfo) -> tuple[Desk, Path | None]:
        """Close the desk, put the copy in place and open it again.

        Returns the reopened desk (the old one is closed) and where the
        previous file was kept. A copy that fails its check or cannot be
        staged (a full disk) changes nothing: the old desk's engine simply
        reconnects to the untouched file.
        """
        require_manager(actor)
        backup.check(chosen.path)
        desk = self._desk
        desk.close()
        aside = restore_file(desk.db.path.parent, chosen.path)
        return desk.reopened(), aside

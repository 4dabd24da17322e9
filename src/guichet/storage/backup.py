"""Daily copies of the site's database, made with SQLite's online backup API.

The copy is consistent even while the desk writes (the backup API copies a
snapshot), lands under a temporary name and is renamed once complete, and
the oldest copies beyond ``KEEP`` are removed. A restore never overwrites
the damaged file: it is moved aside first, so a technician can still look.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime
from pathlib import Path

BACKUP_DIR = "backups"
KEEP = 14
PREFIX = "guichet-"
SUFFIX = ".sqlite3"
STAMP = "%Y-%m-%d-%H%M%S"


class BackupError(Exception):
    """The copy could not be made or read; ``reason`` is SQLite's or the system's."""


def folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def backups(data_dir: Path) -> list[Path]:
    """Newest first."""
    found = folder(data_dir).glob(f"{PREFIX}????-??-??-??????{SUFFIX}")
    return sorted(found, key=lambda p: p.name, reverse=True)


def make_backup(database: Path, data_dir: Path, when: datetime | None = None) -> Path:
    moment = when or datetime.now()
    target = folder(data_dir) / f"{PREFIX}{moment.strftime(STAMP)}{SUFFIX}"
    target.parent.mkdir(parents=True, exist_ok=True)
    _copy(database, target)
    for old in backups(data_dir)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def backup_due(data_dir: Path, today: date | None = None) -> bool:
    """One backup a day is enough: the first start of the day makes it."""
    day = f"{PREFIX}{(today or date.today()):%Y-%m-%d}"
    return not any(p.name.startswith(day) for p in backups(data_dir))


def check(path: Path) -> None:
    """Raises BackupError unless the file is a sound SQLite database."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise BackupError(str(error)) from None
    if not result or result[0] != "ok":
        raise BackupError(str(result[0] if result else "integrity check failed"))


def taken_at(path: Path) -> datetime:
    """When the copy was made, from its name (file times change when copied)."""
    return datetime.strptime(path.name.removeprefix(PREFIX).removesuffix(SUFFIX), STAMP)


def restore(backup: Path, database: Path) -> Path | None:
    """Put ``backup`` in place of ``database``; returns where the old file was moved.

    The copy is made beside the database first: if it fails (a full disk),
    the current file has not moved.
    """
    check(backup)
    staged = database.with_name(database.name + ".restoring")
    _copy(backup, staged)
    aside = None
    if database.exists():
        aside = database.with_name(f"{database.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
        os.replace(database, aside)
        for extra in ("-wal", "-shm"):
            leftover = database.with_name(database.name + extra)
            if leftover.exists():
                os.replace(leftover, aside.with_name(aside.name + extra))
    os.replace(staged, database)
    return aside


def _copy(source_path: Path, target: Path) -> None:
    """SQLite's online backup to a temporary name, renamed once whole."""
    partial = target.with_name(target.name + ".partial")
    try:
        source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(partial)
            with copy:
                source.backup(copy)
            copy.close()
        finally:
            source.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(str(error)) from None

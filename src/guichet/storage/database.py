"""Opens the desk's SQLite file: durable, checked, and at the current schema.

Durability: WAL with ``synchronous=FULL`` syncs the log on every commit, so
a visit the screen calls saved is on disk before the screen says so.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

#: The newest migration; start-up compares it with the file's version so that
#: alembic itself is only imported when there is something to upgrade.
SCHEMA_HEAD = "0008"
DATABASE_FILE = "guichet.sqlite3"


class StorageFull(Exception):
    """SQLite could not grow the file: the disk (or the user's quota) is full.
    The transaction was rolled back whole; what was saved before is intact."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: database or disk is full")
        self.path = path


class DatabaseUnreadable(Exception):
    """The file exists but SQLite cannot use it (corrupted, not a database, locked)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine: Engine = create_engine(f"sqlite:///{path}")
        event.listen(self.engine, "connect", _configure)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error
        (StorageFull when the disk is full)."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as error:
            if getattr(error.orig, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
                raise StorageFull(self.path) from error
            raise

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(data_dir: Path) -> Database:
    data_dir.mkdir(parents=True, exist_ok=True)
    database = Database(data_dir / DATABASE_FILE)
    try:
        with database.engine.connect() as connection:
            connection.execute(text("PRAGMA quick_check")).scalar_one()
            version = _schema_version(connection)
        if version != SCHEMA_HEAD:
            from guichet.storage.migrate import upgrade

            upgrade(database.engine)
    except (DatabaseError, OperationalError) as error:
        database.dispose()
        raise DatabaseUnreadable(database.path, str(error.orig or error)) from None
    return database


def _schema_version(connection) -> str | None:
    exists = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).first()
    if not exists:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

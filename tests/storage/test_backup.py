from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from guichet.storage import backup
from guichet.storage.database import DATABASE_FILE, DatabaseUnreadable, open_database


def filled(data_dir: Path, rows: int = 3):
    db = open_database(data_dir)
    with db.session() as session:
        for number in range(rows):
            session.execute(text("INSERT INTO setting VALUES (:k, 'v')"), {"k": f"k{number}"})
    return db


def test_backup_is_a_sound_copy_and_only_fourteen_are_kept(tmp_path: Path) -> None:
    db = filled(tmp_path)
    start = datetime(2026, 11, 1, 9, 0)
    for day in range(20):
        backup.make_backup(db.path, tmp_path, start + timedelta(days=day))
    kept = backup.backups(tmp_path)
    assert len(kept) == backup.KEEP
    assert kept[0].name == "guichet-2026-11-20-090000.sqlite3"
    backup.check(kept[0])
    assert not backup.backup_due(tmp_path, date(2026, 11, 20))
    assert backup.backup_due(tmp_path, date(2026, 11, 21))
    db.dispose()


def test_restore_after_corruption_keeps_the_damaged_file_aside(tmp_path: Path) -> None:
    db = filled(tmp_path, rows=5)
    saved = backup.make_backup(db.path, tmp_path)
    db.dispose()
    database = tmp_path / DATABASE_FILE
    database.write_bytes(b"\x00" * 4096 + b"not a database")
    for extra in ("-wal", "-shm"):
        (tmp_path / (DATABASE_FILE + extra)).unlink(missing_ok=True)
    with pytest.raises(DatabaseUnreadable):
        open_database(tmp_path)

    aside = backup.restore(saved, database)
    assert aside is not None and aside.read_bytes().endswith(b"not a database")
    reopened = open_database(tmp_path)
    with reopened.engine.connect() as connection:
        assert (
            connection.execute(text("SELECT count(*) FROM setting WHERE key LIKE 'k%'")).scalar()
            == 5
        )
    reopened.dispose()


def test_a_damaged_backup_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "guichet-2026-11-01-090000.sqlite3"
    bad.write_bytes(b"garbage")
    with pytest.raises(backup.BackupError):
        backup.restore(bad, tmp_path / DATABASE_FILE)

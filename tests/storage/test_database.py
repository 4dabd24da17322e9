import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from guichet.storage.database import (
    DATABASE_FILE,
    SCHEMA_HEAD,
    DatabaseUnreadable,
    open_database,
)
from guichet.storage.migrate import head_revision, upgrade


def test_schema_head_constant_matches_the_migrations() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_new_database_is_durable_and_checked(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    tables = set(inspect(db.engine).get_table_names())
    assert {"site", "workstation", "agent", "visit", "request", "document_check"} <= tables
    db.dispose()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    with pytest.raises(Exception, match="FOREIGN KEY"), db.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO workstation (id, site_id, name) VALUES ('w', 'no-such-site', 'x')")
        )
    db.dispose()


def _first_schema_with_a_visit(path: Path) -> None:
    """A desk still on the first schema (no visit channel), with one visit."""
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    with engine.begin() as connection:
        for statement in (
            "INSERT INTO site VALUES ('s', 'Site', NULL, '2026-10-01 09:00:00')",
            "INSERT INTO workstation VALUES ('w', 's', 'poste 1')",
            "INSERT INTO agent VALUES ('a', 's', 'Alex', 'agent', 'x', 1, 0, NULL)",
            "INSERT INTO visit (id, site_id, workstation_id, agent_id, started_at, closed_at,"
            " updated_at, status) VALUES ('v', 's', 'w', 'a', '2026-10-01 09:00:00',"
            " '2026-10-01 09:10:00', '2026-10-01 09:10:00', 'closed')",
            "INSERT INTO request VALUES ('r', 'v', 0, 'caf', 'caf-rsa', 'Demande de RSA',"
            " 'social-sante', 'accompanied', 'completed')",
            "INSERT INTO document_check VALUES ('d', 'r', 0, 'RIB', 'present')",
        ):
            connection.execute(text(statement))
        assert "channel" not in {c["name"] for c in inspect(connection).get_columns("visit")}
    engine.dispose()


def _assert_upgraded_with_the_visit(db) -> None:
    with db.engine.connect() as connection:
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == SCHEMA_HEAD
        )
        row = connection.execute(text("SELECT id, channel, status FROM visit")).one()
        assert tuple(row) == ("v", "on_site", "closed")
        assert connection.execute(text("SELECT label FROM document_check")).scalar() == "RIB"


def test_old_database_is_upgraded_without_losing_visits(tmp_path: Path) -> None:
    _first_schema_with_a_visit(tmp_path / DATABASE_FILE)
    db = open_database(tmp_path)
    _assert_upgraded_with_the_visit(db)
    db.dispose()


def test_an_interrupted_upgrade_leaves_the_old_schema_whole(tmp_path: Path) -> None:
    """An upgrade stopped halfway (here by a table in the way of migration 0003,
    in real life by a kill or a power cut) changes nothing, so the next start
    simply upgrades again; it used to keep 0002's column and never open again."""
    path = tmp_path / DATABASE_FILE
    _first_schema_with_a_visit(path)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE reference_sheet (id TEXT)")
    with pytest.raises(DatabaseUnreadable):
        open_database(tmp_path)
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    assert "channel" not in {row[1] for row in connection.execute("PRAGMA table_info(visit)")}
    connection.execute("DROP TABLE reference_sheet")
    connection.commit()
    connection.close()

    db = open_database(tmp_path)
    _assert_upgraded_with_the_visit(db)
    db.dispose()


def test_corrupted_file_gives_a_clear_error_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILE
    garbage = b"this is not a database" * 200
    path.write_bytes(garbage)
    with pytest.raises(DatabaseUnreadable) as raised:
        open_database(tmp_path)
    assert raised.value.path == path
    assert path.read_bytes() == garbage


def test_privacy_visit_tables_hold_no_identity(tmp_path: Path) -> None:
    """The visit log has no column for a visitor's name, NIR or ID number."""
    db = open_database(tmp_path)
    inspector = inspect(db.engine)
    forbidden = (
        "name",
        "nir",
        "social",
        "secu",
        "birth",
        "naissance",
        "identity",
        "phone",
        "email",
    )
    for table in ("visit", "request", "document_check"):
        for column in inspector.get_columns(table):
            assert not any(word in column["name"] for word in forbidden), (table, column["name"])
    db.dispose()


def test_committed_visit_is_in_the_file_for_another_reader(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    with db.session() as session:
        session.execute(text("INSERT INTO setting VALUES ('k', 'v')"))
    reader = sqlite3.connect(tmp_path / DATABASE_FILE)
    assert reader.execute("SELECT value FROM setting WHERE key='k'").fetchone() == ("v",)
    reader.close()
    db.dispose()

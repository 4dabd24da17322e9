"""Schema migrations with alembic, configured in code so no alembic.ini ships."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def config(connection: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Every pending migration in one SQLite transaction: all of them or none.

    pysqlite opens a transaction only before INSERT, UPDATE or DELETE and runs
    CREATE or ALTER on their own, each committed at once: a desk killed or
    switched off during an upgrade kept a schema half old, half new, that it
    then refused to open ever after. ``BEGIN IMMEDIATE`` also makes a second
    process starting at the same moment wait, then find the work done.
    """
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        implicit = driver.isolation_level
        driver.isolation_level = None
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            command.upgrade(config(connection), revision)
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            driver.isolation_level = implicit


def head_revision() -> str | None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()

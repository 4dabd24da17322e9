"""The hub's tables and every query it runs, on SQLite (default) or PostgreSQL.

Tables are created with ``metadata.create_all`` when the hub opens its
database: this first version has no migrations; the first change to a table
brings alembic, as on the desk.

Every timestamp is naive UTC. Secrets never reach this module: it only sees
SHA-256 hashes of tokens and enrollment codes. Statement parameters are kept
out of error messages (``hide_parameters``) so that a failed insert cannot
copy a visit payload into the server log.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypedDict

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Row,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    func,
    insert,
    make_url,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.pool import ConnectionPoolEntry

from guichet.storage.models import NAMING

metadata = MetaData(naming_convention=NAMING)

site = Table(
    "site",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(200), nullable=False),
    #: INSEE code of the site's commune; the département reports select on its prefix.
    Column("commune", String(5)),
    Column("created_at", DateTime, nullable=False),
)

workstation = Table(
    "workstation",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("site_id", ForeignKey("site.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
)

enrollment_code = Table(
    "enrollment_code",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("site_id", ForeignKey("site.id"), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("used_at", DateTime),
    Column("used_by_workstation", ForeignKey("workstation.id")),
)

event_log = Table(
    "event",
    metadata,
    # The pull cursor. SQLite only auto-increments an INTEGER primary key, and
    # AUTOINCREMENT keeps it from ever reusing a number, so cursors only go forward.
    Column(
        "seq",
        BigInteger().with_variant(Integer, "sqlite"),
        primary_key=True,
        autoincrement=True,
    ),
    Column("site_id", ForeignKey("site.id"), nullable=False),
    Column("event_id", String(36), nullable=False),
    Column("workstation_id", ForeignKey("workstation.id"), nullable=False),
    Column("kind", String(64), nullable=False),
    Column("entity_id", String(80), nullable=False),
    Column("payload", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("received_at", DateTime, nullable=False),
    UniqueConstraint("site_id", "event_id"),
    Index("ix_event_site_seq", "site_id", "seq"),
    sqlite_autoincrement=True,
)

admin_token = Table(
    "admin_token",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("created_at", DateTime, nullable=False),
)


class NewEvent(TypedDict):
    """An event as a desk sent it, payload already serialised to JSON text."""

    event_id: str
    kind: str
    entity_id: str
    payload: str
    created_at: datetime


@dataclass(frozen=True)
class Enrollment:
    site_id: str
    site_name: str
    workstation_id: str


@dataclass(frozen=True)
class SiteInfo:
    id: str
    name: str
    commune: str | None


def _insert_new_events_sql(dialect: Dialect) -> str:
    """INSERT … ON CONFLICT DO NOTHING of an event, as SQL for the driver's executemany.

    Compiled once: executed through SQLAlchemy, building and converting each
    row's parameters took a third of the time of a batch's insert. Placeholders
    are named on SQLite too (its default is "?"), so that rows are dicts on both.
    """
    if dialect.name == "sqlite":
        statement = sqlite.insert(event_log)
        dialect = sqlite.dialect(paramstyle="named")
    else:
        statement = postgresql.insert(event_log)
    statement = statement.on_conflict_do_nothing(index_elements=["site_id", "event_id"])
    columns = [column.key for column in event_log.c if column is not event_log.c.seq]
    return str(statement.compile(dialect=dialect, column_keys=columns, for_executemany=True))


def _datetime_param(dialect: Dialect) -> Callable[[datetime], Any]:
    """A datetime as SQLAlchemy hands it to the driver (on SQLite: text)."""
    column_type = event_log.c.created_at.type.dialect_impl(dialect)
    return column_type.bind_processor(dialect) or (lambda value: value)


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    """Same durability as the desk: an acknowledged batch is on disk (WAL, FULL sync)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class HubStore:
    """The hub's database: one engine, short transactions, Core statements."""

    def __init__(self, url: str) -> None:
        self.is_sqlite = make_url(url).get_backend_name() == "sqlite"
        # A PostgreSQL connection can die with a server restart; a SQLite file cannot.
        self.engine = create_engine(url, hide_parameters=True, pool_pre_ping=not self.is_sqlite)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._insert_new_events = _insert_new_events_sql(self.engine.dialect)
        self._datetime_param = _datetime_param(self.engine.dialect)

    def create_tables(self) -> None:
        metadata.create_all(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()

    # -- set-up by the hub's operator (CLI) -------------------------------------

    def add_site(self, name: str, commune: str | None, site_id: str | None, now: datetime) -> str:
        site_id = site_id or str(uuid.uuid4())
        with self.engine.begin() as connection:
            connection.execute(
                insert(site).values(id=site_id, name=name, commune=commune, created_at=now)
            )
        return site_id

    def site(self, site_id: str) -> SiteInfo | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                select(site.c.id, site.c.name, site.c.commune).where(site.c.id == site_id)
            ).first()
        return SiteInfo(*row) if row else None

    def add_enrollment_code(
        self, site_id: str, code_hash: str, now: datetime, expires_at: datetime
    ) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                insert(enrollment_code).values(
                    code_hash=code_hash, site_id=site_id, created_at=now, expires_at=expires_at
                )
            )

    def add_admin_token(self, token_hash: str, now: datetime) -> None:
        with self.engine.begin() as connection:
            connection.execute(insert(admin_token).values(token_hash=token_hash, created_at=now))

    # -- authentication ----------------------------------------------------------

    def enroll(
        self, code_hash: str, workstation_name: str, token_hash: str, now: datetime
    ) -> Enrollment | None:
        """Turns a valid code into a workstation, or None (unknown, expired, used).

        The code is claimed by a conditional UPDATE in the same transaction as
        the new workstation, so two desks racing with one code get one winner.
        """
        workstation_id = str(uuid.uuid4())
        with self.engine.connect() as connection:
            found = connection.execute(
                select(site.c.id, site.c.name)
                .join(enrollment_code, enrollment_code.c.site_id == site.c.id)
                .where(
                    enrollment_code.c.code_hash == code_hash,
                    enrollment_code.c.used_at.is_(None),
                    enrollment_code.c.expires_at > now,
                )
            ).first()
            if found is None:
                return None
            site_id, site_name = found
            connection.execute(
                insert(workstation).values(
                    id=workstation_id,
                    site_id=site_id,
                    name=workstation_name,
                    token_hash=token_hash,
                    created_at=now,
                )
            )
            claimed = connection.execute(
                update(enrollment_code)
                .where(
                    enrollment_code.c.code_hash == code_hash,
                    enrollment_code.c.used_at.is_(None),
                )
                .values(used_at=now, used_by_workstation=workstation_id)
            ).rowcount
            if claimed != 1:
                return None  # leaving without commit rolls the workstation back
            connection.commit()
        return Enrollment(site_id, site_name, workstation_id)

    def workstation_for(self, token_hash: str) -> tuple[str, str] | None:
        """(workstation id, site id) of a workstation token's hash."""
        with self.engine.connect() as connection:
            row = connection.execute(
                select(workstation.c.id, workstation.c.site_id).where(
                    workstation.c.token_hash == token_hash
                )
            ).first()
        return (row.id, row.site_id) if row else None

    def is_admin(self, token_hash: str) -> bool:
        with self.engine.connect() as connection:
            return (
                connection.execute(
                    select(admin_token.c.token_hash).where(admin_token.c.token_hash == token_hash)
                ).first()
                is not None
            )

    # -- the event log -------------------------------------------------------------

    def ingest(
        self,
        site_id: str,
        workstation_id: str,
        events: Sequence[NewEvent],
        received_at: datetime,
    ) -> int:
        """Stores the events this site does not have yet; returns how many were new.

        One transaction and one executemany of INSERT … ON CONFLICT DO NOTHING
        per batch: the unique (site, event id) constraint does the deduplication,
        with no SELECT per event, and the row count (added up over the rows by
        both drivers) says how many were new.
        """
        to_param = self._datetime_param
        origin = {
            "site_id": site_id,
            "workstation_id": workstation_id,
            "received_at": to_param(received_at),
        }
        rows = [{**new, "created_at": to_param(new["created_at"]), **origin} for new in events]
        with self.engine.begin() as connection:
            self._serialise_site_writes(connection, site_id)
            return connection.exec_driver_sql(self._insert_new_events, rows).rowcount

    def _serialise_site_writes(self, connection: Connection, site_id: str) -> None:
        """On PostgreSQL, one batch of a site at a time, so that the site's
        sequence numbers become visible in order: otherwise a pull could see seq
        11 committed before seq 10, move its cursor past 10 and never get it.
        SQLite needs nothing: it has only one writer at a time anyway.
        """
        if not self.is_sqlite:
            connection.execute(
                select(site.c.id).where(site.c.id == site_id).with_for_update(key_share=True)
            )

    def events_after(self, site_id: str, after: int, limit: int) -> Sequence[Row]:
        with self.engine.connect() as connection:
            return connection.execute(
                select(
                    event_log.c.seq,
                    event_log.c.event_id,
                    event_log.c.kind,
                    event_log.c.entity_id,
                    event_log.c.payload,
                    event_log.c.workstation_id,
                    event_log.c.created_at,
                )
                .where(event_log.c.site_id == site_id, event_log.c.seq > after)
                .order_by(event_log.c.seq)
                .limit(limit)
            ).all()

    # -- reports -------------------------------------------------------------------

    def latest_payloads(self, site_ids: Collection[str], kind: str) -> list[tuple[str, str]]:
        """(site id, payload) of the latest event of ``kind`` for each entity of the sites.

        Latest means the highest seq: the order the hub received them in, which
        for one entity is the order its desk wrote them in (the outbox is FIFO).
        """
        latest = (
            select(func.max(event_log.c.seq).label("seq"))
            .where(event_log.c.site_id.in_(site_ids), event_log.c.kind == kind)
            .group_by(event_log.c.site_id, event_log.c.entity_id)
            .subquery()
        )
        query = select(event_log.c.site_id, event_log.c.payload).join(
            latest, latest.c.seq == event_log.c.seq
        )
        with self.engine.connect() as connection:
            return [(row.site_id, row.payload) for row in connection.execute(query)]

    def sites_in_departement(self, code: str) -> list[SiteInfo]:
        """Sites whose commune INSEE code starts with the (already validated) code."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(site.c.id, site.c.name, site.c.commune)
                .where(site.c.commune.startswith(code, autoescape=True))
                .order_by(site.c.name, site.c.id)
            ).all()
        return [SiteInfo(*row) for row in rows]

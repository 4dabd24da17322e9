"""``guichet-hub``: run the hub and set up what it serves (sites, desks, admins).

Secrets (enrollment codes, admin tokens) are printed once on stdout, alone on
their line so a script can capture them, and never stored: the database
keeps their hash. The database URL can come from ``GUICHET_HUB_DATABASE``
rather than ``--database`` so that a PostgreSQL password does not show in
the process list.
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import IntegrityError, OperationalError

from guichet.domain.visit import is_insee_code
from guichet.hub.credentials import (
    enrollment_code_hash,
    new_enrollment_code,
    new_token,
    secret_hash,
)
from guichet.hub.storage import HubStore

DEFAULT_DATABASE = "sqlite:///guichet-hub.sqlite3"
DATABASE_ENV = "GUICHET_HUB_DATABASE"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command: Callable[[argparse.Namespace], int] = args.command
    try:
        return command(args)
    except OperationalError as error:
        reason = str(error.orig).splitlines()[0] if error.orig else type(error).__name__
        print(f"guichet-hub: database unavailable: {reason}", file=sys.stderr)
        return 2


def _serve(args: argparse.Namespace) -> int:
    from guichet.hub.app import create_app
    from guichet.hub.server import build_server

    build_server(create_app(args.database), args.host, args.port).run()
    return 0


def _site_add(args: argparse.Namespace) -> int:
    store = _open(args.database)
    try:
        site_id = store.add_site(args.name, args.commune, args.id, _now())
    except IntegrityError:
        print(f"guichet-hub: a site with id {args.id} already exists", file=sys.stderr)
        return 1
    finally:
        store.dispose()
    print(site_id)
    return 0


def _enroll(args: argparse.Namespace) -> int:
    store = _open(args.database)
    try:
        if store.site(args.site) is None:
            print(f"guichet-hub: no site with id {args.site}", file=sys.stderr)
            return 1
        code = new_enrollment_code()
        now = _now()
        expires_at = now + timedelta(hours=args.valid_hours)
        store.add_enrollment_code(args.site, enrollment_code_hash(code), now, expires_at)
    finally:
        store.dispose()
    print(code)
    print(f"single use, valid until {expires_at:%Y-%m-%d %H:%M} UTC", file=sys.stderr)
    return 0


def _admin_token(args: argparse.Namespace) -> int:
    store = _open(args.database)
    token = new_token()
    try:
        store.add_admin_token(secret_hash(token), _now())
    finally:
        store.dispose()
    print(token)
    return 0


def _open(url: str) -> HubStore:
    store = HubStore(url)
    store.create_tables()
    return store


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _commune(value: str) -> str:
    if not is_insee_code(value):
        raise argparse.ArgumentTypeError("an INSEE commune code is 5 characters, e.g. 25388, 2A004")
    return value.upper()


def _site_id(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise argparse.ArgumentTypeError("a site id is a UUID") from None


def _positive(value: str) -> int:
    number = int(value)
    if number <= 0:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _parser() -> argparse.ArgumentParser:
    database = argparse.ArgumentParser(add_help=False)
    database.add_argument(
        "--database",
        metavar="URL",
        default=os.environ.get(DATABASE_ENV, DEFAULT_DATABASE),
        help=f"SQLAlchemy URL: sqlite:///FILE or postgresql+psycopg://USER@HOST/DB "
        f"(default: ${DATABASE_ENV}, else {DEFAULT_DATABASE})",
    )
    parser = argparse.ArgumentParser(
        prog="guichet-hub", description="Sync hub of the guichet desks."
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", parents=[database], help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1", help="default: 127.0.0.1")
    serve.add_argument("--port", type=int, default=8080, help="default: 8080")
    serve.set_defaults(command=_serve)

    site = commands.add_parser("site", help="manage sites")
    site_commands = site.add_subparsers(required=True, metavar="COMMAND")
    add = site_commands.add_parser("add", parents=[database], help="add a site, print its id")
    add.add_argument("--name", required=True)
    add.add_argument("--commune", type=_commune, help="INSEE code of the site's commune")
    add.add_argument("--id", type=_site_id, help="the site's id (default: a new UUID)")
    add.set_defaults(command=_site_add)

    enroll = commands.add_parser(
        "enroll", parents=[database], help="print a one-time code for a new desk of a site"
    )
    enroll.add_argument("--site", required=True, metavar="ID")
    enroll.add_argument("--valid-hours", type=_positive, default=72, help="default: 72")
    enroll.set_defaults(command=_enroll)

    admin = commands.add_parser(
        "admin-token", parents=[database], help="print a new token for département reports"
    )
    admin.set_defaults(command=_admin_token)
    return parser

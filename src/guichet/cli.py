"""Commands for technicians and scheduled jobs: no window, French output."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from guichet.catalog.dila import DilaArchiveError
from guichet.catalog.errors import CatalogError
from guichet.catalog.loader import SCHEMA_FILE, load_catalog, validate_local
from guichet.catalog.source import CatalogLoad
from guichet.domain.catalog import Origin
from guichet.i18n import install_translations, translate
from guichet.paths import shipped_catalog_dir
from guichet.services.catalog import CatalogService
from guichet.storage.database import DatabaseUnreadable, StorageFull, open_database


def run(args: argparse.Namespace) -> int:
    QCoreApplication.setApplicationName("guichet")
    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translations(args.language)
    data_dir = (args.data_dir or _default_data_dir()).expanduser().resolve()
    catalog_dir = args.catalog_dir or shipped_catalog_dir()
    if args.command == "export":
        return _export(data_dir, catalog_dir, args)
    if args.command == "restore":
        return _restore(data_dir, args.backup_file)
    try:
        db = open_database(data_dir)
    except DatabaseUnreadable as error:
        _unreadable(error)
        return 2
    try:
        if args.command == "demo-data":
            return _demo_data(db, catalog_dir, args.months)
        if args.command == "enroll":
            return _enroll(db, data_dir, args.hub, args.code or _ask_code())
        if args.command == "sync":
            return _sync(db, data_dir)
        if args.catalog_command == "check":
            return _check(db, catalog_dir)
        try:
            shipped = load_catalog(catalog_dir)
        except CatalogError as error:
            _err(error.message())
            return 1
        service = CatalogService(db, CatalogLoad(shipped), catalog_dir)
        if args.catalog_command == "search":
            return _search(service, args.query)
        return _import_dila(service, args.archive)
    except StorageFull:
        _err(
            translate(
                "Cli",
                "The disk is full: nothing was saved, and what was saved before is intact. "
                "Free some space on the disk, then run the command again.",
            )
        )
        return 1
    finally:
        db.dispose()


def _unreadable(error: DatabaseUnreadable) -> None:
    _err(
        translate("Cli", "guichet cannot read its database {path}: {reason}").format(
            path=error.path, reason=error.reason
        )
    )


def _export(data_dir: Path, catalog_dir: Path, args: argparse.Namespace) -> int:
    """The month's requests to a file; checked before anything is opened, so a
    mistyped month or folder leaves no empty database behind."""
    from guichet.catalog import source
    from guichet.services.export import ExportRefused, export, failure_reason
    from guichet.services.reports import Period
    from guichet.services.site import current_site
    from guichet.storage.database import DATABASE_FILE

    try:
        period = Period.month(args.month)
    except ValueError:
        _err(
            translate("Cli", "Invalid month “{month}”: expected YYYY-MM, e.g. 2026-10.").format(
                month=args.month
            )
        )
        return 2
    no_site = translate("Cli", "No site in {path}: start guichet there once to create it.")
    if not (data_dir / DATABASE_FILE).exists():
        _err(no_site.format(path=data_dir))
        return 2
    try:
        db = open_database(data_dir)
    except DatabaseUnreadable as error:
        _unreadable(error)
        return 2
    try:
        site = current_site(db)
        if site is None:
            _err(no_site.format(path=data_dir))
            return 2
        catalog = CatalogService(db, source.load(catalog_dir, data_dir), catalog_dir).catalog
        try:
            count = export(db, site.id, catalog, period, args.format, args.output)
        except (OSError, ExportRefused) as error:
            _err(
                translate("Cli", "Nothing exported to {path}: {reason}").format(
                    path=args.output, reason=failure_reason(error)
                )
            )
            return 1
    finally:
        db.dispose()
    _out(
        translate("Cli", "{count} requests exported to {path}").format(
            count=count, path=args.output
        )
    )
    return 0


def _restore(data_dir: Path, chosen: Path | None) -> int:
    """For a damaged database: the current file is moved aside, never deleted."""
    from guichet.services import backups
    from guichet.storage.backup import folder

    newest = backups.latest(data_dir)
    source = chosen or (newest.path if newest else None)
    if source is None:
        _err(translate("Cli", "No backup found in {folder}.").format(folder=folder(data_dir)))
        return 1
    try:
        aside = backups.restore_file(data_dir, source)
    except backups.BackupError as error:
        _err(
            translate("Cli", "The backup {file} cannot be used: {reason}").format(
                file=source, reason=error
            )
        )
        return 1
    _out(translate("Cli", "Database restored from {file}.").format(file=source.name))
    if aside is not None:
        _out(translate("Cli", "The previous file was kept as {file}.").format(file=aside.name))
    return 0


def _demo_data(db, catalog_dir: Path, months: int) -> int:
    """Fills the data folder's site (a demo site is made if there is none)."""
    from guichet.catalog import source
    from guichet.services.demo import seed_demo
    from guichet.services.demo_data import generate_months
    from guichet.services.site import current_site

    if months < 0 or months > 36:
        _err(translate("Cli", "--months must be between 0 and 36."))
        return 2
    catalog = source.load(catalog_dir, db.path.parent).catalog
    site = current_site(db) or seed_demo(db, catalog)
    visits = generate_months(db, site, catalog, months)
    _out(
        translate("Cli", "{visits} demo visits added to {site}.").format(
            visits=visits, site=site.name
        )
    )
    return 0


def _ask_code() -> str:
    """Typed at a prompt, or piped in: a code on the command line shows in ``ps``
    to every account of the computer while the enrolment runs."""
    prompt = translate("Cli", "One-time code: ")
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt).strip()
    return sys.stdin.readline().strip()


def _enroll(db, data_dir: Path, url: str, code: str) -> int:
    from guichet.sync.client import HubRefused, HubUnavailable
    from guichet.sync.enrolment import enroll

    if not code:
        _err(translate("Cli", "No one-time code given: ask the hub's administrator for one."))
        return 2
    try:
        enrolment, where = enroll(db, data_dir, url, code)
    except HubRefused as error:
        _err(translate("Cli", "The hub refused the code: {detail}").format(detail=error.detail))
        return 1
    except HubUnavailable:
        _err(translate("Cli", "The hub cannot be reached at {url}.").format(url=url))
        return 1
    _out(
        translate(
            "Cli", "Enrolled with {site} (workstation {workstation}); token kept in: {where}."
        ).format(site=enrolment.site_name, workstation=enrolment.workstation_id, where=where)
    )
    return 0


def _sync(db, data_dir: Path) -> int:
    from guichet.services.site import current_site
    from guichet.sync.client import HubClient, HubGarbled, HubRefused, HubUnavailable
    from guichet.sync.credentials import load_token
    from guichet.sync.engine import SyncEngine
    from guichet.sync.enrolment import hub_url

    site = current_site(db)
    url = hub_url(db)
    token = load_token(data_dir, site.workstation_id) if site and url else None
    if site is None or not url or not token:
        _err(translate("Cli", "This workstation is not enrolled: run guichet enroll first."))
        return 2
    try:
        report = SyncEngine(db, HubClient(url, token), site.workstation_id).round()
    except HubGarbled:
        _err(
            translate(
                "Cli",
                "The hub at {url} answered something unexpected (is it really a guichet hub?); "
                "nothing is lost, try again later.",
            ).format(url=url)
        )
        return 1
    except HubUnavailable as problem:
        _err(
            translate(
                "Cli", "The hub cannot be reached ({reason}); nothing is lost, try again later."
            ).format(reason=problem)
        )
        return 1
    except HubRefused as problem:
        _err(translate("Cli", "The hub refused the sync: {detail}").format(detail=problem.detail))
        return 1
    _out(
        translate("Cli", "Pushed {pushed} events, pulled {pulled}.").format(
            pushed=report.pushed, pulled=report.pulled
        )
    )
    return 0


def _default_data_dir() -> Path:
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def _check(db, catalog_dir: Path) -> int:
    try:
        shipped = load_catalog(catalog_dir)
    except CatalogError as error:
        _err(error.message())
        return 1
    service = CatalogService(db, CatalogLoad(shipped), catalog_dir)
    invalid = 0
    for kind, raw in service.local_entries():
        try:
            validate_local(kind, raw, catalog_dir / SCHEMA_FILE, service.catalog)
        except CatalogError as error:
            _err(error.message())
            invalid += 1
    catalog = service.catalog
    procedures = list(catalog.procedures.values())
    local = sum(1 for p in procedures if p.origin is Origin.LOCAL)
    references = sum(1 for p in procedures if p.origin is Origin.REFERENCE)
    local_operators = sum(1 for o in catalog.operators.values() if o.id.startswith("local-"))
    _out(
        translate("Cli", "Catalogue {version} of {date}").format(
            version=catalog.version, date=catalog.date
        )
    )
    _out(
        translate("Cli", "Operators: {count} (local: {local})").format(
            count=len(catalog.operators), local=local_operators
        )
    )
    _out(translate("Cli", "Themes: {count}").format(count=len(catalog.themes)))
    _out(
        translate(
            "Cli", "Procedures: {count} (local: {local}, reference sheets: {references})"
        ).format(count=len(procedures), local=local, references=references)
    )
    _out(
        translate("Cli", "Checklist items: {count}").format(
            count=sum(len(p.documents) for p in procedures)
        )
    )
    if invalid:
        _err(translate("Cli", "{count} invalid local entries.").format(count=invalid))
        return 1
    _out(translate("Cli", "The catalogue is valid."))
    return 0


def _search(service: CatalogService, query: str) -> int:
    catalog = service.catalog
    for procedure in service.index.search(query, 5):
        operator = catalog.operators.get(procedure.operator_id)
        name = operator.short_name if operator else translate("Cli", "reference sheet")
        _out(f"{procedure.id}\t{procedure.title} — {name}")
    return 0


def _import_dila(service: CatalogService, archive: Path) -> int:
    try:
        report = service.import_dila(archive)
    except DilaArchiveError as error:
        _err(translate("Cli", "Nothing imported: {reason}").format(reason=error))
        return 1
    _out(
        translate(
            "Cli",
            "Sheets added: {added}, updated: {updated}, unchanged: {unchanged}, skipped: {skipped}",
        ).format(
            added=report.added,
            updated=report.updated,
            unchanged=report.unchanged,
            skipped=len(report.skipped),
        )
    )
    _out(translate("Cli", "Curated procedures enriched: {count}").format(count=report.enriched))
    for name, reason in report.skipped:
        _out(translate("Cli", "Skipped {file}: {reason}").format(file=name, reason=reason))
    return 0


def _out(text: str) -> None:
    print(text)


def _err(text: str) -> None:
    print(text, file=sys.stderr)

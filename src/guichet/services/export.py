"""The monthly export the site manager sends to the national reporting: one
row per request of the period's closed visits, as CSV, or as an XLSX workbook
that adds a summary sheet of the quality indicators.

A site's month is a few thousand rows, but an archive or a hub holds millions,
so rows never become Python objects: one SQL query joins, counts the document
checks, converts to local time and puts labels on the codes. For CSV it even
assembles each line, leaving Python only to move strings to the file: a
million requests take less than twice what ``sqlite3 -csv`` needs to dump the
same join (tests/bench/bench_export.py). The visit's free-text note is never
selected.
"""

from __future__ import annotations

import csv
import errno
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from guichet.domain.agent import AgentInfo
from guichet.domain.catalog import Catalog
from guichet.domain.report import compute
from guichet.domain.visit import DocumentStatus, VisitStatus
from guichet.i18n import translate
from guichet.services import export_labels as labels
from guichet.services import export_summary as summary
from guichet.services.permissions import require_manager
from guichet.services.reports import Period, ReportService
from guichet.storage.database import Database
from guichet.storage.models import Site

Format = Literal["csv", "xlsx"]
Progress = Callable[[int, int], None]

# Rows per fetch, and how often ``progress`` hears about it.
CHUNK = 5000
DELIMITER = ";"
# How SQLAlchemy stores a DateTime in SQLite; bounds must compare as text.
STORED = "%Y-%m-%d %H:%M:%S.%f"

_REQUESTS = """
FROM visit v
JOIN request r ON r.visit_id = v.id"""
_DETAILS = f"""
JOIN agent a ON a.id = v.agent_id
LEFT JOIN (
    SELECT request_id,
           sum(status = '{DocumentStatus.PRESENT}') AS present,
           sum(status = '{DocumentStatus.MISSING}') AS missing
    FROM document_check GROUP BY request_id
) d ON d.request_id = r.id"""
# The same filter as ReportService.rows, so the summary counts the same rows.
# "+" keeps SQLite off the site index: the month's range of closed_at is what
# narrows a database holding years of visits.
_WHERE = f"""
WHERE +v.site_id = ? AND v.status = '{VisitStatus.CLOSED}'
  AND v.closed_at >= ? AND v.closed_at < ?"""
_ORDER = "\nORDER BY v.closed_at, v.id, r.position"
_LOCAL = "datetime(v.closed_at, 'localtime')"
# A spreadsheet runs a cell that starts with one of these as a formula
# (OWASP "CSV injection"): a title typed as "=HYPERLINK(…)" must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel's last row, the header included.
XLSX_MAX_ROWS = 1_048_576
# Column widths of the XLSX rows, in characters, in ``labels.headers()`` order.
WIDTHS = (11, 7, 37, 18, 14, 18, 24, 30, 50, 26, 22, 9, 9, 9, 9, 15, 9, 9, 9, 9)


class ExportRefused(ValueError):
    """The export cannot be made as asked; nothing was written."""


class TooManyRows(ExportRefused):
    """More requests than one XLSX sheet holds; CSV has no such limit."""

    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


class NotAFile(ExportRefused):
    """The output names a folder or a device: the final rename would replace it."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def failure_reason(error: Exception) -> str:
    """Why nothing was exported, in the manager's words (never a traceback)."""
    if isinstance(error, TooManyRows):
        return translate(
            "Export",
            "the period has {count} requests, more than one XLSX sheet holds "
            "({limit}); export it as CSV",
        ).format(count=error.count, limit=XLSX_MAX_ROWS - 1)
    if isinstance(error, NotAFile):
        return translate(
            "Export", "“{path}” is a folder or a device, not a file: give a file name"
        ).format(path=error.path)
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return translate("Export", "the disk is full")
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)


def as_text(value: str) -> str:
    """The value as a spreadsheet shows it, never as a formula: a leading
    apostrophe is how spreadsheets themselves mark typed text."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def _as_text_sql(column: str) -> str:
    """``as_text`` in SQL, so that export rows never go through Python."""
    starts = ", ".join(f"char({ord(start)})" for start in FORMULA_STARTS)
    return f"CASE WHEN substr({column}, 1, 1) IN ({starts}) THEN '''' || {column} ELSE {column} END"


def _minutes(since: str, until: str) -> str:
    """Whole minutes between two stored times, never negative, NULL if one is."""
    return f"CAST(round(max(julianday({until}) - julianday({since}), 0) * 1440) AS INTEGER)"


def export_for(
    actor: AgentInfo,
    db: Database,
    site_id: str,
    catalog: Catalog,
    period: Period,
    fmt: Format,
    output: Path,
    progress: Progress | None = None,
) -> int:
    """The export as the manager asks for it from the desk."""
    require_manager(actor)
    return export(db, site_id, catalog, period, fmt, output, progress)


def export(
    db: Database,
    site_id: str,
    catalog: Catalog,
    period: Period,
    fmt: Format,
    output: Path,
    progress: Progress | None = None,
) -> int:
    """Write the period's requests to ``output`` and return how many there were.

    The file appears whole or not at all: it is written beside ``output`` and
    renamed at the end. ``progress(done, total)`` is called every CHUNK rows
    from the calling thread; nothing here touches Qt, so a worker may run it.
    """
    if output.exists() and not output.is_file():
        raise NotAFile(output)
    partial = output.with_name(f".{output.name}.part")
    start, end = period.bounds()
    where = [site_id, start.strftime(STORED), end.strftime(STORED)]
    try:
        with _snapshot(db) as cursor:
            # Counting costs one more pass over the join: only when someone
            # watches, or when the rows must fit in a sheet.
            total = _count(cursor, where) if progress or fmt == "xlsx" else 0
            if fmt == "xlsx" and total >= XLSX_MAX_ROWS:
                raise TooManyRows(total)
            tick = progress or (lambda _done, _total: None)
            if fmt == "csv":
                written = _write_csv(cursor, catalog, where, partial, tick, total)
            else:
                lines = _summary(db, site_id, catalog, period)
                written = _write_xlsx(cursor, catalog, where, lines, partial, tick, total)
        partial.replace(output)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return written


@contextmanager
def _snapshot(db: Database) -> Iterator[sqlite3.Cursor]:
    """A bare cursor in one read transaction, so the count and the rows agree
    even while a desk keeps saving visits."""
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("BEGIN")
        yield cursor
    finally:
        connection.rollback()
        connection.close()


def _count(cursor: sqlite3.Cursor, where: list[Any]) -> int:
    return cursor.execute(f"SELECT count(*) {_REQUESTS}{_WHERE}", where).fetchone()[0]


def _select(catalog: Catalog, for_csv: bool) -> tuple[str, list[Any]]:
    """The query of the rows, in ``labels.headers()`` order, and its parameters
    (before the filter's).

    For CSV each row is one finished line, made by a single printf: text in
    double quotes with its own quotes doubled (``%w``), numbers bare. For XLSX
    the date and time come as one local "YYYY-MM-DD HH:MM:SS" text, then one
    value per column.
    """
    params: list[Any] = []

    def label(column: str, names: Mapping[Any, str], otherwise: str = "NULL") -> str:
        for code, name in names.items():
            params.extend((code, name))
        return f"CASE {column} {'WHEN ? THEN ? ' * len(names)}ELSE {otherwise} END"

    # Local partners and procedures are typed by the site: text a person wrote
    # goes out through ``as_text``.
    operators = {key: as_text(operator.short_name) for key, operator in catalog.operators.items()}
    themes = {key: as_text(theme.name) for key, theme in catalog.themes.items()}
    # (SQL, is text) for each column after the date and the time.
    columns = [
        ("v.id", True),
        (_as_text_sql("a.name"), True),
        (label("v.channel", labels.channels(), "v.channel"), True),
        (label("r.operator_id", operators, "r.operator_id"), True),
        (label("r.theme_id", themes, "r.theme_id"), True),
        (_as_text_sql("r.procedure_id"), True),
        (_as_text_sql("r.procedure_title"), True),
        (label("r.help_type", labels.help_types(), "r.help_type"), True),
        (label("r.outcome", labels.outcomes(), "r.outcome"), True),
        ("ifnull(d.present, 0)", False),
        ("ifnull(d.missing, 0)", False),
        (_minutes("v.arrived_at", "v.started_at"), False),
        (_minutes("v.started_at", "v.closed_at"), False),
        (label("v.age_band", labels.age_bands()), True),
        (label("v.gender", labels.genders()), True),
        (_as_text_sql("v.commune"), True),
        (label("v.first_visit", labels.yes_no()), True),
        ("v.satisfaction", False),
    ]
    tail = f"{_REQUESTS}{_DETAILS}{_WHERE}{_ORDER}"
    if not for_csv:
        return f"SELECT {_LOCAL}, {', '.join(sql for sql, _ in columns)}{tail}", params
    line = DELIMITER.join(["%s", *('"%w"' if text else "%s" for _, text in columns)])
    values = ", ".join(
        [
            f"strftime('%Y-%m-%d{DELIMITER}%H:%M', v.closed_at, 'localtime')",
            *(f"ifnull({sql}, '')" if text else sql for sql, text in columns),
        ]
    )
    return f"SELECT printf(?, {values}){tail}", [line, *params]


def _write_csv(
    cursor: sqlite3.Cursor,
    catalog: Catalog,
    where: list[Any],
    path: Path,
    progress: Progress,
    total: int,
) -> int:
    """UTF-8 with a BOM and ";" so that a French spreadsheet opens it as is."""
    query, params = _select(catalog, for_csv=True)
    done = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=DELIMITER, quoting=csv.QUOTE_ALL).writerow(labels.headers())
        progress(done, total)
        cursor.execute(query, params + where)
        while rows := cursor.fetchmany(CHUNK):
            handle.write("\r\n".join([line for (line,) in rows]))
            handle.write("\r\n")
            done += len(rows)
            progress(done, total)
    return done


def _summary(db: Database, site_id: str, catalog: Catalog, period: Period) -> list[summary.Line]:
    """The indicators of the same rows, as the dashboard computes them (a past
    month no longer changes, so reading them apart from the rows is safe)."""
    reports = ReportService(db, site_id)
    figures = compute(
        reports.rows(period), reports.hours_held(period), reports.hours_declared(period)
    )
    with db.session() as session:
        site = session.get(Site, site_id)
        site_name = site.name if site else ""
    return summary.lines(figures, catalog, site_name, period)


def _write_xlsx(
    cursor: sqlite3.Cursor,
    catalog: Catalog,
    where: list[Any],
    lines: list[summary.Line],
    path: Path,
    progress: Progress,
    total: int,
) -> int:
    """A summary sheet, then the rows: real dates, times and numbers, header
    bold and frozen. Write-only mode streams the rows to disk as they come."""
    # openpyxl is only imported here: it would slow every start of the desk.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    def cell(sheet, value: Any, number_format: str | None = None, bold: bool = False):
        styled = WriteOnlyCell(sheet, as_text(value) if isinstance(value, str) else value)
        if number_format:
            styled.number_format = number_format
        if bold:
            styled.font = Font(bold=True)
        return styled

    query, params = _select(catalog, for_csv=False)
    workbook = Workbook(write_only=True)
    done = 0
    try:
        front = workbook.create_sheet(translate("Export", "Summary"))
        front.column_dimensions["A"].width = 42
        front.column_dimensions["B"].width = 30
        for line in lines:
            front.append(
                [
                    cell(front, line.label, bold=line.heading),
                    cell(front, line.value, line.number_format),
                ]
            )
        sheet = workbook.create_sheet(translate("Export", "Requests"))
        sheet.freeze_panes = "A2"
        for number, width in enumerate(WIDTHS, 1):
            sheet.column_dimensions[get_column_letter(number)].width = width
        sheet.append([cell(sheet, header, bold=True) for header in labels.headers()])
        progress(done, total)
        cursor.execute(query, params + where)
        while rows := cursor.fetchmany(CHUNK):
            for moment, *values in rows:
                local = datetime.fromisoformat(moment)
                sheet.append([local.date(), cell(sheet, local.time(), "hh:mm"), *values])
            done += len(rows)
            progress(done, total)
    finally:
        # Even when interrupted: saving is how openpyxl closes and removes its
        # temporary files; export() then deletes the partial workbook.
        workbook.save(path)
    return done

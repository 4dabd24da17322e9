"""Reading a partner-office list from a spreadsheet's CSV export.

The format is the one a site manager can make by hand or cut out of the
operators' open-data lists: ``;``-separated, UTF-8 with or without the BOM a
spreadsheet adds, a French header row. Checking the values is the directory's
job; this module only turns records into offices and says where each came from.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from guichet.domain.opening_hours import WEEKDAYS
from guichet.domain.referral import OfficeInfo
from guichet.i18n import translate

DAY_COLUMNS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
COLUMNS = (
    "operateur",
    "nom",
    "adresse",
    "code_postal",
    "ville",
    "telephone",
    "courriel",
    "site_web",
    *DAY_COLUMNS,
    "remarques",
)
#: Every other column may be left out: its value is then empty for every office.
REQUIRED = ("operateur", "nom")
SEPARATOR = ";"


class OfficeFileError(Exception):
    """The file as a whole cannot be used (unreadable, not UTF-8, wrong header):
    nothing is imported. The message is already phrased for the manager."""


@dataclass(frozen=True)
class OfficeRow:
    """One office read from the file; ``line`` is the spreadsheet's row number
    (the header is line 1), which is what the manager sees when fixing it."""

    line: int
    office: OfficeInfo
    extra_cells: bool = False


def read_offices(path: Path) -> list[OfficeRow]:
    """The offices of the file, blank rows left out; raises OfficeFileError."""
    try:
        records = list(csv.reader(io.StringIO(_text(path), newline=""), delimiter=SEPARATOR))
    except csv.Error as error:
        raise OfficeFileError(
            translate("Directory", "the file is not a CSV file ({reason})").format(reason=error)
        ) from None
    if not records or not any(cell.strip() for cell in records[0]):
        raise OfficeFileError(translate("Directory", "the file is empty"))
    columns = _header(records[0])
    rows = []
    for line, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        cells = {name: record[i].strip() if i < len(record) else "" for i, name in columns}
        extra = any(cell.strip() for cell in record[len(records[0]) :])
        rows.append(OfficeRow(line, _office(cells), extra))
    return rows


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise OfficeFileError(
            translate(
                "Directory",
                "the file is not in UTF-8: save it from the spreadsheet as “CSV UTF-8”",
            )
        ) from None
    except OSError as error:
        raise OfficeFileError(
            translate("Directory", "the file cannot be read ({reason})").format(
                reason=error.strerror or error
            )
        ) from None


def _header(cells: list[str]) -> list[tuple[int, str]]:
    """(position, column) of each known column; any unknown, doubled or missing
    column refuses the whole file, since its values would land in the wrong place."""
    if len(cells) == 1 and "," in cells[0]:
        raise OfficeFileError(
            translate("Directory", "line 1: the columns must be separated by “;”")
        )
    names = [_column_name(cell) for cell in cells]
    problems = []
    for name in sorted(set(names)):
        if name and name not in COLUMNS:
            problems.append(translate("Directory", "unknown column “{column}”").format(column=name))
        elif name and names.count(name) > 1:
            problems.append(translate("Directory", "column “{column}” twice").format(column=name))
    problems += [
        translate("Directory", "missing column “{column}”").format(column=name)
        for name in REQUIRED
        if name not in names
    ]
    if problems:
        raise OfficeFileError(
            translate(
                "Directory",
                "line 1: the header is not understood: {problems}. Expected columns: {columns}",
            ).format(problems="; ".join(problems), columns=SEPARATOR.join(COLUMNS))
        )
    return [(i, name) for i, name in enumerate(names) if name]


def _column_name(cell: str) -> str:
    """ "Code postal", "Téléphone" and "code_postal" all name the same column."""
    plain = unicodedata.normalize("NFKD", cell.strip().casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return "_".join(plain.replace("-", " ").split())


def _office(cells: dict[str, str]) -> OfficeInfo:
    def value(column: str) -> str | None:
        return cells.get(column) or None

    return OfficeInfo(
        id="",
        operator_id=cells.get("operateur", "").casefold(),
        name=cells.get("nom", ""),
        address=value("adresse"),
        postcode=value("code_postal"),
        city=value("ville"),
        phone=value("telephone"),
        email=value("courriel"),
        website=value("site_web"),
        hours={
            day: cells.get(column, "") for day, column in zip(WEEKDAYS, DAY_COLUMNS, strict=True)
        },
        remarks=value("remarques"),
    )

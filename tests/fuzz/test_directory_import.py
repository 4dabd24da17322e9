"""Whatever file a manager picks as the partner list, the import says in French
what is wrong, line by line, and keeps exactly the good rows."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from guichet.domain.agent import Role
from guichet.services.office_csv import COLUMNS, OfficeFileError
from tests.fuzz.french import is_french
from tests.fuzz.settings import fuzz
from tests.fuzz.strategies import awkward_text

GOOD_ROW = {
    "operateur": "caf",
    "nom": "CAF du Doubs",
    "code_postal": "25300",
    "telephone": "3230",
    "site_web": "https://www.caf.fr",
    "lundi": "08:30 - 12:00 / 13:30 - 16:30",
}
ENCODINGS = ("utf-8", "utf-8-sig", "latin-1", "utf-16", "cp1252")


@pytest.fixture
def manager(desk):
    return next(a for a in desk.auth.agents() if a.role is Role.MANAGER)


def cell(column: str) -> st.SearchStrategy[str]:
    """A plausible value, a slightly wrong one, or anything at all."""
    plausible = {
        "operateur": st.sampled_from(["caf", "CAF", "mairie", "cpam", ""]),
        "telephone": st.sampled_from(["3230", "03 81 00 00 00", "+33 3 81", "12", ""]),
        "courriel": st.sampled_from(["a@b.fr", "a@b", "", "x@y.z "]),
        "site_web": st.sampled_from(["https://www.caf.fr", "http://x.fr", "https://x", ""]),
    }.get(
        column, st.sampled_from(["09:00 - 12:00", "9h-12h", "12:00 - 09:00", "", "25:00 - 26:00"])
    )
    return st.one_of(plausible, awkward_text, st.text(min_size=1000, max_size=3000))


@st.composite
def spreadsheets(draw: st.DrawFn) -> tuple[list[str], list[dict[str, str]]]:
    columns = draw(
        st.lists(st.sampled_from(COLUMNS), min_size=2, unique=True).filter(
            lambda c: {"operateur", "nom"} <= set(c)
        )
    )
    rows = draw(
        st.lists(
            st.one_of(
                st.just(GOOD_ROW),
                st.fixed_dictionaries({c: cell(c) for c in columns}),
            ),
            max_size=8,
        )
    )
    return columns, rows


def write(path: Path, columns: list[str], rows: list[dict[str, str]], encoding: str) -> Path:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    path.write_bytes(text.getvalue().encode(encoding, errors="replace"))
    return path


def import_and_check(desk, manager, path: Path) -> None:
    before = len(desk.directory.offices())
    try:
        result = desk.directory.import_csv(manager, path, desk.catalog.operators)
    except OfficeFileError as error:
        assert is_french(str(error), "Directory"), error
        assert len(desk.directory.offices()) == before
        return
    for message in result.errors:
        assert re.match(r"ligne \d+ : ", message), message
        assert is_french(message.split(" : ", 1)[1], "Directory"), message
    assert len(desk.directory.offices()) == before + result.added


@fuzz(100)
@given(content=st.binary(max_size=400))
@example(content=b"operateur;nom\ncaf;\x00\n")
@example(content=b"operateur;nom\n" + b'"' * 3 + b"x" * 200_000 + b"\n")
@example(content="operateur;nom\ncaf;Café\n".encode("utf-16"))
def test_any_file(desk, manager, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "offices.csv"
    path.write_bytes(content)
    import_and_check(desk, manager, path)


@fuzz(80)
@given(sheet=spreadsheets(), encoding=st.sampled_from(ENCODINGS))
def test_a_spreadsheet_of_mixed_rows(desk, manager, tmp_path: Path, sheet, encoding: str) -> None:
    columns, rows = sheet
    import_and_check(desk, manager, write(tmp_path / "offices.csv", columns, rows, encoding))


@fuzz(40)
@given(sheet=spreadsheets())
def test_good_rows_are_kept_and_bad_ones_cited_by_line(
    desk, manager, tmp_path: Path, sheet
) -> None:
    columns, rows = sheet
    path = write(tmp_path / "offices.csv", columns, [*rows, GOOD_ROW], "utf-8")
    result = desk.directory.import_csv(manager, path, desk.catalog.operators)
    cited = {int(m.split(" ")[1]) for m in result.errors}
    assert cited <= set(range(2, len(rows) + 3))
    names = {o.name for o in desk.directory.offices()}
    assert GOOD_ROW["nom"] in names

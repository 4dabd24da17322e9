import csv
import errno
import threading
from datetime import datetime, time
from pathlib import Path

import pytest
import sqlalchemy
from openpyxl import load_workbook

from guichet.domain.agent import Role
from guichet.services import export as export_module
from guichet.services.export import (
    NotAFile,
    TooManyRows,
    export,
    export_for,
    failure_reason,
)
from guichet.services.permissions import NotAllowed
from guichet.services.reports import Period
from tests.services.export_month import HEADERS, MONTH, NOTE, october, paris_time


@pytest.fixture
def month(desk):
    with paris_time():
        yield october(desk)


def run(desk, path: Path, fmt: str = "csv", period: str = MONTH, progress=None) -> int:
    return export(desk.db, desk.site.id, desk.catalog, Period.month(period), fmt, path, progress)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def as_text(value: object) -> str:
    return "" if value is None else str(value)


def test_csv_has_one_row_per_request_of_the_month(desk, month, tmp_path: Path) -> None:
    path = tmp_path / "octobre.csv"
    assert run(desk, path) == 5
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert NOTE.encode() not in raw
    rows = read_csv(path)
    assert rows[0] == HEADERS
    assert rows[1:] == month.rows


def test_csv_keeps_accents_and_quotes_for_a_spreadsheet(desk, month, tmp_path: Path) -> None:
    path = tmp_path / "octobre.csv"
    run(desk, path)
    text = path.read_bytes().decode("utf-8-sig")
    assert '"Démarche aboutie"' in text
    assert '"Colis ""urgence""; épicerie sociale"' in text
    assert "\r\n2026-10-14;14:05;" in text


def test_xlsx_has_the_summary_and_the_rows(desk, month, tmp_path: Path) -> None:
    path = tmp_path / "octobre.xlsx"
    assert run(desk, path, "xlsx") == 5
    book = load_workbook(path)
    assert book.sheetnames == ["Synthèse", "Demandes"]
    sheet = book["Demandes"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    rsa = rows[2]
    assert rsa[:2] == (datetime(2026, 10, 14), time(14, 5))
    assert rsa[8:15] == (
        "Demande de RSA",
        "Accompagnement à la démarche",
        "Démarche aboutie",
        2,
        1,
        10,
        15,
    )
    assert sheet.cell(3, 12).data_type == "n"
    assert [[as_text(cell) for cell in row[2:]] for row in rows[1:]] == [
        row[2:] for row in month.rows
    ]
    summary = {row[0]: row[1] for row in book["Synthèse"].iter_rows(values_only=True) if row[0]}
    assert summary["Passages"] == 4
    assert summary["Demandes"] == 5
    assert summary["Premier jour"] == datetime(2026, 10, 1)
    assert summary["Dernier jour"] == datetime(2026, 10, 31)
    assert summary["Part des demandes traitées sur place"] == pytest.approx(3 / 5)
    assert summary["Orientations"] == 1
    assert summary["Usagers satisfaits"] == 1
    assert summary["CAF"] == 2 and summary["France Titres"] == 2
    assert summary["local-epicerie"] == 1
    assert summary["Papiers - Élections - Citoyenneté"] == 2
    assert summary["Par téléphone"] == 1 and summary["Sur place"] == 2
    assert summary["Doit revenir"] == 1
    assert NOTE not in {str(v) for row in rows for v in row}


def test_empty_month_gives_the_headers_only(desk, month, tmp_path: Path) -> None:
    path = tmp_path / "vide.csv"
    assert run(desk, path, period="2027-01") == 0
    assert read_csv(path) == [HEADERS]


def test_progress_counts_up_to_the_total(desk, month, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    run(desk, tmp_path / "octobre.csv", progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 5) and calls[-1] == (5, 5)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_failed_export_leaves_the_previous_file(desk, month, tmp_path: Path, fmt) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / f"octobre.{fmt}"
    path.write_bytes(b"previous export")

    def interrupted(done: int, total: int) -> None:
        if done:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(desk, path, fmt, progress=interrupted)
    assert path.read_bytes() == b"previous export"
    assert [p.name for p in folder.iterdir()] == [path.name]


def test_only_the_manager_exports(desk, month, tmp_path: Path) -> None:
    agents = {agent.role: agent for agent in desk.auth.agents()}
    path = tmp_path / "octobre.csv"
    args = (desk.db, desk.site.id, desk.catalog, Period.month(MONTH), "csv", path)
    with pytest.raises(NotAllowed):
        export_for(agents[Role.AGENT], *args)
    assert not path.exists()
    assert export_for(agents[Role.MANAGER], *args) == 5


def test_a_worker_thread_can_export(desk, month, tmp_path: Path) -> None:
    """As the desk does, so the window keeps answering during a long export."""
    path = tmp_path / "octobre.xlsx"
    results: list[int] = []
    worker = threading.Thread(target=lambda: results.append(run(desk, path, "xlsx")))
    worker.start()
    worker.join(60)
    assert results == [5]


HOSTILE_AGENT = "=HYPERLINK(\"http://evil.example\";\"ok\")"
HOSTILE_TITLE = "@SUM(1+1)*cmd|' /C calc'!A0"


@pytest.fixture
def hostile(desk, month):
    """What a manager could type: an agent's name and a local procedure's title."""
    with desk.db.session() as session:
        session.execute(sqlalchemy.text("UPDATE agent SET name = :n"), {"n": HOSTILE_AGENT})
        session.execute(
            sqlalchemy.text(
                "UPDATE request SET procedure_title = :t WHERE operator_id = 'local-epicerie'"
            ),
            {"t": HOSTILE_TITLE},
        )
        session.execute(sqlalchemy.text("UPDATE site SET name = '-2+3'"))
    return month


def test_csv_cells_never_start_a_formula(desk, hostile, tmp_path: Path) -> None:
    path = tmp_path / "octobre.csv"
    run(desk, path)
    rows = read_csv(path)[1:]
    assert {row[3] for row in rows} == {"'" + HOSTILE_AGENT}
    assert "'" + HOSTILE_TITLE in {row[8] for row in rows}
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "@")]


def test_xlsx_cells_never_hold_a_formula(desk, hostile, tmp_path: Path) -> None:
    path = tmp_path / "octobre.xlsx"
    run(desk, path, "xlsx")
    book = load_workbook(path)
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert cells and not [cell for cell in cells if cell.data_type == "f"]
    names = {row[3] for row in book["Demandes"].iter_rows(min_row=2, values_only=True)}
    assert names == {"'" + HOSTILE_AGENT}


def test_a_month_too_big_for_a_sheet_is_refused_with_a_reason(
    desk, month, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(export_module, "XLSX_MAX_ROWS", 5)
    path = tmp_path / "octobre.xlsx"
    with pytest.raises(TooManyRows) as refused:
        run(desk, path, "xlsx")
    assert not path.exists()
    reason = failure_reason(refused.value)
    assert "5 demandes" in reason and "CSV" in reason
    assert run(desk, tmp_path / "octobre.csv") == 5


def test_a_full_disk_is_said_plainly() -> None:
    assert failure_reason(OSError(errno.ENOSPC, "No space left on device")) == "le disque est plein"


def test_a_folder_or_device_as_output_is_refused_and_left_alone(desk, month, tmp_path) -> None:
    folder = tmp_path / "octobre.csv"
    folder.mkdir()
    (folder / "kept.txt").write_text("kept")
    with pytest.raises(NotAFile) as refused:
        run(desk, folder)
    assert (folder / "kept.txt").read_text() == "kept"
    assert "pas un fichier" in failure_reason(refused.value)
    with pytest.raises(NotAFile):
        run(desk, Path("/dev/null"))
    assert Path("/dev/null").is_char_device()

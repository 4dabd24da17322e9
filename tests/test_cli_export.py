"""`guichet export` as a scheduled job runs it: a separate process, real files."""

import csv
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.services.export_month import HEADERS, MONTH, ZONE, october, paris_time
from tests.test_cli import run


@pytest.fixture
def month(desk):
    """The site is made in this process; the command opens the same folder."""
    with paris_time():
        yield october(desk)


def export(*args: str) -> subprocess.CompletedProcess:
    return run("export", *args, env_extra={"TZ": ZONE})


def test_csv_export_of_a_month(month, data_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "octobre.csv"
    result = export("--month", MONTH, "--output", str(output), "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"5 demandes exportées vers {output}"
    with output.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows == [HEADERS, *month.rows]


def test_xlsx_export_with_the_data_dir_first(month, data_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "octobre.xlsx"
    result = run(
        "--data-dir",
        str(data_dir),
        "export",
        "--month",
        MONTH,
        "--format",
        "xlsx",
        "--output",
        str(output),
        env_extra={"TZ": ZONE},
    )
    assert result.returncode == 0, result.stderr
    book = load_workbook(output)
    assert book.sheetnames == ["Synthèse", "Demandes"]
    assert book["Demandes"].max_row == 6
    assert book["Demandes"]["K2"].value == "L'usager finalise seul"


def test_bad_month_is_refused_in_french(month, data_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "x.csv"
    result = export("--month", "2026-13", "--output", str(output), "--data-dir", str(data_dir))
    assert result.returncode == 2
    assert "Mois invalide « 2026-13 » : attendu AAAA-MM" in result.stderr
    assert "Traceback" not in result.stderr
    assert not output.exists()


def test_folder_without_a_site_is_named(tmp_path: Path) -> None:
    empty = tmp_path / "pas-de-site"
    result = export("--month", MONTH, "--output", str(tmp_path / "x.csv"), "--data-dir", str(empty))
    assert result.returncode == 2
    assert f"Aucun site dans {empty}" in result.stderr
    assert not empty.exists()

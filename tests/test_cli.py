"""The program as a user starts it: a separate process, real files."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from guichet import __version__
from guichet.storage.database import DATABASE_FILE


def run(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "guichet", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"guichet {__version__}"


def test_screenshots_of_the_main_screens(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    result = run("--demo", "--data-dir", str(tmp_path / "data"), "--screenshot", str(shots))
    assert result.returncode == 0, result.stderr
    for name in ("setup", "login", "desk", "visit-form", "site", "backups"):
        image = QImage(str(shots / f"{name}.png"))
        assert image.width() >= 1000 and image.height() >= 600, name
    assert (tmp_path / "data" / DATABASE_FILE).exists()


def test_data_dir_from_the_environment(tmp_path: Path) -> None:
    data = tmp_path / "from-env"
    result = run(
        "--demo", "--screenshot", str(tmp_path / "s"), env_extra={"GUICHET_DATA_DIR": str(data)}
    )
    assert result.returncode == 0, result.stderr
    assert (data / DATABASE_FILE).exists()


def test_damaged_database_gives_a_french_message_and_keeps_the_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    damaged = b"\x00garbage" * 512
    (data / DATABASE_FILE).write_bytes(damaged)
    result = run("--data-dir", str(data), "--screenshot", str(tmp_path / "s"))
    assert result.returncode == 2
    assert "La base de données du site ne peut pas être ouverte" in result.stderr
    assert "Rien n'a été modifié ni supprimé" in result.stderr
    assert "Traceback" not in result.stderr
    assert (data / DATABASE_FILE).read_bytes() == damaged


def test_without_a_screen_it_says_so_in_french() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    result = subprocess.run(
        [sys.executable, "-m", "guichet", "--demo"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 2
    assert "aucun écran n'est disponible" in result.stderr


def test_catalog_check_prints_the_counts(tmp_path: Path) -> None:
    result = run("catalog", "check", "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    assert "Thèmes : 10" in result.stdout
    assert "Démarches :" in result.stdout and "Pièces justificatives :" in result.stdout
    assert "Le catalogue est valide." in result.stdout


def test_catalog_check_fails_on_a_broken_catalogue(tmp_path: Path) -> None:
    import shutil

    from guichet.paths import shipped_catalog_dir

    broken = tmp_path / "catalog"
    shutil.copytree(shipped_catalog_dir(), broken)
    (broken / "procedures" / "caf.json").write_text(
        '{"procedures": [{"id": "x"}]}', encoding="utf-8"
    )
    result = run(
        "--data-dir", str(tmp_path / "data"), "--catalog-dir", str(broken), "catalog", "check"
    )
    assert result.returncode == 1
    assert "Le fichier du catalogue « procedures/caf.json » est invalide" in result.stderr


def test_catalog_search_prints_ids_first(tmp_path: Path) -> None:
    result = run("catalog", "search", "la cmu", "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert 1 <= len(lines) <= 5
    assert lines[0].split("\t")[0] == "assurance-maladie-c2s"


def test_catalog_import_dila_reports_and_can_be_rerun(tmp_path: Path) -> None:
    from tests.catalog.dila_fixture import build_archive

    archive = build_archive(tmp_path / "vdd.zip")
    data = str(tmp_path / "data")
    first = run("catalog", "import-dila", str(archive), "--data-dir", data)
    assert first.returncode == 0, first.stderr
    assert "Fiches ajoutées : 3, mises à jour : 0, inchangées : 0, ignorées : 3" in first.stdout
    assert "F0003.xml : la fiche n'a pas de titre" in first.stdout
    second = run("catalog", "import-dila", str(archive), "--data-dir", data)
    assert "Fiches ajoutées : 0, mises à jour : 0, inchangées : 3" in second.stdout
    found = run("catalog", "search", "cheque energie", "--data-dir", data)
    assert found.stdout.startswith("sp-f34120\t")


def test_demo_data_fills_months_and_the_export_month_has_visits(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    result = run("demo-data", "--months", "1", "--data-dir", data)
    assert result.returncode == 0, result.stderr
    assert "passages de démonstration ajoutés" in result.stdout
    assert int(result.stdout.split()[0]) > 100


def test_sync_without_enrolment_says_so(tmp_path: Path) -> None:
    result = run("sync", "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 2
    assert "Ce poste n'est pas enrôlé" in result.stderr


def test_restore_puts_back_the_latest_backup_after_damage(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shots = tmp_path / "s"
    assert run("--demo", "--data-dir", str(data), "--screenshot", str(shots)).returncode == 0
    assert list((data / "backups").glob("guichet-*.sqlite3"))  # made at the first start
    database = data / DATABASE_FILE
    database.write_bytes(b"\x00damaged" * 512)
    for extra in ("-wal", "-shm"):
        (data / (DATABASE_FILE + extra)).unlink(missing_ok=True)
    broken = run("--data-dir", str(data), "--screenshot", str(shots))
    assert broken.returncode == 2 and "guichet restore" in broken.stderr

    restored = run("restore", "--data-dir", str(data))
    assert restored.returncode == 0, restored.stderr
    assert "Base restaurée depuis guichet-" in restored.stdout
    assert list(data.glob(f"{DATABASE_FILE}.damaged-*"))
    assert run("--data-dir", str(data), "--screenshot", str(shots)).returncode == 0

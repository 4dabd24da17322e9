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
    for name in ("setup", "login", "desk", "visit-form"):
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

"""Runs the built bundle as a technician would, offscreen, and fails loudly.

What PyInstaller's analysis could miss only shows when the frozen program
runs: the desk and kiosk screens (Qt plugins, SVG pictograms, translations),
the catalogue and export commands, a migration from an old database (alembic
reads its scripts as files), and an enrolment with a sync round against a
real hub on 127.0.0.1 with the kiosk's keyring choice (the token file), and the
files the installation guide copies from the bundle.

Usage: .venv/bin/python packaging/smoke_bundle.py [dist/guichet]   (scripts/smoke-bundle)
"""

from __future__ import annotations

import os
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import requests
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]
DESK_SCREENS = {"setup", "login", "desk", "visit-form", "agenda", "dashboard"}
KIOSK_SCREENS = {"kiosk-home-fr", "kiosk-home-ar", "kiosk-ticket", "kiosk-feedback"}
#: The kiosk unit sets this so the hub token goes to the 0600 file, not a keyring.
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
TIMEOUT = 120


def main() -> int:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "guichet"
    program = bundle / ("guichet.exe" if os.name == "nt" else "guichet")
    if not program.is_file():
        print(f"smoke: no bundle at {bundle}: run scripts/build-bundle first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="guichet-smoke-") as folder:
        work = Path(folder)
        data = work / "data"
        checks = [
            ("desk screenshots", lambda: _screens(program, data, work / "desk", [], DESK_SCREENS)),
            (
                "kiosk screenshots",
                lambda: _screens(program, data, work / "kiosk", ["--kiosk"], KIOSK_SCREENS),
            ),
            ("catalog check", lambda: _catalog_check(program, data)),
            ("export", lambda: _export(program, data, work)),
            ("migration", lambda: _migration(program, work / "old")),
            ("enrolment and sync", lambda: _enrol_and_sync(program, work)),
            ("installation files", lambda: _installation_files(bundle)),
        ]
        for name, check in checks:
            started = time.monotonic()
            check()
            print(f"smoke: {name}: ok ({time.monotonic() - started:.1f} s)")
    print(f"smoke: {len(checks)} passed, 0 failed")
    return 0


def _run(program: Path, *args: str | Path, env: dict[str, str] | None = None) -> str:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    environment.pop("GUICHET_DATA_DIR", None)
    result = subprocess.run(
        [str(program), *map(str, args)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(
            f"smoke: {program.name} {' '.join(map(str, args))} exited {result.returncode}\n"
            f"{result.stdout}{result.stderr}"
        )
    return result.stdout


def _screens(program: Path, data: Path, out: Path, extra: list[str], expected: set[str]) -> None:
    _run(program, *extra, "--demo", "--data-dir", data, "--screenshot", out)
    found = {path.stem for path in out.glob("*.png")}
    if missing := expected - found:
        raise SystemExit(f"smoke: screenshots missing in {out}: {sorted(missing)}")
    for path in sorted(out.glob("*.png")):
        _check_png(path)


def _check_png(path: Path) -> None:
    """A real screen: a PNG Qt can read, window-sized, with text and frames on it."""
    image = QImage(str(path))
    if image.isNull():
        raise SystemExit(f"smoke: {path.name} is not a readable PNG")
    if image.width() < 640 or image.height() < 400:
        raise SystemExit(f"smoke: {path.name} is only {image.width()}×{image.height()}")
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), image.width() // 64)
        for y in range(0, image.height(), image.height() // 64)
    }
    if len(colours) < 4:
        raise SystemExit(f"smoke: {path.name} looks blank ({len(colours)} colours)")


def _catalog_check(program: Path, data: Path) -> None:
    output = _run(program, "catalog", "check", "--data-dir", data)
    if "Le catalogue est valide." not in output:
        raise SystemExit(f"smoke: catalog check did not say the catalogue is valid:\n{output}")


def _export(program: Path, data: Path, work: Path) -> None:
    month = date.today().strftime("%Y-%m")
    for kind in ("csv", "xlsx"):
        target = work / f"export.{kind}"
        _run(program, "export", "--month", month, "--format", kind, "--output", target,
             "--data-dir", data)  # fmt: skip
        if target.stat().st_size == 0:
            raise SystemExit(f"smoke: {target.name} is empty")


def _migration(program: Path, data: Path) -> None:
    """A database left at the first schema is brought up to date by the bundle."""
    from guichet.storage.database import DATABASE_FILE, SCHEMA_HEAD, Database
    from guichet.storage.migrate import upgrade

    data.mkdir()
    old = Database(data / DATABASE_FILE)
    upgrade(old.engine, "0001")
    old.dispose()
    _run(program, "catalog", "check", "--data-dir", data)
    with sqlite3.connect(data / DATABASE_FILE) as connection:
        (version,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if version != SCHEMA_HEAD:
        raise SystemExit(f"smoke: old database left at {version}, not {SCHEMA_HEAD}")


def _enrol_and_sync(program: Path, work: Path) -> None:
    hub_cli = Path(sys.executable).with_name("guichet-hub")
    database = f"sqlite:///{work / 'hub.sqlite3'}"
    site = _hub(hub_cli, "site", "add", "--name", "France Services de Fumée", database=database)
    code = _hub(hub_cli, "enroll", "--site", site, database=database)
    data = work / "enrolled"
    with _running_hub(hub_cli, database) as url:
        output = _run(program, "enroll", "--hub", url, "--code", code, "--data-dir", data,
                      env=NO_KEYRING)  # fmt: skip
        if "France Services de Fumée" not in output or "file" not in output:
            raise SystemExit(f"smoke: unexpected enrolment output:\n{output}")
        token = data / "hub-token"
        if stat.S_IMODE(token.stat().st_mode) != 0o600:
            raise SystemExit(f"smoke: {token} is not mode 0600")
        _run(program, "sync", "--data-dir", data, env=NO_KEYRING)


def _installation_files(bundle: Path) -> None:
    """What docs/installation.md copies from the USB stick is in the bundle."""
    expected = ["installation.md"]
    if os.name != "nt":
        expected += [
            "guichet.desktop",
            "guichet.png",
            "guichet.svg",
            "systemd/guichet-kiosk.service",
            "systemd/guichet-kiosk-sync.service",
            "systemd/guichet-kiosk-sync.timer",
        ]
    if missing := [name for name in expected if not (bundle / "installation" / name).is_file()]:
        raise SystemExit(f"smoke: missing in {bundle / 'installation'}: {missing}")


def _hub(hub_cli: Path, *args: str, database: str) -> str:
    result = subprocess.run(
        [str(hub_cli), *args, "--database", database],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=True,
    )
    return result.stdout.strip()


@contextmanager
def _running_hub(hub_cli: Path, database: str):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [str(hub_cli), "serve", "--database", database, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(f"{url}/openapi.json", timeout=2).raise_for_status()
                break
            except requests.RequestException:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("smoke: the hub did not start") from None
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())

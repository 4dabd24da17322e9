"""The deployment files a technician copies as they are: the kiosk comes back by
itself as an unprivileged user, the hub is reachable only through the TLS
proxy, the menu entry finds its icon, and the installer's version is the app's."""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import stat
import subprocess
from pathlib import Path

import keyring.core
import pytest
from PySide6.QtGui import QImage

from guichet import __version__
from guichet.hub.app import MAX_BODY
from guichet.sync.credentials import save_token

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
SYSTEMD = PACKAGING / "systemd"
ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def unit(name: str) -> dict[str, dict[str, list[str]]]:
    """A systemd unit as section → key → every value given (keys may repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for raw in (SYSTEMD / name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def one(section: dict[str, list[str]], key: str) -> str:
    (value,) = section[key]
    return value


def environment(section: dict[str, list[str]]) -> dict[str, str]:
    pairs = (item.split("=", 1) for value in section["Environment"] for item in shlex.split(value))
    return dict(pairs)


def test_the_kiosk_runs_guichet_under_cage_as_its_own_user_and_always_comes_back() -> None:
    kiosk = unit("guichet-kiosk.service")
    service = kiosk["Service"]
    command = shlex.split(one(service, "ExecStart"))
    assert command[0] == "/usr/bin/cage"
    app = command[command.index("--") + 1 :]
    assert app == ["/opt/guichet/guichet", "--kiosk"]
    assert one(service, "User") not in ("root", "0", "")
    assert one(service, "Restart") == "always"
    assert kiosk["Unit"]["StartLimitIntervalSec"] == ["0"]
    assert one(service, "TTYPath") == "/dev/tty1"
    assert "getty@tty1.service" in kiosk["Unit"]["Conflicts"]
    assert one(service, "PAMName") == "login"
    assert environment(service)["QT_QPA_PLATFORM"] == "wayland"
    assert environment(service)["GUICHET_DATA_DIR"] == "/var/lib/" + one(service, "StateDirectory")
    assert kiosk["Install"]["WantedBy"] == ["graphical.target"]


def test_the_kiosk_sync_round_uses_the_kiosk_user_data_and_keyring() -> None:
    kiosk = unit("guichet-kiosk.service")["Service"]
    sync = unit("guichet-kiosk-sync.service")["Service"]
    assert shlex.split(one(sync, "ExecStart")) == ["/opt/guichet/guichet", "sync"]
    assert one(sync, "User") == one(kiosk, "User")
    for name in ("GUICHET_DATA_DIR", "PYTHON_KEYRING_BACKEND"):
        assert environment(sync)[name] == environment(kiosk)[name]
    timer = unit("guichet-kiosk-sync.timer")
    assert timer["Timer"]["OnUnitInactiveSec"] == ["1min"]
    assert timer["Install"]["WantedBy"] == ["timers.target"]


def test_the_kiosk_keyring_setting_keeps_the_token_in_a_file_only_its_user_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend_name = environment(unit("guichet-kiosk.service")["Service"])["PYTHON_KEYRING_BACKEND"]
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", backend_name)
    keyring.set_keyring(keyring.core.load_env())

    assert save_token(tmp_path, "borne-1", "secret-token") == "file"

    token = tmp_path / "hub-token"
    assert token.read_text(encoding="utf-8") == "secret-token"
    if os.name == "posix":
        assert stat.S_IMODE(token.stat().st_mode) == 0o600


def hub_port() -> int:
    command = shlex.split(one(unit("guichet-hub.service")["Service"], "ExecStart"))
    assert command[command.index("--host") + 1] == "127.0.0.1"
    return int(command[command.index("--port") + 1])


def test_the_hub_listens_on_loopback_as_a_confined_user_with_its_password_out_of_sight() -> None:
    hub = unit("guichet-hub.service")
    service = hub["Service"]
    command = shlex.split(one(service, "ExecStart"))
    assert command[0].endswith("/bin/guichet-hub")
    assert command[1] == "serve"
    assert hub_port() == 8080
    assert "--database" not in command
    assert one(service, "EnvironmentFile") == "/etc/guichet-hub/hub.env"
    assert one(service, "User") not in ("root", "0", "")
    assert one(service, "NoNewPrivileges") == "yes"
    assert one(service, "ProtectSystem") == "strict"
    assert one(service, "WorkingDirectory") == "/var/lib/" + one(service, "StateDirectory")
    assert hub["Install"]["WantedBy"] == ["multi-user.target"]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_accepts_every_unit(tmp_path: Path) -> None:
    """systemd's own check, with the programs the units start stood in for by
    executables at the same place under tmp_path (they are not installed here)."""
    programs = ["/usr/bin/cage", "/opt/guichet/guichet", "/opt/guichet-hub/bin/guichet-hub"]
    for program in programs:
        stand_in = tmp_path / program.lstrip("/")
        stand_in.parent.mkdir(parents=True, exist_ok=True)
        stand_in.write_text("#!/bin/sh\n")
        stand_in.chmod(0o755)
    units = []
    for source in sorted(SYSTEMD.glob("guichet-*")):
        text = source.read_text(encoding="utf-8")
        for program in programs:
            text = text.replace(f"{program} ", f"{tmp_path}{program} ")
        units.append(tmp_path / source.name)
        units[-1].write_text(text, encoding="utf-8")

    result = subprocess.run(
        ["systemd-analyze", "verify", *map(str, units)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert len(units) == 4
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_the_tls_proxy_forwards_to_the_hub_and_lets_full_sync_batches_through() -> None:
    config = (PACKAGING / "hub" / "nginx-guichet-hub.conf").read_text(encoding="utf-8")
    assert re.findall(r"proxy_pass (\S+);", config) == [f"http://127.0.0.1:{hub_port()}"]
    assert re.search(r"listen 443 ssl", config)
    (size,) = re.findall(r"client_max_body_size (\d+)m;", config)
    assert int(size) * 1024 * 1024 > MAX_BODY


def test_the_env_example_names_the_variable_the_hub_reads() -> None:
    from guichet.hub.cli import DATABASE_ENV

    example = (PACKAGING / "hub" / "hub.env.example").read_text(encoding="utf-8")
    assert re.search(rf"^{DATABASE_ENV}=postgresql\+psycopg://", example, re.MULTILINE)


def test_the_menu_entry_starts_guichet_with_its_icon() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(PACKAGING / "guichet.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert shlex.split(entry["Exec"])[0] == "guichet"
    assert entry["Categories"].endswith(";")
    icon = QImage(str(ICONS / f"{entry['Icon']}.png"))
    assert (icon.width(), icon.height()) == (256, 256)
    assert (ICONS / f"{entry['Icon']}.svg").is_file()
    assert not QImage(str(ICONS / "guichet.ico")).isNull()


def test_the_windows_installer_ships_the_bundle_at_the_app_version() -> None:
    script = (PACKAGING / "windows" / "guichet.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in script
    assert 'Source: "..\\..\\dist\\guichet\\*"' in script
    assert "compiler:Languages\\French.isl" in script

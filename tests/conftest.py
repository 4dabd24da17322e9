"""Shared fixtures: offscreen Qt, French, an in-memory keyring, throwaway folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from guichet.paths import shipped_catalog_dir
from guichet.services.desk import Desk, open_desk


class MemoryKeyring(KeyringBackend):
    """The only stand-in the suite allows: secrets kept in a dict."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test touches the real home or app-data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("GUICHET_DATA_DIR", raising=False)
    return home


@pytest.fixture(scope="session", autouse=True)
def french(qapp_cls, qapp):
    """The product is French first: every UI test runs in French."""
    from guichet.i18n import install_translations
    from guichet.ui import style

    assert install_translations("fr"), "compiled French translation missing: run scripts/setup"
    style.apply(qapp)
    return qapp


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def desk(data_dir: Path):
    """A fresh site with a manager (PIN 1234) and an agent (PIN 5678)."""
    from guichet.domain.agent import Role

    opened: Desk = open_desk(data_dir, shipped_catalog_dir())
    opened.create_site("France Services de Test", "Claire Manager", "1234")
    opened.auth.add_agent("Alex Agent", "5678", Role.AGENT)
    yield opened
    opened.close()


@pytest.fixture
def demo_desk(data_dir: Path):
    opened = open_desk(data_dir, shipped_catalog_dir(), demo=True)
    yield opened
    opened.close()

"""Where the workstation's hub token lives: never in the database, never in a log.

The system keyring is used when one answers (a desktop session with a Secret
Service, Windows Credential Manager, macOS Keychain). A kiosk PC running a
bare Wayland compositor has none: there the token goes, on purpose, to a file
readable only by the kiosk's own user (mode 0600) in the data folder. That is
the documented fallback; it protects the token as well as the database itself.
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring
from keyring.errors import KeyringError

SERVICE = "guichet-hub"
FALLBACK_FILE = "hub-token"


def _usable_keyring() -> bool:
    """keyring's "fail" and "null" backends (no Secret Service) have no positive priority."""
    return keyring.get_keyring().priority > 0


def save_token(data_dir: Path, workstation_id: str, token: str) -> str:
    """Returns where it went: "keyring" or "file"."""
    if _usable_keyring():
        try:
            keyring.set_password(SERVICE, workstation_id, token)
            _fallback(data_dir).unlink(missing_ok=True)
            return "keyring"
        except KeyringError:
            pass
    path = _fallback(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(token)
    os.chmod(path, 0o600)
    return "file"


def load_token(data_dir: Path, workstation_id: str) -> str | None:
    if _usable_keyring():
        try:
            token = keyring.get_password(SERVICE, workstation_id)
        except KeyringError:
            token = None
        if token:
            return token
    path = _fallback(data_dir)
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def _fallback(data_dir: Path) -> Path:
    return data_dir / FALLBACK_FILE

"""`guichet enroll` from a terminal: the one-time code may be piped in, so it
never shows in the process list."""

import os
import subprocess
import sys
from pathlib import Path


def enrol(data: Path, hub_url: str, stdin: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        # As on the kiosk: no keyring, the token goes to a file only this account reads.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    return subprocess.run(
        [sys.executable, "-m", "guichet", "enroll", "--hub", hub_url, "--data-dir", str(data)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_the_code_read_from_standard_input_enrols(hub, tmp_path: Path) -> None:
    code = hub.code()
    result = enrol(tmp_path / "data", hub.url, code + "\n")
    assert result.returncode == 0, result.stderr
    assert "Enrôlé auprès de" in result.stdout
    assert code not in result.stdout + result.stderr


def test_no_code_at_all_is_said_plainly(hub, tmp_path: Path) -> None:
    result = enrol(tmp_path / "data", hub.url, "")
    assert result.returncode == 2
    assert "Aucun code à usage unique" in result.stderr

"""A short kill test for every run of the suite; ``scripts/crash-test`` does 1,000 kills."""

from __future__ import annotations

import time
from pathlib import Path

from tests.crash.kill_test import FIRST_START, Worker, kill_test


def test_killed_desks_lose_no_acknowledged_visit(tmp_path: Path) -> None:
    report = kill_test(tmp_path / "data", kills=25, seed=20261127, check_every=10)
    assert report.problems == []
    assert report.kills == 25
    assert len(report.acknowledged) >= 25


def test_a_first_start_killed_at_any_moment_starts_again(tmp_path: Path) -> None:
    """Killed while it creates the schema or the demo site, the desk still opens and saves."""
    moments = 4
    for moment in range(moments):
        data_dir = tmp_path / f"data-{moment}"
        first = Worker(data_dir, seed=moment)
        time.sleep(FIRST_START * moment / moments)
        first.kill()
        again = Worker(data_dir, seed=moment)
        saved = again.next(until=time.monotonic() + 60)
        again.kill()
        assert saved is not None and "visit" in saved, saved

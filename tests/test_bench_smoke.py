"""The benchmark command, at toy sizes: every figure lands in the one table.

The real sizes take many minutes and stay out of the suite; this checks that
`scripts/bench` still runs end to end and that no benchmark lost its row or
its baseline.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

RUN_ALL = Path(__file__).parent / "bench" / "run_all.py"
NUMBER = re.compile(r"^\d[\d,]*(\.\d+)? ")
#: Row name starts, and whether the row has a baseline measured beside it.
EXPECTED = {
    "start-up, window shown": True,
    "start-up, desk ready": True,
    "peak memory (RSS) at desk ready": True,
    "search p99": False,
    "search p50": False,
    "durable visit commit, median": True,
    "durable visit commit, p99": True,
    "CSV export of": True,
    "sync push of": True,
    "hub ingest of 1,000 events, server side": True,
    "hub ingest of 1,000 events, end to end": True,
}


def table_rows(output: str) -> dict[str, list[str]]:
    """The final table's rows by name, header and rule left out."""
    final = output[output.index("== all benchmarks") :]
    rows = [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in final.splitlines()
        if line.startswith("| ")
    ]
    return {row[0]: row[1:] for row in rows[2:]}


def test_one_command_prints_every_figure_beside_its_baseline() -> None:
    finished = subprocess.run(
        [sys.executable, str(RUN_ALL), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    rows = table_rows(finished.stdout)
    assert len(rows) == len(EXPECTED), rows
    for start, has_baseline in EXPECTED.items():
        [(guichet, baseline, ratio, _goal)] = [
            cells for name, cells in rows.items() if name.startswith(start)
        ]
        assert NUMBER.match(guichet), (start, guichet)
        if has_baseline:
            assert NUMBER.match(baseline), (start, baseline)
            assert re.fullmatch(r"\d+\.\d\d×", ratio), (start, ratio)

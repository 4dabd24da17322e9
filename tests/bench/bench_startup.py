"""Start-up of `guichet --demo` against a bare PySide6 window, measured in one run.

Three programs are started alternately, N times each, offscreen:
- bare: QApplication + QMainWindow shown, event loop entered, quit;
- guichet shown: the same moment for guichet (login window on screen);
- guichet ready: the login filled from the database and catalogue, usable.
Reported: median wall time and peak memory of each, and the ratios to bare.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one run."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{command} failed with {process.returncode}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        guichet = [sys.executable, "-m", "guichet", "--demo", "--data-dir", str(data)]
        programs = {
            "bare PySide6 window": [sys.executable, "-c", BARE],
            "guichet --demo, window shown": [*guichet, "--exit-after", "shown"],
            "guichet --demo, desk ready": [*guichet, "--exit-after", "ready"],
        }
        measure(programs["guichet --demo, desk ready"])  # first run seeds the demo site
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
        for _ in range(RUNS):
            for name, command in programs.items():
                samples[name].append(measure(command))
    bare_time = statistics.median(t for t, _ in samples["bare PySide6 window"])
    bare_rss = statistics.median(m for _, m in samples["bare PySide6 window"])
    print(f"start-up, median of {RUNS} runs each, alternated, offscreen")
    print(f"{'program':34} {'time':>9} {'× bare':>7} {'peak RSS':>10} {'× bare':>7}")
    figures = {}
    for name, runs in samples.items():
        wall = statistics.median(t for t, _ in runs)
        rss = statistics.median(m for _, m in runs)
        ms, ratio, ratio_rss = wall * 1000, wall / bare_time, rss / bare_rss
        print(f"{name:34} {ms:7.0f} ms {ratio:6.2f}× {rss:7.0f} MiB {ratio_rss:6.2f}×")
        figures[name] = wall / bare_time
    return figures


if __name__ == "__main__":
    main()

"""Start-up of `guichet --demo` against a bare PySide6 window, measured in one run.

Three programs are started alternately, N times each, offscreen:
- bare: QApplication + QMainWindow shown, event loop entered, quit;
- guichet shown: the same moment for guichet (login window on screen);
- guichet ready: the login filled from the database and catalogue, usable.
Reported: median wall time and peak memory of each, and the ratios to bare.
Peak memory is each program's own peak resident set (VmHWM), read by the
program itself as it exits, so for "desk ready" it is the peak up to the
moment the desk is usable. Not the rusage from wait4: a child started with
vfork and exec carries its launcher's peak in its ru_maxrss, and the launcher
here may be the whole benchmark run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from results import Row, run_alone

RUNS = 9
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
#: Runs the rest of the command line as python would (``-m module …`` or
#: ``-c code``) and, at exit, writes the process's peak RSS in KiB to argv[1].
PEAK = """
import atexit, runpy, sys

def write_peak(report):
    with open("/proc/self/status") as status:
        kib = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    with open(report, "w") as out:
        out.write(kib)

atexit.register(write_peak, sys.argv[1])
option, target, *rest = sys.argv[2:]
sys.argv = [target, *rest]
if option == "-m":
    runpy.run_module(target, run_name="__main__", alter_sys=True)
else:
    exec(compile(target, "<string>", "exec"), {"__name__": "__main__"})
"""


def measure(command: list[str], report: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one run of ``python *command``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", PEAK, str(report), *command],
        env=env,
        stdout=subprocess.DEVNULL,
        check=True,
    )
    elapsed = time.perf_counter() - start
    return elapsed, int(report.read_text()) / 1024


def main(quick: bool = False) -> list[Row]:
    runs = 1 if quick else RUNS
    with tempfile.TemporaryDirectory() as folder:
        data, report = Path(folder) / "data", Path(folder) / "peak"
        guichet = ["-m", "guichet", "--demo", "--data-dir", str(data)]
        programs = {
            "bare PySide6 window": ["-c", BARE],
            "guichet --demo, window shown": [*guichet, "--exit-after", "shown"],
            "guichet --demo, desk ready": [*guichet, "--exit-after", "ready"],
        }
        measure(programs["guichet --demo, desk ready"], report)  # seeds the demo site
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
        for _ in range(runs):
            for name, command in programs.items():
                samples[name].append(measure(command, report))
    medians = {
        name: (statistics.median(t for t, _ in pairs), statistics.median(m for _, m in pairs))
        for name, pairs in samples.items()
    }
    bare_time, bare_rss = medians["bare PySide6 window"]
    print(f"start-up, median of {runs} runs each, alternated, offscreen")
    print(f"{'program':34} {'time':>9} {'× bare':>7} {'peak RSS':>10} {'× bare':>7}")
    for name, (wall, rss) in medians.items():
        ms, ratio, ratio_rss = wall * 1000, wall / bare_time, rss / bare_rss
        print(f"{name:34} {ms:7.0f} ms {ratio:6.2f}× {rss:7.0f} MiB {ratio_rss:6.2f}×")
    shown, ready = medians["guichet --demo, window shown"], medians["guichet --demo, desk ready"]
    bare_ms = bare_time * 1000
    return [
        Row("start-up, window shown / bare PySide6 window", shown[0] * 1000, "ms", bare_ms),
        Row("start-up, desk ready / bare PySide6 window", ready[0] * 1000, "ms", bare_ms),
        Row("peak memory (RSS) at desk ready / bare window", ready[1], "MiB", bare_rss),
    ]


if __name__ == "__main__":
    run_alone(main, __doc__)

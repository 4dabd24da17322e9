"""The rows every benchmark returns and the one table they are printed in.

Each figure of guichet sits beside the baseline measured in the same run, so
that a slow or busy machine moves both and the ratio stays meaningful. A
benchmark run alone prints its own rows in the same table as `run_all.py`.
"""

from __future__ import annotations

import argparse
import os
import platform
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

COLUMNS = ("benchmark", "guichet", "baseline", "ratio", "goal")


@dataclass(frozen=True)
class Row:
    """``ratio`` is guichet over baseline in the row's unit: below 1 is faster
    for times, above 1 is faster for rates."""

    name: str
    guichet: float
    unit: str
    baseline: float | None = None
    goal: str = "—"
    met: bool | None = None
    #: Shown after guichet's figure, e.g. the rate of a timed push.
    aside: str = ""

    @property
    def ratio(self) -> float | None:
        return self.guichet / self.baseline if self.baseline else None

    def cells(self) -> tuple[str, ...]:
        mine = figure(self.guichet, self.unit) + (f" ({self.aside})" if self.aside else "")
        theirs = "—" if self.baseline is None else figure(self.baseline, self.unit)
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}×"
        mark = {True: " ✓", False: " ✗", None: ""}[self.met]
        return (self.name, mine, theirs, ratio, self.goal + mark)


def figure(value: float, unit: str) -> str:
    """Three significant digits or so, whatever the magnitude."""
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:,.{digits}f} {unit}"


def machine() -> str:
    load = ", ".join(f"{each:.2f}" for each in os.getloadavg())
    return (
        f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()},"
        f" {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average {load}"
    )


def table(rows: Iterable[Row]) -> str:
    """A Markdown table padded into columns: readable as printed, pasteable as is."""
    lines = [COLUMNS, *(row.cells() for row in rows)]
    widths = [max(len(line[column]) for line in lines) for column in range(len(COLUMNS))]

    def render(cells: tuple[str, ...]) -> str:
        padded = (
            cell.ljust(width) if column == 0 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(cells, widths, strict=True))
        )
        return "| " + " | ".join(padded) + " |"

    rule = tuple(
        "-" * width if column == 0 else "-" * (width - 1) + ":"
        for column, width in enumerate(widths)
    )
    return "\n".join(render(line) for line in (lines[0], rule, *lines[1:]))


def quick_flag(description: str | None) -> bool:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--quick", action="store_true", help="small sizes, to check the benchmark runs"
    )
    return parser.parse_args().quick


def run_alone(main: Callable[[bool], list[Row]], description: str | None) -> None:
    """A benchmark started on its own: its lines, then its rows as a table."""
    rows = main(quick_flag(description))
    print()
    print(machine())
    print(table(rows))

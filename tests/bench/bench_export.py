"""Monthly CSV export of 1,000,000 requests against `sqlite3 -csv` (goal: ≤ 2× its time).

A throwaway site gets 500,000 closed visits of two requests each in October
2026, checklists on half of the requests, plus cancelled visits and visits of
the neighbouring months that the export must leave out. Then, alternately:
- sqlite3 -csv dumps the same rows with the same join, filter and order
  (raw codes, UTC times, no document counts made readable);
- guichet's export writes them (French labels, local times, counts, quoting),
  timed around the call as the desk's worker thread makes it.
One `guichet export` command is then timed whole, for reference (start-up and
the database check at opening included). Local time is Europe/Paris unless TZ
is set, so the month has a change of time.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from results import Row, run_alone

VISITS = 500_000
RUNS = 3
GOAL = 2.0
MONTH = "2026-10"
FIRST_DAY = datetime(2026, 10, 1)
STAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a DateTime in SQLite

# The export's rows as plain columns: the join, filter and order of services/export.py.
DUMP = """
SELECT v.closed_at, v.started_at, v.arrived_at, v.id, a.name, v.channel, r.operator_id,
       r.theme_id, r.procedure_id, r.procedure_title, r.help_type, r.outcome,
       d.present, d.missing, v.age_band, v.gender, v.commune, v.first_visit, v.satisfaction
FROM visit v
JOIN request r ON r.visit_id = v.id
JOIN agent a ON a.id = v.agent_id
LEFT JOIN (
    SELECT request_id, sum(status = 'present') AS present, sum(status = 'missing') AS missing
    FROM document_check GROUP BY request_id
) d ON d.request_id = r.id
WHERE +v.site_id = '{site}' AND v.status = 'closed'
  AND v.closed_at >= '{start}' AND v.closed_at < '{end}'
ORDER BY v.closed_at, v.id, r.position;
"""


def uuid_like(kind: int, number: int) -> str:
    """36 characters like the desk's UUIDs, far cheaper to make by the million."""
    return f"{kind:08x}-0000-4000-8000-{number:012x}"


def stamp(moment: datetime) -> str:
    return moment.strftime(STAMP)


def populate(data: Path, visits: int) -> str:
    """The site through the services (schema, agents), the visit log through raw SQL."""
    from guichet.catalog.loader import load_catalog
    from guichet.domain.agent import Role
    from guichet.paths import shipped_catalog_dir
    from guichet.services.auth import add_agent
    from guichet.services.site import create_site
    from guichet.storage.database import DATABASE_FILE, open_database

    db = open_database(data)
    site, manager = create_site(db, "France Services du banc d'essai", "Claire Manager", "1234")
    agents = [manager.id] + [
        add_agent(db, site.id, name, "5678", Role.AGENT).id
        for name in ("Karim Benali", "Sophie Leroy", "Zoé Müller")
    ]
    db.dispose()
    procedures = list(load_catalog(shipped_catalog_dir()).procedures.values())
    rng = random.Random(1_000_000)
    visit_rows, request_rows, check_rows = [], [], []
    channels = ["on_site"] * 8 + ["phone", "video"]
    help_types = ["information", "accompanied", "digital", "referral", "appointment"]
    outcomes = ["completed", "finishes_alone", "must_come_back", "referred"]
    ages = [None, "under_18", "18_24", "25_39", "40_59", "60_69", "70_plus"]
    genders = [None, "woman", "man", "other"]
    # Mostly October, one in 50 in September or November; in the order a desk
    # saves them, which is the order they close in.
    starts = sorted(
        FIRST_DAY
        + timedelta(
            days=rng.randrange(-1, 32) if number % 50 == 0 else rng.randrange(31),
            seconds=rng.randrange(7 * 3600, 16 * 3600),
        )
        for number in range(visits)
    )
    for number, started in enumerate(starts):
        closed = started + timedelta(seconds=rng.randrange(180, 2400))
        arrived = started - timedelta(seconds=rng.randrange(0, 1800)) if number % 3 else None
        visit_id = uuid_like(1, number)
        visit_rows.append(
            (
                visit_id,
                site.id,
                site.workstation_id,
                agents[number % len(agents)],
                rng.choice(channels),
                stamp(started),
                stamp(closed),
                stamp(closed),
                "cancelled" if number % 100 == 7 else "closed",
                rng.choice(ages),
                rng.choice(genders),
                rng.choice([None, "25388", "2A004", "39300"]),
                rng.choice([None, 0, 1]),
                stamp(arrived) if arrived else None,
                rng.choice([None, 1, 2, 3, 4, 5, 5]),
                "Note libre jamais exportée",
            )
        )
        for position in range(2):
            procedure = rng.choice(procedures)
            request_id = uuid_like(2, 2 * number + position)
            request_rows.append(
                (
                    request_id,
                    visit_id,
                    position,
                    procedure.operator_id,
                    procedure.id,
                    procedure.title,
                    procedure.theme_id,
                    rng.choice(help_types),
                    rng.choice(outcomes),
                )
            )
            if position == 0:
                for index, document in enumerate(procedure.documents[:3]):
                    check_rows.append(
                        (
                            uuid_like(3, 4 * number + index),
                            request_id,
                            index,
                            document.label,
                            "missing" if index == 2 else "present",
                        )
                    )
    connection = sqlite3.connect(data / DATABASE_FILE)
    with connection:
        connection.executemany(
            "INSERT INTO visit (id, site_id, workstation_id, agent_id, channel, started_at,"
            " closed_at, updated_at, status, age_band, gender, commune, first_visit,"
            " arrived_at, satisfaction, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            visit_rows,
        )
        connection.executemany(
            "INSERT INTO request (id, visit_id, position, operator_id, procedure_id,"
            " procedure_title, theme_id, help_type, outcome) VALUES (?,?,?,?,?,?,?,?,?)",
            request_rows,
        )
        connection.executemany(
            "INSERT INTO document_check (id, request_id, position, label, status)"
            " VALUES (?,?,?,?,?)",
            check_rows,
        )
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return site.id


def dump(command: list[str], output: Path) -> float:
    with output.open("wb") as sink:
        start = time.perf_counter()
        subprocess.run(command, stdout=sink, check=True)
        return time.perf_counter() - start


def main(quick: bool = False) -> list[Row]:
    visits, runs = (2_000, 1) if quick else (VISITS, RUNS)
    sqlite_cli = shutil.which("sqlite3")
    if sqlite_cli is None:
        print("bench_export skipped: the sqlite3 command is missing (Debian package sqlite3)")
        return []
    os.environ.setdefault("TZ", "Europe/Paris")
    time.tzset()  # for this process and its SQLite; children inherit TZ
    from guichet.catalog.source import load
    from guichet.paths import shipped_catalog_dir
    from guichet.services.export import export
    from guichet.services.reports import Period
    from guichet.storage.database import DATABASE_FILE, open_database

    with tempfile.TemporaryDirectory() as folder:
        data, output = Path(folder) / "data", Path(folder) / "export.csv"
        began = time.perf_counter()
        site_id = populate(data, visits)
        print(f"{visits:,} visits written in {time.perf_counter() - began:.0f} s")
        period = Period.month(MONTH)
        start, end = period.bounds()
        query = DUMP.format(site=site_id, start=stamp(start), end=stamp(end))
        baseline = [sqlite_cli, "-csv", str(data / DATABASE_FILE), query]
        dumped = Path(folder) / "dump.csv"
        dump(baseline, dumped)  # warms the page cache for both
        rows = sum(1 for _ in dumped.open(encoding="utf-8"))
        db = open_database(data)
        catalog = load(shipped_catalog_dir(), data).catalog
        samples: dict[str, list[float]] = {"sqlite3": [], "guichet": []}
        for _ in range(runs):
            samples["sqlite3"].append(dump(baseline, dumped))
            start_export = time.perf_counter()
            exported = export(db, site_id, catalog, period, "csv", output)
            samples["guichet"].append(time.perf_counter() - start_export)
        db.dispose()
        command = [sys.executable, "-m", "guichet", "export", "--month", MONTH]
        whole = dump([*command, "--output", str(output), "--data-dir", str(data)], Path(os.devnull))
    baseline_time = statistics.median(samples["sqlite3"])
    export_time = statistics.median(samples["guichet"])
    ratio = export_time / baseline_time
    print(f"CSV export of {MONTH}, TZ={os.environ['TZ']}, median of {runs} alternated runs")
    print(f"sqlite3 -csv, same join:  {rows:>8} rows in {baseline_time:6.2f} s")
    print(f"guichet export():         {exported:>8} rows in {export_time:6.2f} s")
    print(f"ratio {ratio:.2f}× (goal ≤ {GOAL:g}×)")
    print(f"whole `guichet export` command, once: {whole:.2f} s")
    if exported != rows:
        raise SystemExit(f"row counts differ: sqlite3 {rows}, guichet {exported}")
    name = f"CSV export of {rows:,} requests / sqlite3 -csv"
    return [Row(name, export_time, "s", baseline_time, goal=f"≤ {GOAL:g}×", met=ratio <= GOAL)]


if __name__ == "__main__":
    run_alone(main, __doc__)

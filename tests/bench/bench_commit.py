"""Durable visit commit: one typical visit saved by guichet against raw sqlite3.

Both sides write into the same SQLite file, opened with guichet's own pragmas
(WAL, synchronous=FULL, foreign keys, busy timeout), so every commit waits for
its fsync, which dominates on a real disk:
- guichet: ``IntakeService.record`` as the visit form calls it on closing:
  validation, the ORM unit of work, the agent's name for the event, the
  outbox event with its JSON snapshot, one transaction;
- raw: the sqlite3 module inserting the same rows (the visit, its request, its
  document checks, the outbox event: what guichet wrote for a first visit,
  with fresh ids), prepared beforehand, in one transaction.
The typical visit: one RSA request with its whole checklist and a visitor
profile. The two sides take turns by batches, the first one alternating, so
that both meet the same machine and the same checkpoints of the log.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from results import Row, run_alone

from guichet.domain.visit import (
    AgeBand,
    DocumentCheckDraft,
    DocumentStatus,
    Gender,
    HelpType,
    Outcome,
    RequestDraft,
    VisitDraft,
)
from guichet.paths import shipped_catalog_dir
from guichet.services.clock import utcnow
from guichet.services.desk import Desk, open_desk
from guichet.storage.database import _configure

VISITS = 1_000
BATCH = 20
PROCEDURE = "caf-rsa"
#: Tables in the order the rows go in, and the column that ties each row to
#: the visit, its request or nothing.
TABLES = {
    "visit": ("id", None),
    "request": ("visit_id", "visit"),
    "document_check": ("request_id", "request"),
    "outbox_event": ("entity_id", "visit"),
}

Rows = dict[str, list[dict[str, Any]]]


def typical_visit(desk: Desk) -> VisitDraft:
    procedure = desk.catalog.procedures[PROCEDURE]
    statuses = [DocumentStatus.PRESENT, DocumentStatus.PRESENT, DocumentStatus.MISSING]
    return VisitDraft(
        age_band=AgeBand.AGE_40_59,
        gender=Gender.WOMAN,
        commune="25388",
        first_visit=True,
        requests=[
            RequestDraft(
                operator_id=procedure.operator_id,
                procedure_id=procedure.id,
                procedure_title=procedure.title,
                theme_id=procedure.theme_id,
                help_type=HelpType.ACCOMPANIED,
                outcome=Outcome.COMPLETED,
                documents=[
                    DocumentCheckDraft(document.label, statuses[index % len(statuses)])
                    for index, document in enumerate(procedure.documents)
                ],
            )
        ],
    )


def written(connection: sqlite3.Connection, visit_id: str) -> Rows:
    """Every row guichet wrote for one visit, table by table."""
    connection.row_factory = sqlite3.Row
    query = {
        "visit": "SELECT * FROM visit WHERE id = ?",
        "request": "SELECT * FROM request WHERE visit_id = ?",
        "document_check": "SELECT d.* FROM document_check d"
        " JOIN request r ON r.id = d.request_id WHERE r.visit_id = ?",
        "outbox_event": "SELECT * FROM outbox_event WHERE entity_id = ?",
    }
    rows = {
        table: [dict(row) for row in connection.execute(query[table], (visit_id,))]
        for table in TABLES
    }
    connection.row_factory = None
    return rows


def fresh(template: Rows) -> Rows:
    """The same rows under new ids, their links kept."""
    renamed: dict[str, str] = {}
    copies: Rows = {}
    for table, (link, parent) in TABLES.items():
        copies[table] = []
        for row in template[table]:
            copy = {**row, "id": str(uuid.uuid4())}
            if parent is None:
                renamed[row["id"]] = copy["id"]
            else:
                copy[link] = renamed[row[link]]
                renamed.setdefault(row["id"], copy["id"])
            copies[table].append(copy)
    return copies


def inserts(template: Rows) -> dict[str, str]:
    return {
        table: f"INSERT INTO {table} ({', '.join(rows[0])})"
        f" VALUES ({', '.join(':' + column for column in rows[0])})"
        for table, rows in template.items()
    }


def raw_commit(connection: sqlite3.Connection, statements: dict[str, str], rows: Rows) -> float:
    began = time.perf_counter()
    with connection:
        for table, statement in statements.items():
            connection.executemany(statement, rows[table])
    return time.perf_counter() - began


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * share) - 1)]


def main(quick: bool = False) -> list[Row]:
    visits = 40 if quick else VISITS
    with tempfile.TemporaryDirectory() as folder:
        desk = open_desk(Path(folder) / "data", shipped_catalog_dir(), demo=True)
        intake, agent = desk.intake, desk.auth.agents()[0]
        draft = typical_visit(desk)
        raw = sqlite3.connect(desk.db.path)
        _configure(raw, None)  # the very pragmas guichet opens its file with
        template = written(raw, intake.record(agent.id, draft, utcnow()))
        statements = inserts(template)
        raw_commit(raw, statements, fresh(template))  # warm-up
        samples: dict[str, list[float]] = {"guichet": [], "raw": []}
        for batch in range(visits // BATCH):
            sides = ["guichet", "raw"] if batch % 2 == 0 else ["raw", "guichet"]
            for side in sides:
                for _ in range(BATCH):
                    if side == "raw":
                        samples["raw"].append(raw_commit(raw, statements, fresh(template)))
                    else:
                        began = time.perf_counter()
                        intake.record(agent.id, draft, utcnow())
                        samples["guichet"].append(time.perf_counter() - began)
        raw.close()
        desk.close()
    ms = {side: [each * 1000 for each in times] for side, times in samples.items()}
    median = {side: statistics.median(times) for side, times in ms.items()}
    p99 = {side: percentile(times, 0.99) for side, times in ms.items()}
    counts = {table: len(rows) for table, rows in template.items()}
    print(
        f"durable visit commit: {len(ms['guichet'])} visits a side, {BATCH} a batch, alternated;"
        f" rows a visit: {counts}"
    )
    for side in ms:
        print(f"  {side:8} median {median[side]:6.2f} ms, p99 {p99[side]:6.2f} ms")
    return [
        Row("durable visit commit, median / raw sqlite3", median["guichet"], "ms", median["raw"]),
        Row("durable visit commit, p99 / raw sqlite3", p99["guichet"], "ms", p99["raw"]),
    ]


if __name__ == "__main__":
    run_alone(main, __doc__)

"""The kill test: SIGKILL the desk's save path at random moments, then look on disk.

Each round starts ``save_worker.run`` in a fresh process on the same data
folder and kills it, either while it opens the folder (integrity check,
migrations, demo site, backup) or at a random moment up to 300 ms after its
first saved visit. Afterwards, and every ``--check-every`` kills, the file is
opened with plain sqlite3: ``PRAGMA integrity_check`` must say ok, and every
visit acknowledged before a kill must be there whole (requests, documents,
referrals, its queue ticket closed) with its event for the hub, or the hub
would never hear of it. Finally the desk opens the folder as the app does.

Workers are forked from a server that has already imported guichet, so a
round costs the open and the saves, not Python's imports; the save path and
the files are those of the app.

    python -m tests.crash.kill_test --kills 1000     (or: bash scripts/crash-test)
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from guichet.storage.database import DATABASE_FILE
from tests.crash import save_worker

#: Share of rounds killed while the worker still opens the folder.
STARTUP_SHARE = 0.25
#: Until a first visit is saved the folder may be new: kill the first start
#: (migrations, demo site) more often, at any moment of its usual duration.
FIRST_START_SHARE = 0.5
FIRST_START = 0.5
#: Longest wait after the first saved visit before the kill.
SAVING_WINDOW = 0.3
#: A worker that has not saved anything after this long is stuck.
FIRST_SAVE_TIMEOUT = 60.0
INTEGRITY_CHECKS = ("integrity_check", "foreign_key_check")


@dataclass
class Report:
    kills: int = 0
    killed_while_opening: int = 0
    #: Each visit as last acknowledged, and saves acknowledged in all.
    acknowledged: dict[str, dict] = field(default_factory=dict)
    saves: int = 0
    #: A correction or cancellation announced but never acknowledged: the
    #: visit may be found as acknowledged or as announced.
    pending: dict[str, dict] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def take(self, message: dict) -> None:
        visit_id = message["visit"]
        if message.pop("intent", False):
            self.pending[visit_id] = {**self.acknowledged[visit_id], **message}
            return
        self.acknowledged[visit_id] = {**self.acknowledged.get(visit_id, {}), **message}
        self.pending.pop(visit_id, None)
        self.saves += 1

    @property
    def lost(self) -> list[str]:
        """Visits acknowledged then missing, or found without some of their parts."""
        return [p for p in self.problems if p.startswith("lost ")]

    @property
    def integrity_ok(self) -> bool:
        return not any(p.startswith(INTEGRITY_CHECKS) for p in self.problems)

    def summary(self) -> str:
        return (
            f"kills: {self.kills} ({self.killed_while_opening} while opening)\n"
            f"acknowledged saves: {self.saves} ({len(self.acknowledged)} visits)\n"
            f"lost: {len(self.lost)}\n"
            f"integrity: {'ok' if self.integrity_ok else 'FAILED'}\n"
            f"problems: {len(self.problems)}\n"
            f"time: {self.seconds:.0f} s"
        )


def kill_test(
    data_dir: Path,
    kills: int,
    seed: int = 0,
    check_every: int = 100,
    progress: Callable[[str], None] = lambda _line: None,
) -> Report:
    """Stops at the first problem: a lost visit, a damaged file, a worker that cannot start."""
    rng = random.Random(seed)
    report = Report()
    opening_times: list[float] = []
    began = time.monotonic()
    while report.kills < kills and not report.problems:
        error = _round(data_dir, rng, report, opening_times)
        if error:
            report.problems.append(error)
        elif report.kills % check_every == 0 or report.kills == kills:
            report.problems += check(data_dir / DATABASE_FILE, report.acknowledged, report.pending)
            progress(
                f"{report.kills} kills, {report.saves} saves acknowledged, "
                f"{len(report.problems)} problems, {time.monotonic() - began:.0f} s"
            )
    if not report.problems:
        report.problems += reopen(data_dir)
    report.seconds = time.monotonic() - began
    return report


class Worker:
    """``save_worker.run`` in a process forked from a server that has imported guichet."""

    def __init__(self, data_dir: Path, seed: int) -> None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([save_worker.__name__])
        self._reader, writer = context.Pipe(duplex=False)
        self._process = context.Process(
            target=save_worker.run, args=(data_dir, seed, writer), daemon=True
        )
        self.started = time.monotonic()
        self._process.start()
        writer.close()

    def next(self, until: float) -> dict | None:
        """The next acknowledgement or error, or None once ``until`` (monotonic) has passed."""
        if not self._reader.poll(max(0.0, until - time.monotonic())):
            return None
        try:
            return self._reader.recv()
        except EOFError:
            return {"error": f"died on its own, exit code {self._process.exitcode}"}

    def kill(self) -> list[dict]:
        """SIGKILL, then what it had sent before dying and nobody had read yet."""
        if self._process.exitcode is None:
            os.kill(self._process.pid, signal.SIGKILL)
        self._process.join()
        sent = []
        with self._reader:
            while True:
                try:
                    sent.append(self._reader.recv())
                except EOFError:
                    return sent


def _round(
    data_dir: Path, rng: random.Random, report: Report, opening_times: list[float]
) -> str | None:
    """One worker, killed while it opens the folder or at a random moment while it saves."""
    worker = Worker(data_dir, rng.randrange(2**32))
    typical = statistics.median(opening_times) if opening_times else FIRST_START
    deadline = None
    if rng.random() < (STARTUP_SHARE if report.acknowledged else FIRST_START_SHARE):
        deadline = worker.started + rng.uniform(0, typical)
    messages = []
    while message := worker.next(deadline or worker.started + FIRST_SAVE_TIMEOUT):
        messages.append(message)
        if "error" in message:
            break
        if len(messages) == 1:
            opening_times.append(time.monotonic() - worker.started)
            deadline = deadline or time.monotonic() + rng.uniform(0, SAVING_WINDOW)
    if deadline is None and not messages:
        messages.append({"error": f"saved nothing in {FIRST_SAVE_TIMEOUT:.0f} s"})
    messages += worker.kill()
    report.kills += 1
    report.killed_while_opening += not messages
    for message in messages:
        if "error" in message:
            return f"worker failed: {message['error']}"
        report.take(message)
    return None


def check(database: Path, acknowledged: dict[str, dict], pending: dict[str, dict]) -> list[str]:
    """Plain sqlite3, as a technician would: a sound file holding every acknowledged visit."""
    connection = sqlite3.connect(database)
    try:
        return _integrity(connection) + _visits(connection, acknowledged, pending)
    finally:
        connection.close()


def _integrity(connection: sqlite3.Connection) -> list[str]:
    problems = []
    result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        problems.append(f"integrity_check: {result[:5]}")
    broken_keys = connection.execute("PRAGMA foreign_key_check").fetchall()
    if broken_keys:
        problems.append(f"foreign_key_check: {broken_keys[:5]}")
    return problems


def _visits(
    connection: sqlite3.Connection, acknowledged: dict[str, dict], pending: dict[str, dict]
) -> list[str]:
    def counts(query: str) -> dict[str, int]:
        return dict(connection.execute(query).fetchall())

    statuses = dict(connection.execute("SELECT id, status FROM visit").fetchall())
    requests = counts("SELECT visit_id, count(*) FROM request GROUP BY visit_id")
    documents = counts(
        "SELECT r.visit_id, count(*) FROM document_check d JOIN request r ON d.request_id = r.id"
        " GROUP BY r.visit_id"
    )
    referrals = counts(
        "SELECT r.visit_id, count(*) FROM referral f JOIN request r ON f.request_id = r.id"
        " GROUP BY r.visit_id"
    )
    events: dict[str, dict] = {}
    for entity_id, payload in connection.execute(
        "SELECT entity_id, payload FROM outbox_event WHERE kind = 'visit.upsert' ORDER BY rowid"
    ):
        events[entity_id] = json.loads(payload)
    tickets = {
        row[0]: row[1:]
        for row in connection.execute(
            "SELECT id, status, visit_id FROM ticket WHERE visit_id IS NOT NULL"
        )
    }
    problems = []
    for visit_id, ack in acknowledged.items():
        if visit_id not in statuses:
            problems.append(f"lost visit {visit_id}")
            continue
        found = {
            "status": statuses[visit_id],
            "requests": requests.get(visit_id, 0),
            "documents": documents.get(visit_id, 0),
            "referrals": referrals.get(visit_id, 0),
        }
        states = [ack, pending[visit_id]] if visit_id in pending else [ack]
        possible = [{key: state[key] for key in found} for state in states]
        if found not in possible:
            problems.append(f"lost part of visit {visit_id}: {found} instead of {possible[0]}")
        if ack.get("ticket") and tickets.get(ack["ticket"]) != ("done", visit_id):
            problems.append(f"visit {visit_id}: ticket {ack['ticket']} not closed with it")
    # Acknowledged or not (killed between commit and acknowledgement), a visit
    # on disk has its event for the hub, describing it as it is.
    for visit_id, status in statuses.items():
        event = events.get(visit_id)
        if event is None:
            problems.append(f"visit {visit_id} has no event for the hub")
        elif (event["status"], len(event["requests"])) != (status, requests.get(visit_id, 0)):
            problems.append(f"visit {visit_id}: its event for the hub does not match it")
    return problems


def reopen(data_dir: Path) -> list[str]:
    """The desk itself opens the folder afterwards and lists the day."""
    from guichet.paths import shipped_catalog_dir
    from guichet.services.desk import open_desk

    try:
        desk = open_desk(data_dir, shipped_catalog_dir())
        try:
            desk.intake.day()
        finally:
            desk.close()
    except Exception as error:
        return [f"the desk cannot open the folder: {type(error).__name__}: {error}"]
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--check-every", type=int, default=100)
    parser.add_argument("--data-dir", type=Path, help="default: a new temporary folder")
    args = parser.parse_args(argv)
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="guichet-kill-test-"))
    print(f"seed {args.seed}, data folder {data_dir}", flush=True)
    report = kill_test(
        data_dir, args.kills, args.seed, args.check_every, lambda line: print(line, flush=True)
    )
    print(report.summary())
    for problem in report.problems[:20]:
        print(problem, file=sys.stderr)
    if report.problems:
        print(f"the folder is kept for a look: {data_dir}", file=sys.stderr)
        return 1
    if not args.data_dir:
        shutil.rmtree(data_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())

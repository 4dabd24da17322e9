"""A full disk, simulated for real: SQLite is capped at the file's present size
(PRAGMA max_page_count, which fails exactly as a full disk does: SQLITE_FULL),
and files are written through a link to /dev/full (ENOSPC from the kernel)."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Pool, event

from guichet.app import main
from guichet.catalog import source
from guichet.domain.visit import HelpType, Outcome, RequestDraft, VisitDraft
from guichet.paths import shipped_catalog_dir
from guichet.services.clock import utcnow
from guichet.services.desk import StorageFull, open_desk
from guichet.storage import backup
from guichet.storage.database import DATABASE_FILE
from guichet.sync.state import SyncState, SyncStatus
from guichet.sync.worker import BASE_DELAY, SyncWorker
from tests.fuzz.test_sync_answers import GarbageHub, engine, valid_page
from tests.test_cli import run
from tests.ui.conftest import agent_window, log_in, window  # noqa: F401
from tests.ui.helpers import click, focused, type_text

#: SQLite's own ceiling: no cap at all.
NO_CAP = 1_073_741_823


class DiskCap:
    """Every connection the desk takes from its pool is capped at ``pages``."""

    def __init__(self, engine, pages: int) -> None:
        self.pages = pages
        event.listen(engine, "checkout", self._apply)

    def _apply(self, dbapi_connection, _record, _proxy) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {self.pages}")


def database_facts(path: Path) -> tuple[int, str]:
    """(visits saved, integrity check) as a technician would read them."""
    connection = sqlite3.connect(path)
    try:
        visits = connection.execute("SELECT count(*) FROM visit").fetchone()[0]
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()
    return visits, integrity


def full_disk(desk) -> DiskCap:
    """No free page inside the file, and no room to grow it."""
    connection = sqlite3.connect(desk.db.path)
    try:
        connection.execute("VACUUM")
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    finally:
        connection.close()
    return DiskCap(desk.db.engine, pages)


def small_visit() -> VisitDraft:
    return VisitDraft(
        requests=[
            RequestDraft(
                operator_id="caf", help_type=HelpType.INFORMATION, outcome=Outcome.COMPLETED
            )
        ]
    )


def test_a_save_on_a_full_disk_raises_storage_full_and_keeps_the_rest(desk) -> None:
    agent = desk.auth.agents()[0]
    desk.intake.record(agent.id, small_visit(), utcnow())
    full_disk(desk)
    with pytest.raises(StorageFull):
        for _ in range(500):  # what little room is left in the file's pages fills up
            desk.intake.record(agent.id, small_visit(), utcnow())
    visits, integrity = database_facts(desk.db.path)
    assert visits >= 1 and integrity == "ok"


def add_rsa_request(qtbot, page) -> None:
    editor = page.form.editors()[-1]
    editor.search.setFocus()
    type_text(editor.search, "rsa")
    qtbot.keyClick(editor.search, Qt.Key.Key_Return)
    assert editor.procedure is not None and editor.procedure.id == "caf-rsa"
    click(
        qtbot,
        next(b for b in editor.help_buttons.buttons() if b.property("value") == "accompanied"),
    )
    click(
        qtbot,
        next(b for b in editor.outcome_buttons.buttons() if b.property("value") == "completed"),
    )


def test_closing_a_visit_on_a_full_disk_says_so_and_keeps_the_form(
    qtbot,
    agent_window,  # noqa: F811
    desk,
) -> None:
    page = agent_window.desk_page
    agent = desk.auth.agents()[0]
    for _ in range(2):
        desk.intake.record(agent.id, small_visit(), utcnow())
    page.refresh()
    cap = full_disk(desk)

    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    add_rsa_request(qtbot, page)
    for _ in range(2):  # three checklists: more than a page of outbox payload, which needs room
        qtbot.keyClick(focused(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        add_rsa_request(qtbot, page)
    click(qtbot, page.form.close_button)

    assert page.form.error.text() == (
        "Le disque est plein : le passage n'a pas été enregistré. Ce qui était déjà "
        "enregistré est intact. Libérez de la place sur le disque, puis clôturez de "
        "nouveau le passage (Ctrl+Entrée)."
    )
    assert page.stack.currentWidget() is page.form
    assert len(page.form.editors()) == 3
    assert all(e.procedure.id == "caf-rsa" for e in page.form.editors())
    assert database_facts(desk.db.path) == (2, "ok")

    cap.pages = NO_CAP  # the agent freed some space
    click(qtbot, page.form.close_button)
    assert page.status.text() == "Passage enregistré."
    assert page.model.rowCount() == 3
    assert database_facts(desk.db.path) == (3, "ok")


def dev_full_links(folder: Path, names: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        os.symlink("/dev/full", folder / name)


def test_the_daily_backup_on_a_full_disk_does_not_stop_the_desk(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    now = datetime.now()
    # The backup is named after the second it starts: every second of the next minute is full.
    names = [
        f"{backup.PREFIX}{now + timedelta(seconds=s):%Y-%m-%d-%H%M%S}{backup.SUFFIX}.partial"
        for s in range(60)
    ]
    dev_full_links(backup.folder(data_dir), names)

    opened = open_desk(data_dir, shipped_catalog_dir())
    try:
        manager = opened.create_site("France Services de Test", "Claire Manager", "1234")
        opened.intake.record(manager.id, small_visit(), utcnow())
    finally:
        opened.close()
    assert backup.backups(data_dir) == []
    assert len(list(backup.folder(data_dir).iterdir())) < len(names)  # the used link is gone
    assert database_facts(data_dir / DATABASE_FILE) == (1, "ok")


def test_an_export_to_a_full_disk_says_so_and_leaves_no_file(desk, data_dir, tmp_path) -> None:
    output = tmp_path / "octobre.csv"
    dev_full_links(tmp_path, [f".{output.name}.part"])
    result = run(
        "export", "--month", "2026-10", "--output", str(output), "--data-dir", str(data_dir)
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"Rien n'a été exporté vers {output} : le disque est plein"
    assert not output.exists() and not (tmp_path / f".{output.name}.part").exists()


def test_the_sync_worker_survives_a_full_disk_and_retries(desk) -> None:
    hub = GarbageHub()
    try:
        page = valid_page(desk)
        visits = [e for e in page["events"] if e["kind"] == "visit.upsert"]
        for number in range(40):  # far more than the room left in the file's pages
            extra = json.loads(json.dumps(visits[0]))
            extra["id"] = extra["entity_id"] = extra["payload"]["id"] = f"visit-{number}"
            extra["payload"]["requests"][0]["id"] = f"request-{number}"
            extra["payload"]["requests"][0]["documents"][0]["id"] = f"document-{number}"
            page["events"].append(extra)
        hub.answer = (200, json.dumps({**page, "acknowledged": [], "duplicates": 0}).encode())
        states: list[SyncState] = []
        worker = SyncWorker(engine(desk, hub), states.append)
        full_disk(desk)
        before = database_facts(desk.db.path)

        delay = asyncio.run(worker.run_once())

        assert (states[-1].status, states[-1].detail) == (SyncStatus.OFFLINE, "disk full")
        assert worker.failures == 1
        assert 0 < delay <= BASE_DELAY
        assert database_facts(desk.db.path) == before
    finally:
        hub.close()


def test_tickets_given_until_the_disk_is_full_then_a_clear_message(
    qtbot,
    agent_window,  # noqa: F811
    desk,
) -> None:
    page = agent_window.desk_page
    full_disk(desk)
    given = 0
    for _ in range(300):  # each ticket takes some of the room left in the file's pages
        qtbot.keyClick(focused(), Qt.Key.Key_F6)
        if not page.status.text().startswith("Ticket "):
            break
        given += 1
    assert page.status.text() == (
        "Le disque est plein : rien n'a été modifié. "
        "Libérez de la place sur le disque, puis réessayez."
    )
    assert len(desk.queue.waiting()) == given
    assert database_facts(desk.db.path)[1] == "ok"

    agent_window.show_login()  # logging out and in again still works: nothing to do but wait
    log_in(qtbot, agent_window, "Alex Agent", "5678")
    assert agent_window.pages.currentWidget() is agent_window.desk_page


def test_a_command_on_a_full_disk_says_so(desk, tmp_path: Path, capsys) -> None:
    """guichet catalog import-dila, here: more sheets than the room left."""
    sheet = (Path(__file__).parents[1] / "catalog" / "dila" / "F19778.xml").read_text()
    archive = tmp_path / "vdd.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for number in range(1, 41):
            out.writestr(f"F{number}.xml", sheet.replace('ID="F19778"', f'ID="F{number}"'))
    pages = full_disk(desk).pages
    cap = lambda connection, _record, _proxy: connection.execute(  # noqa: E731
        f"PRAGMA max_page_count = {pages}"
    )
    event.listen(Pool, "checkout", cap)  # every engine, the command's own included
    try:
        status = main(
            ["catalog", "import-dila", str(archive), "--data-dir", str(desk.db.path.parent)]
        )
    finally:
        event.remove(Pool, "checkout", cap)
    assert status == 1
    assert capsys.readouterr().err.strip() == (
        "Le disque est plein : rien n'a été enregistré, et ce qui l'était déjà est intact. "
        "Libérez de la place sur le disque, puis relancez la commande."
    )
    assert database_facts(desk.db.path)[1] == "ok"


def test_the_catalogue_loads_when_its_snapshot_cannot_be_written(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    temporary = (data_dir / source.SNAPSHOT_FILE).with_suffix(".tmp")
    dev_full_links(data_dir, [temporary.name])
    loaded = source.load(shipped_catalog_dir(), data_dir)
    assert not loaded.degraded and loaded.catalog.procedures
    assert not (data_dir / source.SNAPSHOT_FILE).exists() and not temporary.exists()


def test_a_kiosk_on_a_full_disk_sends_the_visitor_to_the_desk(qtbot, desk) -> None:
    from guichet.ui.kiosk.kiosk_window import KioskWindow

    kiosk = KioskWindow(desk, shipped_catalog_dir(), idle_seconds=90)
    qtbot.addWidget(kiosk)
    kiosk.show()
    try:
        full_disk(desk)
        waiting = len(desk.queue.waiting())
        for _ in range(300):  # until the room left in the file's pages is used up
            click(qtbot, kiosk.home.agent_button)
            if not kiosk.ticket.code:
                break
            kiosk.forget()  # the next visitor
            waiting += 1
        assert kiosk.pages.currentWidget() is kiosk.ticket
        assert kiosk.ticket.title.text() == "Désolé, pas de ticket pour le moment"
        assert "Allez à l'accueil" in kiosk.ticket.explain.text()
        assert not kiosk.ticket.print_button.isEnabled()
        assert len(desk.queue.waiting()) == waiting  # every ticket shown is in the queue
        assert database_facts(desk.db.path)[1] == "ok"
        kiosk.record_feedback(5)  # an answer lost to the full disk: no error, no crash
    finally:
        kiosk._unlocked = True


def test_the_sync_worker_survives_a_database_held_by_another_program(desk) -> None:
    hub = GarbageHub()
    holder = sqlite3.connect(desk.db.path, isolation_level=None)
    try:
        page = valid_page(desk)
        hub.answer = (200, json.dumps({**page, "acknowledged": [], "duplicates": 0}).encode())
        states: list[SyncState] = []
        worker = SyncWorker(engine(desk, hub), states.append)
        before = database_facts(desk.db.path)
        holder.execute("BEGIN IMMEDIATE")  # e.g. a backup tool writing, past the busy timeout

        delay = asyncio.run(worker.run_once())

        assert (states[-1].status, states[-1].detail) == (SyncStatus.OFFLINE, "database busy")
        assert worker.failures == 1 and 0 < delay <= BASE_DELAY
        holder.execute("ROLLBACK")
        assert database_facts(desk.db.path) == before
        asyncio.run(worker.run_once())  # the program let go: the same page is applied
        assert states[-1].status == SyncStatus.ONLINE
        assert database_facts(desk.db.path)[0] == before[0] + 1
    finally:
        holder.close()
        hub.close()

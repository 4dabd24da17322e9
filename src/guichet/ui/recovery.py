"""Opening the site's data at start-up, and what to do when it cannot be read:
say so plainly and offer the latest daily backup, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from guichet.i18n import translate
from guichet.services import backups
from guichet.services.desk import DatabaseUnreadable, Desk, open_desk
from guichet.slips.wording import date_and_time


def open_or_recover(
    parent: QWidget | None, data_dir: Path, catalog_dir: Path, demo: bool, interactive: bool
) -> Desk | None:
    """The desk, or None when the database stays unreadable.

    ``interactive`` is False when nobody is there to answer (screenshots):
    the message then only goes to the terminal.
    """
    try:
        return open_desk(data_dir, catalog_dir, demo=demo)
    except DatabaseUnreadable as error:
        newest = backups.latest(data_dir)
        if not _restore_chosen(parent, error, newest, interactive):
            return None
    assert newest is not None
    try:
        aside = backups.restore_file(data_dir, newest.path)
    except backups.BackupError as error:
        _say(
            parent,
            interactive,
            translate("Recovery", "The backup could not be restored"),
            translate(
                "Recovery",
                "Nothing was replaced: the database is as it was. Call your technician."
                "\n\nDetail: {reason}",
            ).format(reason=error),
        )
        return None
    try:
        desk = open_desk(data_dir, catalog_dir, demo=demo)
    except DatabaseUnreadable as error:
        _restore_chosen(parent, error, None, interactive)
        return None
    _say(
        parent,
        interactive,
        translate("Recovery", "Backup restored"),
        translate(
            "Recovery",
            "The backup of {moment} is back in place. Visits saved after it are not in it. "
            "The damaged file was kept as {file} for your technician.",
        ).format(moment=date_and_time(newest.taken_at), file=aside.name if aside else "—"),
        QMessageBox.Icon.Information,
    )
    return desk


def _restore_chosen(
    parent: QWidget | None,
    error: DatabaseUnreadable,
    newest: backups.BackupInfo | None,
    interactive: bool,
) -> bool:
    title = translate("DatabaseError", "The site's database cannot be opened")
    text = translate(
        "DatabaseError",
        "guichet cannot read its database:\n{path}\n\nThe file may be damaged or used by "
        "another program. Nothing has been changed or deleted.\n\nDetail: {reason}",
    ).format(path=error.path, reason=error.reason)
    if newest is None:
        text += "\n\n" + translate(
            "DatabaseError", "No backup of this site exists on this computer: call your technician."
        )
    else:
        text += "\n\n" + translate(
            "DatabaseError",
            "The latest backup dates from {moment}. Restoring it keeps the damaged file aside; "
            "visits saved after the backup will not be in the restored database. "
            "(Also possible later with: guichet restore)",
        ).format(moment=date_and_time(newest.taken_at))
    print(f"{title}\n{text}", file=sys.stderr)
    if not interactive:
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=parent)
    restore = None
    if newest is not None:
        restore = box.addButton(
            translate("DatabaseError", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
        )
        restore.setAccessibleName(translate("DatabaseError", "Restore the latest backup"))
    quit_button = box.addButton(
        translate("DatabaseError", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(quit_button)  # Enter alone must not replace a database
    box.exec()
    return restore is not None and box.clickedButton() is restore


def _say(
    parent: QWidget | None,
    interactive: bool,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Critical,
) -> None:
    print(f"{title}\n{text}", file=sys.stderr)
    if interactive:
        QMessageBox(icon, title, text, parent=parent).exec()

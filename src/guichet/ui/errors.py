"""Messages for failures that stop the desk from opening."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from guichet.i18n import translate

if TYPE_CHECKING:
    from guichet.storage.database import DatabaseUnreadable


def show_database_error(parent: QWidget | None, error: DatabaseUnreadable) -> None:
    """Nothing is changed or deleted: the file stays for a technician or a restore."""
    title = translate("DatabaseError", "The site's database cannot be opened")
    text = translate(
        "DatabaseError",
        "guichet cannot read its database:\n{path}\n\nThe file may be damaged or used by "
        "another program. Nothing has been changed or deleted. Call your technician, "
        "or restore the latest backup with: guichet restore\n\nDetail: {reason}",
    ).format(path=error.path, reason=error.reason)
    print(f"{title}\n{text}", file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        QMessageBox.critical(parent, title, text)


def show_kiosk_without_site() -> None:
    """The kiosk never creates a site: that is the manager's job at a desk."""
    title = translate("KioskSetup", "No site on this computer")
    text = translate(
        "KioskSetup",
        "The self-service kiosk needs a site. Start guichet once without --kiosk to create "
        "it (or enrol this computer with the site's hub), then start the kiosk again.",
    )
    print(f"{title}\n{text}", file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        QMessageBox.critical(None, title, text)

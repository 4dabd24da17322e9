"""Messages for failures that stop the desk from opening."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QMessageBox, QWidget

from guichet.i18n import translate
from guichet.storage.database import DatabaseUnreadable


def show_database_error(parent: QWidget, error: DatabaseUnreadable) -> None:
    """Nothing is changed or deleted: the file stays for a technician or a restore."""
    title = translate("DatabaseError", "The site's database cannot be opened")
    text = translate(
        "DatabaseError",
        "guichet cannot read its database:\n{path}\n\nThe file may be damaged or used by "
        "another program. Nothing has been changed or deleted. Call your technician, "
        "or restore the latest backup.\n\nDetail: {reason}",
    ).format(path=error.path, reason=error.reason)
    print(f"{title}\n{text}", file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        QMessageBox.critical(parent, title, text)

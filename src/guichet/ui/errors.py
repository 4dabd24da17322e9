"""Messages for failures that stop the desk from opening."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QMessageBox

from guichet.i18n import translate


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

"""Renders the kiosk's main screens to PNG files, for reviews and documentation."""

from __future__ import annotations

from pathlib import Path

from guichet.ui.kiosk.kiosk_window import KioskWindow
from guichet.ui.screenshots import save_png


def render(window: KioskWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 1024)
    window.show()
    written = [save_png(window, folder, "kiosk-home-fr")]
    window.show_theme("social-sante")
    written.append(save_png(window, folder, "kiosk-procedures-fr"))
    window.show_procedure("caf-rsa")
    for _ in range(2):
        window.next_text_size()
    written.append(save_png(window, folder, "kiosk-checklist-200"))
    window.forget()
    window.set_language("ar")
    written.append(save_png(window, folder, "kiosk-home-ar"))
    window.show_theme("social-sante")
    window.show_procedure("caf-rsa")
    written.append(save_png(window, folder, "kiosk-checklist-ar"))
    window.forget()
    window.take_ticket(None)
    written.append(save_png(window, folder, "kiosk-ticket"))
    window.ask_feedback()
    written.append(save_png(window, folder, "kiosk-feedback"))
    window.forget()
    return written

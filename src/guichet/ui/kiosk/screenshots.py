"""Renders the kiosk's main screens to PNG files, for reviews and documentation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from guichet.ui.kiosk.kiosk_window import KioskWindow


def _save(window: KioskWindow, folder: Path, name: str) -> Path:
    for _ in range(3):  # layouts settle over a few passes of posted events
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    path = folder / f"{name}.png"
    if not window.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    return path


def render(window: KioskWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 1024)
    window.show()
    written = [_save(window, folder, "kiosk-home-fr")]
    window.show_theme("social-sante")
    written.append(_save(window, folder, "kiosk-procedures-fr"))
    window.show_procedure("caf-rsa")
    for _ in range(2):
        window.next_text_size()
    written.append(_save(window, folder, "kiosk-checklist-200"))
    window.forget()
    window.set_language("ar")
    written.append(_save(window, folder, "kiosk-home-ar"))
    window.show_theme("social-sante")
    window.show_procedure("caf-rsa")
    written.append(_save(window, folder, "kiosk-checklist-ar"))
    window.forget()
    window.take_ticket(None)
    written.append(_save(window, folder, "kiosk-ticket"))
    window.ask_feedback()
    written.append(_save(window, folder, "kiosk-feedback"))
    window.forget()
    return written

"""The self-service kiosk: full screen, touch first, several languages, locked down.

Nobody reaches the agents' data from here: no desk screen is built, every
shortcut and attempt to close is swallowed, and only a manager's PIN, typed
on the kiosk's own keypad, lets the window close. After a spell without a
touch the kiosk forgets the visitor: language, text size, pages, typed text.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guichet.catalog.kiosk_text import KioskText, load_kiosk_text
from guichet.domain.queue import TicketSource
from guichet.i18n import install_translations
from guichet.services.desk import Desk, StorageFull
from guichet.ui.kiosk import style
from guichet.ui.kiosk.pages import (
    ChecklistPage,
    FeedbackPage,
    HomePage,
    ProceduresPage,
    TakeAwayPage,
    TicketPage,
    UnlockPage,
)

#: The kiosk's languages, each named in its own language.
LANGUAGES = (
    ("fr", "Français"),
    ("en", "English"),
    ("es", "Español"),
    ("pt", "Português"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
)
RIGHT_TO_LEFT = {"ar"}
IDLE_SECONDS = 90
COUNTDOWN_SECONDS = 15
LONG_PRESS_MS = 3000
MAX_PIN_TRIES = 5
PIN_LOCK_MS = 5 * 60 * 1000
UNLOCK_KEYS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
)


class _LongPressLabel(QLabel):
    """The site's name: held down for three seconds it opens the manager's keypad."""

    long_pressed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._clock = QElapsedTimer()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._clock.start()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._clock.isValid() and self._clock.elapsed() >= LONG_PRESS_MS:
            self.long_pressed.emit()
        self._clock.invalidate()
        super().mouseReleaseEvent(event)


class KioskWindow(QMainWindow):
    def __init__(self, desk: Desk, catalog_dir: Path, idle_seconds: int = IDLE_SECONDS) -> None:
        super().__init__()
        self._desk = desk
        self._catalog_dir = catalog_dir
        self.idle_seconds = idle_seconds
        self.idle = 0
        self.language = "fr"
        self.scale_index = 0
        self.high_contrast = False
        self._unlocked = False
        self._pin_tries = 0
        self._lock_clock = QElapsedTimer()
        self.text: KioskText = load_kiosk_text(desk.catalog, "fr", catalog_dir)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

        self.site = _LongPressLabel()
        self.site.setWordWrap(True)
        self.site.setText(desk.site.name if desk.site else "France Services")
        self.site.long_pressed.connect(self.ask_unlock)
        self.language_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self.site, 1)
        languages = QHBoxLayout()
        for code, name in LANGUAGES:
            button = QPushButton(name)
            button.setObjectName("tool")
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, c=code: self.set_language(c))
            self.language_buttons[code] = button
            languages.addWidget(button)
        self.text_size_button = QPushButton("A+")
        self.text_size_button.setObjectName("tool")
        self.text_size_button.clicked.connect(self.next_text_size)
        self.contrast_button = QPushButton("◐")
        self.contrast_button.setObjectName("tool")
        self.contrast_button.clicked.connect(self.toggle_contrast)
        self.home_button = QPushButton("⌂")
        self.home_button.setObjectName("tool")
        self.home_button.clicked.connect(self.go_home)
        for button in (self.text_size_button, self.contrast_button, self.home_button):
            top.addWidget(button)

        self.home = HomePage(self.text)
        self.procedures = ProceduresPage(self.text)
        self.checklist = ChecklistPage(self.text)
        can_print = _printer_available()
        self.take_away = TakeAwayPage(can_print)
        self.ticket = TicketPage(can_print)
        self.feedback = FeedbackPage()
        self.unlock = UnlockPage()
        self.pages = QStackedWidget()
        for page in (
            self.home,
            self.procedures,
            self.checklist,
            self.take_away,
            self.ticket,
            self.feedback,
            self.unlock,
        ):
            self.pages.addWidget(page)
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setWordWrap(True)
        self.countdown.hide()

        central = QWidget()
        central.setObjectName("kiosk")
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addLayout(languages)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.countdown)
        self.setCentralWidget(central)

        self.home.theme_chosen.connect(self.show_theme)
        self.home.agent_wanted.connect(lambda: self.take_ticket(None))
        self.procedures.procedure_chosen.connect(self.show_procedure)
        self.procedures.agent_wanted.connect(lambda: self.take_ticket(None))
        self.procedures.back.connect(self.go_home)
        self.checklist.back.connect(lambda: self.pages.setCurrentWidget(self.procedures))
        self.checklist.take_away.connect(self.show_take_away)
        self.checklist.agent_wanted.connect(
            lambda: self.take_ticket(
                self.checklist.procedure.id if self.checklist.procedure else None
            )
        )
        self.take_away.done.connect(self.ask_feedback)
        self.ticket.done.connect(self.ask_feedback)
        self.feedback.answered.connect(self.record_feedback)
        self.feedback.skipped.connect(self.go_home)
        self.unlock.submitted.connect(self.try_unlock)
        self.unlock.cancelled.connect(self.go_home)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._second)
        self._tick.start()
        QApplication.instance().installEventFilter(self)
        self.apply_style()
        self.retranslate()

    # -- language, size, contrast -------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        install_translations(language)
        QApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if language in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
        self.text = load_kiosk_text(self._desk.catalog, language, self._catalog_dir)
        self.home.set_text(self.text)
        self.procedures.show_theme(self.text, self.procedures.theme_id)
        self.checklist.show_procedure(self.text, self.checklist.procedure)
        for code, button in self.language_buttons.items():
            button.setProperty("current", code == language)

    def next_text_size(self) -> None:
        self.scale_index = (self.scale_index + 1) % len(style.SCALES)
        self.apply_style()

    @property
    def scale(self) -> float:
        return style.SCALES[self.scale_index]

    def toggle_contrast(self) -> None:
        self.high_contrast = not self.high_contrast
        self.apply_style()

    def apply_style(self) -> None:
        self.setStyleSheet(style.style_sheet(self.scale, self.high_contrast))
        # Hidden pages keep the row heights of the old text size (a scrolled
        # page then draws its keys on top of each other): lay them out again.
        for layout in self.findChildren(QLayout):
            layout.invalidate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("France Services — self-service"))
        self.text_size_button.setAccessibleName(self.tr("Bigger text"))
        self.contrast_button.setAccessibleName(self.tr("High contrast"))
        self.home_button.setAccessibleName(self.tr("Home"))
        self.site.setAccessibleName(self.site.text())

    # -- the visitor's path ---------------------------------------------------------

    def go_home(self) -> None:
        self.pages.setCurrentWidget(self.home)

    def show_theme(self, theme_id: str) -> None:
        self.procedures.show_theme(self.text, theme_id)
        self.pages.setCurrentWidget(self.procedures)

    def show_procedure(self, procedure_id: str) -> None:
        self.checklist.show_procedure(self.text, self._desk.catalog.procedures[procedure_id])
        self.pages.setCurrentWidget(self.checklist)

    def show_take_away(self) -> None:
        procedure = self.checklist.procedure
        if procedure is None:
            return
        self.take_away.show_link(procedure.source or procedure.online_service or "")
        self.pages.setCurrentWidget(self.take_away)

    def take_ticket(self, procedure_id: str | None) -> None:
        queue = self._desk.queue
        procedure = self._desk.catalog.procedures.get(procedure_id or "")
        ahead = len(queue.waiting())
        try:
            ticket = queue.take(
                TicketSource.KIOSK,
                theme_id=procedure.theme_id if procedure else self.procedures.theme_id,
                procedure_id=procedure_id,
                language=self.language,
            )
        except StorageFull:
            self.ticket.show_unavailable()  # the visitor is sent to the desk, not left stuck
        else:
            self.ticket.show_ticket(ticket.code, ahead)
        self.pages.setCurrentWidget(self.ticket)

    def ask_feedback(self) -> None:
        self.feedback.reset()
        self.pages.setCurrentWidget(self.feedback)

    def record_feedback(self, score: int) -> None:
        # An answer lost to a full disk costs one anonymous figure, not the visitor's time.
        with contextlib.suppress(StorageFull):
            self._desk.queue.give_feedback(score)
        QTimer.singleShot(3000, self.forget)

    # -- forgetting the visitor ----------------------------------------------------------

    def forget(self) -> None:
        """Back to the start as if nobody had come: nothing of the last visitor stays."""
        self.idle = 0
        self.countdown.hide()
        self.scale_index = 0
        self.high_contrast = False
        self.apply_style()
        if self.language != "fr":
            self.set_language("fr")
        self.procedures.show_theme(self.text, None)
        self.checklist.show_procedure(self.text, None)
        self.ticket.show_ticket("", 0)
        self.take_away.qr.clear()
        self.feedback.reset()
        self.unlock.reset()
        self.go_home()

    def _second(self) -> None:
        self.idle += 1
        left = self.idle_seconds - self.idle
        if left <= 0:
            self.forget()
        elif left <= COUNTDOWN_SECONDS and self.pages.currentWidget() is not self.home:
            self.countdown.setText(
                self.tr("Back to the start in {n} s — touch the screen to continue.").format(n=left)
            )
            self.countdown.show()

    # -- lockdown ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress):
            self.idle = 0
            self.countdown.hide()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            event, QKeyEvent
        ):
            return self._filter_key(event)
        if kind == QEvent.Type.ContextMenu:
            return True
        return super().eventFilter(watched, event)

    def _filter_key(self, event: QKeyEvent) -> bool:
        """Swallow every way out: Escape, Alt+F4, Ctrl+W/Q and any other shortcut."""
        if event.modifiers() & UNLOCK_KEYS == UNLOCK_KEYS and event.key() == Qt.Key.Key_M:
            if event.type() == QEvent.Type.KeyPress:
                self.ask_unlock()
            return True
        if event.key() == Qt.Key.Key_Escape:
            if event.type() == QEvent.Type.KeyPress and self.pages.currentWidget() is self.unlock:
                self.go_home()
            return True
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            return True
        return event.key() in (Qt.Key.Key_F4, Qt.Key.Key_Close, Qt.Key.Key_Exit, Qt.Key.Key_Sleep)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unlocked:
            event.ignore()
            return
        QApplication.instance().removeEventFilter(self)
        super().closeEvent(event)

    def ask_unlock(self) -> None:
        self.unlock.reset()
        self.pages.setCurrentWidget(self.unlock)
        self.unlock.pin.setFocus()

    def try_unlock(self, pin: str) -> None:
        if self._lock_clock.isValid() and self._lock_clock.elapsed() < PIN_LOCK_MS:
            self.unlock.error.setText(self.tr("Too many wrong PINs: try again in 5 minutes."))
            return
        if self._desk.auth.manager_with_pin(pin) is not None:
            self._unlocked = True
            self.close()
            return
        self._pin_tries += 1
        if self._pin_tries >= MAX_PIN_TRIES:
            self._pin_tries = 0
            self._lock_clock.start()
        self.unlock.pin.clear()
        self.unlock.error.setText(self.tr("Wrong PIN."))


def _printer_available() -> bool:
    from PySide6.QtPrintSupport import QPrinterInfo

    return bool(QPrinterInfo.availablePrinters())

"""The self-service kiosk: a visitor's path, lockdown, forgetting, languages."""

import itertools

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from guichet.i18n import install_translations
from guichet.paths import shipped_catalog_dir
from guichet.ui.kiosk import style
from guichet.ui.kiosk.kiosk_window import LANGUAGES, KioskWindow
from tests.ui.helpers import click, type_text


@pytest.fixture
def kiosk(qtbot, desk):
    window = KioskWindow(desk, shipped_catalog_dir(), idle_seconds=90)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    yield window
    window._unlocked = True  # let the test tear it down
    install_translations("fr")
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def open_rsa(qtbot, kiosk):
    click(qtbot, kiosk.home.theme_buttons["social-sante"])
    button = next(b for b in kiosk.procedures.buttons if "RSA" in b.text())
    click(qtbot, button)
    assert kiosk.pages.currentWidget() is kiosk.checklist


def test_a_visitor_finds_the_checklist_and_takes_a_ticket(qtbot, kiosk, desk):
    open_rsa(qtbot, kiosk)
    lines = kiosk.checklist.lines()
    assert lines and all(line for line in lines)
    click(qtbot, kiosk.checklist.take_away_button)
    assert kiosk.take_away.qr.pixmap() is not None and not kiosk.take_away.qr.pixmap().isNull()
    click(qtbot, kiosk.take_away.done_button)
    assert kiosk.pages.currentWidget() is kiosk.feedback
    click(qtbot, kiosk.feedback.faces[4])
    assert kiosk.feedback.thanks.isVisible()

    kiosk.forget()
    open_rsa(qtbot, kiosk)
    click(qtbot, kiosk.checklist.agent_button)
    assert kiosk.pages.currentWidget() is kiosk.ticket
    assert kiosk.ticket.number.text() == "A-001"
    assert [t.code for t in desk.queue.waiting()] == ["A-001"]


@pytest.mark.parametrize(
    "keys",
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Space, Qt.KeyboardModifier.AltModifier),  # the window menu
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier),  # the start menu
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),  # leave full screen
    ],
)
def test_escape_attempts_leave_the_kiosk_up(qtbot, kiosk, keys):
    open_rsa(qtbot, kiosk)
    qtbot.keyClick(kiosk.checklist.take_away_button, *keys)
    assert kiosk.isVisible()
    assert kiosk.pages.currentWidget() is kiosk.checklist


def test_closing_the_window_is_refused(kiosk):
    assert kiosk.close() is False
    assert kiosk.isVisible()


def test_a_right_click_opens_no_menu(kiosk):
    """Not even the PIN field's own menu (paste, select all…)."""
    kiosk.ask_unlock()
    field = kiosk.unlock.pin
    spot = QPoint(5, 5)
    QApplication.sendEvent(
        field, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, spot, field.mapToGlobal(spot))
    )
    assert QApplication.activePopupWidget() is None


def enter_pin(qtbot, kiosk, pin: str) -> None:
    for digit in pin:
        click(qtbot, next(k for k in kiosk.unlock.keys if k.text() == digit))
    click(qtbot, kiosk.unlock.ok)


def test_five_wrong_pins_lock_the_keypad_even_for_the_manager(qtbot, kiosk, desk):
    """A visitor trying PINs gets five tries, then not even the right PIN opens for 5 minutes."""
    kiosk.ask_unlock()
    for _ in range(5):
        enter_pin(qtbot, kiosk, "5678")
        assert kiosk.unlock.error.text() == "Code erroné."
    enter_pin(qtbot, kiosk, "1234")
    assert kiosk.isVisible()
    assert kiosk.unlock.error.text() == "Trop de codes erronés : réessayez dans 5 minutes."
    # The lock is the kiosk's own: the manager can still log in at the desk.
    manager = next(a for a in desk.auth.agents() if a.name == "Claire Manager")
    assert desk.auth.login(manager.id, "1234")


def test_a_wrong_pin_stays_and_the_manager_pin_gets_out(qtbot, kiosk):
    qtbot.keyClick(kiosk.home.agent_button, Qt.Key.Key_M, UNLOCK)
    assert kiosk.pages.currentWidget() is kiosk.unlock
    for digit in "5678":  # the agent's PIN is not a manager's
        click(qtbot, next(k for k in kiosk.unlock.keys if k.text() == digit))
    click(qtbot, kiosk.unlock.ok)
    assert kiosk.isVisible()
    assert kiosk.unlock.error.text() == "Code erroné."
    for digit in "1234":
        click(qtbot, next(k for k in kiosk.unlock.keys if k.text() == digit))
    click(qtbot, kiosk.unlock.ok)
    assert not kiosk.isVisible()


UNLOCK = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
)


def test_idle_kiosk_forgets_the_visitor(qtbot, kiosk):
    open_rsa(qtbot, kiosk)
    click(qtbot, kiosk.language_buttons["es"])
    click(qtbot, kiosk.text_size_button)
    click(qtbot, kiosk.text_size_button)
    assert kiosk.scale == 2.0
    kiosk.ask_unlock()
    type_text(kiosk.unlock.pin, "12")
    for _ in range(80):
        kiosk._second()
    assert kiosk.countdown.isVisible()
    assert "10 s" in kiosk.countdown.text()
    for _ in range(10):
        kiosk._second()
    assert kiosk.pages.currentWidget() is kiosk.home
    assert kiosk.language == "fr" and kiosk.scale == 1.0
    assert kiosk.unlock.pin.text() == ""
    assert kiosk.checklist.procedure is None and kiosk.procedures.buttons == []
    assert not kiosk.countdown.isVisible()


def test_a_touch_restarts_the_idle_count(qtbot, kiosk):
    open_rsa(qtbot, kiosk)
    for _ in range(85):
        kiosk._second()
    click(qtbot, kiosk.checklist.back_button)
    assert kiosk.idle == 0


def test_ticket_at_the_kiosk_becomes_a_visit_with_its_wait(qtbot, kiosk, desk, agent_window):
    click(qtbot, kiosk.home.agent_button)
    code = kiosk.ticket.number.text()
    page = agent_window.desk_page
    page.refresh_queue()
    assert page.queue_list.item(0).text().startswith(code)
    click(qtbot, page.call_button)
    assert page.form.title.text() == f"Nouveau passage — ticket {code}"
    from tests.ui.helpers import focused

    type_text(focused(), "rsa")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    editor = page.form.editors()[0]
    for group in (editor.help_buttons, editor.outcome_buttons):
        click(qtbot, group.buttons()[0])
    click(qtbot, page.form.close_button)
    assert page.status.text() == "Passage enregistré."
    from guichet.services.clock import utcnow
    from guichet.services.reports import Period, ReportService

    rows = list(ReportService(desk.db, desk.site.id).rows(Period.month(f"{utcnow():%Y-%m}")))
    assert rows[-1].wait_minutes is not None and rows[-1].wait_minutes >= 0
    assert desk.queue.waiting() == []


def visible_texts(kiosk) -> set[str]:
    texts = set()
    for widget in kiosk.findChildren(QLabel) + kiosk.findChildren(QPushButton):
        if widget.isVisibleTo(kiosk) and widget.text():
            texts.add(widget.text())
    return texts


def kiosk_sources() -> set[str]:
    import xml.etree.ElementTree as ET
    from pathlib import Path

    contexts = {
        "HomePage",
        "ProceduresPage",
        "ChecklistPage",
        "TakeAwayPage",
        "TicketPage",
        "FeedbackPage",
        "UnlockPage",
        "KioskWindow",
    }
    tree = ET.parse(Path(__file__).resolve().parents[2] / "translations" / "guichet_fr.ts")
    return {
        message.findtext("source")
        for context in tree.getroot().iter("context")
        if context.findtext("name") in contexts
        for message in context.iter("message")
    } - {"OK"}


@pytest.mark.parametrize("language", [code for code, _ in LANGUAGES if code != "en"])
def test_a_tour_in_every_language_shows_no_untranslated_string(qtbot, kiosk, language):
    english = {s.replace("{n}", "").replace("{code}", "") for s in kiosk_sources()}
    click(qtbot, kiosk.language_buttons[language])
    assert QApplication.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    seen: set[str] = set()
    seen |= visible_texts(kiosk)
    click(qtbot, kiosk.home.theme_buttons["social-sante"])
    seen |= visible_texts(kiosk)
    assert kiosk.procedures.buttons, "the theme lists translated procedures"
    click(qtbot, kiosk.procedures.buttons[0])
    seen |= visible_texts(kiosk)
    click(qtbot, kiosk.checklist.take_away_button)
    seen |= visible_texts(kiosk)
    click(qtbot, kiosk.take_away.done_button)
    seen |= visible_texts(kiosk)
    kiosk.go_home()
    click(qtbot, kiosk.home.agent_button)
    seen |= visible_texts(kiosk)
    untranslated = {t for t in seen if t in kiosk_sources() or t in english}
    assert untranslated == set()


def test_the_kiosk_fits_a_1280_by_720_screen_at_every_text_size(qtbot, kiosk):
    """Common kiosk screens are 1366×768 or 1280×720: no page may need more."""
    for _ in style.SCALES:
        hint = kiosk.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720, (kiosk.scale, hint)
        click(qtbot, kiosk.text_size_button)


def test_keypad_keys_never_overlap_after_a_text_size_change(qtbot, kiosk):
    """The size is changed on the home page; the keypad, hidden then, must follow."""
    kiosk.resize(1280, 720)
    click(qtbot, kiosk.text_size_button)
    click(qtbot, kiosk.text_size_button)
    kiosk.pages.setCurrentWidget(kiosk.unlock)
    qtbot.waitUntil(lambda: kiosk.unlock.keys[0].isVisible())
    rows = sorted({key.geometry().y() for key in kiosk.unlock.keys})
    height = kiosk.unlock.keys[0].height()
    assert all(lower - upper >= height for upper, lower in itertools.pairwise(rows))

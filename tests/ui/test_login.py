from PySide6.QtCore import Qt

from guichet.paths import shipped_catalog_dir
from guichet.services.desk import open_desk
from guichet.ui.main_window import MainWindow
from tests.ui.conftest import log_in
from tests.ui.helpers import focused, type_text


def test_wrong_pin_is_refused_in_french(qtbot, window):
    log_in(qtbot, window, "Alex Agent", "0000")
    assert window.pages.currentWidget() is window.login_page
    assert window.login_page.error.text() == (
        "Code erroné. Encore 4 essai(s) avant un blocage de 5 minutes."
    )
    assert window.login_page.pin.text() == ""


def test_right_pin_opens_the_desk_with_a_greeting(qtbot, window):
    log_in(qtbot, window, "Claire Manager", "1234")
    assert window.pages.currentWidget() is window.desk_page
    assert window.desk_page.greeting.text() == "Bonjour Claire Manager — France Services de Test"


def test_logout_returns_to_login(qtbot, window):
    log_in(qtbot, window, "Alex Agent", "5678")
    qtbot.mouseClick(window.desk_page.logout_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.login_page


def test_first_run_creates_the_site_and_its_manager(qtbot, data_dir):
    desk = open_desk(data_dir, shipped_catalog_dir())
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(desk)
    with qtbot.waitActive(window):
        window.show()
    setup = window.setup_page
    assert window.pages.currentWidget() is setup
    for text in ("France Services de Morteau", "Élise Dupré", "2468", "2469"):
        type_text(focused(), text)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert setup.error.text() == "Les deux codes PIN sont différents."
    setup.pin_again.clear()
    type_text(setup.pin_again, "2468")
    qtbot.keyClick(setup.pin_again, Qt.Key.Key_Return)

    assert window.pages.currentWidget() is window.login_page
    assert window.login_page.title.text() == "France Services de Morteau"
    assert window.login_page.agents.item(0).text() == "Élise Dupré (responsable)"
    log_in(qtbot, window, "Élise Dupré", "2468")
    assert window.pages.currentWidget() is window.desk_page
    desk.close()

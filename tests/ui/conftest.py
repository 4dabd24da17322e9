import pytest
from PySide6.QtCore import Qt

from guichet.ui.main_window import MainWindow
from tests.ui.helpers import focused, type_text


@pytest.fixture
def window(qtbot, desk):
    main = MainWindow()
    qtbot.addWidget(main)
    main.attach(desk)
    with qtbot.waitActive(main):
        main.show()
    return main


def log_in(qtbot, window: MainWindow, name: str, pin: str) -> None:
    page = window.login_page
    row = next(i for i in range(page.agents.count()) if page.agents.item(i).text().startswith(name))
    page.agents.setCurrentRow(row)
    page.pin.setFocus()
    type_text(page.pin, pin)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


@pytest.fixture
def agent_window(qtbot, window):
    log_in(qtbot, window, "Alex Agent", "5678")
    assert window.pages.currentWidget() is window.desk_page
    return window

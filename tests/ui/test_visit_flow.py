"""An agent logs a visit at the desk, with the real widgets."""

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from guichet.domain.visit import HelpType, Outcome
from guichet.storage.database import DATABASE_FILE
from tests.ui.helpers import Inputs, answer_next_question, click, focused, type_text

MAX_INPUTS = 8


def button_for(group, value):
    return next(b for b in group.buttons() if b.property("value") == value.value)


def test_typical_visit_takes_at_most_eight_inputs_and_survives_reopening(
    qtbot, agent_window, desk, data_dir
):
    page = agent_window.desk_page
    inputs = Inputs(qtbot)

    inputs.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.form.editors()[0]
    assert focused() is editor.search
    inputs.type_word("rsa")
    assert editor.results.isVisible()
    inputs.key(Qt.Key.Key_Return)
    assert editor.procedure is not None and editor.procedure.id == "caf-rsa"
    assert editor.operator.currentText() == "CAF"
    first, second = editor.checklist.rows[:2]
    inputs.click(first.checkbox)
    inputs.click(second.checkbox)
    inputs.click(button_for(editor.help_buttons, HelpType.ACCOMPANIED))
    inputs.click(button_for(editor.outcome_buttons, Outcome.COMPLETED))
    inputs.click(page.form.close_button)

    assert inputs.count <= MAX_INPUTS
    assert page.stack.currentWidget() is not page.form
    assert page.status.text() == "Passage enregistré."
    assert page.model.rowCount() == 1
    assert "Demande de RSA" in page.model.index(0, page.model.PROCEDURES).data()
    assert page.totals.text().startswith("1 passages · 1 demandes · 100 %")

    desk.close()
    connection = sqlite3.connect(data_dir / DATABASE_FILE)
    visit = connection.execute("SELECT status, channel FROM visit").fetchall()
    request = connection.execute(
        "SELECT procedure_id, operator_id, help_type, outcome FROM request"
    ).fetchall()
    documents = connection.execute(
        "SELECT label, status FROM document_check ORDER BY position"
    ).fetchall()
    connection.close()
    assert visit == [("closed", "on_site")]
    assert request == [("caf-rsa", "caf", "accompanied", "completed")]
    assert [status for _, status in documents[:2]] == ["present", "present"]
    assert {status for _, status in documents[2:]} <= {"missing"}
    assert documents[0][0] == first.label


def test_whole_visit_by_keyboard_alone(qtbot, agent_window):
    page = agent_window.desk_page
    press = lambda key, mod=Qt.KeyboardModifier.NoModifier: qtbot.keyClick(focused(), key, mod)  # noqa: E731

    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), "passeport")
    press(Qt.Key.Key_Return)
    editor = page.form.editors()[0]
    assert editor.procedure.id.startswith("france-titres-passeport")
    assert focused() is editor.checklist.rows[0].checkbox
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_N)  # second document: not applicable
    press(Qt.Key.Key_Return)
    assert focused() is editor.help_buttons.buttons()[0]
    press(Qt.Key.Key_Down)  # to "accompanied procedure"; Enter takes it
    press(Qt.Key.Key_Return)
    assert focused() in editor.outcome_buttons.buttons()
    press(Qt.Key.Key_Return)  # the first outcome, "completed"
    assert focused() is page.form.close_button
    press(Qt.Key.Key_Return)

    assert page.status.text() == "Passage enregistré."
    request = agent_window.desk.intake.draft(page.model.visit(0).id).requests[0]
    assert [c.status.value for c in request.documents[:2]] == ["present", "not_applicable"]
    assert (request.help_type, request.outcome) == (HelpType.ACCOMPANIED, Outcome.COMPLETED)


def test_missing_choices_are_explained_in_french(qtbot, agent_window):
    page = agent_window.desk_page
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, page.form.close_button)
    assert page.form.error.text() == "Demande 1 : choisissez une démarche ou un opérateur."
    assert page.stack.currentWidget() is page.form
    assert page.model.rowCount() == 0


def fill_and_close(qtbot, page, word: str, outcome: Outcome) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), word)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    editor = page.form.editors()[-1]
    click(qtbot, button_for(editor.help_buttons, HelpType.INFORMATION))
    click(qtbot, button_for(editor.outcome_buttons, outcome))
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_two_requests_in_one_visit(qtbot, agent_window):
    page = agent_window.desk_page
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    for word in ("rsa", "casier"):
        if page.form.editors()[-1].procedure is not None:
            qtbot.keyClick(focused(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        type_text(focused(), word)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        editor = page.form.editors()[-1]
        click(qtbot, button_for(editor.help_buttons, HelpType.INFORMATION))
        click(qtbot, button_for(editor.outcome_buttons, Outcome.COMPLETED))
    assert page.form.requests.tabText(1) == "Demande 2"
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 1
    assert page.totals.text().startswith("1 passages · 2 demandes")


def test_correct_then_cancel_a_visit_of_today(qtbot, agent_window):
    page = agent_window.desk_page
    fill_and_close(qtbot, page, "rsa", Outcome.COMPLETED)
    page.table.setFocus()
    page.table.selectRow(0)

    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.form
    assert page.form.title.text().startswith("Correction du passage de")
    editor = page.form.editors()[0]
    assert editor.procedure.id == "caf-rsa"
    click(qtbot, button_for(editor.outcome_buttons, Outcome.MUST_COME_BACK))
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.status.text() == "Passage corrigé."
    assert page.model.rowCount() == 1
    assert page.model.index(0, page.model.OUTCOME).data() == "Doit revenir"

    page.table.selectRow(0)
    answer_next_question(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.status.text() == "Passage annulé."
    assert page.model.index(0, page.model.STATUS).data() == "Annulé"
    assert page.totals.text().startswith("0 passages")


def test_escape_leaves_the_form_without_saving(qtbot, agent_window):
    page = agent_window.desk_page
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), "rsa")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is not page.form
    assert page.model.rowCount() == 0

"""The manager adds a local procedure; an agent finds it with a typo and logs a visit."""

import pytest
from PySide6.QtCore import Qt

from guichet.domain.agent import Role
from guichet.domain.visit import HelpType, Outcome
from guichet.services.permissions import NotAllowed
from tests.ui.conftest import log_in
from tests.ui.helpers import click, focused, type_text


def choose(combo, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))


def test_local_procedure_from_manager_to_agent_visit(qtbot, window, desk):
    log_in(qtbot, window, "Claire Manager", "1234")
    page = window.desk_page
    assert page.manager_button.isVisible()
    click(qtbot, page.manager_button)
    area = page.manager_area
    assert page.stack.currentWidget() is area
    area.tabs.setCurrentWidget(area.local_catalog)
    local = area.local_catalog

    type_text(local.partner_short, "CCAS de Morteau")
    click(qtbot, local.add_partner_button)
    assert local.status.text() == "Partenaire « CCAS de Morteau » ajouté."
    assert local.operator.currentText() == "CCAS de Morteau"

    local.procedure_title.setFocus()
    type_text(local.procedure_title, "Aide aux vacances des familles")
    choose(local.theme, "Loisirs")
    local.summary.setFocus()
    type_text(local.summary, "Le CCAS aide les familles modestes à partir en vacances.")
    type_text(local.keywords, "séjour, colonie")
    for label in ("Avis d'imposition", "Attestation de quotient familial CAF"):
        click(qtbot, local.add_document_button)
        type_text(focused(), label)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    click(qtbot, local.save_button)
    assert local.error.text() == ""
    assert local.status.text() == "Démarche « Aide aux vacances des familles » enregistrée."
    assert local.entries.count() == 1

    click(qtbot, area.back_button)
    click(qtbot, page.logout_button)
    log_in(qtbot, window, "Alex Agent", "5678")
    assert not page.manager_button.isVisible()

    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), "vacanses")  # one typo
    editor = page.form.editors()[0]
    assert editor.results.item(0).text().startswith("Aide aux vacances des familles")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert editor.operator.currentText() == "CCAS de Morteau"
    assert [row.label for row in editor.checklist.rows] == [
        "Avis d'imposition",
        "Attestation de quotient familial CAF",
    ]
    for row in editor.checklist.rows:
        click(qtbot, row.checkbox)
    for group, value in (
        (editor.help_buttons, HelpType.INFORMATION),
        (editor.outcome_buttons, Outcome.COMPLETED),
    ):
        click(qtbot, next(b for b in group.buttons() if b.property("value") == value.value))
    click(qtbot, page.form.close_button)

    assert page.status.text() == "Passage enregistré."
    assert page.model.index(0, page.model.OPERATORS).data() == "CCAS de Morteau"
    request = desk.intake.draft(page.model.visit(0).id).requests[0]
    assert request.procedure_id.startswith("local-")
    assert [d.status.value for d in request.documents] == ["present", "present"]


def test_local_entries_survive_a_new_shipped_catalogue(desk, tmp_path):
    import shutil

    from guichet.paths import shipped_catalog_dir
    from guichet.services.desk import open_desk

    manager = next(a for a in desk.auth.agents() if a.role is Role.MANAGER)
    desk.catalogs.save_local(
        manager,
        "procedure",
        {
            "operator": "mairie",
            "theme": "loisirs",
            "title": "Carte de la médiathèque",
            "summary": "Inscription gratuite pour les habitants de la commune.",
            "documents": [{"label": "Justificatif de domicile", "form": "copy"}],
        },
    )
    data_dir = desk.db.path.parent
    desk.close()
    newer = tmp_path / "catalog-v2"
    shutil.copytree(shipped_catalog_dir(), newer)
    reopened = open_desk(data_dir, newer)
    assert reopened.index.search("mediatheque", 1)[0].title == "Carte de la médiathèque"
    reopened.close()


def test_an_agent_cannot_change_the_local_catalogue(desk):
    agent = next(a for a in desk.auth.agents() if a.role is Role.AGENT)
    with pytest.raises(NotAllowed):
        desk.catalogs.save_local(agent, "operator", {"short_name": "X", "name": "X"})

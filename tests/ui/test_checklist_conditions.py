"""The checklist shows only what applies once the visitor's situation is answered."""

from PySide6.QtWidgets import QApplication

from guichet.catalog.search import ProcedureIndex
from guichet.domain.catalog import (
    Catalog,
    Condition,
    DocumentForm,
    DocumentRequirement,
    Operator,
    Procedure,
    Theme,
)
from guichet.domain.visit import DocumentStatus
from guichet.ui.request_editor import RequestEditor
from tests.ui.helpers import click


def catalog() -> Catalog:
    procedure = Procedure(
        id="caf-test",
        operator_id="caf",
        theme_id="logement",
        title="Aide au logement",
        summary="Une aide pour payer le loyer.",
        source="https://www.service-public.fr/particuliers/vosdroits/F12006",
        documents=(
            DocumentRequirement("Pièce d'identité", DocumentForm.COPY),
            DocumentRequirement("Attestation d'hébergement", DocumentForm.ORIGINAL, when="hosted"),
            DocumentRequirement("Bail de location", DocumentForm.COPY, when="!hosted"),
            DocumentRequirement("Livret de famille", DocumentForm.COPY, when="married"),
        ),
    )
    return Catalog(
        version="t",
        date="2026-11-27",
        themes={"logement": Theme("logement", "Logement")},
        operators={
            "caf": Operator("caf", "CAF", "Caisse d'allocations familiales", "https://caf.fr")
        },
        procedures={procedure.id: procedure},
        conditions={
            "hosted": Condition("hosted", "Hébergé·e chez un tiers ?"),
            "married": Condition("married", "Marié·e ou pacsé·e ?"),
        },
    )


def visible(editor: RequestEditor) -> list[str]:
    """What the agent sees once the screen has been redrawn."""
    QApplication.processEvents()
    return [row.label for row in editor.checklist.rows if row.isVisible()]


def test_answers_hide_what_does_not_apply(qtbot):
    data = catalog()
    editor = RequestEditor(data, ProcedureIndex(data))
    qtbot.addWidget(editor)
    editor.show()
    editor.choose(data.procedures["caf-test"])
    hosted, married = editor.checklist.questions
    assert [q.condition.id for q in editor.checklist.questions] == ["hosted", "married"]
    assert len(visible(editor)) == 4  # nothing answered: everything shows

    click(qtbot, hosted.no)
    assert visible(editor) == ["Pièce d'identité", "Bail de location", "Livret de famille"]
    click(qtbot, married.yes)
    click(qtbot, hosted.yes)  # changing the answer
    assert visible(editor) == ["Pièce d'identité", "Attestation d'hébergement", "Livret de famille"]
    click(qtbot, married.yes)  # withdrawn: unknown again
    assert married.answer() is None

    click(qtbot, editor.checklist.rows[1].checkbox)
    statuses = {c.label: c.status for c in editor.draft().documents}
    assert statuses == {
        "Pièce d'identité": DocumentStatus.MISSING,
        "Attestation d'hébergement": DocumentStatus.PRESENT,
        "Bail de location": DocumentStatus.NOT_APPLICABLE,
        "Livret de famille": DocumentStatus.MISSING,
    }

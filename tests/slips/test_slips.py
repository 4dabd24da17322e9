"""The slips a visitor takes home, read back from the PDF as a visitor would see them."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import segno
from pypdf import PdfReader

from guichet.catalog.loader import load_catalog
from guichet.domain.catalog import Catalog, Procedure
from guichet.domain.referral import AppointmentDraft, AppointmentMode, OfficeInfo
from guichet.domain.visit import DocumentCheckDraft, DocumentStatus
from guichet.paths import shipped_catalog_dir
from guichet.slips import wording
from guichet.slips.content import (
    Slip,
    SlipSite,
    build_appointment,
    build_handoff,
    build_missing,
)
from guichet.slips.qr import MODULE_PIXELS
from guichet.slips.render import render_pdf

LAYOUTS = ("a4", "receipt80")
WEEK = {
    "mon": "09:00 - 12:30 / 14:00 - 17:30",
    "tue": "09:00 - 12:30 / 14:00 - 17:30",
    "wed": "09:00 - 12:30",
    "thu": "09:00 - 12:30 / 14:00 - 17:30",
    "fri": "09:00 - 12:30 / 14:00 - 16:00",
    "sat": "",
    "sun": "",
}
ISSUED = date(2026, 11, 24)
SITE = SlipSite("France Services de Pontarlier", "2 rue de la Gare, 25300 Pontarlier", None, WEEK)
OFFICE = OfficeInfo(
    id="office-1",
    operator_id="caf",
    name="Caf du Doubs — accueil de Besançon",
    address="2 rue Denis Papin",
    postcode="25000",
    city="Besançon",
    phone="3230",
    email="accueil@caf25.example.fr",
    website="https://www.caf.fr/allocataires/caf-du-doubs",
    hours=WEEK,
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(shipped_catalog_dir())


@pytest.fixture(scope="module")
def rsa(catalog: Catalog) -> Procedure:
    return catalog.procedures["caf-rsa"]


def ticked(procedure: Procedure, *statuses: DocumentStatus) -> list[DocumentCheckDraft]:
    """The first rows with these statuses; the rows after them never reached."""
    documents = procedure.documents[: len(statuses)]
    return [DocumentCheckDraft(d.label, s) for d, s in zip(documents, statuses, strict=True)]


def render(slip: Slip, tmp_path: Path, layout: str) -> PdfReader:
    path = tmp_path / f"slip-{layout}.pdf"
    render_pdf(slip, path, layout)
    return PdfReader(path)


def text_of(reader: PdfReader) -> str:
    """Ligatures (ﬁ) unfolded and every run of spaces, tabs or breaks made one space."""
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def check_paper(reader: PdfReader, layout: str) -> None:
    first = reader.pages[0].mediabox
    if layout == "a4":
        assert (float(first.width), float(first.height)) == pytest.approx((595, 842), abs=1)
    else:
        assert len(reader.pages) == 1, "a receipt is one long page"
        assert float(first.width) == pytest.approx(226.8, abs=2)


def qr_images(reader: PdfReader) -> list:
    return [
        image
        for page in reader.pages
        for image in (obj.get_object() for obj in page["/Resources"].get("/XObject", {}).values())
        if image["/Subtype"] == "/Image"
    ]


def assert_qr_encodes(reader: PdfReader, url: str) -> None:
    """The embedded image has, module for module, the QR code segno makes for ``url``."""
    (image,) = qr_images(reader)
    matrix = segno.make(url, error="m", micro=False).matrix
    border = 4
    side = (len(matrix) + 2 * border) * MODULE_PIXELS
    assert (image["/Width"], image["/Height"]) == (side, side)
    data = image.get_data()
    channels = len(data) // (side * side)
    for row, bits in enumerate(matrix):
        for column, bit in enumerate(bits):
            y = (row + border) * MODULE_PIXELS + MODULE_PIXELS // 2
            x = (column + border) * MODULE_PIXELS + MODULE_PIXELS // 2
            dark = data[(y * side + x) * channels] < 128
            assert dark == bool(bit), (row, column)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_handoff_slip_says_where_to_go_when_and_with_what(
    rsa: Procedure, catalog: Catalog, tmp_path: Path, layout: str
) -> None:
    checks = ticked(rsa, *[DocumentStatus.PRESENT] * 5, DocumentStatus.NOT_APPLICABLE)
    slip = build_handoff(
        SITE,
        ISSUED,
        OFFICE,
        procedure=rsa,
        operator=catalog.operators["caf"],
        reason="Étude du droit au RSA par un conseiller",
        checks=checks,
    )

    reader = render(slip, tmp_path, layout)
    text = text_of(reader)

    check_paper(reader, layout)
    for expected in (
        "France Services de Pontarlier",
        "Fiche de liaison",
        "Document remis le mardi 24 novembre 2026",
        "Démarche",
        "Demande de RSA",
        "CAF — Caisse d'allocations familiales",
        "Étude du droit au RSA par un conseiller",
        "Caf du Doubs — accueil de Besançon",
        "25000 Besançon",
        "3230",
        "accueil@caf25.example.fr",
        "Horaires d'ouverture",
        "lundi 09:00 - 12:30",
        "14:00 - 17:30",
        "samedi fermé",
        "dimanche fermé",
        "Pièces à apporter",
        "Justificatif de domicile ou d'hébergement",
        "Copie · moins de 3 mois",
        "Au choix : Quittance de loyer",
        "La fiche officielle de votre démarche",
    ):
        assert expected in text, expected
    # The agent ruled this one out for the visitor: it is not on their list.
    assert rsa.documents[5].label not in text
    assert "Un mot pour vous" not in text
    assert_qr_encodes(reader, rsa.source)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_appointment_slip_gives_the_day_and_time_in_words(
    rsa: Procedure, catalog: Catalog, tmp_path: Path, layout: str
) -> None:
    video = AppointmentDraft(
        operator_id="caf",
        mode=AppointmentMode.VIDEO,
        starts_at=datetime(2026, 12, 1, 14, 0, tzinfo=ZoneInfo("Europe/Paris")),
        duration_minutes=45,
        link="https://visio.caf.fr/r/AB12",
        reference="RDV-0042",
    )
    slip = build_appointment(SITE, ISSUED, video, catalog.operators["caf"], procedure=rsa)

    reader = render(slip, tmp_path, layout)
    text = text_of(reader)

    check_paper(reader, layout)
    for expected in (
        "Rendez-vous",
        "mardi 1 décembre 2026 à 14:00",
        "45 minutes",
        "En visio (visio-guichet)",
        "France Services de Pontarlier, 2 rue de la Gare, 25300 Pontarlier",
        "RDV-0042",
        "Votre rendez-vous en visio",
        "Pièces à apporter",
        "En cas d'empêchement, merci de nous prévenir.",
    ):
        assert expected in text, expected
    assert_qr_encodes(reader, "https://visio.caf.fr/r/AB12")


def test_a_phone_appointment_has_no_place_and_documents_at_hand(
    rsa: Procedure, catalog: Catalog, tmp_path: Path
) -> None:
    call = AppointmentDraft(
        operator_id="caf",
        mode=AppointmentMode.PHONE,
        starts_at=datetime(2026, 12, 3, 9, 30, tzinfo=ZoneInfo("Europe/Paris")),
        duration_minutes=90,
    )
    site = SlipSite("France Services de Pontarlier", phone="03 81 00 00 00")
    slip = build_appointment(site, ISSUED, call, catalog.operators["caf"], procedure=rsa)

    text = text_of(render(slip, tmp_path, "receipt80"))

    assert "jeudi 3 décembre 2026 à 09:30" in text
    assert "1 h 30" in text
    assert "Par téléphone" in text
    assert "Pièces à avoir sous la main" in text
    assert "merci de nous appeler : 03 81 00 00 00" in text
    assert "Où " not in text


@pytest.mark.parametrize("layout", LAYOUTS)
def test_missing_slip_puts_what_is_missing_first_and_marked(
    rsa: Procedure, catalog: Catalog, tmp_path: Path, layout: str
) -> None:
    present, missing, not_applicable = (
        DocumentStatus.PRESENT,
        DocumentStatus.MISSING,
        DocumentStatus.NOT_APPLICABLE,
    )
    checks = ticked(rsa, present, missing, present, missing, missing, not_applicable)
    slip = build_missing(SITE, ISSUED, rsa, checks, operator=catalog.operators["caf"])

    reader = render(slip, tmp_path, layout)
    text = text_of(reader)

    check_paper(reader, layout)
    for expected in ("Pièces à apporter", "Démarche", "Demande de RSA", "Il manque encore"):
        assert expected in text, expected
    documents = [d.label for d in rsa.documents]
    for label in (documents[1], documents[3], documents[4]):
        assert f"✗ {label}" in text, label
    for label in (documents[0], documents[2]):
        assert f"✓ {label}" in text, label
    assert f"– {documents[5]}" in text
    # Unticked rows count as missing, as at the desk.
    for label in documents[6:]:
        assert f"✗ {label}" in text, label
    missing_ends = max(text.index(f"✗ {label}") for label in documents[6:])
    assert missing_ends < text.index("Déjà présentées") < text.index("Non nécessaires")
    for expected in (
        "Où et quand revenir",
        "2 rue de la Gare, 25300 Pontarlier",
        "mardi 09:00 - 12:30",
        "mercredi 09:00 - 12:30 jeudi",
    ):
        assert expected in text, expected
    assert_qr_encodes(reader, rsa.source)


def test_only_the_agents_note_speaks_of_the_visitor(rsa: Procedure, tmp_path: Path) -> None:
    """Free text is printed as typed, never as markup."""
    slip = build_missing(SITE, ISSUED, rsa, [], note="Revenir avec <b>l'avis</b> d'impôt")

    text = text_of(render(slip, tmp_path, "a4"))

    assert "Un mot pour vous Revenir avec <b>l'avis</b> d'impôt" in text


def test_an_office_without_hours_says_to_call_first(tmp_path: Path) -> None:
    office = OfficeInfo(id="", operator_id="caf", name="Permanence Caf de la mairie")
    slip = build_handoff(SlipSite("France Services de Morteau"), ISSUED, office)

    reader = render(slip, tmp_path, "receipt80")
    text = text_of(reader)

    assert "Permanence Caf de la mairie" in text
    assert "Horaires non communiqués : appelez avant de vous déplacer." in text
    assert "Pièces à apporter" not in text
    assert qr_images(reader) == []


def test_durations_read_as_said() -> None:
    assert wording.duration(30) == "30 minutes"
    assert wording.duration(60) == "1 h"
    assert wording.duration(75) == "1 h 15"


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_pdf_that_cannot_be_written_is_an_error(rsa: Procedure, tmp_path: Path) -> None:
    slip = build_missing(SITE, ISSUED, rsa, [])

    with pytest.raises(OSError):
        render_pdf(slip, tmp_path / "no such folder" / "slip.pdf", "a4")

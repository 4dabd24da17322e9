"""Importing the official service-public.fr sheets (DILA open data)."""

import zipfile
from pathlib import Path

import pytest

from guichet.catalog.dila import DilaArchiveError, read_archive
from guichet.domain.catalog import Origin
from tests.catalog.dila_fixture import GOOD, MALFORMED, build_archive


def test_reads_good_sheets_and_explains_the_malformed_ones(tmp_path: Path) -> None:
    sheets, skipped = read_archive(build_archive(tmp_path / "vdd.zip"))
    assert sorted(s.id for s in sheets) == sorted(GOOD)
    reasons = dict(skipped)
    assert sorted(reasons) == sorted(MALFORMED)
    assert reasons["F0001.xml"].startswith("XML invalide")
    assert "ne correspond pas au nom du fichier" in reasons["F0002.xml"]
    assert reasons["F0003.xml"] == "la fiche n'a pas de titre"
    rsa = next(s for s in sheets if s.id == "F19778")
    assert rsa.theme_id == "social-sante"
    assert rsa.online_services[0][0] == "Demande de RSA en ligne"
    assert rsa.where_to_go == ("Caisse d'allocations familiales (Caf)",)


def test_unreadable_archive_imports_nothing(desk, tmp_path: Path) -> None:
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DilaArchiveError) as raised:
        desk.catalogs.import_dila(broken)
    assert "n'est pas une archive zip lisible" in str(raised.value)
    assert not [p for p in desk.catalog.procedures.values() if p.origin is Origin.REFERENCE]


def test_import_adds_references_and_enriches_curated_procedures(desk, tmp_path: Path) -> None:
    curated_before = desk.catalog.procedures["caf-rsa"]
    report = desk.catalogs.import_dila(build_archive(tmp_path / "vdd.zip"))
    assert (report.added, report.updated, report.unchanged) == (3, 0, 0)
    assert len(report.skipped) == 3
    assert report.enriched >= 1

    rsa = desk.catalog.procedures["caf-rsa"]
    assert rsa.title == curated_before.title  # not overwritten
    assert rsa.documents == curated_before.documents
    assert (
        rsa.official is not None and rsa.official.online_services[0][0] == "Demande de RSA en ligne"
    )
    assert "sp-f19778" not in desk.catalog.procedures  # covered by the curated entry

    energy = desk.catalog.procedures["sp-f34120"]
    assert energy.origin is Origin.REFERENCE and energy.theme_id == "logement"
    assert energy.online_service == "https://chequeenergie.gouv.fr/beneficiaire/eligibilite"
    assert desk.index.search("cheque energie", 1)[0].id == "sp-f34120"
    assert desk.index.search("pass culture", 1)[0].id == "sp-f35000"


def test_reimport_is_idempotent_and_updates_changed_sheets(desk, tmp_path: Path) -> None:
    archive = build_archive(tmp_path / "vdd.zip")
    desk.catalogs.import_dila(archive)
    again = desk.catalogs.import_dila(archive)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    references = [p for p in desk.catalog.procedures.values() if p.origin is Origin.REFERENCE]
    assert len(references) == 2

    changed = tmp_path / "vdd2.zip"
    with zipfile.ZipFile(changed, "w") as out:
        text = (Path(__file__).with_name("dila") / "F35000.xml").read_text(encoding="utf-8")
        out.writestr(
            "F35000.xml", text.replace("Pass Culture pour les jeunes", "Pass Culture (15-18 ans)")
        )
    report = desk.catalogs.import_dila(changed)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 0)
    assert desk.catalog.procedures["sp-f35000"].title == "Pass Culture (15-18 ans)"


def test_entities_are_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w") as out:
        out.writestr(
            "F1.xml",
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
            '<Publication ID="F1">&a;</Publication>',
        )
    sheets, skipped = read_archive(bomb)
    assert sheets == [] and skipped[0][0] == "F1.xml"

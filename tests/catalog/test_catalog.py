import json
import shutil
from pathlib import Path

import pytest

from guichet.catalog import source
from guichet.catalog.errors import CatalogError
from guichet.catalog.loader import load_catalog
from guichet.paths import shipped_catalog_dir

NATIONAL_OPERATORS = {
    "caf",
    "assurance-maladie",
    "assurance-retraite",
    "msa",
    "france-travail",
    "dgfip",
    "france-titres",
    "justice",
    "la-poste",
}


@pytest.fixture
def catalog_copy(tmp_path: Path) -> Path:
    target = tmp_path / "catalog"
    shutil.copytree(shipped_catalog_dir(), target)
    return target


def test_shipped_catalogue_is_valid_and_complete() -> None:
    catalog = load_catalog(shipped_catalog_dir())
    national = {o.id for o in catalog.operators.values() if o.kind == "national"}
    assert national == NATIONAL_OPERATORS
    assert len(catalog.themes) == 10
    assert len(catalog.procedures) >= 150
    used_operators = {p.operator_id for p in catalog.procedures.values()}
    assert used_operators >= NATIONAL_OPERATORS
    assert {p.theme_id for p in catalog.procedures.values()} == set(catalog.themes)
    local_partners = {o.id for o in catalog.operators.values() if o.kind == "local"}
    assert local_partners <= used_operators
    for procedure in catalog.procedures.values():
        assert procedure.source.startswith("https://www.service-public.")
        assert procedure.documents or procedure.no_document, procedure.id


def test_checklists_carry_copy_validity_and_alternatives() -> None:
    documents = [
        d for p in load_catalog(shipped_catalog_dir()).procedures.values() for d in p.documents
    ]
    assert {d.form.value for d in documents} >= {"original", "copy"}
    assert any(d.validity and "mois" in d.validity for d in documents)
    assert any(len(d.alternatives) >= 2 for d in documents)
    assert any(d.condition for d in documents)
    assert sum(1 for d in documents if d.when) >= 100


def break_procedure(directory: Path, file: str, index: int, **changes) -> None:
    path = directory / "procedures" / file
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            del data["procedures"][index][key]
        else:
            data["procedures"][index][key] = value
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def procedure_id(directory: Path, file: str, index: int) -> str:
    data = json.loads((directory / "procedures" / file).read_text(encoding="utf-8"))
    return data["procedures"][index]["id"]


def test_missing_field_names_file_and_entry_in_french(catalog_copy: Path) -> None:
    faulty = procedure_id(catalog_copy, "caf.json", 2)
    break_procedure(catalog_copy, "caf.json", 2, documents=None)
    with pytest.raises(CatalogError) as raised:
        load_catalog(catalog_copy)
    message = raised.value.message()
    assert "procedures/caf.json" in message
    assert f"« {faulty} »" in message
    assert "n° 3" in message
    assert "le champ « documents » manque" in message


def test_bad_value_is_named(catalog_copy: Path) -> None:
    break_procedure(catalog_copy, "dgfip.json", 0, operator="impots")
    with pytest.raises(CatalogError) as raised:
        load_catalog(catalog_copy)
    assert "opérateur inconnu « impots »" in raised.value.message()


def test_invalid_json_gives_line_and_column(catalog_copy: Path) -> None:
    path = catalog_copy / "procedures" / "msa.json"
    path.write_text('{"procedures": [ {"id": "x",, } ]}', encoding="utf-8")
    with pytest.raises(CatalogError) as raised:
        load_catalog(catalog_copy)
    assert raised.value.file == "procedures/msa.json"
    assert "JSON valide (ligne 1" in raised.value.message()


def test_duplicate_identifier_is_refused(catalog_copy: Path) -> None:
    first = procedure_id(catalog_copy, "caf.json", 0)
    break_procedure(catalog_copy, "msa.json", 0, id=first)
    with pytest.raises(CatalogError) as raised:
        load_catalog(catalog_copy)
    assert "déjà utilisé" in raised.value.message()


def test_broken_update_keeps_the_last_good_catalogue(catalog_copy: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    good = source.load(catalog_copy, data_dir)
    assert good.error is None and len(good.catalog.procedures) >= 40

    (catalog_copy / "procedures" / "caf.json").write_text("not json", encoding="utf-8")
    degraded = source.load(catalog_copy, data_dir)
    assert degraded.degraded
    assert degraded.error.file == "procedures/caf.json"
    assert degraded.catalog.procedures == good.catalog.procedures


def test_broken_catalogue_without_history_starts_empty(catalog_copy: Path, tmp_path: Path) -> None:
    (catalog_copy / "catalog.json").unlink()
    loaded = source.load(catalog_copy, tmp_path / "data")
    assert loaded.degraded and not loaded.catalog.procedures
    assert "le fichier est absent" in loaded.error.message()


def test_fixed_catalogue_replaces_the_snapshot(catalog_copy: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    source.load(catalog_copy, data_dir)
    break_procedure(catalog_copy, "caf.json", 0, title="Demande de RSA (mise à jour)")
    updated = source.load(catalog_copy, data_dir)
    assert updated.error is None
    assert any(
        p.title == "Demande de RSA (mise à jour)" for p in updated.catalog.procedures.values()
    )

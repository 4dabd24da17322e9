"""A broken catalogue file, whatever is in it, gets a French message naming it,
and the desk keeps the last good catalogue."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from guichet.catalog import source
from guichet.catalog.errors import CatalogError
from guichet.catalog.loader import load_catalog
from guichet.domain.catalog import Catalog
from guichet.paths import shipped_catalog_dir
from tests.fuzz.french import is_french
from tests.fuzz.settings import fuzz
from tests.fuzz.strategies import json_values, mutated

PROCEDURES = "procedures/mission-locale.json"
FILES = ("catalog.json", PROCEDURES)


@pytest.fixture(scope="module")
def small_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped schema and catalog.json with one operator's procedures: quick to check."""
    directory = tmp_path_factory.mktemp("catalog")
    shipped = shipped_catalog_dir()
    for name in ("schema.json", "catalog.json", PROCEDURES):
        (directory / name).parent.mkdir(exist_ok=True)
        shutil.copy(shipped / name, directory / name)
    load_catalog(directory)  # the starting point is valid
    return directory


@contextmanager
def replaced(path: Path, content: bytes) -> Iterator[None]:
    original = path.read_bytes()
    path.write_bytes(content)
    try:
        yield
    finally:
        path.write_bytes(original)


def assert_loads_or_explains(directory: Path, file: str) -> Catalog | None:
    try:
        return load_catalog(directory)
    except CatalogError as error:
        assert error.file == file
        assert error.message().startswith(f"Le fichier du catalogue « {file} » est invalide")
        assert is_french(error.detail, "CatalogLoader"), error.detail
        assert error.entry is None or is_french(error.entry, "CatalogLoader"), error.entry
        return None


def original(directory: Path, file: str) -> object:
    return json.loads((directory / file).read_text(encoding="utf-8"))


@fuzz(100)
@given(file=st.sampled_from(FILES), content=st.binary(max_size=300))
@example(file="catalog.json", content=b"\xff\xfe{}")
@example(file=PROCEDURES, content=b"")
def test_any_bytes(small_catalog: Path, file: str, content: bytes) -> None:
    with replaced(small_catalog / file, content):
        assert_loads_or_explains(small_catalog, file)


@fuzz(100)
@given(file=st.sampled_from(FILES), document=json_values)
def test_any_json_document(small_catalog: Path, file: str, document: object) -> None:
    content = json.dumps(document, ensure_ascii=False).encode()
    with replaced(small_catalog / file, content):
        assert_loads_or_explains(small_catalog, file)


@fuzz(150)
@given(file=st.sampled_from(FILES), data=st.data())
def test_valid_files_with_a_few_values_changed(small_catalog: Path, file: str, data) -> None:
    document = data.draw(mutated(original(small_catalog, file)))
    content = json.dumps(document, ensure_ascii=False).encode()
    with replaced(small_catalog / file, content):
        assert_loads_or_explains(small_catalog, file)


@fuzz(40)
@given(data=st.data())
def test_the_desk_keeps_the_last_good_catalogue(
    small_catalog: Path, tmp_path_factory: pytest.TempPathFactory, data
) -> None:
    data_dir = tmp_path_factory.mktemp("data")
    good = source.load(small_catalog, data_dir)
    assert not good.degraded
    file = data.draw(st.sampled_from(FILES))
    document = data.draw(mutated(original(small_catalog, file)))
    with replaced(small_catalog / file, json.dumps(document).encode()):
        loaded = source.load(small_catalog, data_dir)
    if loaded.degraded:
        assert loaded.catalog.procedures.keys() == good.catalog.procedures.keys()


@fuzz(40)
@given(
    snapshot=st.one_of(
        st.binary(max_size=200),
        json_values.map(lambda v: json.dumps(v).encode()),
        json_values.map(lambda v: json.dumps({"fingerprint": "x", "documents": v}).encode()),
    )
)
@example(snapshot=b'{"fingerprint": "x", "documents": []}')
@example(snapshot=b'{"fingerprint": "x", "documents": {"catalog.json": []}}')
def test_a_damaged_snapshot_is_ignored(
    small_catalog: Path, tmp_path_factory: pytest.TempPathFactory, snapshot: bytes
) -> None:
    data_dir = tmp_path_factory.mktemp("data")
    (data_dir / source.SNAPSHOT_FILE).write_bytes(snapshot)
    loaded = source.load(small_catalog, data_dir)
    assert not loaded.degraded
    assert loaded.catalog.procedures.keys() == load_catalog(small_catalog).procedures.keys()


LOCAL_ENTRIES = {
    "procedure": {
        "operator": "mairie",
        "theme": "loisirs",
        "title": "Carte de la médiathèque",
        "summary": "Inscription gratuite pour les habitants de la commune.",
        "documents": [{"label": "Justificatif de domicile", "form": "copy"}],
    },
    "operator": {"short_name": "Médiathèque", "name": "Médiathèque municipale"},
}


@fuzz(80)
@given(kind=st.sampled_from(sorted(LOCAL_ENTRIES)), data=st.data())
def test_a_local_entry_is_saved_or_explained(desk, kind: str, data) -> None:
    """What a manager types in "Catalogue local" is checked like a shipped file."""
    manager = next(a for a in desk.auth.agents() if a.role.value == "manager")
    raw = data.draw(mutated(LOCAL_ENTRIES[kind]).filter(lambda r: isinstance(r, dict)))
    try:
        entry_id = desk.catalogs.save_local(manager, kind, raw)
    except CatalogError as error:
        assert is_french(error.detail, "CatalogLoader"), error.detail
        assert error.message().startswith("Le fichier du catalogue « catalogue local »")
        return
    assert entry_id in desk.catalog.procedures or entry_id in desk.catalog.operators


def test_a_local_operator_whose_name_is_not_text_is_explained(desk) -> None:
    manager = next(a for a in desk.auth.agents() if a.role.value == "manager")
    with pytest.raises(CatalogError) as raised:
        desk.catalogs.save_local(manager, "operator", {"short_name": 1.0, "name": "Médiathèque"})
    assert raised.value.detail == "le champ « short_name » n'a pas le bon type"


def test_an_unreadable_file_falls_back_to_the_last_good_catalogue(
    small_catalog: Path, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    good = source.load(small_catalog, data_dir)
    broken = small_catalog / "procedures" / "zz-half-copied.json"
    broken.mkdir()  # a folder where a file should be: nothing can read it
    try:
        loaded = source.load(small_catalog, data_dir)
    finally:
        broken.rmdir()
    assert loaded.degraded and loaded.error is not None
    assert loaded.error.message().startswith(
        "Le fichier du catalogue « procedures/zz-half-copied.json » est invalide : "
        "le fichier ne peut pas être lu"
    )
    assert loaded.catalog.procedures.keys() == good.catalog.procedures.keys()


@pytest.mark.parametrize(
    "content",
    [
        None,
        b"",
        b"{not json",
        b"\xff\xfe",
        b"[]",  # JSON, but not a schema
        b'{"$defs": {"catalog_file": {"type": 12}}}',  # a schema with a wrong keyword
        b'{"$defs": {}}',  # a schema without the catalogue's parts
    ],
)
def test_a_broken_schema_is_explained_too(
    small_catalog: Path, tmp_path: Path, content: bytes | None
) -> None:
    data_dir = tmp_path / "data"
    good = source.load(small_catalog, data_dir)
    schema = small_catalog / "schema.json"
    original_schema = schema.read_bytes()
    if content is None:
        schema.unlink()
    else:
        schema.write_bytes(content)
    try:
        loaded = source.load(small_catalog, data_dir)
    finally:
        schema.write_bytes(original_schema)
    assert loaded.degraded and loaded.error is not None and loaded.error.file == "schema.json"
    assert is_french(loaded.error.detail, "CatalogLoader"), loaded.error.detail
    assert loaded.catalog.procedures.keys() == good.catalog.procedures.keys()

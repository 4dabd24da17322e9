"""Whatever the daily DILA archive holds, the import keeps the good sheets whole,
skips the others with a French reason, and never stops on an exception."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import select

from guichet.catalog.dila import DilaArchiveError, Sheet, read_archive
from guichet.storage.models import ReferenceSheet
from tests.catalog.dila_fixture import GOOD, SOURCES
from tests.fuzz.french import is_french
from tests.fuzz.settings import fuzz

VALID = {name: (SOURCES / f"{name}.xml").read_bytes() for name in GOOD}
BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    b'<Publication ID="F1" spUrl="https://www.service-public.fr/">'
    b'<title xmlns="http://purl.org/dc/elements/1.1/">&c;</title></Publication>'
)
HOSTILE = (
    BOMB,
    # The same declarations in UTF-16: no "<!ENTITY" among the raw bytes.
    BOMB.replace(b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="UTF-16"?>')
    .decode()
    .encode("utf-16"),
    b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<Publication ID="F1" spUrl="https://x.fr/"><title>&x;</title></Publication>',
    b"<Publication>" * 5000,
    b'<Publication ID="F1" spUrl="https://x.fr/"><title>\x00</title></Publication>',
)


@st.composite
def sheet_bytes(draw: st.DrawFn, sheet_id: str) -> bytes:
    """A valid sheet, a damaged one, a hostile one or noise."""
    valid = draw(st.sampled_from(sorted(VALID.values())))
    kind = draw(st.sampled_from(["valid", "truncated", "flipped", "hostile", "noise", "renamed"]))
    if kind == "valid":
        return valid
    if kind == "truncated":
        return valid[: draw(st.integers(0, len(valid) - 1))]
    if kind == "flipped":
        data = bytearray(valid)
        for _ in range(draw(st.integers(1, 4))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    if kind == "hostile":
        return draw(st.sampled_from(HOSTILE))
    if kind == "renamed":
        return valid.replace(b'ID="F', f'ID="{sheet_id}'.encode() + b'" old="F', 1)
    return draw(st.binary(max_size=300))


@st.composite
def archives(draw: st.DrawFn) -> dict[str, bytes]:
    names = draw(
        st.lists(
            st.one_of(st.sampled_from(GOOD), st.integers(1, 99999).map(lambda n: f"F{n}")),
            min_size=1,
            max_size=6,
            unique=True,
        )
    )
    return {f"{name}.xml": draw(sheet_bytes(name)) for name in names}


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(f"vdd/{name}", data)
    return path


def assert_complete(sheet: Sheet) -> None:
    assert sheet.title and sheet.url.startswith("https://")
    assert all(url.startswith("https://") for _title, url in sheet.online_services)


def assert_french_reasons(skipped: list[tuple[str, str]]) -> None:
    for _name, reason in skipped:
        assert is_french(reason, "DilaImport"), reason


@fuzz(150)
@given(members=archives())
@example(members={"F1.xml": HOSTILE[1]})
@example(members={"F1.xml": HOSTILE[2]})
def test_every_sheet_is_read_whole_or_skipped_with_a_reason(
    tmp_path_factory: pytest.TempPathFactory, members: dict[str, bytes]
) -> None:
    archive = write_zip(tmp_path_factory.mktemp("dila") / "vdd.zip", members)
    sheets, skipped = read_archive(archive)
    assert sorted([s.id + ".xml" for s in sheets] + [name for name, _ in skipped]) == sorted(
        members
    )
    for sheet in sheets:
        assert_complete(sheet)
    assert_french_reasons(skipped)
    refused = {name for name, _ in skipped}
    assert {name for name, data in members.items() if data in HOSTILE} <= refused


@fuzz(100)
@given(data=st.data())
def test_a_damaged_archive_is_refused_or_read_sheet_by_sheet(
    tmp_path_factory: pytest.TempPathFactory, data
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in VALID.items():
            archive.writestr(f"{name}.xml", content)
    damaged = bytearray(buffer.getvalue())
    for _ in range(data.draw(st.integers(1, 8))):
        damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    path = tmp_path_factory.mktemp("dila") / "vdd.zip"
    path.write_bytes(bytes(damaged))
    try:
        sheets, skipped = read_archive(path)
    except DilaArchiveError as error:
        assert is_french(str(error), "DilaImport"), error
        return
    for sheet in sheets:
        assert_complete(sheet)
    assert_french_reasons(skipped)


@fuzz(40)
@given(members=archives())
def test_the_import_stores_exactly_the_good_sheets(
    desk, tmp_path_factory: pytest.TempPathFactory, members: dict[str, bytes]
) -> None:
    archive = write_zip(tmp_path_factory.mktemp("dila") / "vdd.zip", members)
    report = desk.catalogs.import_dila(archive)
    sheets, skipped = read_archive(archive)
    assert report.added + report.updated + report.unchanged == len(sheets)
    assert report.skipped == skipped
    with desk.db.session() as session:
        stored = dict(session.execute(select(ReferenceSheet.id, ReferenceSheet.data)).all())
    for sheet in sheets:
        assert Sheet.from_json(json.loads(stored[sheet.id])) == sheet
    assert desk.catalog.procedures  # the merged catalogue still builds


def patched(path: Path, damage: str) -> Path:
    """One sheet stored in a way zipfile cannot give back."""
    name = b"F35000.xml"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name.decode(), VALID["F35000"])
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")
    if damage == "encrypted":
        data[6] |= 1
        data[central + 8] |= 1
    elif damage == "unknown compression":
        data[8] = data[central + 10] = 99
    else:  # a broken deflate stream
        start = 30 + len(name)
        data[start : start + 4] = b"\xff\xff\xff\xff"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("damage", ["encrypted", "unknown compression", "broken deflate"])
def test_a_member_zipfile_cannot_read_is_skipped(tmp_path: Path, damage: str) -> None:
    sheets, skipped = read_archive(patched(tmp_path / "vdd.zip", damage))
    assert sheets == []
    assert [name for name, _ in skipped] == ["F35000.xml"]
    assert skipped[0][1].startswith("illisible dans l'archive")

"""Builds a small archive in the format of the DILA daily zip, from the XML files beside."""

import zipfile
from pathlib import Path

SOURCES = Path(__file__).with_name("dila")
GOOD = ("F19778", "F34120", "F35000")
MALFORMED = ("F0001.xml", "F0002.xml", "F0003.xml")


def build_archive(target: Path, names: tuple[str, ...] | None = None) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for source in sorted(SOURCES.glob("*.xml")):
            if names is None or source.name in names:
                archive.write(source, f"vdd-particuliers/{source.name}")
    return target

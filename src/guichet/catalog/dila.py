"""Reads the official "vos droits et démarches" open data (DILA, Licence Ouverte).

The daily archive is a zip of XML sheets; the practical sheets are named
``F<number>.xml`` with a ``Publication`` root. Each becomes a ``Sheet``: the
searchable reference entry (title, summary, online services, link) that
guichet shows next to its own curated checklists. A sheet that cannot be
read is skipped with a reason; the archive itself must be readable.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from guichet.catalog.search import normalize
from guichet.i18n import translate

DC = "{http://purl.org/dc/elements/1.1/}"
SHEET_NAME = re.compile(r"^F\d+\.xml$")
MAX_SHEET_BYTES = 4 * 1024 * 1024
#: What zipfile raises for a member it cannot give back: damaged, truncated,
#: compressed in a way it does not know, or encrypted.
UNREADABLE_MEMBER = (
    zipfile.BadZipFile,
    OSError,
    EOFError,
    zlib.error,
    NotImplementedError,
    RuntimeError,
)

#: The site's themes, found from the first words of the sheet's theme.
THEMES = (
    ("papiers", "papiers-citoyennete"),
    ("famille", "famille-scolarite"),
    ("social", "social-sante"),
    ("travail", "travail-formation"),
    ("logement", "logement"),
    ("transport", "transports-mobilite"),
    ("argent", "argent-impots"),
    ("justice", "justice"),
    ("etranger", "etrangers-europe"),
    ("loisirs", "loisirs"),
)


class DilaArchiveError(Exception):
    """The archive as a whole cannot be used: nothing is imported."""


class MalformedSheet(Exception):
    """One sheet cannot be used; the reason is phrased for the import report."""


@dataclass(frozen=True)
class Sheet:
    id: str
    url: str
    title: str
    description: str
    theme_id: str | None
    breadcrumb: tuple[str, ...]
    online_services: tuple[tuple[str, str], ...]
    where_to_go: tuple[str, ...]
    modified: str | None

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Sheet:
        return cls(
            **{
                **data,
                "breadcrumb": tuple(data["breadcrumb"]),
                "online_services": tuple(tuple(s) for s in data["online_services"]),
                "where_to_go": tuple(data["where_to_go"]),
            }
        )


def read_archive(path: Path) -> tuple[list[Sheet], list[tuple[str, str]]]:
    """All the sheets of the archive, and the (file, reason) of those skipped."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        raise DilaArchiveError(
            translate(
                "DilaImport", "the file “{path}” is not a readable zip archive ({reason})"
            ).format(path=path, reason=error)
        ) from None
    sheets: list[Sheet] = []
    skipped: list[tuple[str, str]] = []
    with archive:
        for info in archive.infolist():
            name = PurePosixPath(info.filename).name
            if info.is_dir() or not SHEET_NAME.match(name):
                continue
            try:
                if info.file_size > MAX_SHEET_BYTES:
                    raise MalformedSheet(translate("DilaImport", "the sheet is too large"))
                sheets.append(parse_sheet(name, archive.read(info)))
            except MalformedSheet as problem:
                skipped.append((name, str(problem)))
            except UNREADABLE_MEMBER as error:
                skipped.append(
                    (
                        name,
                        translate("DilaImport", "unreadable in the archive ({reason})").format(
                            reason=error
                        ),
                    )
                )
    return sheets, skipped


def parse_sheet(name: str, data: bytes) -> Sheet:
    """The parser refuses any DTD, in whatever encoding the sheet is written:
    entities could expand a few bytes into gigabytes or read local files."""
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise MalformedSheet(translate("DilaImport", "the sheet declares XML entities")) from None
    except ParseError as error:
        raise MalformedSheet(
            translate("DilaImport", "invalid XML ({reason})").format(reason=error)
        ) from None
    if root.tag != "Publication":
        raise MalformedSheet(translate("DilaImport", "the root element is not “Publication”"))
    sheet_id = (root.get("ID") or "").strip()
    if f"{sheet_id}.xml" != name:
        raise MalformedSheet(
            translate("DilaImport", "the identifier “{id}” does not match the file name").format(
                id=sheet_id
            )
        )
    title = _text(root.find(f"{DC}title"))
    if not title:
        raise MalformedSheet(translate("DilaImport", "the sheet has no title"))
    url = (root.get("spUrl") or "").strip()
    if not url.startswith("https://"):
        raise MalformedSheet(translate("DilaImport", "the sheet has no https link (spUrl)"))
    breadcrumb = tuple(
        text for niveau in root.iterfind("FilDAriane/Niveau") if (text := _text(niveau))
    )
    subject = _text(root.find(f"{DC}subject")) or (breadcrumb[1] if len(breadcrumb) > 1 else "")
    return Sheet(
        id=sheet_id,
        url=url,
        title=title,
        description=_text(root.find(f"{DC}description")),
        theme_id=theme_of(subject),
        breadcrumb=breadcrumb,
        online_services=tuple(
            (_text(service.find("Titre")) or service.get("URL", ""), service.get("URL", ""))
            for service in root.iter("ServiceEnLigne")
            if service.get("URL", "").startswith("https://")
        ),
        where_to_go=tuple(
            text for place in root.iter("OuSAdresser") if (text := _text(place.find("Titre")))
        ),
        modified=_text(root.find(f"{DC}date")) or None,
    )


def theme_of(subject: str) -> str | None:
    plain = normalize(subject)
    return next((theme for word, theme in THEMES if plain.startswith(word)), None)


def _text(element: ElementTree.Element | None) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())

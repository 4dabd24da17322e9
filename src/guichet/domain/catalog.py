"""The catalogue as the rest of the program sees it: read-only plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class DocumentForm(StrEnum):
    ORIGINAL = "original"
    COPY = "copy"
    ORIGINAL_OR_COPY = "original_or_copy"


@dataclass(frozen=True)
class Theme:
    id: str
    name: str


@dataclass(frozen=True)
class Operator:
    id: str
    short_name: str
    name: str
    website: str


@dataclass(frozen=True)
class DocumentRequirement:
    label: str
    form: DocumentForm
    validity: str | None = None
    alternatives: tuple[str, ...] = ()
    condition: str | None = None
    details: str | None = None


@dataclass(frozen=True)
class Procedure:
    id: str
    operator_id: str
    theme_id: str
    title: str
    summary: str
    source: str
    documents: tuple[DocumentRequirement, ...]
    keywords: tuple[str, ...] = ()
    fiche: str | None = None
    online_service: str | None = None
    cerfa: str | None = None
    no_document: bool = False


@dataclass(frozen=True)
class Catalog:
    version: str
    date: str
    themes: dict[str, Theme]
    operators: dict[str, Operator]
    procedures: dict[str, Procedure] = field(default_factory=dict)

    @classmethod
    def empty(cls) -> Catalog:
        return cls(version="", date="", themes={}, operators={}, procedures={})

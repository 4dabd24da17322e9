"""The catalogue as the rest of the program sees it: read-only plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class DocumentForm(StrEnum):
    ORIGINAL = "original"
    COPY = "copy"
    ORIGINAL_OR_COPY = "original_or_copy"


class Origin(StrEnum):
    """Where an entry comes from: it decides who may edit it and how it ranks."""

    SHIPPED = "shipped"
    LOCAL = "local"
    REFERENCE = "reference"


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
    kind: str = "national"


@dataclass(frozen=True)
class Condition:
    """A yes/no question about the visitor's situation that decides which documents apply."""

    id: str
    question: str


@dataclass(frozen=True)
class DocumentRequirement:
    label: str
    form: DocumentForm
    validity: str | None = None
    alternatives: tuple[str, ...] = ()
    condition: str | None = None
    details: str | None = None
    when: str | None = None

    def applies(self, answers: dict[str, bool]) -> bool:
        """False only once the agent has answered the deciding question the other way."""
        if self.when is None:
            return True
        negated = self.when.startswith("!")
        answer = answers.get(self.when.lstrip("!"))
        return answer is None or answer != negated


@dataclass(frozen=True)
class OfficialSheet:
    """What the official service-public.fr sheet adds to a procedure (DILA open data)."""

    id: str
    title: str
    summary: str
    url: str
    online_services: tuple[tuple[str, str], ...] = ()
    modified: str | None = None


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
    origin: Origin = Origin.SHIPPED
    official: OfficialSheet | None = None

    def condition_ids(self) -> list[str]:
        """The questions this checklist depends on, in checklist order."""
        seen: dict[str, None] = {}
        for document in self.documents:
            if document.when:
                seen[document.when.lstrip("!")] = None
        return list(seen)


@dataclass(frozen=True)
class Catalog:
    version: str
    date: str
    themes: dict[str, Theme]
    operators: dict[str, Operator]
    procedures: dict[str, Procedure] = field(default_factory=dict)
    conditions: dict[str, Condition] = field(default_factory=dict)
    #: Groups of phrases that mean the same to a visitor ("CMU", "C2S"…).
    synonyms: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def empty(cls) -> Catalog:
        return cls(version="", date="", themes={}, operators={})

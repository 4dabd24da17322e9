"""Type-ahead search over procedures, forgiving on accents, case and elisions.

Agents type what the visitor says, a word or the start of one; each typed
word must match the start of some word of the procedure. Matches in the
title rank above matches in the operator or keywords, which rank above the
summary.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from guichet.domain.catalog import Catalog, Procedure

_WORD = re.compile(r"[a-z0-9]+")
_ELISION = re.compile(r"\b[cdjlmnst]'")

TITLE, TAGS, TEXT = 3, 2, 1


def normalize(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _ELISION.sub("", plain)


def words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


@dataclass(frozen=True)
class _Entry:
    procedure: Procedure
    title: str
    fields: tuple[tuple[int, tuple[str, ...]], ...]


class ProcedureIndex:
    def __init__(self, catalog: Catalog) -> None:
        self._entries = [self._entry(catalog, p) for p in catalog.procedures.values()]

    @staticmethod
    def _entry(catalog: Catalog, procedure: Procedure) -> _Entry:
        operator = catalog.operators.get(procedure.operator_id)
        tags = " ".join(
            [*procedure.keywords, operator.short_name if operator else "", procedure.cerfa or ""]
        )
        return _Entry(
            procedure=procedure,
            title=normalize(procedure.title),
            fields=(
                (TITLE, tuple(words(procedure.title))),
                (TAGS, tuple(words(tags))),
                (TEXT, tuple(words(procedure.summary))),
            ),
        )

    def search(self, query: str, limit: int = 10) -> list[Procedure]:
        typed = words(query)
        if not typed:
            return []
        phrase = normalize(query).strip()
        scored: list[tuple[int, int, str, Procedure]] = []
        for entry in self._entries:
            score = self._score(entry, typed, phrase)
            if score:
                # On a tie the shorter title wins: the query covers more of it.
                scored.append((-score, len(entry.fields[0][1]), entry.title, entry.procedure))
        scored.sort(key=lambda item: item[:3])
        return [item[3] for item in scored[:limit]]

    @staticmethod
    def _score(entry: _Entry, typed: list[str], phrase: str) -> int:
        total = 0
        for word in typed:
            best = 0
            for weight, field_words in entry.fields:
                if word in field_words:
                    best = max(best, weight * 2)
                elif any(w.startswith(word) for w in field_words):
                    best = max(best, weight * 2 - 1)
            if not best:
                return 0
            total += best
        if entry.title.startswith(phrase):
            total += 10
        return total

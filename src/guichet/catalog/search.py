"""Type-ahead search over procedures, forgiving the way agents type.

Agents type what the visitor says ("la CMU", "carte grise", "chomage"),
fast and with typos. The index forgives accents, case, elisions, plurals,
one typo per word and unfinished words, and knows synonyms and
acronyms: a procedure whose title or keywords contain one phrase of a
synonym group is also indexed under the other phrases of the group.

Ranking: a word found in the title outweighs one found in the keywords,
then in a synonym, then in the operator's name, then in the summary; an
exact word outweighs a completed prefix, which outweighs a corrected typo.
A title equal to the query comes first. On a tie, shipped and local entries
come before reference sheets, then the operator listed first in the
catalogue (they are listed by how often a desk sees them), then the shorter
title (the query covers more of it).
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache

from guichet.domain.catalog import Catalog, Origin, Procedure

_WORD = re.compile(r"[a-z0-9]+")
_ELISION = re.compile(r"\b[cdjlmnst]'")

TITLE, KEYWORDS, SYNONYMS, OPERATOR, TEXT = 8.0, 6.0, 4.0, 3.0, 1.0
EXACT, PREFIX, TYPO = 1.0, 0.75, 0.6
MIN_PREFIX, MIN_TYPO = 3, 4
MAX_PREFIX_TERMS = 300

#: Words that carry no meaning in a search ("la CMU", "faire sa carte grise").
_STOP = "a au aux avec ce ces de des du elle en et il je la le les leur lui ma mes mon ne ou par"
_STOP += " pas pour sa se ses son sur ta te tes ton un une veut veux faire fait svp"
STOP_WORDS = frozenset(_STOP.split())

#: Endings folded so that "déclarer", "déclaration" and "déclarations" meet.
_SUFFIXES = ("ations", "ation", "ements", "ement", "ments", "ment")
_SUFFIXES += ("er", "ez", "ee", "es", "e", "s", "x")
_MIN_STEM = 4


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "’": "'", "ß": "ss"})


def normalize(text: str) -> str:
    """Lower case, no accents, no elisions: "L’Œuvre d'État" → "oeuvre etat"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    return _ELISION.sub("", decomposed.encode("ascii", "ignore").decode("ascii"))


@cache
def stem(word: str) -> str:
    """A light French stemmer: plural and common verb and noun endings folded."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            root = word[: -len(suffix)]
            # "renouvellement" and "renouveler" meet at "renouvel".
            if root[-1] == root[-2] and root[-1] not in "aeiouy":
                root = root[:-1]
            return root
    return word


def words(text: str) -> list[str]:
    """Normalized words as typed (not stemmed)."""
    return _WORD.findall(normalize(text))


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def _deletes(term: str) -> set[str]:
    return {term[:i] + term[i + 1 :] for i in range(len(term))}


def _one_edit_apart(a: str, b: str) -> bool:
    """Levenshtein distance 1, or one swap of neighbours (optimal string alignment)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        i, j = [*diffs, 0, 0][:2]
        return len(diffs) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


class ProcedureIndex:
    def __init__(self, catalog: Catalog) -> None:
        self._procedures = list(catalog.procedures.values())
        groups = [[tuple(stems(phrase)) for phrase in group] for group in catalog.synonyms]
        self._phrase_groups: dict[tuple[str, ...], list[int]] = {}
        for number, group in enumerate(groups):
            for phrase in group:
                self._phrase_groups.setdefault(phrase, []).append(number)
        self._phrase_lengths = sorted({len(phrase) for phrase in self._phrase_groups})
        self._postings: dict[str, dict[int, float]] = {}
        self._surface: set[str] = set()
        self._titles: list[str] = []
        self._title_lengths: list[int] = []
        self._origin_rank: list[int] = []
        self._operator_rank: list[int] = []
        operator_order = {operator_id: i for i, operator_id in enumerate(catalog.operators)}
        for number, procedure in enumerate(self._procedures):
            title = stems(procedure.title)
            keywords = [w for k in procedure.keywords for w in stems(k)]
            operator = catalog.operators.get(procedure.operator_id)
            operator_text = f"{operator.short_name} {operator.name}" if operator else ""
            text = f"{procedure.summary} {procedure.cerfa or ''}"
            self._surface.update(words(f"{procedure.title} {' '.join(procedure.keywords)}"))
            self._surface.update(words(f"{operator_text} {text}"))
            self._titles.append(" ".join(words(procedure.title)))
            self._title_lengths.append(len(title))
            self._origin_rank.append(1 if procedure.origin is Origin.REFERENCE else 0)
            rank = operator_order.get(procedure.operator_id, len(operator_order))
            self._operator_rank.append(rank)
            self._add(number, TEXT, stems(text))
            self._add(number, OPERATOR, stems(operator_text))
            self._add(number, SYNONYMS, self._expansions(groups, [title, keywords]))
            self._add(number, KEYWORDS, keywords)
            self._add(number, TITLE, title)
        for group in groups:
            self._surface.update(w for phrase in group for w in phrase)
        # Prefixes and typos are looked up among words as written, then mapped to stems.
        self._sorted_surface = sorted(self._surface)
        self._exact_titles: dict[str, list[int]] = {}
        for number, title in enumerate(self._titles):
            self._exact_titles.setdefault(title, []).append(number)
        self._typo_index: dict[str, list[str]] = {}
        for term in self._sorted_surface:
            if len(term) >= MIN_TYPO - 1:
                for variant in _deletes(term) | {term}:
                    self._typo_index.setdefault(variant, []).append(term)

    def __len__(self) -> int:
        return len(self._procedures)

    def _expansions(
        self, groups: list[list[tuple[str, ...]]], fields: list[list[str]]
    ) -> list[str]:
        """Words of every synonym group one of whose phrases stands in the fields."""
        found: set[int] = set()
        for tokens in fields:
            for n in self._phrase_lengths:
                for i in range(len(tokens) - n + 1):
                    found.update(self._phrase_groups.get(tuple(tokens[i : i + n]), ()))
        return [w for number in sorted(found) for phrase in groups[number] for w in phrase]

    def _add(self, number: int, weight: float, terms: Iterable[str]) -> None:
        for term in terms:
            posting = self._postings.setdefault(term, {})
            if posting.get(number, 0.0) < weight:
                posting[number] = weight

    # -- querying ---------------------------------------------------------------

    def _candidates(self, word: str) -> list[tuple[dict[int, float], float]]:
        """Postings a typed word may stand for, with how much to trust each.

        Several written forms share a stem ("demande", "demander"): each stem
        is counted once, at the best trust it was reached with.
        """
        trust: dict[str, float] = {}
        root = stem(word)
        if root in self._postings:
            trust[root] = EXACT
        if len(word) >= MIN_PREFIX:
            start = bisect_left(self._sorted_surface, word)
            for term in self._sorted_surface[start : start + MAX_PREFIX_TERMS]:
                if not term.startswith(word):
                    break
                trust.setdefault(stem(term), PREFIX)
        if len(word) >= MIN_TYPO and root not in trust:
            for variant in _deletes(word) | {word}:
                for term in self._typo_index.get(variant, ()):
                    if _one_edit_apart(word, term):
                        trust.setdefault(stem(term), TYPO)
        return [(self._postings[s], t) for s, t in trust.items() if s in self._postings]

    @staticmethod
    def _scores(candidates: list[tuple[dict[int, float], float]]) -> dict[int, float]:
        scores: dict[int, float] = {}
        for posting, trust in candidates:
            for number, weight in posting.items():
                score = weight * trust
                if scores.get(number, 0.0) < score:
                    scores[number] = score
        return scores

    def search(self, query: str, limit: int = 10) -> list[Procedure]:
        meaningful = [w for w in words(query) if w not in STOP_WORDS]
        if not meaningful:
            return []
        per_word = [self._scores(self._candidates(word)) for word in meaningful]
        known = [scores for scores in per_word if scores]
        if not known:
            return []
        known.sort(key=len)
        totals = dict(known[0])
        for scores in known[1:]:
            totals = {n: s + scores[n] for n, s in totals.items() if n in scores}
        if not totals:  # no entry has every word: the more words an entry has, the better
            totals = {}
            for scores in known:
                for number, score in scores.items():
                    totals[number] = totals.get(number, 0.0) + score
        phrase = " ".join(meaningful)
        for number in self._exact_titles.get(phrase, ()):
            if number in totals:
                totals[number] += 2 * TITLE
        # Keep everything that ties with the last place, then order with the tie-breakers.
        cut = heapq.nlargest(limit, totals.values())[-1]
        best = sorted(
            (item for item in totals.items() if item[1] >= cut),
            key=lambda item: (
                -item[1],
                self._origin_rank[item[0]],
                self._operator_rank[item[0]],
                self._title_lengths[item[0]],
                self._titles[item[0]],
            ),
        )
        return [self._procedures[number] for number, _ in best[:limit]]

"""Real agent phrasings, kept as data, each with the procedure that must come first."""

import json
from pathlib import Path

import pytest

from guichet.catalog.loader import load_catalog
from guichet.catalog.search import ProcedureIndex
from guichet.paths import shipped_catalog_dir

CASES = json.loads((Path(__file__).with_name("phrasings.json")).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def index() -> ProcedureIndex:
    return ProcedureIndex(load_catalog(shipped_catalog_dir()))


def test_the_set_is_large_enough() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize("case", CASES, ids=[c["query"] for c in CASES])
def test_first_result(index: ProcedureIndex, case: dict) -> None:
    results = index.search(case["query"], 5)
    assert results, f"nothing for {case['query']!r}"
    assert results[0].id == case["expected"], [p.id for p in results]

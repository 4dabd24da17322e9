import pytest

from guichet.catalog.loader import load_catalog
from guichet.catalog.search import ProcedureIndex, normalize
from guichet.paths import shipped_catalog_dir


@pytest.fixture(scope="module")
def index() -> ProcedureIndex:
    return ProcedureIndex(load_catalog(shipped_catalog_dir()))


def test_normalize_drops_accents_case_and_elisions() -> None:
    assert normalize("Carte d’Identité") == "carte identite"
    assert normalize("L'ÉTAT") == "etat"


@pytest.mark.parametrize(
    ("query", "expected_in_first"),
    [
        ("rsa", "caf-rsa"),
        ("RSA", "caf-rsa"),
        ("carte identité", "france-titres-cni"),
        ("carte identite", "france-titres-cni"),
        ("passeport", "france-titres-passeport"),
        ("casier", "justice-casier"),
        ("declaration revenus", "dgfip-declaration-revenus"),
        ("carte vitale", "assurance-maladie-carte-vitale"),
    ],
)
def test_agent_words_find_the_procedure(
    index: ProcedureIndex, query: str, expected_in_first: str
) -> None:
    results = index.search(query, 5)
    assert results, query
    assert results[0].id.startswith(expected_in_first)


def test_prefix_of_a_word_is_enough(index: ProcedureIndex) -> None:
    assert any(p.id.startswith("france-titres-passeport") for p in index.search("passep", 5))


def test_nothing_for_nonsense(index: ProcedureIndex) -> None:
    assert index.search("zzqx", 5) == []
    assert index.search("  ", 5) == []

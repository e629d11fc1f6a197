"""A text read once (a reference name, while a table is built) is tokenized without being kept
in tokenize's cache (text.tokenize_once): the same tokens, and no named tuples left for the
garbage collector to walk for the process's life."""
import pytest

from newsdossier import entities, text
from newsdossier.text import tokenize, tokenize_once

TEXTS = [
    "Mission of the Lakes for Stabilisation in Northland",
    "l'Opération des Collines au Pays-Haut",
    "Misión de Observación de los Valles",
    "U.N. Office's envoy",
    "Phái bộ Gìn giữ Hòa bình ở Đồi Xanh",
    "",
]


@pytest.mark.parametrize("name", TEXTS)
def test_the_same_tokens_not_kept(name):
    text._tokens.cache_clear()
    once = tokenize_once(name)
    assert text._tokens.cache_info().currsize == 0
    assert once == tokenize(name)
    assert text._tokens.cache_info().currsize == 1  # near miss: tokenize itself still keeps them


@pytest.mark.parametrize("table", ["_mission_name_words", "_mission_word_sets", "_organisation_cores"])
def test_tables_of_names_leave_the_cache_as_it_was(table):
    build = getattr(entities, table)
    entities.reference().gazetteer  # built before: its own lookups are not the table's
    build.cache_clear()
    text._tokens.cache_clear()
    build()
    assert text._tokens.cache_info().currsize <= 10  # the lookups of a few acronyms, not thousands of names

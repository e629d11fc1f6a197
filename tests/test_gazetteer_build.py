"""The gazetteer's names are read into keys as the extractor's tokens would read them, without
making a Token per word (reference.Gazetteer.add), and one spell checker per language serves
both the gazetteer and the extractor (reference.spellchecker_for)."""
import pytest

from newsdossier import entities
from newsdossier.reference import Entry, Gazetteer, _key, spellchecker_for
from newsdossier.text import tokenize

NAMES = [
    "Côte d'Ivoire",
    "Cote d Ivoire",
    "U.N. Mission in the Lakes",
    "the Ministry's Office",
    "l'Otan",
    "thành phố Hồ Chí Minh",
    "Guinea-Bissau",
    "K2+",
    "MINUSTAB",
    "  ",
]


@pytest.mark.parametrize("name", NAMES)
def test_a_name_is_keyed_as_its_tokens(name):
    gazetteer = Gazetteer()
    gazetteer.add(Entry("city", "x", "X"), name)
    tokens = tokenize(name)
    key = tuple(_key(t.folded) for t in tokens)
    if not key:
        assert gazetteer.index == {}
        return
    assert list(gazetteer.index) == [key]
    assert gazetteer.index[key][0].capitals == tuple(t.is_capitalized for t in tokens)
    assert gazetteer.lengths == {key[0]: [len(key)]}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_one_spell_checker_per_language(language):
    assert entities._spellchecker(language) is spellchecker_for(language)

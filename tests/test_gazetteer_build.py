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
    *_form, capitals = gazetteer.index[key][0]
    assert capitals == tuple(t.is_capitalized for t in tokens)
    assert gazetteer.lengths == {key[0]: (len(key),)}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_one_spell_checker_per_language(language):
    assert entities._spellchecker(language) is spellchecker_for(language)


# The index is held in plain tuples of strings, ints and bools (reference.Gazetteer), which the
# garbage collector stops tracking: a full collection no longer walks every known form.
GC_NAMES = [("Lake Province", False), ("Ville-Haute", False), ("MINUSTAB", False), ("riverains", True)]


@pytest.mark.parametrize(("name", "lowercase_ok"), GC_NAMES)
def test_the_index_leaves_nothing_for_the_collector(name, lowercase_ok):
    import gc

    gazetteer = Gazetteer()
    gazetteer.add(Entry("city", "x", "X", "ZZ"), name, lowercase_ok=lowercase_ok)
    for _ in range(3):  # a tuple is untracked by the pass after the one that untracked those it holds
        gc.collect()
    (key, forms), = gazetteer.index.items()
    assert not gc.is_tracked(key) and not gc.is_tracked(forms)
    assert all(not gc.is_tracked(lengths) for lengths in gazetteer.lengths.values())


def _found(gazetteer: Gazetteer, text: str) -> list[str]:
    return [e.id for e in gazetteer.whole(text)]


# (forms added as (entry id, form, lowercase_ok, exact), text looked up, ids found)
FORMS = [
    # a form met in lowercase later: the capitalised one is widened, one form kept
    ([("a", "Lake Dweller", False, False), ("a", "lake dweller", True, False)], "lake dweller", ["a"]),
    # near miss: without the lowercase form, lowercase text is no name
    ([("a", "Lake Dweller", False, False)], "lake dweller", []),
    # near miss: a lowercase form widens its own entry's form only, not another's of the same words
    ([("a", "Lake Dweller", False, False), ("b", "Lake Dweller", False, False), ("a", "lake dweller", True, False)],
     "lake dweller", ["a"]),
    ([("a", "Lake Dweller", False, False), ("b", "Lake Dweller", False, False), ("a", "lake dweller", True, False)],
     "Lake Dweller", ["a", "b"]),
    # two entries of one folded form, each found
    ([("a", "Hill Town", False, False), ("b", "Hill Town", False, False)], "Hill Town", ["a", "b"]),
    # an exact form matches only as written
    ([("a", "Zorvan", False, True)], "ZORVAN", []),
    ([("a", "Zorvan", False, True)], "Zorvan", ["a"]),
    # the same entry with two exact forms: both kept
    ([("a", "ZORVAN", False, False), ("a", "Zorvan", False, True)], "ZORVAN", ["a"]),
    ([("a", "ZORVAN", False, False), ("a", "Zorvan", False, True)], "Zorvan", ["a"]),
    # a shorter name under a longer one of the same first word: the longest first
    ([("a", "North Cape", False, False), ("b", "North Cape Bay", False, False)], "North Cape Bay", ["b"]),
    ([("a", "North Cape", False, False), ("b", "North Cape Bay", False, False)], "North Cape", ["a"]),
]


@pytest.mark.parametrize(("forms", "text", "ids"), FORMS)
def test_forms_are_found_as_added(forms, text, ids):
    gazetteer = Gazetteer()
    for entry_id, form, lowercase_ok, exact in forms:
        gazetteer.add(Entry("city", entry_id, entry_id.upper(), "ZZ"), form, lowercase_ok=lowercase_ok, exact=exact)
    assert _found(gazetteer, text) == ids


def test_a_form_added_twice_is_kept_once():
    gazetteer = Gazetteer()
    for _ in range(2):
        gazetteer.add(Entry("city", "a", "A", "ZZ"), "Hill Town")
    assert [len(forms) for forms in gazetteer.index.values()] == [1]
    assert gazetteer.lengths == {"hill": (2,)}

"""The content words of the listed bodies' and operations' names (entities._listed_name_words)
are held as sorted tuples and joined strings keyed to entry ids, which the garbage collector
stops tracking, and still find a name printed with one word misspelt."""
import gc

import pytest

from newsdossier.entities import _content_words, _listed_name_words, _one_misspelt_name, _words_key


def test_the_tables_leave_nothing_for_the_collector():
    listed = _listed_name_words()
    for _ in range(3):  # a tuple is untracked by the pass after the one that untracked those it holds
        gc.collect()
    for table in (listed.by_id, listed.short, listed.by_words):
        assert not any(gc.is_tracked(value) for value in table.values())
        assert not gc.is_tracked(table)


@pytest.mark.parametrize(("one", "other", "same"), [
    ({"lake", "mission", "north"}, {"north", "lake", "mission"}, True),
    ({"lake"}, {"lake"}, True),
    ({"lake", "mission"}, {"lake", "missions"}, False),
    ({"lake mission"}, {"lake", "mission"}, True),  # words hold no space: never met so
])
def test_a_word_set_has_one_key(one, other, same):
    assert (_words_key(one) == _words_key(other)) is same


# (a name as a writer might print it, the id of the body it names, or None)
MISSPELT = [
    ("Human Right Watch", "human-rights-watch"),  # long name, short word misspelt
    ("Amnesty Internationnal", "amnesty-international"),  # two words, the long one misspelt
    ("World Food Programe", "world-food-programme"),
    ("United Nations Securty Council", "security-council"),
    # near misses
    ("Amnesty Intl", None),  # two words, the misspelt one too short to be read so
    ("Humane Right Watch", None),  # two words misspelt
    ("World Fool Programme Office", None),  # one word more
]


@pytest.mark.parametrize(("printed", "entry_id"), MISSPELT)
def test_a_name_with_one_word_misspelt(printed, entry_id):
    found = _one_misspelt_name(_content_words(printed), _listed_name_words())
    assert (found.id if found else None) == entry_id


@pytest.mark.parametrize(("printed", "entry_id"), [
    ("Watch Human Rights", "human-rights-watch"),  # word order aside
    ("Council of Security of the United Nations", "security-council"),  # function words aside
    ("World Food Programmes", None),  # near miss: a word changed
])
def test_a_name_by_its_word_set(printed, entry_id):
    listed = _listed_name_words()
    ids = listed.by_words.get(_words_key(_content_words(printed)), ())
    assert (ids[0] if len(ids) == 1 else None) == entry_id


def test_an_entry_id_names_one_body_or_operation():
    """_listed_name_words keys its tables by entry id: a body (organisations.yaml) and an
    operation (missions.yaml) sharing an id would be read as one entry."""
    from newsdossier.reference import reference

    ref = reference()
    bodies = [row["id"] for row in ref.organisations.values()]
    operations = [mission.id for mission in ref.missions.values()]
    assert len(set(bodies)) == len(bodies) and not set(bodies) & set(operations)
    assert set(_listed_name_words().entries) <= {*bodies, *operations}

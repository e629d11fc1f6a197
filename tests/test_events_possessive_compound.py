"""Events: a day in the possessive before a happening's noun owns that noun even when a
compound of a few lowercase words stands between them ("Sunday's improvised explosive device
attack", "Friday's car bomb explosion"): the statement condemning it is not the happening, the
attack is, on its own day. A capitalised word or a clause break between leaves the day to
the verb. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import day_at_noun, event_words

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday: Friday is the 12th, Saturday the 13th


@pytest.mark.parametrize(
    "sentence, noun",
    [
        pytest.param("The envoy denounced Saturday's improvised explosive device attack against a patrol.", "attack",
                     id="three-words"),
        pytest.param("The council condemned Friday's suspected car bomb explosion near the market.", "explosion",
                     id="three-words-adjective"),
        pytest.param("The governor deplored Saturday's deadly dawn ambush on the supply column.", "ambush",
                     id="two-words"),
    ],
)
def test_a_possessive_day_owns_a_noun_a_compound_apart(sentence, noun):
    word = next(w for w in event_words(sentence, "en") if sentence[w.start:w.end] == noun)
    assert day_at_noun(sentence, word, "en")


@pytest.mark.parametrize(
    "sentence, day",
    [
        pytest.param("The envoy denounced Saturday's improvised explosive device attack against a patrol.", "2019-04-13",
                     id="ied-attack"),
        pytest.param("The council condemned Friday's suspected car bomb explosion near the market.", "2019-04-12",
                     id="car-bomb"),
    ],
)
def test_the_condemned_compound_happening_is_the_event_of_its_day(sentence, day):
    events = body_events(sentence, "en", ANCHOR)
    assert [(e.date, e.kind) for e in events] == [(day, "attack")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a name between: the day is the name's, not the noun's
        pytest.param("The envoy recalled Saturday's Security Council debate on the attack near the river.", id="name-between"),
        # five words between: no compound of one noun
        pytest.param("The envoy said Saturday's long and very detailed report on the attack was accurate.", id="too-far"),
    ],
)
def test_a_day_further_or_a_name_between_does_not_own_the_noun(sentence):
    word = next(w for w in event_words(sentence, "en") if sentence[w.start:w.end] == "attack")
    assert not day_at_noun(sentence, word, "en")

"""A word of founding that is also a finite past verb ("launched", "established", "formed")
after a one-word subject ("Rebels launched an overnight attack on the base, the mission said")
tells a happening: only an adverb may stand before a participle phrase said in passing
("Officially launched in 2004, the programme ..."; vocabulary "phrase_opening_adverbs").
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events, founding_in_passing

ANCHOR = PartialDate(2019, 3, 15)  # a Friday


def dates_of(sentence: str, language: str) -> list[str]:
    told = [("Une phrase sans rien.", []), (sentence, find_in_sentence(sentence, language))]
    return [e.date for e in find_events(told, ANCHOR, None, language, wire_day=False)[0]]


@pytest.mark.parametrize(
    "sentence, date",
    [
        pytest.param("Rebels launched an overnight attack on the depot near Kidal, the mission said.", "2019-03-14/2019-03-15",
                     id="launched-overnight"),
        pytest.param("Gunmen launched an assault on the depot near Kidal on Thursday, the mission said.", "2019-03-14",
                     id="launched-on-a-weekday"),
    ],
)
def test_a_subject_before_a_founding_verb_makes_it_a_happening(sentence, date):
    assert dates_of(sentence, "en") == [date]


@pytest.mark.parametrize(
    "sentence, language, in_passing",
    [
        pytest.param("Rebels launched an attack on the depot, the mission said.", "en", False, id="en-subject"),
        pytest.param("Italy launched an operation off the coast, the ministry said.", "en", False, id="en-country-ending-as-adverbs"),
        pytest.param("Officially launched in 2004, the programme trains nurses.", "en", True, id="en-adverb"),
        # an English noun ending as French adverbs do ("-ment") is a subject, not an adverb
        pytest.param("Government launched an offensive in the hills, the army said.", "en", False, id="en-noun-ending-ment"),
        pytest.param("Parliament established a border commission, the speaker said.", "en", False, id="en-noun-ending-ment-2"),
        pytest.param("First established in 1978, the force patrols the border.", "en", True, id="en-first"),
        pytest.param("Officiellement créée en 2013, la mission patrouille le nord.", "fr", True, id="fr-adverb"),
        pytest.param("Oficialmente creada en 2013, la misión patrulla el norte.", "es", True, id="es-adverb"),
    ],
)
def test_only_an_adverb_opens_a_founding_phrase(sentence, language, in_passing):
    assert bool(founding_in_passing(sentence, language)) is in_passing

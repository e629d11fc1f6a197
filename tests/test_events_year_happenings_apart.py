"""Two tellings of one kind and one date are two happenings when what they tell differs:
missions that share none ("the mandate of MONUSCO", "the mandate of MINUSMA"), or, dated by a
year alone, each told by its own word with neither naming the other again. One happening told
twice stays one. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

ANCHOR = PartialDate(2013, 8, 23)  # a Friday


def events_of(sentences: list[str], language: str):
    told = [("Une phrase sans rien.", [])] + [(s, find_in_sentence(s, language)) for s in sentences]
    return find_events(told, ANCHOR, None, language)[0]


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["Last year, the council extended the mandate of MONUSCO.",
                      "Last year, the council extended the mandate of MINUSMA."], "en", id="en-missions"),
        pytest.param(["Rebels briefly seized the town of Kiwanja late last year before pulling back to the hills.",
                      "The fighters launched their uprising last year, and talks with the government have stalled since."],
                     "en", id="en-two-words"),
        pytest.param(["L'an dernier, le Conseil de sécurité a prolongé le mandat de la MONUSCO.",
                      "L'an dernier, le Conseil de sécurité a prolongé le mandat de la MINUSMA."], "fr", id="fr-missions"),
        pytest.param(["El año pasado, el Consejo de Seguridad prorrogó el mandato de la MONUSCO.",
                      "El año pasado, el Consejo de Seguridad prorrogó el mandato de la MINUSMA."], "es", id="es-missions"),
    ],
)
def test_two_happenings_of_one_year_stay_two(sentences, language):
    found = events_of(sentences, language)
    assert len(found) == 2 and all(e.date == "2012" for e in found)


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["Rebels seized Goma last year, residents said.",
                      "The seizure of Goma last year drew wide condemnation."], "en", id="en-named-again"),
        pytest.param(["Last year, rebels seized Goma after a week of fighting.",
                      "Last year, the rebels seized Goma and its airport, a diplomat recalled."], "en", id="en-same-word"),
    ],
)
def test_one_happening_told_twice_stays_one(sentences, language):
    assert len(events_of(sentences, language)) == 1


def test_two_words_of_one_sentence_tell_one_happening():
    assert len(events_of(["Gunmen have often targeted the base, and an assault in 2011 killed four soldiers."], "en")) == 1

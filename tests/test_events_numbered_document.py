"""Events: a four-digit number after a resolution's noun ("resolution 2098", "la resolución
2085", "las resoluciones 2056 y 2071", "résolution n° 2100") is the text's number, never a
year: the Council's resolutions 1925 to 2099 carry numbers that read as years. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.dates import find_dates
from newsdossier.events import find_events, numbered_document

ANCHOR = PartialDate(2021, 6, 3)
LEAD = {"en": "Troops arrived in the capital on 1 June.", "es": "Las tropas llegaron a la capital el 1 de junio.",
        "fr": "Les troupes sont arrivées dans la capitale le 1er juin."}


def event_dates(sentence: str, language: str) -> list[str]:
    return [e.date for e in find_events([(LEAD[language], []), (sentence, [])], ANCHOR, None, language, wire_day=False)[0]
            if e.date != "2021-06-01"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The council then set up the rapid brigade under resolution 2064 to disarm the militias.", "en", id="en-under"),
        pytest.param("Resolution 2077 also gives the force a new mandate to guard the camps.", "en", id="en-subject"),
        pytest.param("El Consejo aprobó la resolución 2081 que autoriza el envío de la fuerza regional.", "es", id="es-adopted"),
        pytest.param("El texto recuerda las resoluciones número 2041 y 2052 sobre la frontera.", "es", id="es-listed"),
    ],
)
def test_a_resolutions_number_dates_no_happening(sentence, language):
    assert not any(date.startswith(("20", "19")) and len(date) == 4 for date in event_dates(sentence, language))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("under resolution 2064 the brigade", "en", [True], id="en"),
        pytest.param("the resolutions 2041 and 2052 of the council", "en", [True, True], id="en-two"),
        pytest.param("it adopted resolutions 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064 and 2071 today", "en",
                     [True] * 10, id="en-long-list"),
        pytest.param("la résolution n° 2088 du Conseil", "fr", [True], id="fr-marker"),
        pytest.param("la resolución número 2081", "es", [True], id="es-marker"),
        pytest.param("the resolution of 2014 was a turning point", "en", [False], id="en-year-after-of"),
        pytest.param("a resolution in 2014 set up the mission", "en", [False], id="en-year-after-in"),
    ],
)
def test_which_four_digit_numbers_are_a_texts_number(sentence, language, expected):
    years = [d for d in find_dates(sentence) if d.kind == "year"]
    assert [numbered_document(sentence, d, language) for d in years] == expected


def test_the_adoption_of_a_numbered_resolution_keeps_its_printed_day():
    assert event_dates("The council adopted resolution 2064 on 28 May.", "en") == ["2021-05-28"]

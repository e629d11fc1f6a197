"""Events: two clauses joined by "and" ("et", "y", "và"), each with a day of its own ("left
the capital on 2 April and reached the camp on 4 April"), tell two happenings, each on its
own day: the day before the conjunction is not the second verb's. Two days of one phrase
("on 2 and 3 April") stay one span. In EN, FR, ES, VI. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

FRIDAY = PartialDate(2023, 6, 9)


def dates_of(sentence: str, language: str) -> list[str]:
    """The dates of the events one sentence tells, deep in an article's body, sorted."""
    sentences = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    return sorted(e.date for e in find_events(sentences, FRIDAY, None, language)[0])


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The medical team left the capital on April 2 and arrived at the camp on April 4.", "en", id="en"),
        pytest.param("L'équipe médicale a quitté la capitale le 2 avril et est arrivée au camp le 4 avril.", "fr", id="fr"),
        pytest.param("El equipo médico partió de la capital el 2 de abril y llegó al campamento el 4 de abril.", "es", id="es"),
        pytest.param("Đội y tế lên đường ngày 2/4 và đã đến doanh trại ngày 4/4.", "vi", id="vi"),
    ],
)
def test_two_joined_clauses_with_their_own_days_are_two_happenings(sentence, language):
    assert dates_of(sentence, language) == ["2023-04-02", "2023-04-04"]


@pytest.mark.parametrize(
    "sentence, language, dates",
    [
        pytest.param("Convoys were attacked on 2 and 3 April near the river.", "en", ["2023-04-02/2023-04-03"], id="en-span"),
        pytest.param("Three soldiers were wounded on 2 April and were flown to the capital.", "en", ["2023-04-02"], id="en-one-day"),
        pytest.param("Trois soldats ont été blessés le 2 avril et évacués vers la capitale.", "fr", ["2023-04-02"], id="fr-one-day"),
    ],
)
def test_one_day_or_one_span_stays_one_happening(sentence, language, dates):
    assert dates_of(sentence, language) == dates

"""Events: casualties of a year told as a figure ("the deaths of 2019 were the highest number on
record", "le bilan de 2018 est le plus lourd", "la cifra de muertes de 2017") sum a toll over
that year, not one happening, even with no count printed: the figure word stands for the count.
Casualties told with their day stay an event. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2021, 4, 14)


def casualty_dates(sentence: str, language: str) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, ANCHOR) if e.kind == "casualty")


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The deaths in 2019 are the highest number the office has ever counted.", "en", id="en-number"),
        pytest.param("Casualties in 2016 reached a record, the report said.", "en", id="en-record"),
        pytest.param("Le nombre de morts en 2018 est le plus élevé depuis la création du service.", "fr", id="fr-nombre"),
        pytest.param("La cifra de muertos en 2017 fue la más alta de la década.", "es", id="es-cifra"),
    ],
)
def test_casualties_of_a_year_told_as_a_figure_are_no_event(sentence, language):
    assert casualty_dates(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The deaths on 9 May 2019 brought the number of losses to a record.", "en", ["2019-05-09"],
                     id="en-day"),
        pytest.param("Le nombre de morts du 3 juin 2018 reste incertain.", "fr", ["2018-06-03"], id="fr-day"),
    ],
)
def test_casualties_told_with_their_day_stay_an_event(sentence, language, expected):
    assert casualty_dates(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("In several other incidents in 2019, four drivers working for the agency were also killed.", "en",
                     id="en-incidents"),
        pytest.param("Trois gardes ont été tués dans des attaques distinctes en 2018.", "fr", id="fr-attaques"),
        pytest.param("En otros incidentes durante 2016, dos conductores murieron.", "es", id="es-incidentes"),
    ],
)
def test_casualties_of_a_year_over_several_incidents_are_no_event(sentence, language):
    assert casualty_dates(sentence, language) == []


def test_casualties_of_one_incident_of_a_year_stay_an_event():
    assert casualty_dates("In an incident in 2019, four drivers were killed near the border.", "en") == ["2019"]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("It was the heaviest loss since 1994, when 31 soldiers were slain in an ambush.", "en",
                     ["1994"], id="en-since-when"),
        pytest.param("The death toll was the worst for the force since 1998, when 26 guards were slain in a raid.", "en",
                     ["1998"], id="en-toll-since-when"),
        pytest.param("C'est la perte la plus lourde depuis 1996, lorsque 17 soldats avaient été tués dans une embuscade.",
                     "fr", ["1996"], id="fr-depuis-lorsque"),
        pytest.param("Es la mayor pérdida desde 2003, cuando 12 soldados murieron en una emboscada.", "es",
                     ["2003"], id="es-desde-cuando"),
    ],
)
def test_a_count_in_a_time_clause_of_its_year_is_one_happening(sentence, language, expected):
    assert sorted(e.date for e in body_events(sentence, language, ANCHOR)) == expected

"""A given name that is also a city's name (vocabulary "place_given_names": "Milan",
"Douglas", "Stanley", "Washington") opens a person's name when a family name follows it,
not the city; the city alone stays a place, and after an article ("the Washington Consensus") it opens a thing. And an academic degree printed before a name as a
title ("PhD Ana Kovač", the Balkan press style) is the person's title, no word of the name
(vocabulary "titles", "person_titles"). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("The parade was reviewed by the Chief of the General Staff, General Milan Petrovic.",
                     "Milan Petrovic", id="milan-after-rank"),
        pytest.param("Milan Kovar told the visitors that the convoy had reached Gao.", "Milan Kovar", id="milan-opening"),
        pytest.param("UN Resident Coordinator Douglas Fairweather handed the medals to the engineers.",
                     "Douglas Fairweather", id="douglas-after-office"),
        pytest.param("Captain Stanley Okafor led the night patrol near Bunia.", "Stanley Okafor", id="stanley"),
        pytest.param("Washington Abreu, the deputy minister, spoke at the send-off in Montevideo.",
                     "Washington Abreu", id="washington"),
        # "Aman", a South Asian given name, is folded like "Amán", Amman's Spanish name
        pytest.param("The drill was commanded by Major Aman Rathore of the Indian battalion.", "Aman Rathore", id="aman-after-rank"),
        pytest.param("Aman Sethi, the contingent's surgeon, treated the wounded at Malakal.", "Aman Sethi", id="aman-opening"),
    ],
)
def test_a_city_given_name_before_a_family_name_is_a_person(text, person):
    assert actors_of(text)[0] == [person]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The delegation flew from Milan to Geneva on Tuesday.", id="milan-city"),
        pytest.param("The training course moved to Douglas last spring.", id="douglas-city"),
        pytest.param("The envoy met officials in Washington on Monday.", id="washington-city"),
        pytest.param("The Washington Consensus shaped the lending rules of the decade.", id="washington-thing-after-article"),
        pytest.param("Il a lu le Milan Herald avant la réunion.", id="milan-thing-after-article-fr"),
        pytest.param("The envoy flew from Aman to Beirut on Monday.", id="aman-city"),
        pytest.param("La delegación viajó a Amán el lunes para reunirse con el rey.", id="aman-city-es"),
    ],
)
def test_the_city_alone_is_no_person(text):
    assert actors_of(text)[0] == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("The ceremony was opened by the Minister of Defence, PhD Ana Kovac, in the barracks.",
                     "Ana Kovac", id="after-office"),
        pytest.param("The lecture on civilian protection was given by PhD Jovan Ilic at the academy.",
                     "Jovan Ilic", id="after-by"),
    ],
)
def test_a_degree_before_a_name_is_no_word_of_it(text, person):
    assert actors_of(text)[0] == [person]


def test_a_degree_as_a_modifier_names_no_one():
    assert actors_of("Three PhD students from the academy joined the course in Nairobi.")[0] == []

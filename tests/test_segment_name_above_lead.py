"""A writer's name printed alone right above the lead, below the headline, its standfirst and
its picture (once, or twice in a row as a portrait's text and the name), with no byline word:
the page's byline (segment._name_above_lead), as Spanish newspaper pages print it.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

HEAD = ("INTERNACIONAL\n\nLos cascos azules vuelven a patrullar la frontera tras semanas de calma\n\n"
        "La misión de paz recupera las rondas nocturnas y pide a las partes que respeten la línea de alto el fuego\n\n")
LEAD = ("Las patrullas nocturnas regresaron el martes a la frontera después de tres semanas sin incidentes graves, "
        "según el mando de la misión en la zona.\n\nEl contingente cuenta con seiscientos militares.\n")


def authors(between: str) -> list[str]:
    return extract(HEAD + between + LEAD).fields["authors"]


@pytest.mark.parametrize(
    ("between", "writer"),
    [
        pytest.param("Laura Beltrán\n\n", "Laura Beltrán", id="name-alone"),
        pytest.param("Laura Beltrán\n\nLaura Beltrán\n\n", "Laura Beltrán", id="name-twice"),
        pytest.param("Un vehículo de la misión en la frontera. / AGENCIA\n\nJulio Márquez Soler\n\n", "Julio Márquez Soler",
                     id="after-caption"),
    ],
)
def test_a_name_alone_above_the_lead_is_the_byline(between, writer):
    assert authors(between) == [writer]


@pytest.mark.parametrize(
    "between",
    [
        pytest.param("Santa Cruz\n\n", id="place"),
        pytest.param("Naciones Unidas\n\n", id="no-given-name"),
        pytest.param("Lo más leído\n\n", id="page-heading"),
    ],
)
def test_no_byline_read_from_other_lines(between):
    assert authors(between) == []


def test_a_caption_naming_the_person_of_the_story_is_no_byline():
    lead = LEAD.replace("según el mando", "según el general Beltrán, jefe del mando")
    assert extract(HEAD + "Laura Beltrán\n\n" + lead).fields["authors"] == []

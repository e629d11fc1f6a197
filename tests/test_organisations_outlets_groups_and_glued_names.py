"""Organisations the text names in forms a reader still reads: the title-case acronym of a
news agency after a noun of an outlet's kind ("la agencia Efe"), and names whose space a
copied page lost ("NacionesUnidas", "Coreadel Sur"). Every sentence is written for these
tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of
from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("La agencia Efe informó de que tres cascos azules resultaron heridos en Malí.", id="es"),
        pytest.param("Según la agencia de noticias Efe, la misión evacuó a los heridos.", id="es-de-noticias"),
        pytest.param("Selon l'agence Efe, deux casques bleus ont été blessés au Mali.", id="fr"),
    ],
)
def test_a_title_case_agency_acronym_after_an_outlet_noun_is_the_agency(text):
    assert actors_of(text)[1] == ["Agencia EFE"]


def test_the_same_word_as_a_given_name_is_no_agency():
    assert actors_of("Efe Okoro, a nurse from Lagos, treated the wounded peacekeepers.") == (["Efe Okoro"], [])


@pytest.mark.parametrize(
    "text, kind, name",
    [
        pytest.param("Un portavoz de las NacionesUnidas dijo que la misión seguirá en Malí.", "organisation",
                     "United Nations", id="es-camel"),
        pytest.param("Soldiers from Coreadel Sur joined the mission in Lebanon.", "country", "South Korea", id="en-connector"),
        pytest.param("Los cascos azules de Coreadel Sur llegaron al Líbano.", "country", "South Korea", id="es-connector"),
    ],
)
def test_a_known_name_whose_space_was_lost_is_read(text, kind, name):
    assert (kind, name) in {(e.kind, e.name) for e in extract(text).entities.values()}


def test_names_with_inner_capitals_are_not_cut():
    entities = extract("McDonald and MacArthur met LaGuardia officials in Goma.").entities.values()
    assert not any(e.kind in ("country", "organisation") for e in entities)

"""A document of a country's whole forces ("a military statement", "un communiqué de l'armée")
is of the forces the article named before, however it named them: a body listed as a
country's armed forces, or one the entity finder built from the country and the word."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ("Brazil's military said on Tuesday that a truck of the unit overturned near the camp.",
                            "Two drivers were flown home for treatment, a military statement said."),
                     "Brazilian Army", id="en-listed-military-statement"),
        pytest.param("en", ("Peru's army said on Tuesday that a truck of the unit overturned near the camp.",
                            "Two drivers were flown home for treatment, an army statement said."),
                     "Peruvian Army", id="en-built-army-statement"),
        pytest.param("fr", ("L'armée brésilienne a indiqué mardi qu'un camion de l'unité s'était renversé près du camp.",
                            "Deux chauffeurs ont été rapatriés pour être soignés, selon un communiqué de l'armée."),
                     "Brazilian Army", id="fr-communique-de-l-armee"),
        pytest.param("es", ("El Ejército de Brasil informó el martes que un camión de la unidad volcó cerca del campamento.",
                            "Dos conductores fueron repatriados para ser atendidos, según un comunicado del ejército."),
                     "Brazilian Army", id="es-comunicado-del-ejercito"),
    ],
)
def test_a_forces_document_is_of_the_forces_named_before(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    last = [q for q in quotes if q.sentence.startswith(paragraphs[1][:20])]
    assert [q.speaker for q in last] == [speaker], quotes


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        pytest.param("en", "Two drivers were flown home for treatment, a military statement said.", id="en-none-named"),
        pytest.param("fr", "Deux chauffeurs ont été rapatriés pour être soignés, selon un communiqué de l'armée.", id="fr-none-named"),
    ],
)
def test_a_forces_document_with_no_forces_named_is_no_ones(language, paragraph):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [""]

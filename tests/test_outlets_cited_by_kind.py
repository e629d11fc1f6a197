"""An outlet the reference does not know, named by its kind as the source of what the story
reports ("según el diario X", "dijo la emisora X", "a indiqué la radio X"): an organisation of
the article, and the speaker of what it said. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, outlet",
    [
        pytest.param("Trujillo, 11 de marzo de 2026\n\nEl puente quedó cortado por la crecida, dijo la emisora Radio Vida Nueva.",
                     "Radio Vida Nueva", id="es-dijo-la-emisora"),
        pytest.param("Trujillo, 11 de marzo de 2026\n\nSegún el diario La Voz del Valle, el puente quedó cortado por la crecida.",
                     "La Voz del Valle", id="es-segun-el-diario"),
        pytest.param("Kindu, 11 mars 2026\n\nLe pont a été coupé par la crue, a indiqué la radio Radio Maniema Espoir.",
                     "Radio Maniema Espoir", id="fr-a-indique-la-radio"),
        pytest.param("Leeds, 11 March 2026\n\nThe bridge was cut by the flood, said the broadcaster River Valley Sound.",
                     "River Valley Sound", id="en-said-the-broadcaster"),
    ],
)
def test_an_outlet_cited_by_its_kind_is_an_organisation(text, outlet):
    extraction = extract(text, None)
    assert outlet in [e.name for e in extraction.entities.values() if e.kind == "organisation"]
    assert not [e.name for e in extraction.entities.values() if e.kind == "person"]


def test_a_kind_word_before_a_known_place_names_no_outlet():
    extraction = extract("Trujillo, 11 de marzo de 2026\n\nEl puente quedó cortado, informó la radio Lima.", None)
    assert not [e.name for e in extraction.entities.values() if e.kind == "organisation"]

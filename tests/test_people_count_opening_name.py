"""A number word opening a capitalised stretch counts the people after it ("Five Congolese
soldiers died", "Cinq Congolais ont été blessés"): it opens no person's name
(entities._count_word). A name word that is a particle too ("Dos Santos") still opens one.
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Five Congolese soldiers also died when the camp was shelled at dawn.", id="en"),
        pytest.param("Cinq Congolais ont été blessés lors de l'attaque du camp de Kiwanja.", id="fr"),
        pytest.param("Seis Congoleños murieron en la emboscada cerca de la ciudad de Beni.", id="es"),
    ],
)
def test_a_count_opens_no_name(text):
    assert people_of(text) == []


def test_a_particle_that_is_a_number_word_still_opens_a_name():
    assert people_of("Según el coronel Dos Santos, el convoy llegó a Bunia el lunes.") == ["Dos Santos"]

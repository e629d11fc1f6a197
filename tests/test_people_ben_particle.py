"""People: "ben" (son of) inside a Maghreb name printed in lowercase ("Karim ben Youssef",
"Salma ben Amor") joins the name's run as "bin", "ould" and "ag" do: the person is the whole
name, not missed nor cut at the particle. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def people(sentence: str, language: str) -> list[str]:
    return [f.name for f in find_in_sentence(sentence, language) if f.kind == "person"]


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The governor, Karim ben Youssef, received the convoy.", "Karim ben Youssef", id="en-apposed"),
        pytest.param("en", "Karim ben Youssef received the convoy on Monday.", "Karim ben Youssef", id="en-opening"),
        pytest.param("fr", "Le gouverneur, Karim ben Youssef, a reçu le convoi.", "Karim ben Youssef", id="fr-apposed"),
        pytest.param("fr", "Selon Salma ben Amor, la route est rouverte.", "Salma ben Amor", id="fr-after-selon"),
        pytest.param("es", "El gobernador, Karim ben Youssef, recibió el convoy.", "Karim ben Youssef", id="es-apposed"),
    ],
)
def test_ben_inside_a_name_is_part_of_it(language, sentence, name):
    assert people(sentence, language) == [name]

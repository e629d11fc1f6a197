"""Quotes: the government or authorities of a country the speaker asks or urges, right after
the verb with the preposition of the one addressed ("pidió a las autoridades malienses",
"instó al gobierno maliense", "a demandé aux autorités maliennes"), are the addressee: their
country is no speaker, and a verb whose subject is dropped keeps the person who spoke before.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("El Secretario General de la ONU, Ana Lopes, dijo que el convoy fue atacado en Gao.\n\n"
                     "Pidió a las autoridades malienses que identifiquen a los autores del ataque.", id="es-authorities"),
        pytest.param("El Secretario General de la ONU, Ana Lopes, dijo que el convoy fue atacado en Gao.\n\n"
                     "Instó al gobierno maliense a identificar a los autores del ataque.", id="es-government"),
        pytest.param("El Secretario General de la ONU, Ana Lopes, dijo que el convoy fue atacado en Gao.\n\n"
                     "Pidió a las autoridades de Malí que identifiquen a los autores del ataque.", id="es-of-country"),
    ],
)
def test_the_authorities_asked_are_no_speaker(text):
    assert speakers_of(text) == ["Ana Lopes", "Ana Lopes"]


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("El ataque contra un convoy de la Misión Integrada de Estabilización de las Naciones Unidas para "
                     "Malí (MINUSMA) dejó tres muertos.", [], id="es"),
        pytest.param("El ministro Juan Paz dijo que el convoy fue atacado.", ["Juan Paz"], id="es-person-kept"),
    ],
)
def test_the_words_of_a_missions_long_name_are_no_person(text, people):
    assert [f.name for f in extract(text, None).entities.values() if f.kind == "person"] == people

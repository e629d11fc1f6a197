"""People: a social network the words went out on, then the particle joining their author
("un mensaje en Telegram de Pedro X", "un message sur Facebook de Jean X"), opens no name: the
person is the name after the particle, who then speaks for the source marker before, as with
"publicado en Telegram por X". Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.extract import extract


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "Según un mensaje en Telegram de Marcos Villalba, dos soldados resultaron heridos en el puente.", "Marcos Villalba", id="es-telegram-de"),
        pytest.param("es", "Según una publicación en Facebook de Marcos Villalba, el puente sigue cerrado.", "Marcos Villalba", id="es-facebook-de"),
        pytest.param("fr", "Selon un message sur Telegram de Marc Villiers, deux soldats ont été blessés au pont.", "Marc Villiers", id="fr-telegram-de"),
    ],
)
def test_the_author_after_the_network_and_its_particle_is_the_person(language, sentence, name):
    assert [f.name for f in find_in_sentence(sentence, language) if f.kind == "person"] == [name]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("KHERSON - Según un mensaje en Telegram de Marcos Villalba, dos soldados resultaron heridos en el puente.",
                     "Marcos Villalba", id="es-segun"),
        pytest.param("KHERSON - Selon un message sur Telegram de Marc Villiers, deux soldats ont été blessés au pont.",
                     "Marc Villiers", id="fr-selon"),
    ],
)
def test_the_author_so_named_speaks(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes] == [speaker]

"""People: a name set off by a comma after a title whose complement is a place word in
lowercase ("the mayor of the district, John Banda", "le maire du territoire, Jean Kaswa",
"el alcalde del municipio, Juan Pérez") is the title's holder: the place word is the office's
seat, named by no capitalised word, and heads no place after its comma. A place word with no
title before it ("the province, Upper Kaga,") still heads the place's name. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def people(sentence: str, language: str) -> set[str]:
    return {f.name for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The attack was condemned, said the mayor of the district, John Banda.", "John Banda", id="en-mayor-of-the-district"),
        pytest.param("en", "The governor of the province, Grace Mwansa, visited the camp.", "Grace Mwansa", id="en-governor-of-the-province"),
        pytest.param("fr", "L'attaque a été condamnée, a indiqué le maire du territoire, Jean Kaswa.", "Jean Kaswa", id="fr-maire-du-territoire"),
        pytest.param("fr", "Les écoles restent fermées, a déclaré le préfet de la région, Moussa Kandé.", "Moussa Kandé", id="fr-prefet-de-la-region"),
        pytest.param("es", "El ataque fue condenado, dijo el alcalde del municipio, Juan Pérez.", "Juan Pérez", id="es-alcalde-del-municipio"),
        pytest.param("es", "Según el gobernador de la provincia, Rosa Quintero, la ruta sigue cerrada.", "Rosa Quintero", id="es-gobernador-de-la-provincia"),
    ],
)
def test_a_name_after_a_title_of_a_place_is_its_holder(language, sentence, name):
    assert name in people(sentence, language)


def test_a_place_word_with_no_title_before_still_heads_a_place():
    assert not people("The convoy crossed the province, Upper Kaga, before dawn.", "en")

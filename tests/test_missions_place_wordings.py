"""An operation of one country named with its place worded another way than its listed
names: another preposition and another of the country's names in the same language ("...
pour la stabilisation de la République centrafricaine", "... pour la stabilisation du Mali",
"... de las Naciones Unidas en República Centroafricana", "... para Haití"). And the opening
words of one operation's name followed by another country's place name no operation of
theirs ("Misión de Asistencia de las Naciones Unidas en Darfur" is not Rwanda's). Every
sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def missions(sentence: str, language: str) -> set[str]:
    return {f.name for f in find_in_sentence(sentence, language) if f.kind == "mission"}


@pytest.mark.parametrize(
    "language, sentence, acronym",
    [
        pytest.param("fr", "La Mission multidimensionnelle intégrée des Nations unies pour la stabilisation de la République "
                           "centrafricaine a reçu des renforts.", "MINUSCA", id="fr-minusca-de-la"),
        pytest.param("fr", "La Mission multidimensionnelle intégrée des Nations unies pour la stabilisation du Mali a perdu "
                           "un soldat.", "MINUSMA", id="fr-minusma-du"),
        pytest.param("fr", "La Mission des Nations unies pour la stabilisation d'Haïti a achevé son retrait.", "MINUSTAH", id="fr-minustah-d"),
        pytest.param("es", "La Misión Multidimensional Integrada de Estabilización de las Naciones Unidas en República "
                           "Centroafricana recibió refuerzos.", "MINUSCA", id="es-minusca-sin-articulo"),
        pytest.param("es", "La Misión de Estabilización de las Naciones Unidas para Haití terminó su mandato.", "MINUSTAH", id="es-minustah-para"),
    ],
)
def test_another_wording_of_the_place_names_the_operation(language, sentence, acronym):
    assert acronym in missions(sentence, language)


def test_opening_words_before_another_countrys_place_name_no_operation():
    assert "UNAMIR" not in missions("La Misión de Asistencia de las Naciones Unidas en Darfur terminó su mandato.", "es")


def test_opening_words_before_their_own_place_still_name_it():
    assert "UNAMIR" in missions("La Misión de Asistencia de las Naciones Unidas en Ruanda terminó su mandato.", "es")

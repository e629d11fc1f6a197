"""An organisation's acronym printed with one capital ("la Onu", "l'Otan") names it, unless
that form is an everyday word ("Un") or a name (reference.Reference.acronym_as_word)."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def ids(sentence: str, language: str) -> set[str]:
    return {f.id for f in find_in_sentence(sentence, language)}


@pytest.mark.parametrize(
    "language, sentence, body",
    [
        pytest.param("es", "La Onu pidió a las partes que respeten la tregua en la frontera.", "united-nations", id="es-onu"),
        pytest.param("fr", "Le chef de l'Onu a salué le courage des soldats tués lundi.", "united-nations", id="fr-onu"),
        pytest.param("fr", "Les chefs d'État de la Sadc se réunissent jeudi à Maputo.", "southern-african-development-community",
                     id="fr-sadc"),
        pytest.param("en", "A report by the Unhcr counted ten thousand new arrivals.", "united-nations-high-commissioner-for-refugees",
                     id="en-unhcr"),
    ],
)
def test_an_acronym_printed_with_one_capital_names_the_body(language, sentence, body):
    assert body in ids(sentence, language)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("fr", "Un soldat a été blessé près de la frontière.", id="fr-un"),
        pytest.param("es", "Un soldado resultó herido cerca de la frontera.", id="es-un"),
        pytest.param("fr", "Il a eu peur, dit Eu Lim, son voisin.", id="fr-eu"),
    ],
)
def test_an_everyday_word_is_no_acronym(language, sentence):
    assert not {"united-nations", "european-union"} & ids(sentence, language)

"""Quotes: in French and Spanish, a participle of saying with no comma before it reports when
its clause follows it and words stand quoted after it ("hizo un llamado a la calma alertando
de que «...»", "s'est rendu au camp en rappelant que « ... »"): the clause's subject
speaks. Without the clause and the quotation it reports nothing ("recorrió las calles
advirtiendo a los vecinos"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLES = {"fr": "Appel au calme après les tirs près du camp\n\n",
          "es": "Llamado a la calma tras los disparos cerca del campamento\n\n"}


def speakers_of(language: str, text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(TITLES[language] + text + "\n", None).quotes]


@pytest.mark.parametrize(
    "language, text, says, speaker",
    [
        pytest.param("es", 'El jefe del contingente, Julio Prado, hizo un llamado a la calma alertando de que "una nueva escalada sería devastadora".',
                     "una nueva escalada", "Julio Prado", id="es-alertando-de-que"),
        pytest.param("es", 'La coronela Ana Ríos visitó a las dos comunidades advirtiendo que "nadie gana con más violencia".',
                     "nadie gana con más violencia", "Ana Ríos", id="es-advirtiendo-que"),
        pytest.param("fr", "Le chef de la mission, Paul Mbala, s'est rendu au camp en rappelant que « toute provocation nous mettrait en danger ».",
                     "toute provocation", "Paul Mbala", id="fr-en-rappelant-que"),
    ],
)
def test_a_participle_before_its_clause_and_a_quotation_reports(language, text, says, speaker):
    assert [s for s, sentence in speakers_of(language, text) if says in sentence] == [speaker]


@pytest.mark.parametrize(
    "language, text",
    [
        pytest.param("es", "La coronela Ana Ríos recorrió las calles advirtiendo a los vecinos de la zona durante la noche.", id="es-no-clause"),
        pytest.param("es", "Los soldados pasaron la noche advirtiendo que el puente estaba cortado por el agua.", id="es-no-quotation"),
    ],
)
def test_a_participle_without_clause_and_quotation_reports_nothing(language, text):
    assert speakers_of(language, text) == []

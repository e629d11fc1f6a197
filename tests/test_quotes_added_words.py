"""Quotes: French "renchérir" (to add words going further than the speaker before) reports
as "ajouter" does, its subject after it when inverted; Spanish "alertando" (warning) after a
comma reports as "advirtiendo" does, with its clause or a quotation. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLES = {"fr": "Des villages attaqués près de la frontière\n\n",
          "es": "Ataques contra aldeas cerca de la frontera\n\n"}


def speakers_of(language: str, text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(TITLES[language] + text + "\n", None).quotes]


@pytest.mark.parametrize(
    "language, text, says, speaker",
    [
        pytest.param("fr", "Au moins douze maisons ont été brûlées dans la nuit, a renchéri le président de l'association des planteurs, Albert Moussa.",
                     "douze maisons ont été brûlées", "Albert Moussa", id="fr-a-rencheri-inverted"),
        pytest.param("fr", "Le maire Albert Moussa renchérit que « personne n'est venu nous protéger ce soir-là ».",
                     "personne n'est venu", "Albert Moussa", id="fr-rencherit-que"),
        pytest.param("es", 'La jefa de la patrulla, Irene Costa, recorrió la aldea, alertando de que "otro ataque sería devastador para la aldea".',
                     "otro ataque sería devastador", "Irene Costa", id="es-alertando-de-que"),
        pytest.param("es", "El alcalde Ramón Soto visitó el puente, alertando que la carretera del sur seguía cortada por los rebeldes.",
                     "la carretera del sur seguía cortada", "Ramón Soto", id="es-alertando-que"),
    ],
)
def test_added_words_are_reported(language, text, says, speaker):
    assert [s for s, sentence in speakers_of(language, text) if says in sentence] == [speaker]


def test_alerting_with_no_words_said_reports_nothing():
    text = "El alcalde Ramón Soto recorrió las calles, alertando a los vecinos casa por casa durante la noche."
    assert speakers_of("es", text) == []

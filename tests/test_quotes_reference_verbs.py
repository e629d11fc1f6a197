"""Quotes: a reference made in words reports what was said when the words follow it, a
quotation later in the sentence or a clause: Spanish "se refirió a" (an adverb may stand
between: "se refirió en concreto a"), French "a fait référence à". Naming a topic only ("se
refirió a la resolución 1701") reports nothing (quotes.yaml "verbs_needing_complement").
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLES = {"fr": "Le chef de la mission en visite dans le nord\n\n",
          "es": "El jefe de la misión visita el norte\n\n"}


def speakers_of(language: str, text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(TITLES[language] + text + "\n", None).quotes]


@pytest.mark.parametrize(
    "language, text, says, speaker",
    [
        pytest.param("es", 'La comandante Lucía Varela se refirió a los ingenieros del batallón, que "abrieron el camino en pocas semanas".',
                     "abrieron el camino", "Lucía Varela", id="es-se-refirio-a"),
        pytest.param("es", 'El general Tomás Ibarra se refirió en concreto a los heridos de marzo, que "nunca abandonaron su puesto".',
                     "nunca abandonaron su puesto", "Tomás Ibarra", id="es-se-refirio-adverb-a"),
        pytest.param("es", 'La comandante Lucía Varela se ha referido a las patrullas nocturnas como "la mejor defensa del campamento".',
                     "la mejor defensa", "Lucía Varela", id="es-se-ha-referido"),
        pytest.param("fr", "Le général Marc Tessier a fait référence aux soldats blessés, qui « ont tenu la position toute la nuit ».",
                     "ont tenu la position", "Marc Tessier", id="fr-a-fait-reference-aux"),
    ],
)
def test_a_reference_with_the_words_said_reports_them(language, text, says, speaker):
    assert [s for s, sentence in speakers_of(language, text) if says in sentence] == [speaker]


@pytest.mark.parametrize(
    "language, text",
    [
        pytest.param("es", "La comandante Lucía Varela se refirió a la resolución 1701 durante la visita del lunes a la base.",
                     id="es-topic-only"),
        pytest.param("fr", "Le général Marc Tessier a fait référence à la résolution 2100 lors de sa visite à la base.",
                     id="fr-topic-only"),
    ],
)
def test_a_reference_to_a_topic_reports_nothing(language, text):
    assert speakers_of(language, text) == []

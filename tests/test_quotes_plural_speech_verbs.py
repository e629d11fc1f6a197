"""Quotes: the third person plural of a Spanish speech verb reports as the singular does ("los
ministros subrayan que", "las autoridades advirtieron que", "los participantes reafirmaron
que"), while a verb of two senses reports only with a clause or a quotation ("destacan que"
reports, "destacan por su disciplina" does not). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quoted_sentences(text: str) -> list[str]:
    return [q.sentence for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Los ministros reunidos en Londres subrayan que las misiones de paz necesitan más helicópteros.",
                     id="es-present-subrayan"),
        pytest.param("Los delegados advirtieron que las patrullas nocturnas seguirán suspendidas hasta junio.",
                     id="es-preterite-advirtieron"),
        pytest.param("Los participantes reafirmaron que la protección de los civiles es \"la prioridad de todas las misiones\".",
                     id="es-preterite-reafirmaron"),
        pytest.param("Los oficiales destacan que la patrulla \"cumplió su misión sin incidentes\".", id="es-destacan-que"),
    ],
)
def test_a_plural_speech_verb_reports(sentence):
    assert quoted_sentences(f"MADRID, 4 de mayo de 2019 (EFE) -- {sentence}") == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Los cascos azules uruguayos destacan por su disciplina en el Congo.", id="es-destacan-por"),
        pytest.param("El 2 de marzo concluyeron las obras del nuevo campamento de la misión.", id="es-concluyeron-obras"),
    ],
)
def test_a_plural_verb_of_another_sense_reports_nothing(sentence):
    assert quoted_sentences(f"MADRID, 4 de mayo de 2019 (EFE) -- {sentence}") == []

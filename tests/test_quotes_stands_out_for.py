"""Quotes: Spanish "destacar por" is to stand out for something ("el contingente destaca por
su disciplina"), not to highlight words: no speech, even with words in quotation marks or a
name after it; "destaca que" and "destaca por su parte que" (for his part) still report.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

LEAD = "MADRID - El general José Pérez visitó la base. "


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("El contingente destaca por su trabajo en «zonas de muy alto riesgo» del sur.", id="es-quoted-words"),
        pytest.param("Entre los cascos azules destaca por su experiencia el coronel Luis Gómez, que lleva diez años en Líbano.",
                     id="es-name-after"),
        pytest.param("Los ingenieros destacaron por su rapidez en «la reconstrucción de los puentes» tras las lluvias.",
                     id="es-plural-past"),
    ],
)
def test_standing_out_is_no_speech(sentence):
    assert quotes_of(LEAD + sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("El general José Pérez destaca que el contingente trabaja en zonas de alto riesgo.", id="es-destaca-que"),
        pytest.param("El general José Pérez destaca por su parte que el contingente trabaja en zonas de alto riesgo.",
                     id="es-for-his-part"),
    ],
)
def test_highlighting_still_reports(sentence):
    assert quotes_of("MADRID - " + sentence) == [("José Pérez", sentence)]

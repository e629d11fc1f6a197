"""Spanish "consultas" is a gathering of the Council or of parties ("consultas a puerta
cerrada", "consultas del Consejo", "celebró consultas con las comunidades"), but alone also a
clinic's visits ("atendió 300 consultas", "consultas médicas gratuitas"), which are no
meeting. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def kinds_of(sentence: str) -> list[str]:
    return [e.kind for e in extract(f"Noticias de paz\n\n15 de julio de 2024\n\n{sentence}\n", None).events]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("El hospital de campaña atendió 300 consultas el martes en Bunia.", id="clinic-count"),
        pytest.param("La clínica de la misión ofreció consultas médicas gratuitas el 10 de julio.", id="medical"),
    ],
)
def test_a_clinics_consultations_are_no_meeting(sentence):
    assert "meeting" not in kinds_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("El Consejo de Seguridad mantuvo consultas a puerta cerrada el martes sobre Haití.", id="closed-doors"),
        pytest.param("Rusia se sumó el martes a las consultas del Consejo de Seguridad.", id="council"),
    ],
)
def test_the_councils_consultations_are_a_meeting(sentence):
    assert "meeting" in kinds_of(sentence)

"""Quotes: a title of a body called by its common noun ("el secretario general de la
Organización") stands for the person holding it, not for the head of another body whose name
holds the first one's ("el presidente de la Asamblea General de Naciones Unidas"), whichever of
its names the article printed last for the body ("la ONU" after "Naciones Unidas"). Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLE = "Homenaje a los cascos azules caídos\n\n"


def speaker_of(text: str, says: str) -> list[str]:
    return [q.speaker for q in extract(TITLE + text, None).quotes if says in q.sentence]


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        pytest.param("Las Naciones Unidas rindieron homenaje a sus cascos azules.\n"
                     "Según un informe de la ONU, las misiones perdieron a 90 efectivos el año pasado.\n"
                     "El secretario general de la Organización, Pedro Alvarado, depositó una corona.\n"
                     "El presidente de la Asamblea General de Naciones Unidas, Juan Ortega, asistió a la ceremonia.\n"
                     "Más tarde, el secretario general de la Organización afirmó que las misiones necesitan más fondos.",
                     "necesitan más fondos", "Pedro Alvarado", id="es-title-after-report"),
        pytest.param("Naciones Unidas recordó este jueves a los soldados de paz muertos en servicio.\n"
                     "Según datos de la ONU, más de cien murieron el año pasado.\n"
                     "En un mensaje, el secretario general de la Organización, Marta Quiroga, recordó a las víctimas "
                     "y llamó a modernizar las misiones de paz.\n"
                     "Por su parte, el presidente de la Asamblea General de Naciones Unidas, Tomás Ibarra, visitó la sede.",
                     "modernizar las misiones", "Marta Quiroga", id="es-apposed-name-then-two-verbs"),
    ],
)
def test_title_of_the_body_is_its_holder_not_the_assembly_president(text, says, speaker):
    assert speaker_of(text, says) == [speaker]

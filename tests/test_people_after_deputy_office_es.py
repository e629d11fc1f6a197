"""A Spanish title that ends with "adjunto"/"adjunta" (the deputy of an office: "el secretario
general adjunto", "la directora adjunta") is a title like the French "adjoint": an office's
complement in title case after it and its connector ("de Operaciones de Paz") is the office's,
and the name after it is the person's, whole and alone. Every sentence is written for the
test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Bamako, 4 de mayo de 2022 - El secretario general adjunto de Operaciones de Paz Tomás Varela "
                     "visitó el campamento de Gao.", "Tomás Varela", id="sga-peace-operations"),
        pytest.param("Juba, 4 de mayo de 2022 - El secretario general adjunto de Asuntos Humanitarios Rodrigo Salas "
                     "llegó a la capital.", "Rodrigo Salas", id="sga-humanitarian-affairs"),
        pytest.param("Bangui, 4 de mayo de 2022 - La directora adjunta de Asuntos Civiles Marta Quiroga "
                     "se reunió con los jefes locales.", "Marta Quiroga", id="deputy-director-civil-affairs"),
    ],
)
def test_the_person_after_a_deputy_office_is_found_alone(text, person):
    assert person in _people(text)
    assert not any(person in body for body in _bodies(text))

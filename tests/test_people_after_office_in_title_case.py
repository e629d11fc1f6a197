"""A person named right after an office whose complement is printed in title case after a
lowercase title and its connector ("el jefe de Asuntos Humanitarios Juan Pérez", "el director
de Operaciones de Paz José Pérez", "the Assistant Secretary-General for Humanitarian Affairs
Jane Doe") is named without the office's words: the dictionary words
opening the capitalised run are the office's. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.id for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Quito, 4 de mayo de 2019 - El jefe de Asuntos Humanitarios Luis Andrade llegó a Bangui.",
                     "luis-andrade", id="es-jefe-two-words"),
        pytest.param("Quito, 4 de mayo de 2019 - La directora de Operaciones de Paz Ana Cordero llegó a Goma.",
                     "ana-cordero", id="es-directora-with-de"),
        pytest.param("Quito, 4 de mayo de 2019 - El coordinador de Asuntos Civiles Pablo Ibarra visitó Juba.",
                     "pablo-ibarra", id="es-coordinador"),
        pytest.param("Geneva, 4 May 2019 - The Assistant Secretary-General for Humanitarian Affairs Mark Tilden "
                     "arrived in Goma.", "mark-tilden", id="en-title-for-two-words"),
    ],
)
def test_a_name_after_an_office_in_title_case_leaves_the_office_out(text, person):
    assert person in _people(text)


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Quito, 4 de mayo de 2019 - Una carta del capitán Luis Andrade llegó a la base.", "luis-andrade",
                     id="es-plain-name-after-de"),
    ],
)
def test_a_plain_name_after_a_connector_stays_whole(text, person):
    assert person in _people(text)

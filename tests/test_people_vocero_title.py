"""People: the Spanish "vocero" and "vocera" (spokesman, spokeswoman; Latin American usage of
"portavoz") are titles before a name, capitalised or not ("El Vocero Juan Kamau", "Vocera Ana
Kamau dijo..."): stripped from the name as "portavoz" is (vocabulary titles). Every sentence
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "sentence, person",
    [
        pytest.param("El Vocero Juan Kamau afirmó que no hubo heridos en la base de Jacmel.", "Juan Kamau", id="es-capitalised-vocero"),
        pytest.param("Vocera Ana Kamau informó que la carretera de Jacmel sigue cerrada.", "Ana Kamau", id="es-opening-vocera"),
        pytest.param("La carretera de Jacmel sigue cerrada, dijo el Vocero Juan Kamau.", "Juan Kamau", id="es-inverted-vocero"),
    ],
)
def test_vocero_is_a_title_before_a_name(sentence, person):
    extraction = extract(sentence, None)
    people = sorted(f.name for f in extraction.entities.values() if f.kind == "person")
    assert people == [person], people
    assert [q.speaker for q in extraction.quotes] == [person], extraction.quotes

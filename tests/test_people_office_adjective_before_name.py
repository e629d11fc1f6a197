"""A capitalised adjective closing an office's or a body's name printed right before a person's
name ("el ministro de la Defensa Nacional Juan Pérez", "le ministre de la Défense Nationale
Jean Dupont", "el jefe del Estado Mayor Conjunto Ana Ruiz") belongs to the office, not to the
name: the person is named from the given name on (tests/corpus/README.md: full names, no
titles). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def _people(sentence: str, language: str) -> set[str]:
    return {f.name for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Asistió el ministro de la Defensa Nacional Juan Pérez a la ceremonia de despedida.", "es",
                     {"Juan Pérez"}, id="es-defensa-nacional"),
        pytest.param("Llegó el lunes el jefe del Estado Mayor Conjunto Ana Ruiz Soto a la base.", "es",
                     {"Ana Ruiz Soto"}, id="es-estado-mayor-conjunto"),
        pytest.param("Le ministre de la Défense Nationale Jean Dupont était présent à la cérémonie.", "fr",
                     {"Jean Dupont"}, id="fr-defense-nationale"),
        pytest.param("The Minister of Defence Acting John Smith attended the parade on Monday.", "en",
                     {"John Smith"}, id="en-acting"),
    ],
)
def test_office_adjective_is_no_name_word(sentence, language, expected):
    assert _people(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # guard: after a title the capitalised word opens the name ("Rose Mary")
        pytest.param("Senator Rose Mary Smith attended the parade on Monday.", "en",
                     {"Rose Mary Smith"}, id="en-title-then-two-given-names"),
        # guard: two given names open the name, the first an everyday word too
        pytest.param("El embajador Santos Juan Ruiz visitó a los cascos azules.", "es",
                     {"Santos Juan Ruiz"}, id="es-given-given"),
        # guard: an everyday word that is no adjective, after a body's name, opens the name
        pytest.param("The head of the Federal Police Hope Mary Ross visited the troops.", "en",
                     {"Hope Mary Ross"}, id="en-noun-given-name"),
        # guard: a name after a body's name and a comma stays whole
        pytest.param("Habló el director de la Policía Nacional, Juan Pérez, ante la prensa.", "es",
                     {"Juan Pérez"}, id="es-comma"),
    ],
)
def test_guards(sentence, language, expected):
    assert _people(sentence, language) == expected

"""A generational suffix printed after a person's family name ("Col. Fidel R. Tan Jr.", "el
coronel Juan Pérez Jr.", "John Smith Sr") is the name's last word: the person named in full
(tests/corpus/README.md: full names, no titles), a father and a son of one name told apart.
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def _people(sentence: str, language: str) -> set[str]:
    return {f.name for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The contingent was led by its commander, Col. Fidel R. Tan Jr., until June.", "en",
                     {"Fidel R. Tan Jr."}, id="en-jr-dot-comma"),
        pytest.param("The engineers were led by Lt. Col. Mark Benson Sr on their second tour.", "en",
                     {"Mark Benson Sr"}, id="en-sr-no-dot"),
        pytest.param("El contingente fue encabezado por el coronel Juan Pérez Jr., informó el Ejército.", "es",
                     {"Juan Pérez Jr."}, id="es-jr"),
        pytest.param("Le contingent était dirigé par le colonel John Smith Jr. depuis mars.", "fr",
                     {"John Smith Jr."}, id="fr-jr"),
    ],
)
def test_suffix_is_the_names_last_word(sentence, language, expected):
    assert _people(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # guard: a suffix-like word before another capitalised word is no suffix of the name
        pytest.param("Sgt. Jane Doe said the Jr Officers course ended on Friday.", "en",
                     {"Jane Doe"}, id="en-jr-before-capital"),
        # guard: a name with no suffix stays as printed
        pytest.param("The contingent was led by Col. Fidel R. Tan, its commander.", "en",
                     {"Fidel R. Tan"}, id="en-no-suffix"),
    ],
)
def test_guards(sentence, language, expected):
    assert _people(sentence, language) == expected

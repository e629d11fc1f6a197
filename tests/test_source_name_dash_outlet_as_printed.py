"""A lead opened by a name or a place, a dash and words spelled like an outlet's name closed by
a colon credits that outlet only where the words are printed as its name: "Sécurité – Le point :
..." (the state of things), "Goma – El tiempo: ..." (the weather) are the text's own words, not
Le Point or El Tiempo; "Sécurité – Le Point : ..." still credits. Every text is invented for the
tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

DAY = {"en": "March 3, 2024", "fr": "3 mars 2024", "es": "3 de marzo de 2024"}


def _source(language: str, opening: str) -> str:
    text = "\n".join([_HEAD[language], DAY[language], opening + _LEAD[language], _MORE[language]])
    return extract(text).fields["source"]


@pytest.mark.parametrize(("language", "opening"), [
    pytest.param("fr", "Sécurité – Le point : ", id="fr-name"),
    pytest.param("fr", "Kidal – Le point : ", id="fr-place"),
    pytest.param("es", "Goma – El tiempo: ", id="es-place"),
    pytest.param("es", "Seguridad – El mundo: ", id="es-name"),
])
def test_words_in_lower_case_credit_no_outlet(language, opening):
    assert _source(language, opening) == ""


@pytest.mark.parametrize(("language", "opening", "source"), [
    # (must not change) the outlet's name with its capitals
    pytest.param("fr", "Sécurité – Le Point : ", "Le Point", id="fr-name"),
    pytest.param("es", "Goma – El Tiempo: ", "El Tiempo", id="es-place"),
])
def test_the_outlets_name_as_printed_still_credits(language, opening, source):
    assert _source(language, opening) == source

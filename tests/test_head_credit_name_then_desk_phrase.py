"""A wire story's closing credit whose names stand bare or before the desk they wrote for
("(Jeanne Rivière; Paul Martel pour le service français)", "(Jane Roe; John Doe for the
English service)"): every name is a writer of the page (the translator's text is theirs, as
"version française Paul Martel" already reads), not a person of the story. A bracket of bare
names with no phrase at all is no credit.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.segment import closing_credit
from newsdossier.extract import extract

DAY = {"en": "March 3, 2024", "fr": "3 mars 2024", "es": "3 de marzo de 2024"}


@pytest.mark.parametrize(("language", "credit", "writers"), [
    pytest.param("fr", "(Jeanne Rivière; Paul Martel pour le service français)", ["Jeanne Rivière", "Paul Martel"], id="fr"),
    pytest.param("fr", "(Jeanne Rivière et Luc Arnaud; Paul Martel pour le service français, édité par Anne Morel)",
                 ["Jeanne Rivière", "Luc Arnaud", "Paul Martel"], id="fr-two-and-editor"),
    pytest.param("en", "(Jane Roe; John Doe for the English service)", ["Jane Roe", "John Doe"], id="en"),
    pytest.param("es", "(Juana Ríos; Pablo Marín para el servicio en español)", ["Juana Ríos", "Pablo Marín"], id="es"),
])
def test_names_before_a_desk_phrase_are_writers(language, credit, writers):
    assert closing_credit(credit) == writers
    text = "\n".join([_HEAD[language], DAY[language], _LEAD[language], _MORE[language], credit])
    assert extract(text).fields["authors"] == writers


@pytest.mark.parametrize("bracket", [
    # (must not change) bare names with no writer's, editor's or desk phrase: no credit
    pytest.param("(Jeanne Rivière; Paul Martel)", id="bare-names"),
    pytest.param("(Jeanne Rivière pour le moment)", id="other-words"),
])
def test_a_bracket_without_a_phrase_is_no_credit(bracket):
    assert closing_credit(bracket) is None

"""An outlet named after an inverted word of reporting in the lead, with the day of the report
between the verb and the name ("C'est ce qu'a rapporté ce mardi l'AFP", "informó este lunes
EFE", "..., a indiqué hier l'AFP"): the story is that outlet's report, as it is with no day
between ("C'est ce qu'a rapporté l'AFP"). A day with no word of reporting before it credits
nothing.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, MORE as _MORE
from newsdossier.extract import extract

DAY = {"en": "March 3, 2024", "fr": "3 mars 2024", "es": "3 de marzo de 2024"}
FIRST = {"fr": "Trois soldats de la paix ont été blessés dans le sud du pays.",
         "es": "Tres soldados de paz resultaron heridos en el sur del país."}


def _source(language: str, second: str) -> str:
    text = "\n".join([_HEAD[language], DAY[language], FIRST[language] + " " + second, _MORE[language]])
    return extract(text).fields["source"]


@pytest.mark.parametrize(("language", "second", "source"), [
    pytest.param("fr", "C'est ce qu'a rapporté ce mardi l'AFP, citant la mission.", "Agence France-Presse", id="fr-ce-mardi"),
    pytest.param("fr", "C'est ce que rapporte lundi l'Agence France-Presse.", "Agence France-Presse", id="fr-weekday"),
    pytest.param("fr", "C'est ce qu'a rapporté hier Reuters.", "Reuters", id="fr-hier"),
    pytest.param("es", "Así lo informó este lunes EFE, citando a la misión.", "Agencia EFE", id="es-este-lunes"),
])
def test_a_day_between_the_verb_and_the_outlet(language, second, source):
    assert _source(language, second) == source


@pytest.mark.parametrize(("language", "second"), [
    # (must not change) a day, then an outlet, with no word of reporting before the day
    pytest.param("fr", "La mission a publié ce mardi un bilan, que l'AFP n'a pas pu vérifier.", id="fr-no-verb"),
])
def test_no_reporting_word_credits_nothing(language, second):
    assert _source(language, second) == ""

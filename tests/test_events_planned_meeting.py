"""Events: a meeting told as planned with an infinitive or a subjunctive after a phrase of
plan or duty ("doit se réunir lundi", "devraient se réunir", "está previsto que se reúna el
lunes", "tienen previsto reunirse") is found, marked announced, on the weekday ahead. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2024, 4, 12)  # a Friday: the Wednesday after is the 17th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Les deux délégations doivent se réunir mercredi à Niamey.", "fr", id="fr-doivent"),
        pytest.param("Les chefs d'état-major devraient se réunir mercredi à Niamey.", "fr", id="fr-devraient"),
        pytest.param("Está previsto que las dos delegaciones se reúnan el miércoles en Quito.", "es", id="es-esta-previsto"),
        pytest.param("Se espera que la comisión se reúna el miércoles en Quito.", "es", id="es-se-espera"),
        pytest.param("Las dos delegaciones tienen previsto reunirse el miércoles en Quito.", "es", id="es-reunirse"),
    ],
)
def test_a_planned_meeting_is_announced(sentence, language):
    assert [(e.kind, e.date, e.announced) for e in body_events(sentence, language, ANCHOR)] == [
        ("meeting", "2024-04-17", True)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Este miércoles está previsto que se aborde el informe sobre Sudán en la Asamblea.", "es", id="es-se-aborde"),
        pytest.param("El informe sobre Sudán se abordará el miércoles en la comisión.", "es", id="es-se-abordara"),
        pytest.param("L'Assemblée examinera mercredi le rapport sur le Soudan.", "fr", id="fr-examinera"),
        pytest.param("The Assembly will discuss the report on Sudan on Wednesday.", "en", id="en-will-discuss"),
    ],
)
def test_a_matter_put_before_a_body_is_a_planned_meeting(sentence, language):
    assert [(e.kind, e.date, e.announced) for e in body_events(sentence, language, ANCHOR)] == [
        ("meeting", "2024-04-17", True)]


def test_a_matter_to_be_taken_up_with_no_day_is_no_event():
    assert body_events("El ministro dijo que se abordará la reforma.", "es", ANCHOR) == []

"""Events: a past participle after the main event word, describing the noun before it ("the
force deployed last year", "la force déployée l'an dernier", "la fuerza desplegada el año
pasado"), dated by a period named relative to the article's right after it, tells a happening
of its own on that period, apart from the main clause's day. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 4, 19)  # a Friday


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("On Friday, rebels attacked the camp of the force deployed last year.", "en",
                     [("attack", "2024-04-19"), ("deployment", "2023")], id="en"),
        pytest.param("On Friday, the battalion handed over its hilltop post to the gendarmerie as part of a pullout "
                     "agreed with the government last year.", "en",
                     [("rotation", "2024-04-19"), ("agreement", "2023")], id="en-agreed"),
        pytest.param("Vendredi, des rebelles ont attaqué le camp de la force déployée l'an dernier.", "fr",
                     [("attack", "2024-04-19"), ("deployment", "2023")], id="fr"),
        pytest.param("El viernes, rebeldes atacaron el campamento de la fuerza desplegada el año pasado.", "es",
                     [("attack", "2024-04-19"), ("deployment", "2023")], id="es"),
    ],
)
def test_a_participle_with_its_own_relative_period_is_a_happening_of_that_period(sentence, language, expected):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # no period of its own: the participle tells no dated happening
        pytest.param("On Friday, rebels attacked the camp of the force deployed there.", "en", [("attack", "2024-04-19")],
                     id="en-no-period"),
        # the period before the main word is the main happening's
        pytest.param("Last year, rebels attacked the camp of the force deployed in the north.", "en", [("attack", "2023")],
                     id="en-period-first"),
    ],
)
def test_a_participle_without_a_period_of_its_own_dates_nothing(sentence, language, expected):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == expected

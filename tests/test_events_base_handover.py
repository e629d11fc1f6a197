"""Events: a mission handing one of its bases to the forces that stay ("a transmis sa base de
Bunyakiri aux forces armées", "a rétrocédé le camp", "entregó su base al ejército", "transferred
its base to the army"), or the charge of a place ("transferred responsibility for the post", "a
transféré la responsabilité", "transfirió la responsabilidad"), tells a hand-over on the day the
sentence gives, as "handed over" does. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 4, 19)  # a Friday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On Friday, the mission transferred its base near the lake to the national army.", "en", id="en"),
        pytest.param("Ce vendredi, elle a transmis sa base du lac aux forces armées nationales.", "fr", id="fr-transmis"),
        pytest.param("Vendredi, la mission a remis la base du lac à l'armée nationale.", "fr", id="fr-remis"),
        pytest.param("Vendredi, la force a rétrocédé le camp du lac à l'armée nationale.", "fr", id="fr-retrocede"),
        pytest.param("El viernes, la misión entregó su base del lago al ejército nacional.", "es", id="es"),
    ],
)
def test_a_base_handed_to_the_army_is_a_hand_over_of_that_day(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("rotation", "2024-04-19")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On Friday, the battalion transferred responsibility for its hilltop post to the national gendarmerie.",
                     "en", id="en-responsibility"),
        pytest.param("On Friday, the battalion transferred control of its hilltop post to the national gendarmerie.",
                     "en", id="en-control"),
        pytest.param("Vendredi, le bataillon a transféré la responsabilité de son poste de la colline à la gendarmerie.",
                     "fr", id="fr-responsabilite"),
        pytest.param("El viernes, el batallón transfirió la responsabilidad de su puesto de la colina a la gendarmería.",
                     "es", id="es-responsabilidad"),
        pytest.param("Peacekeepers on Friday transferred responsibility and equipment at the hilltop post to the "
                     "gendarmerie as part of a pullout.", "en", id="en-and-equipment"),
    ],
)
def test_the_charge_of_a_place_transferred_is_a_hand_over_of_that_day(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("rotation", "2024-04-19")]

"""Events: talks named "pourparlers" or "negotiations" are a meeting, and "ont repris" with
no object tells talks resumed, no capture; a renewal told with the mission as its object
("decidió renovar la misión", "voted to renew the mission") or with "alargar el mandato" is a
vote on the mandate. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2024, 4, 12)  # a Friday: the Tuesday before is the 9th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Les pourparlers entre les deux camps ont repris mardi à Genève.", "fr", id="fr-pourparlers"),
        pytest.param("Negotiations between the two camps resumed on Tuesday in Geneva.", "en", id="en-negotiations"),
    ],
)
def test_talks_are_a_meeting(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("meeting", "2024-04-09")]


def test_a_town_taken_back_is_still_a_capture():
    assert [(e.kind, e.date) for e in body_events("Les insurgés ont repris le village mardi.", "fr", ANCHOR)] == [
        ("conflict", "2024-04-09")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El Consejo decidió el martes renovar la misión de observadores por un año.", "es", id="es-renovar-la-mision"),
        pytest.param("El Consejo aprobó el martes alargar el mandato de la fuerza.", "es", id="es-alargar-el-mandato"),
        pytest.param("The Council voted on Tuesday to renew the mission for another year.", "en", id="en-renew-the-mission"),
        pytest.param("Le Conseil a décidé mardi de prolonger la mission jusqu'en 2025.", "fr", id="fr-prolonger-la-mission"),
    ],
)
def test_a_mission_renewed_is_a_vote(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("adoption", "2024-04-09")]

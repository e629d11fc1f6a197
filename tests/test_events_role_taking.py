"""Events: a person said to take an office ahead ("From 28 December, Jane Doe will be head of
the mission", "À partir du 28 décembre, elle sera cheffe de la mission", "A partir del 28 de
diciembre, será jefa de la misión", "Kể từ ngày 28/12, bà sẽ là trưởng phái bộ") is an
appointment planned on the day its term starts, in every language alike: "à partir du", "a
partir del", "kể từ" open the term of the office, not a bare span. A provision from a day and
an office held since a day stay no happening. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("From 28 December, Jane Doe will be head of the mission.", "en", id="en-from"),
        pytest.param("À partir du 28 décembre, Jane Doe sera cheffe de la mission.", "fr", id="fr-a-partir-du"),
        pytest.param("A partir del 28 de diciembre, Jane Doe será jefa de la misión.", "es", id="es-a-partir-del"),
        pytest.param("Kể từ ngày 28/12, bà Jane Doe sẽ là trưởng phái bộ.", "vi", id="vi-ke-tu"),
        pytest.param("Jane Doe prendra ses fonctions de cheffe de la mission le 28 décembre.", "fr", id="fr-prendra-ses-fonctions"),
        pytest.param("Jane Doe will take up her post as head of the mission on 28 December.", "en", id="en-take-up-post"),
    ],
)
def test_an_office_taken_ahead_is_an_appointment_on_its_first_day(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.kind, e.date, e.announced) for e in events] == [("appointment", "2023-12-28", True)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("À partir du 1er mars, les effectifs de la mission devront être réduits.", "fr", id="fr-provision"),
        pytest.param("Jane Doe has been head of the mission since 28 December.", "en", id="en-since"),
        pytest.param("It will be his first time in the region, the ministry said on Monday.", "en", id="en-will-be-his"),
    ],
)
def test_no_appointment_without_an_office_taken_ahead(sentence, language):
    assert all(e.kind != "appointment" for e in body_events(sentence, language, ANCHOR))

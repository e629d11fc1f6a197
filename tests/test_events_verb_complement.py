"""Events: an event noun attached to the main verb as what the going is for ("will arrive in
Lima on a visit on Monday", "arrivera à Lima pour une visite lundi") tells the verb's own
happening, so the day nearer the noun still dates it. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday


def dated(sentence: str, language: str) -> list[tuple[str, bool]]:
    return sorted((e.date, e.announced) for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The minister will arrive in Lima on a visit on Monday.", "en", "2019-04-15", id="en-on"),
        pytest.param("The minister will arrive in Lima on a three-day visit today.", "en", "2019-04-14", id="en-today"),
        pytest.param("The envoy will arrive in Quito for an official visit on Tuesday.", "en", "2019-04-16", id="en-for"),
        pytest.param("Le ministre arrivera à Lima pour une visite de trois jours lundi.", "fr", "2019-04-15", id="fr"),
        pytest.param("El ministro llegará a Lima en visita oficial el lunes.", "es", "2019-04-15", id="es"),
    ],
)
def test_a_visit_named_as_the_purpose_of_an_arrival_leaves_the_day_to_the_arrival(sentence, language, expected):
    assert dated(sentence, language) == [(expected, True)]

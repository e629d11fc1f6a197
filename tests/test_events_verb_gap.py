"""Events: a weekday or a length of time standing between a renewal verb and its object
("renewed on Thursday for a year the mandate", "a renouvelé jeudi pour un an la mission",
"renovó este jueves por un año el mandato") keeps the phrase whole: the vote is found on that
day. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2024, 4, 12)  # a Friday: the Wednesday before is the 10th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The Council renewed on Wednesday for six months the mandate of the observers.", "en", id="en-day-and-length"),
        pytest.param("The Council extended, on Wednesday, the mandate of its observers.", "en", id="en-day-in-commas"),
        pytest.param("Le Conseil a prorogé mercredi pour six mois le mandat des observateurs.", "fr", id="fr-day-and-length"),
        pytest.param("Le Conseil a renouvelé mercredi la mission des observateurs.", "fr", id="fr-day"),
        pytest.param("El Consejo prorrogó este miércoles por seis meses el mandato de los observadores.", "es", id="es-day-and-length"),
        pytest.param("El Consejo renovó el miércoles la misión de observadores.", "es", id="es-day"),
    ],
)
def test_a_day_inside_a_renewal_keeps_the_vote(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("adoption", "2024-04-10")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The Council renewed on Wednesday its call for calm.", "en", id="en-other-object"),
        pytest.param("Le Conseil a renouvelé mercredi son appel au calme.", "fr", id="fr-other-object"),
    ],
)
def test_a_renewed_call_is_no_vote(sentence, language):
    assert "adoption" not in [e.kind for e in body_events(sentence, language, ANCHOR)]

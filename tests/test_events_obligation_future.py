"""Events: a present of obligation ("debe asumir el mando en agosto", "doit prendre ses fonctions
en août", "is to take over in August") speaks of what is to come, so a month named alone is the
coming one and the happening is planned, not the last such month. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2018, 6, 28)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El nuevo comandante de la fuerza debe asumir el mando en agosto.", "es", id="es"),
        pytest.param("Los nuevos observadores deben llegar a la base en agosto.", "es", id="es-plural"),
        pytest.param("Le nouveau commandant de la force doit prendre ses fonctions en août.", "fr", id="fr"),
        pytest.param("The new force commander is to take over in August.", "en", id="en"),
    ],
)
def test_a_month_after_an_obligation_of_the_present_is_the_coming_one(sentence, language):
    found = [(e.date, e.announced) for e in body_events(sentence, language, ANCHOR)]
    assert found and all(f == ("2018-08", True) for f in found), found


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El comandante asumió el mando en agosto.", "es", id="es-past"),
        pytest.param("Le commandant a pris ses fonctions en août.", "fr", id="fr-past"),
    ],
)
def test_a_month_told_in_the_past_stays_the_last_one(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2017-08"]

"""Events: a lead opening on the day of its telling, named by its weekday ("On Thursday, the
ministry said ...", "Ce jeudi 16 mai, le ministère a indiqué ..."), tells a happening of
before that day when the clause told is in the past before the past ("had been killed",
"avaient été tués", "habían muerto"): the telling's day is not the happening's, as for a
fronted date alone (test_events_fronted_telling_anterior). A clause in the plain past keeps
the telling's day as its latest. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 5, 17)  # a Friday, the day after the telling (Thursday the 16th)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On Thursday, the ministry said two soldiers had been killed in an ambush near the border.", "en",
                     id="en-weekday"),
        pytest.param("On Thursday, May 16, the ministry said two soldiers had been killed in an ambush.", "en",
                     id="en-weekday-date"),
        pytest.param("Jeudi, le ministère a indiqué que deux soldats avaient été tués dans une embuscade.", "fr",
                     id="fr-weekday"),
        pytest.param("Ce jeudi 16 mai, le ministère a indiqué que deux soldats avaient été tués dans une embuscade.", "fr",
                     id="fr-weekday-date"),
        pytest.param("Este jueves, el ministerio informó que dos soldados habían muerto en una emboscada.", "es",
                     id="es-weekday"),
        pytest.param("El jueves 16 de mayo, el ministerio informó que dos soldados habían muerto en una emboscada.", "es",
                     id="es-weekday-date"),
    ],
)
def test_a_happening_before_a_fronted_weekday_telling_is_not_dated_on_it(sentence, language):
    dates = [e.date for e in body_events(sentence, language, ANCHOR, lead=True)]
    assert not any(d >= "2024-05-16" for d in dates), dates


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On Thursday, the ministry said two soldiers were killed in an ambush near the border.", "en",
                     id="en-past"),
        pytest.param("Ce jeudi 16 mai, le ministère a indiqué que deux soldats ont été tués dans une embuscade.", "fr",
                     id="fr-perfect"),
    ],
)
def test_a_happening_in_the_plain_past_keeps_the_telling_day(sentence, language):
    dates = [e.date for e in body_events(sentence, language, ANCHOR, lead=True)]
    assert dates == ["2024-05-16"]

"""Events: "this same weekend", "ce même week-end", "este mismo fin de semana" name the
weekend as "this weekend" does: the Saturday and Sunday of the article's week, told as past.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 17)  # a Wednesday: the weekend before is the 13th and 14th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("This same weekend, gunmen attacked a patrol near the border.", "en", id="en"),
        pytest.param("Ce même week-end, des hommes armés ont attaqué une patrouille près de la frontière.", "fr", id="fr"),
        pytest.param("Este mismo fin de semana, hombres armados atacaron una patrulla cerca de la frontera.", "es", id="es"),
    ],
)
def test_the_same_weekend_is_the_weekend(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2019-04-13/2019-04-14"]

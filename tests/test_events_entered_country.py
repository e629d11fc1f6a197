"""Events: troops entering the country of the mission ("entered the country on 6 August",
"ingresaron al país el 6 de agosto", "sont entrés dans le pays", "đã nhập cảnh") arrive: a
dated happening, also in a relative clause after another arrival of its own day. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2025, 8, 15)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The 150 soldiers entered the country on 6 August after a week in Entebbe.", "en", id="en"),
        pytest.param("Los 150 soldados ingresaron al país el 6 de agosto tras una semana en Entebbe.", "es", id="es"),
        pytest.param("Les 150 soldats sont entrés dans le pays le 6 août après une semaine à Entebbe.", "fr", id="fr"),
        pytest.param("Ngày 6/8, 150 quân nhân đã nhập cảnh sau một tuần ở Entebbe.", "vi", id="vi"),
    ],
)
def test_entering_the_country_is_a_dated_arrival(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("deployment", "2025-08-06")]


def test_entering_in_a_relative_clause_is_a_second_arrival():
    sentence = ("Un primer grupo llegó a Montevideo el pasado 4 de julio y en su lugar viajaron otros 150 soldados "
                "para el relevo, que ingresaron al país el 6 de agosto.")
    assert sorted(e.date for e in body_events(sentence, "es", ANCHOR)) == ["2025-07-04", "2025-08-06"]

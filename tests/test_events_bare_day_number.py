"""Events: a day named by its number alone ("el pasado día 29", "el día 29", "ngày 29 vừa
qua", "ngày 5 tới") is the last such day up to the article's, or the next one when the phrase
looks ahead; "el día 3 del viaje" (the third day of a trip) is no day of a month. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Los cascos azules fueron atacados el pasado día 29 cerca de Gao.", "es", "2023-04-29", id="es-pasado-dia"),
        pytest.param("Los cascos azules fueron atacados el día 29 cerca de Gao.", "es", "2023-04-29", id="es-dia"),
        pytest.param("Los cascos azules fueron atacados el pasado 30 cerca de Gao.", "es", "2023-04-30", id="es-pasado"),
        pytest.param("Đoàn xe của phái bộ bị tấn công gần Gao ngày 29 vừa qua.", "vi", "2023-04-29", id="vi-vua-qua"),
        pytest.param("Bộ trưởng sẽ thăm Gao vào ngày 5 tới.", "vi", "2023-05-05", id="vi-toi"),
    ],
)
def test_a_day_number_alone_dates_the_happening_in_the_month_in_reach(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == [expected]


def test_a_day_counted_in_something_else_is_no_date():
    events = body_events("El convoy recorrió el día 3 del viaje sin incidentes.", "es", ANCHOR)
    assert all(e.date != "2023-05-03" and e.date != "2023-04-03" for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Los cascos azules llegaron a la ciudad en el día 3 tras el terremoto.", id="es-tras"),
        pytest.param("La ayuda llegó el día 5 después del ataque contra el campamento.", id="es-despues"),
    ],
)
def test_a_day_counted_from_a_happening_is_no_date(sentence):
    from newsdossier.dates import bare_day
    assert bare_day(sentence, ANCHOR, "es") is None

"""Events: a lead that counts the time since its happening, the state it left lasting ("Trở về
nước được gần 4 tháng, chị vẫn nhớ ...", "Lleva cuatro meses de regreso en el país") tells no news
of the article's day, and does not take its date. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2021, 8, 28)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Trở về nước được gần 4 tháng, chị vẫn nhớ những chuyến tuần tra ở phái bộ.", "vi", id="vi-gan"),
        pytest.param("Về nước đã được hơn hai tháng, anh vẫn nhớ đồng đội ở Abyei.", "vi", id="vi-da-duoc"),
        pytest.param("Lleva casi cuatro meses de regreso en el país y aún recuerda las patrullas.", "es", id="es-lleva"),
    ],
)
def test_time_counted_since_the_happening_is_not_the_article_s_day(sentence, language):
    assert not {"2021-08-28", "2021-08"} & {e.date for e in body_events(sentence, language, ANCHOR, lead=True)}


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("Đơn vị đã về nước an toàn.", "vi", "2021-08-28", id="vi-plain"),
        pytest.param("Hôm qua, đơn vị đã về nước.", "vi", "2021-08-27", id="vi-yesterday"),
    ],
)
def test_a_lead_without_such_a_count_keeps_its_day(sentence, language, date):
    assert [e.date for e in body_events(sentence, language, ANCHOR, lead=True)] == [date]

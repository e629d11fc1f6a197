"""Events: a planned happening told first for a month ("next month", "el próximo mes", "vào đầu
tháng 10 tới") and later for a day of that month ("on 3 June", "el 3 de junio", "vào
3/6/2023") is one event, on that day; past happenings of one month stay apart. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2023, 5, 20)


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["Campuchia sẽ cử 200 binh sỹ sang Liban vào đầu tháng 6 tới.",
                      "Theo kế hoạch, các binh sỹ sẽ lên đường sang Liban vào ngày 3/6/2023."], "vi", id="vi"),
        pytest.param(["Camboya enviará 200 soldados al Líbano el próximo mes.",
                      "Según el plan, los soldados partirán hacia el Líbano el 3 de junio de 2023."], "es", id="es"),
        pytest.param(["Cambodia will send 200 troops to Lebanon next month.",
                      "Under the plan, the troops will leave for Lebanon on 3 June 2023."], "en", id="en"),
    ],
)
def test_a_planned_months_happening_given_its_day_later_is_one(sentences, language):
    assert [e.date for e in article_events(sentences, language, ANCHOR)] == ["2023-06-03"]


def test_past_happenings_of_a_month_stay_apart():
    sentences = ["Rebels attacked a UN base near Gao in April.", "Rebels attacked another convoy near Gao on 3 April 2023."]
    assert len(article_events(sentences, "en", ANCHOR)) == 2

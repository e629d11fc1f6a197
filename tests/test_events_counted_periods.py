"""Dates: a period named after a number word ("trong vòng sáu tháng tới": within the six
months to come) is a count of periods, not "next month"; "vào tháng tới" alone still is.
Vietnamese has the form; English, French and Spanish put the number after ("the next six
months", "les six prochains mois", "los próximos seis meses"), which no period phrase
matches. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import relative_period, relative_spans
from newsdossier.datevalue import PartialDate

ANCHOR = PartialDate(2023, 6, 9)


@pytest.mark.parametrize(
    "text, language",
    [
        pytest.param("Các đơn vị sẽ được rút dần trong vòng sáu tháng tới.", "vi", id="vi-sau-thang-toi"),
        pytest.param("Phái bộ sẽ hoàn tất việc rút quân trong ba năm tới.", "vi", id="vi-ba-nam-toi"),
        pytest.param("Các cuộc tuần tra sẽ tăng cường trong hai tuần tới.", "vi", id="vi-hai-tuan-toi"),
        pytest.param("The units will be withdrawn over the next six months.", "en", id="en-next-six-months"),
        pytest.param("Les unités seront retirées dans les six prochains mois.", "fr", id="fr-six-prochains-mois"),
    ],
)
def test_a_counted_period_is_no_relative_date(text, language):
    assert relative_period(text, ANCHOR, language) is None
    assert relative_spans(text, language) == []


@pytest.mark.parametrize(
    "text, language, expected",
    [
        pytest.param("Phái bộ sẽ rút khỏi thủ đô vào tháng tới.", "vi", PartialDate(2023, 7), id="vi-thang-toi"),
        pytest.param("Phái bộ đã rút khỏi thủ đô năm ngoái.", "vi", PartialDate(2022), id="vi-nam-ngoai"),
        pytest.param("The mission will leave the capital next month.", "en", PartialDate(2023, 7), id="en-next-month"),
    ],
)
def test_one_period_is_still_a_relative_date(text, language, expected):
    assert relative_period(text, ANCHOR, language) == (expected, None)

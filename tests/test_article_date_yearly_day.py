"""A day the lead names as one coming back every year ("marked on 12 June each year", "le 12
juin de chaque année", "cada 12 de junio", "ngày 12/6 hằng năm") is a day of the calendar, not
the day of the news: it does not date the article. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("Harbour Day, marked on 12 June each year, honours the pilots who guide ships into the "
                     "port, and this time the board wants a bigger parade.", id="en-each-year"),
        pytest.param("La fête du port, célébrée le 12 juin de chaque année, rend hommage aux pilotes qui "
                     "guident les navires, et la capitainerie veut un plus grand défilé.", id="fr-chaque-annee"),
        pytest.param("El Día del Puerto, que se celebra cada 12 de junio, rinde homenaje a los prácticos que "
                     "guían a los barcos, y la autoridad portuaria quiere un desfile mayor.", id="es-cada"),
        pytest.param("Ngày Cảng biển, được tổ chức vào ngày 12/6 hằng năm, tôn vinh những hoa tiêu dẫn tàu vào "
                     "cảng, và ban quản lý muốn tổ chức một cuộc diễu hành lớn hơn.", id="vi-hang-nam"),
    ],
)
def test_yearly_day_in_the_lead_does_not_date_the_article(lead):
    text = "Harbour Day\n\n" + lead + "\n\nThe parade goes along the quay.\n"
    assert extract(text).fields["date"] == ""


def test_day_of_the_news_in_the_lead_still_dates_it():
    # (must not change) a day of a happening the lead tells
    text = ("Harbour Day\n\nThe harbour board held its first parade on 12 June along the quay, honouring the "
            "pilots who guide ships into the port.\n\nThe parade went along the quay.\n")
    assert extract(text).fields["date"].endswith("-06-12")

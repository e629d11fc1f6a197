"""A site's header prints today's date above its menu, and the article's own date line stands
right above the headline, with no clock time ("Jueves 25 de abril 2024 | Contáctenos" / the
menu / "Sábado 13 de octubre 2012" / the headline). The date line under the menu is the
article's. Main dated the article by the header's day (the day the page was seen). With no
menu between the two lines, a date line without a clock time is read as before.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

PAGES = {
    "en": ("Thursday, April 25, 2024 | Contact us", "Politics | World | Interviews | Culture", "Saturday, October 13, 2012", "2012-10-13"),
    "fr": ("Jeudi 25 avril 2024 | Contact", "Politique | Monde | Entretiens | Culture", "Samedi 13 octobre 2012", "2012-10-13"),
    "es": ("Jueves 25 de abril 2024 | Contáctenos", "Política | Internacionales | Entrevistas | Cultural", "Sábado 13 de octubre 2012", "2012-10-13"),
    "vi": ("Thứ Năm, 25/04/2024 | Liên hệ", "Chính trị | Thế giới | Phỏng vấn | Văn hóa", "Thứ Bảy, 13/10/2012", "2012-10-13"),
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_date_line_under_the_header_menu_is_the_article_s(language):
    header, menu, stamp, day = PAGES[language]
    text = "\n".join([header, menu, "", stamp, "", _HEAD[language], "", _LEAD[language], "",
                      _MORE[language] + " " + _LEAD[language]])
    assert extract(text).fields["date"] == day


@pytest.mark.parametrize("language", ["en", "es"])
def test_later_line_under_the_menu_is_no_stamp(language):
    # (must not change) a second line later than the header's day is no stamp of the article:
    # the header's day stands (asserted as such, not only as "not the later line")
    header, menu, _stamp, _day = PAGES[language]
    later = {"en": "Saturday, October 12, 2024", "es": "Sábado 12 de octubre 2024"}[language]
    text = "\n".join([header, menu, "", later, "", _HEAD[language], "", _LEAD[language], "",
                      _MORE[language] + " " + _LEAD[language]])
    assert extract(text).fields["date"] == "2024-04-25"

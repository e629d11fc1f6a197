"""An update's stamp printed with its clock, then a bar, then its day ("Last updated: 10:00 |
12/05/2023", "Mis à jour : 10h00 | 12/05/2023") is one stamp: the day after the bar is the
update's, not a date line of its own, so it is no publication date (a page is updated on or
after the day it appeared). Beside the publication's own stamp the publication's day stands;
a publication label with its clock before the bar keeps dating the page.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

UPDATED = {"en": "Last updated: 10:00 | 12/05/2023", "fr": "Mis à jour : 10h00 | 12/05/2023",
           "es": "Actualizado: 10:00 | 12/05/2023", "vi": "Cập nhật: 10:00 | 12/05/2023"}
PUBLISHED = {"en": "Published: 09:00 | 10/05/2023", "fr": "Publié le : 09h00 | 10/05/2023",
             "es": "Publicado: 09:00 | 10/05/2023", "vi": "Ngày đăng: 09:00 | 10/05/2023"}


def _page(language: str, *lines: str) -> str:
    return "\n\n".join([HEADLINE[language], *lines, LEAD[language], MORE[language]])


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_an_update_stamp_cut_by_a_bar_is_no_publication_date(language):
    assert extract(_page(language, UPDATED[language])).determined_date == ""


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_beside_the_publication_stamp_its_day_stands(language):
    assert extract(_page(language, PUBLISHED[language], UPDATED[language])).determined_date == "2023-05-10"


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_publication_stamp_cut_by_a_bar_still_dates_the_page(language):
    # (must not change)
    assert extract(_page(language, PUBLISHED[language])).determined_date == "2023-05-10"

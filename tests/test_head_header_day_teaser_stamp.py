"""A date printed above every headline (the site's header, "Monday, March 3, 2025") yields to
a labelled publication or update line of the article's own, printed between the headline and
the text; a stamp printed below a paragraph of the text belongs to another item of the page
(a teaser's headline and its "Published:" line, a list of other stories without a marker)
and does not displace the header's day.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)
_HEADER = {"en": "Monday, March 3, 2025", "fr": "Lundi 3 mars 2025", "es": "Lunes, 3 de marzo de 2025", "vi": "Thứ Hai, 03/03/2025"}
_OTHER = {
    "en": "Council votes on the mandate of the mission",
    "fr": "Le Conseil vote sur le mandat de la mission",
    "es": "El Consejo vota el mandato de la misión",
    "vi": "Hội đồng bỏ phiếu về nhiệm vụ của phái bộ",
}


@pytest.mark.parametrize(("language", "stamp"), [
    ("en", "Published: June 12, 2019"),
    ("en", "Updated on: June 12, 2019 10:20"),
    ("fr", "Publié le : 12 juin 2019"),
    ("fr", "Mis à jour le 12 juin 2019 à 10h20"),
    ("es", "Publicado: 12/06/2019"),
    ("vi", "Ngày đăng: 12/06/2019"),
])
def test_a_stamp_under_another_story_below_the_text_leaves_the_header_day(language, stamp):
    page = "\n\n".join([_HEADER[language], HEADLINE[language], LEAD[language], MORE[language], f"{_OTHER[language]}\n{stamp}"])
    x = extract(page, today=_TODAY)
    assert x.determined_date == "2025-03-03"


@pytest.mark.parametrize(("language", "stamp"), [
    # (must not change) the article's own stamp under its headline, above the text
    ("en", "Published: June 12, 2019"),
    ("fr", "Publié le : 12 juin 2019"),
])
def test_the_articles_own_stamp_above_the_text_still_outranks_the_header_day(language, stamp):
    page = "\n\n".join([_HEADER[language], HEADLINE[language], stamp, LEAD[language], MORE[language]])
    assert extract(page, today=_TODAY).determined_date == "2019-06-12"

"""A date printed above every headline, the site's header ("Monday, March 3, 2025": the day
the page was seen), then a publication line under the headline ("Published: June 12, 2019",
"Publié le : 12 juin 2019") on or before it, or an update line ("Updated on: June 12, 2019",
"Mis à jour le 12 juin 2019") before it: the header's day is no publication date. The
labelled publication line dates the article; an update alone gives the estimate (the article
appeared on or before it) and no date of the text's own. A header's day with no later stamp
of the article's, or a stamp after it, stays the page's date; above the site's menu and
naming its weekday it is the site's clock (the day the page was seen): it still bounds the
estimate, as an inferred date, and is no date the text determines.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)
_HEADER = {"en": "Monday, March 3, 2025", "fr": "Lundi 3 mars 2025", "es": "Lunes, 3 de marzo de 2025", "vi": "Thứ Hai, 03/03/2025"}
_MENU = {"en": "Home\nWorld", "fr": "Accueil\nMonde", "es": "Inicio\nMundo", "vi": "Trang chủ\nThế giới"}


def _page(language: str, stamp: str, menu: bool) -> str:
    header = _HEADER[language] + ("\n" + _MENU[language] if menu else "")
    return "\n\n".join([header, HEADLINE[language], stamp, LEAD[language], MORE[language]])


@pytest.mark.parametrize("menu", [True, False], ids=["menu", "no-menu"])
@pytest.mark.parametrize(("language", "stamp"), [
    ("en", "Published: June 12, 2019"),
    ("fr", "Publié le : 12 juin 2019"),
    ("es", "Publicado: 12/06/2019"),
    ("vi", "Ngày đăng: 12/06/2019"),
])
def test_a_labelled_publication_line_outranks_the_header_day(language, stamp, menu):
    x = extract(_page(language, stamp, menu), today=_TODAY)
    assert x.fields["date"] == "2019-06-12"
    assert x.determined_date == "2019-06-12"


@pytest.mark.parametrize("menu", [True, False], ids=["menu", "no-menu"])
@pytest.mark.parametrize(("language", "stamp"), [
    ("en", "Updated on: June 12, 2019 10:20 IST"),
    ("en", "Last updated: June 12, 2019"),
    ("fr", "Mis à jour le 12 juin 2019 à 10h20"),
    ("fr", "Mis à jour : 12/06/2019"),
    ("es", "Actualizado el 12 de junio de 2019"),
    ("vi", "Cập nhật: 12/06/2019 10:20"),
])
def test_an_update_before_the_header_day_leaves_no_printed_date(language, stamp, menu):
    x = extract(_page(language, stamp, menu), today=_TODAY)
    assert x.fields["date"] == "2019-06-12"  # estimated by the update
    assert x.determined_date == ""


@pytest.mark.parametrize(("language", "stamp"), [
    # (must not change) an update after the date above the headline, or on its day
    ("en", "Updated: March 5, 2025"),
    ("fr", "Mis à jour le 3 mars 2025 à 18h00"),
    # (must not change) a stamp after the header's day is not the article's publication before it
    ("en", "Published: June 12, 2026"),
])
def test_the_date_above_the_headline_stays_without_an_earlier_stamp(language, stamp):
    x = extract(_page(language, stamp, False), today=_TODAY)
    assert x.determined_date == "2025-03-03"


@pytest.mark.parametrize(("language", "stamp"), [
    ("en", "Updated: March 5, 2025"),
    ("fr", "Mis à jour le 3 mars 2025 à 18h00"),
    ("en", "Published: June 12, 2026"),
    ("en", ""),
])
def test_a_weekday_date_above_the_menu_only_bounds_the_estimate(language, stamp):
    x = extract(_page(language, stamp, True), today=_TODAY)
    assert (x.fields["date"], x.fields["date_basis"], x.determined_date) == ("2025-03-03", "inferred", "")

"""The order of a numeric date line with no time zone ("Published 3/12/2024 8:15 a.m.") on
a page of an outlet the reference does not know and with no dateline: the page's dates in
words decide it. English dates written with the month's name before the day ("March 9,
2024", the order of the United States) make the numeric date month first; written day first
("9 March 2024") or not written at all, it stays day first. Dates in words of other
languages are always day first and change nothing.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD
from newsdossier.extract import extract


def _page(language: str, stamp: str, sentence: str) -> str:
    return "\n\n".join([HEADLINE[language], stamp, LEAD[language], sentence])


@pytest.mark.parametrize(("stamp", "sentence", "day"), [
    ("Published 3/12/2024 8:15 a.m.", "The base was shelled on March 9, 2024, as well.", "2024-03-12"),
    ("Posted 3/12/2024 8:15 a.m.", "The base was shelled on Mar. 9, 2024 as well.", "2024-03-12"),
    ("Published 4/5/2023 10:02 p.m.", "Its last rotation ended on February 14th, 2023.", "2023-04-05"),
])
def test_english_dates_written_month_first_order_the_numeric_date_so(stamp, sentence, day):
    result = extract(_page("en", stamp, sentence))
    assert result.determined_date == day


@pytest.mark.parametrize(("language", "stamp", "sentence", "day"), [
    ("en", "Published 3/12/2024 8:15 a.m.", "The base was shelled on 9 March 2024 as well.", "2024-12-03"),
    ("en", "Published 3/12/2024 8:15 a.m.", "The base was shelled again this week.", "2024-12-03"),
    ("fr", "Publié le 3/12/2024 à 8 h 15", "La base avait déjà été visée le 9 mars 2024.", "2024-12-03"),
    ("es", "Publicado el 3/12/2024 a las 8:15", "La base ya había sido atacada el 9 de marzo de 2024.", "2024-12-03"),
])
def test_dates_written_day_first_or_none_keep_the_numeric_date_day_first(language, stamp, sentence, day):
    assert extract(_page(language, stamp, sentence)).determined_date == day

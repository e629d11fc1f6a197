"""A page's date line printed with an Arabic month's name, as the sites of Lebanon, Algeria
or Morocco print their header's date above an article in English or French ("الجمعة 18
تشرين الأول 2024", "15 أكتوبر 2024", "3 جوان 2023"): the day, month and year are read as
any date line's. The month names of the Levant, of Egypt and of the Maghreb are listed in
dates.yaml "other_script_months" (ar), apart from "months", and read only with a day and a
year (dates.yaml "word_months").

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.dates import find_dates
from newsdossier.extract import extract


@pytest.mark.parametrize(("line", "value"), [
    ("18 تشرين الأول 2024", "2024-10-18"),
    ("الجمعة 18 تشرين الأول 2024", "2024-10-18"),
    ("2 كانون الثاني 2023", "2023-01-02"),
    ("15 أكتوبر 2024", "2024-10-15"),
    ("7 يونيو 2022", "2022-06-07"),
    ("3 جوان 2023", "2023-06-03"),
    ("21 أفريل 2021", "2021-04-21"),
    ("9 غشت 2020", "2020-08-09"),
])
def test_an_arabic_month_name_is_read(line, value):
    dates = [d for d in find_dates(line) if d.kind == "date"]
    assert [d.value.edtf() for d in dates] == [value]


@pytest.mark.parametrize(("language", "line", "value"), [
    ("en", "الجمعة 18 تشرين الأول 2024", "2024-10-18"),
    ("fr", "15 أكتوبر 2024", "2024-10-15"),
])
def test_a_date_line_in_arabic_dates_the_page(language, line, value):
    text = "\n".join([line, HEADLINE[language], LEAD[language], MORE[language]])
    assert extract(text).determined_date == value

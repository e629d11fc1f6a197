"""Dates written in a web address in orders other than year first: a day, a month and a year as
numbers (run together or joined by one mark), with the month's name, and a year run into its
month as a whole part of the path. Every path here is written for the test."""
from __future__ import annotations

import datetime

import pytest

from newsdossier.ingest.address import path_date

TODAY = datetime.date(2030, 1, 1)


@pytest.mark.parametrize(("path", "expected"), [
    # day, month and year as numbers, day first (the project's default order)
    ("/tin-tuc/doan-cong-binh-ve-nuoc-25092024", "2024-09-25"),
    ("/actualite/le-contingent-quitte-bamako-07-11-2019.html", "2019-11-07"),
    ("/noticias/03_05_2021/relevo-en-chipre", "2021-05-03"),
    # a second number over 12 can only be the day: month first
    ("/news/05-27-2023-12/medal-parade-held-in-juba", "2023-05-27"),
    # the month's name, in EN/FR/ES, in either order
    ("/2011jun07/troops-leave-for-darfur.html", "2011-06-07"),
    ("/emissions/le-point-du-jour-14-fevrier-2012", "2012-02-14"),
    ("/emissions/le-point-du-jour-14-f%C3%A9vrier-2012", "2012-02-14"),
    ("/opinion/2-de-agosto-de-2016-nuevos-cascos-azules", None),  # "de" between: not this form
    ("/news/peacekeepers-return-march-9-2020", "2020-03-09"),
    ("/noticias/9-diciembre-2015-despedida-del-contingente", "2015-12-09"),
    # a year run into its month as a whole part of the path: the month only
    ("/the-gioi/201911/binh-sy-len-duong-123456/", "2019-11"),
    ("/channel/2201/202303/tin-moi-998877/", "2023-03"),
])
def test_a_day_written_in_another_order_dates_the_address(path, expected):
    value, _ = path_date(path, today=TODAY)
    assert (value.edtf() if value else None) == expected


@pytest.mark.parametrize(("path", "expected"), [
    ("/news/medal-parade-held-in-juba-05102023", "2023-05-10"),
])
def test_an_outlet_that_writes_the_month_first_reads_the_address_so(path, expected):
    value, _ = path_date(path, today=TODAY, month_first=True)
    assert value.edtf() == expected


@pytest.mark.parametrize("path", [
    "/news/article-12345678",            # eight digits that are no day, month and year
    "/news/title-31022020",              # no 31 February
    "/news/title-12032031",              # after today
    "/news/201913/title",                # no 13th month
    "/tag/112-03-2026",                  # a longer number before: not a day
    "/v/1203202612",                     # a longer run of digits
])
def test_numbers_that_are_no_date_leave_the_address_undated(path):
    value, _ = path_date(path, today=TODAY)
    assert value is None


@pytest.mark.parametrize(("path", "expected"), [
    ("/2017/07/title-20170715-0001.html", "2017-07"),   # the year and month folders win, as before
    ("/news/2016/01/11/title", "2016-01-11"),
])
def test_the_forms_read_before_still_come_first(path, expected):
    value, _ = path_date(path, today=TODAY)
    assert value.edtf() == expected

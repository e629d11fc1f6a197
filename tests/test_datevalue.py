"""Unit tests of newsdossier.datevalue: EDTF values built, checked, sorted and shown."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate, display, edtf_of, parse_simple, sort_key, validate, year_of


# --- PartialDate.edtf and precision -----------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        pytest.param(PartialDate(2021, 11, 26), "2021-11-26", id="day"),
        pytest.param(PartialDate(2021, 2, 3), "2021-02-03", id="day-zero-padded"),
        pytest.param(PartialDate(2022, 2), "2022-02", id="month"),
        pytest.param(PartialDate(2021), "2021", id="year"),
        pytest.param(PartialDate(None, 9, 21), "XXXX-09-21", id="day-unknown-year"),
        pytest.param(PartialDate(None, 9), "XXXX-09", id="month-unknown-year"),
        pytest.param(PartialDate(None), "XXXX", id="nothing-known"),
        pytest.param(PartialDate(950), "0950", id="three-digit-year-padded"),
    ],
)
def test_edtf_writes_the_date_at_its_precision(date, expected):
    assert date.edtf() == expected


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        pytest.param(PartialDate(2021, 11, 26), "day", id="day"),
        pytest.param(PartialDate(None, 11, 26), "day", id="day-unknown-year"),
        pytest.param(PartialDate(2021, 11), "month", id="month"),
        pytest.param(PartialDate(2021), "year", id="year"),
        pytest.param(PartialDate(None), "unknown", id="unknown"),
    ],
)
def test_precision_names_the_finest_known_part(date, expected):
    assert date.precision == expected


def test_with_year_keeps_month_and_day():
    assert PartialDate(None, 12, 7).with_year(2021) == PartialDate(2021, 12, 7)


# --- edtf_of ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        pytest.param(PartialDate(2021, 12, 7), None, "2021-12-07", id="single-date"),
        pytest.param(PartialDate(2021, 12, 7), PartialDate(2021, 12, 7), "2021-12-07", id="same-end-is-single"),
        pytest.param(PartialDate(2021, 12, 7), PartialDate(2021, 12, 8), "2021-12-07/2021-12-08", id="day-span"),
        pytest.param(PartialDate(2021, 11, 30), PartialDate(2021, 12, 2), "2021-11-30/2021-12-02", id="cross-month"),
        pytest.param(PartialDate(None, 12, 7), PartialDate(None, 12, 8), "XXXX-12-07/XXXX-12-08", id="unknown-year-span"),
        pytest.param(PartialDate(2021, 11), PartialDate(2022, 2), "2021-11/2022-02", id="month-span"),
    ],
)
def test_edtf_of_writes_a_date_or_a_span(start, end, expected):
    assert edtf_of(start, end) == expected


# --- parse_simple -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2021-11-26", (PartialDate(2021, 11, 26), PartialDate(2021, 11, 26)), id="day"),
        pytest.param("2022-02", (PartialDate(2022, 2), PartialDate(2022, 2)), id="month"),
        pytest.param("2021", (PartialDate(2021), PartialDate(2021)), id="year"),
        pytest.param("XXXX-09-21", (PartialDate(None, 9, 21), PartialDate(None, 9, 21)), id="unknown-year-day"),
        pytest.param("XXXX", (PartialDate(None), PartialDate(None)), id="unknown-year"),
        pytest.param(
            "2021-12-07/2021-12-08", (PartialDate(2021, 12, 7), PartialDate(2021, 12, 8)), id="span"
        ),
        pytest.param("2020-02-29", (PartialDate(2020, 2, 29), PartialDate(2020, 2, 29)), id="leap-day"),
        pytest.param("XXXX-02-29", (PartialDate(None, 2, 29), PartialDate(None, 2, 29)), id="leap-day-unknown-year"),
    ],
)
def test_parse_simple_reads_the_forms_normalize_writes(value, expected):
    assert parse_simple(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("2021-13", id="month-13"),
        pytest.param("2021-00", id="month-0"),
        pytest.param("2021-11-31", id="day-31-in-30-day-month"),
        pytest.param("2021-02-29", id="leap-day-in-common-year"),
        pytest.param("2021-1-5", id="unpadded"),
        pytest.param("21", id="two-digit-year"),
        pytest.param("2021/2022/2023", id="three-parts"),
        pytest.param("2021-11-26T10:00", id="with-time"),
        pytest.param("2021~", id="edtf-qualifier"),
        pytest.param("2021-12-XX", id="unspecified-day"),
        pytest.param("late 2021", id="words"),
    ],
)
def test_parse_simple_returns_none_for_anything_else(value):
    assert parse_simple(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2021-11-26", 2021, id="day"),
        pytest.param("2021-12-30/2022-01-02", 2021, id="span-gives-start-year"),
        pytest.param("XXXX-09-21", None, id="unknown-year"),
        pytest.param("", None, id="empty"),
        pytest.param(None, None, id="none"),
        pytest.param("soon", None, id="not-a-date"),
    ],
)
def test_year_of_gives_the_start_year(value, expected):
    assert year_of(value) == expected


def test_year_zero_round_trips_through_parse_simple_and_edtf():
    start, _ = parse_simple("0000")
    assert start.edtf() == "0000"


# --- validate ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("2021-11-26", id="day"),
        pytest.param("XXXX-09-21", id="unknown-year"),
        pytest.param("2021-12-07/2021-12-08", id="span"),
        pytest.param("2021~", id="approximate-edtf"),
        pytest.param("2021-12-XX", id="unspecified-day-edtf"),
        pytest.param("2021-11-26/..", id="open-end-edtf"),
    ],
)
def test_validate_accepts_edtf(value):
    assert validate(value) is None


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("2021-13", id="month-13"),
        pytest.param("2021-11-31", id="day-31-november"),
        pytest.param("26/11/2021", id="slashed-day-first"),
        pytest.param("next week", id="words"),
        pytest.param(
            "2021-02-29",
            id="leap-day-in-common-year",
        ),
    ],
)
def test_validate_explains_what_is_wrong(value):
    message = validate(value)
    assert message is not None
    assert message.startswith("not an EDTF date")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        pytest.param("3 March 2019", "written in words", id="month-name-en"),
        pytest.param("le 3 mars", "written in words", id="month-name-fr"),
        pytest.param("last Tuesday", "written in words", id="relative-words"),
        pytest.param("03/04/2019", "the day or month comes first", id="slashed-day-first"),
        pytest.param("3.4.2019", "the day or month comes first", id="dotted-day-first"),
        pytest.param("2019/04/03", "joins year, month and day with hyphens", id="slashed-year-first"),
        pytest.param("2019.04.03", "joins year, month and day with hyphens", id="dotted-year-first"),
        pytest.param("2019-4-3", "month and day in two digits", id="unpadded"),
        pytest.param("20190403", "joins year, month and day with hyphens", id="digits-run"),
        # near misses: no reason of a known mistake fits, so none is claimed
        pytest.param("2019-04-03 08:15", "no EDTF form reads it", id="clock-after-day"),
        pytest.param("2019-04-03/2019-04-0", "no EDTF form reads it", id="interval-end-cut"),
    ],
)
def test_validate_says_in_plain_words_why_a_date_is_not_edtf(value, reason):
    """A person editing data/ is told what to change, never the parser's character offset."""
    message = validate(value)
    assert message is not None and message.startswith("not an EDTF date (")
    assert reason in message
    assert "position" not in message and "near '" not in message


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("2019-04-03T08:15:00", id="day-and-time"),
        pytest.param("2019-04-03/2019-04-05", id="interval"),
        pytest.param("2019-04~", id="approximate-month"),
    ],
)
def test_validate_gives_no_reason_for_a_valid_edtf_value(value):
    assert validate(value) is None


# --- sort_key ---------------------------------------------------------------------------------


def test_sort_key_orders_dates_by_earliest_day_and_unknown_years_after_dated_ones():
    values = ["XXXX-09-21", None, "2022-01-02", "2021-11-26", "XXXX-01-05", "2021", "2021-12-07/2021-12-08", "2021-11"]
    assert sorted(values, key=sort_key) == [
        "2021",
        "2021-11",
        "2021-11-26",
        "2021-12-07/2021-12-08",
        "2022-01-02",
        "XXXX-01-05",
        "XXXX-09-21",
        None,
    ]


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        pytest.param("2099-12-31", "XXXX-01-01", id="any-dated-before-unknown-year"),
        pytest.param("XXXX-09-21", "", id="unknown-year-before-no-date"),
        pytest.param("XXXX-09-21", "not a date", id="unknown-year-before-invalid"),
        pytest.param("2021-11-26", "2021-12-07/2021-12-08", id="day-before-later-span"),
        pytest.param("2021-12-07/2021-12-09", "2021-12-08", id="span-sorts-by-its-start"),
        pytest.param("2021~", "2022", id="edtf-qualified-by-its-year"),
        pytest.param("XXXX-02", "XXXX-09-21", id="unknown-years-by-month"),
    ],
)
def test_sort_key_puts_one_date_before_another(earlier, later):
    assert sort_key(earlier) < sort_key(later)


# --- display ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2021-11-26", "26 November 2021", id="day"),
        pytest.param("2022-02", "February 2022", id="month-is-not-shown-as-a-day"),
        pytest.param("2021", "2021", id="year"),
        pytest.param("XXXX-09-21", "21 September (year unknown)", id="day-unknown-year"),
        pytest.param("XXXX-09", "September (year unknown)", id="month-unknown-year"),
        pytest.param("XXXX", "year unknown", id="nothing-known"),
        pytest.param("2021-12-07/2021-12-08", "7\u20138 December 2021", id="day-span-same-month"),
        pytest.param(
            "2021-11-30/2021-12-02", "30 November 2021 \u2013 2 December 2021", id="day-span-cross-month"
        ),
        pytest.param("2021-11/2022-02", "November 2021 \u2013 February 2022", id="month-span"),
        pytest.param("2021-12/2021-12-08", "December 2021 \u2013 8 December 2021", id="month-to-day-span"),
        pytest.param("XXXX-12-07/XXXX-12-08", "7\u20138 December (year unknown)", id="day-span-unknown-year"),
        pytest.param("2021-11-26/2021-11-26", "26 November 2021", id="span-of-one-day"),
        pytest.param("2021~", "2021~", id="other-edtf-shown-as-written"),
        pytest.param("", "date unknown", id="empty"),
        pytest.param(None, "date unknown", id="none"),
    ],
)
def test_display_shows_a_date_at_its_precision(value, expected):
    assert display(value) == expected

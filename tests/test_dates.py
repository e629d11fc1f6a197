"""Unit tests of newsdossier.dates: dates printed in text, their years and weekdays resolved."""
from __future__ import annotations

import pytest

from newsdossier.dates import DateMention, find_dates, resolve_weekday, resolve_year, weekday_number
from newsdossier.datevalue import PartialDate as D


def date_mentions(text: str) -> list[tuple[str, D, D | None]]:
    """(printed text, value, end value) of every full date (kind "date") found in the text."""
    return [(m.text, m.value, m.value_end) for m in find_dates(text) if m.kind == "date"]


def mention(text: str) -> DateMention:
    """The one full date printed in the text."""
    (found,) = [m for m in find_dates(text) if m.kind == "date"]
    return found


# --- find_dates: the printed forms ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "printed", "value", "value_end"),
    [
        pytest.param("Posted 2021-11-26 22:22:11 by staff", "2021-11-26 22:22:11", D(2021, 11, 26), None, id="iso-datetime"),
        pytest.param("Updated 2023-04-09T08:15 today", "2023-04-09", D(2023, 4, 9), None, id="iso-day-t-time-left-out"),
        pytest.param("date 2022-02 report", "2022-02", D(2022, 2), None, id="iso-month"),
        pytest.param("Publié le 20/12/2024 à Dakar", "20/12/2024", D(2024, 12, 20), None, id="numeric-day-first"),
        pytest.param("le 05.03.2019 au soir", "05.03.2019", D(2019, 3, 5), None, id="numeric-dotted"),
        pytest.param("due 12/13/2024 at noon", "12/13/2024", D(2024, 12, 13), None, id="numeric-month-first-when-day-over-12"),
        pytest.param("On Nov. 26 the council met.", "Nov. 26", D(None, 11, 26), None, id="abbreviated-month-day"),
        pytest.param("Sept. 3, 2021 was calm.", "Sept. 3, 2021", D(2021, 9, 3), None, id="month-day-comma-year"),
        pytest.param("on December 25th, 2020 they", "December 25th, 2020", D(2020, 12, 25), None, id="ordinal-suffix"),
        pytest.param("on May 5 they met", "May 5", D(None, 5, 5), None, id="may-with-day"),
        pytest.param("on 5 May 2021 they met", "5 May 2021", D(2021, 5, 5), None, id="day-may-year"),
        pytest.param("Il est arrivé le 2 février à Bamako.", "2 février", D(None, 2, 2), None, id="french-day-month"),
        pytest.param("le 1er mars 2022 à Niamey", "1er mars 2022", D(2022, 3, 1), None, id="french-1er"),
        pytest.param("le 15 août dernier", "15 août", D(None, 8, 15), None, id="french-accented-month"),
        pytest.param("el 2 de febrero de 2022 en Madrid", "2 de febrero de 2022", D(2022, 2, 2), None, id="spanish-de"),
        pytest.param("el 9 de julio llegaron", "9 de julio", D(None, 7, 9), None, id="spanish-without-year"),
        pytest.param("in March 2020 the", "March 2020", D(2020, 3), None, id="month-year"),
        pytest.param("depuis août 2021, la", "août 2021", D(2021, 8), None, id="french-month-year"),
        pytest.param("since June the troops", "June", D(None, 6), None, id="month-alone-after-since"),
        pytest.param("la mission partira en juin prochain", "juin", D(None, 6), None, id="french-month-alone-after-en"),
        pytest.param("desde marzo, la misión", "marzo", D(None, 3), None, id="spanish-month-alone-after-desde"),
        pytest.param("on Dec. 7-8 in Seoul", "Dec. 7-8", D(None, 12, 7), D(None, 12, 8), id="month-day-range"),
        pytest.param("December 7 and 8, 2021 in", "December 7 and 8, 2021", D(2021, 12, 7), D(2021, 12, 8), id="range-with-and"),
        pytest.param("les 7-8 décembre 2021 à Séoul", "7-8 décembre 2021", D(2021, 12, 7), D(2021, 12, 8), id="french-day-range"),
        pytest.param("du 7 au 9 juin à Lomé", "7 au 9 juin", D(None, 6, 7), D(None, 6, 9), id="french-au-range"),
        pytest.param("los días 2 y 3 de marzo de 2021", "2 y 3 de marzo de 2021", D(2021, 3, 2), D(2021, 3, 3), id="spanish-y-range"),
        pytest.param(
            "from 30 November to 2 December 2021 in Dakar",
            "30 November to 2 December 2021",
            D(2021, 11, 30),
            D(2021, 12, 2),
            id="cross-month-range",
        ),
        pytest.param(
            "from 30 December to 2 January", "30 December to 2 January", D(None, 12, 30), D(None, 1, 2), id="cross-year-range-without-year"
        ),
        pytest.param("le 29 février", "29 février", D(None, 2, 29), None, id="leap-day-without-year-possible"),
    ],
)
def test_find_dates_reads_a_printed_date(text, printed, value, value_end):
    assert date_mentions(text) == [(printed, value, value_end)]


@pytest.mark.parametrize(
    ("text", "printed", "value", "value_end"),
    [
        pytest.param(
            "due 12/20/2024 at noon",
            "12/20/2024",
            D(2024, 12, 20),
            None,
            id="numeric-month-first-day-20-or-more",
        ),
        pytest.param(
            "in mid-June the troops",
            "June",
            D(None, 6),
            None,
            id="month-alone-after-mid",
        ),
        pytest.param(
            "el 1º de mayo de 2022 en Lima",
            "1º de mayo de 2022",
            D(2022, 5, 1),
            None,
            id="spanish-ordinal-indicator",
        ),
        pytest.param(
            "from 30 December to 2 January 2022 in Dakar",
            "30 December to 2 January 2022",
            D(2021, 12, 30),
            D(2022, 1, 2),
            id="cross-year-range-with-year",
        ),
        pytest.param(
            "On Nov. 26 a 15-member delegation arrived.",
            "Nov. 26",
            D(None, 11, 26),
            None,
            id="english-article-a-after-date-larger-number",
        ),
        pytest.param(
            "On Nov. 5 a 15-member delegation arrived.",
            "Nov. 5",
            D(None, 11, 5),
            None,
            id="english-article-a-after-date-smaller-number",
        ),
    ],
)
def test_find_dates_reads_a_printed_date_known_bugs(text, printed, value, value_end):
    assert date_mentions(text) == [(printed, value, value_end)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("May we go now?", id="may-alone-is-a-verb"),
        pytest.param("It will end in May.", id="ambiguous-month-alone-after-in"),
        pytest.param("la session reprendra en mars", id="french-ambiguous-month-alone-after-en"),
        pytest.param("on Nov. 31 they", id="impossible-day"),
        pytest.param("Feb. 29, 2021 was", id="leap-day-in-common-year"),
        pytest.param("31/02/2021", id="impossible-numeric-date"),
        pytest.param("2021-13-01", id="impossible-iso-month"),
        pytest.param("on Dec. 8-7 they", id="backwards-range"),
        pytest.param("rose 3.5 percent", id="decimal-number"),
        pytest.param("at 11 a.m. sharp", id="time-of-day"),
    ],
)
def test_find_dates_finds_no_date_where_none_is_printed(text):
    assert date_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        pytest.param("between 1999 and 2021 the", [1999, 2021], id="two-years"),
        pytest.param("the 2021-2022 season", [2021, 2022], id="year-range"),
        pytest.param("ISO 9001-2015", [2015], id="year-after-a-number"),
        pytest.param("in 1899 and 2100", [], id="years-outside-1900-2099"),
        pytest.param("code 120215 and 32021", [], id="year-digits-inside-a-number"),
    ],
)
def test_find_dates_gives_year_only_mentions_kind_year(text, years):
    found = find_dates(text)
    assert [(m.kind, m.value) for m in found] == [("year", D(y)) for y in years]
    assert all(not m.value.month for m in found)


@pytest.mark.parametrize(
    ("text", "expected_kinds"),
    [
        pytest.param("Posted 2021-11-26, in 2021", ["date", "year"], id="year-inside-date-not-repeated"),
        pytest.param("on Nov. 26, 2021 in Juba", ["date"], id="year-of-full-date-not-a-second-mention"),
        pytest.param("le mardi 3 mai", ["weekday", "date"], id="weekday-then-date"),
        pytest.param("he left on Tuesday", ["weekday"], id="english-weekday"),
        pytest.param("llegó el miércoles", ["weekday"], id="spanish-accented-weekday"),
    ],
)
def test_find_dates_keeps_the_longest_mention_where_two_overlap(text, expected_kinds):
    assert [m.kind for m in find_dates(text)] == expected_kinds


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        pytest.param("Đà Nẵng, le 2 février 2022", "2 février 2022", id="after-vietnamese"),
        pytest.param("北京 Nov. 26, 2021", "Nov. 26, 2021", id="after-cjk"),
        pytest.param("Straße, on 3 March 2020", "3 March 2020", id="after-sharp-s"),
    ],
)
def test_find_dates_offsets_point_into_the_original_text(text, printed):
    (found,) = find_dates(text)
    assert found.text == printed
    assert text[found.start:found.end] == printed


def test_has_year_tells_whether_the_year_was_printed():
    with_year, without_year = mention("on 4 June 2021 here"), mention("on 4 June here")
    assert (with_year.has_year, without_year.has_year) == (True, False)


# --- resolve_year -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "expected_start", "expected_end"),
    [
        pytest.param("Nov. 26", D(2021, 12, 1), D(2021, 11, 26), None, id="days-before-anchor-same-year"),
        pytest.param("Jan. 3", D(2021, 12, 20), D(2022, 1, 3), None, id="early-january-after-december-anchor"),
        pytest.param("Dec. 28", D(2022, 1, 5), D(2021, 12, 28), None, id="late-december-before-january-anchor"),
        pytest.param("Dec. 7", D(2021), D(2021, 12, 7), None, id="year-only-anchor"),
        pytest.param("Jan. 3", D(2021, 12), D(2022, 1, 3), None, id="month-only-anchor"),
        pytest.param("le 29 février", D(2021, 3, 1), D(2020, 2, 29), None, id="leap-day-goes-to-leap-year"),
        pytest.param("since June", D(2021, 11, 2), D(2021, 6), None, id="month-alone"),
        pytest.param("Dec. 7-8", D(2021, 12, 10), D(2021, 12, 7), D(2021, 12, 8), id="range-same-month"),
        pytest.param(
            "30 December to 2 January", D(2022, 1, 5), D(2021, 12, 30), D(2022, 1, 2), id="range-across-new-year"
        ),
        pytest.param("Nov. 26, 2019", D(2021, 12, 1), D(2019, 11, 26), None, id="printed-year-kept"),
    ],
)
def test_resolve_year_picks_the_year_nearest_the_anchor(text, anchor, expected_start, expected_end):
    assert resolve_year(mention(text), anchor) == (expected_start, expected_end)


@pytest.mark.parametrize(
    "anchor",
    [
        pytest.param(None, id="no-anchor"),
        pytest.param(D(None, 1, 5), id="anchor-without-year"),
    ],
)
def test_resolve_year_leaves_the_year_unknown_without_an_anchor_year(anchor):
    start, end = resolve_year(mention("on Dec. 7-8 in Seoul"), anchor)
    assert (start, end) == (D(None, 12, 7), D(None, 12, 8))
    assert start.year is None and end.year is None


# --- resolve_weekday and weekday_number -------------------------------------------------------


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [
        pytest.param(0, D(2021, 11, 22), id="monday-two-days-before"),
        pytest.param(1, D(2021, 11, 23), id="tuesday-day-before"),
        pytest.param(2, D(2021, 11, 24), id="same-weekday-is-the-anchor-day"),
        pytest.param(3, D(2021, 11, 18), id="thursday-goes-back-to-previous-week"),
        pytest.param(6, D(2021, 11, 21), id="sunday"),
    ],
)
def test_resolve_weekday_gives_the_latest_such_day_on_or_before_the_anchor(weekday, expected):
    anchor = D(2021, 11, 24)  # a Wednesday
    assert resolve_weekday(weekday, anchor) == expected


def test_resolve_weekday_crosses_a_year_boundary():
    assert resolve_weekday(6, D(2022, 1, 1)) == D(2021, 12, 26)  # 1 January 2022 was a Saturday


@pytest.mark.parametrize(
    "anchor",
    [
        pytest.param(D(2021, 11), id="month-precision"),
        pytest.param(D(2021), id="year-precision"),
        pytest.param(D(None, 11, 24), id="unknown-year"),
    ],
)
def test_resolve_weekday_needs_a_day_precise_anchor(anchor):
    assert resolve_weekday(0, anchor) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Monday", 0, id="english"),
        pytest.param("mardi", 1, id="french"),
        pytest.param("MIÉRCOLES", 2, id="spanish-uppercase-accent"),
        pytest.param("miercoles", 2, id="spanish-without-accent"),
        pytest.param("quinta-feira", 3, id="portuguese"),
        pytest.param("sábado", 5, id="saturday-spanish"),
        pytest.param("Sunday", 6, id="sunday"),
        pytest.param("someday", None, id="not-a-weekday"),
    ],
)
def test_weekday_number_counts_from_monday(name, expected):
    assert weekday_number(name) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Ngày 1-10, đơn vị lên đường.", [(None, 10, 1, None)], id="vi-ngay-day-dash-month"),
        pytest.param("Đơn vị nhận nhiệm vụ từ tháng 9/2024.", [(2024, 9, None, None)], id="vi-thang-month-slash-year"),
        pytest.param("Công trình khởi công tháng 3 năm 2021.", [(2021, 3, None, None)], id="vi-thang-month-nam-year"),
        pytest.param("Tháng 5-1960, hiệp ước được ký kết.", [(1960, 5, None, None)], id="vi-thang-month-dash-year"),
        pytest.param("Ảnh chụp buổi duyệt binh hồi tháng 4.2011 tại sân bay.", [(2011, 4, None, None)], id="vi-thang-month-stop-year"),
        pytest.param("Đơn vị được thành lập vào tháng 11.1998.", [(1998, 11, None, None)], id="vi-thang-month-stop-year-at-end"),
        pytest.param("Tỉ lệ đạt tháng 3.20251 điểm.", [], id="vi-thang-stop-five-digits-is-no-year"),
        pytest.param("Vụ nổ xảy ra ngày 5 tháng 2.2003 tại cảng.", [(2003, 2, 5, None)], id="vi-ngay-day-thang-month-stop-year"),
        pytest.param("Vụ nổ xảy ra ngày 5 tháng 2.20251 tại cảng.", [(None, 2, 5, None)], id="vi-ngay-day-thang-stop-five-digits-is-no-year"),
        pytest.param("Trận đấu kết thúc với tỉ số tháng 5-3.", [], id="vi-thang-dash-score-is-no-year"),
        pytest.param("Tới cuối tháng 11, tuyến đường đã thông xe.", [(None, 11, None, None)], id="vi-thang-month-alone"),
        pytest.param("Dự kiến lên đường vào cuối tháng 4 và đầu tháng 5.", [(None, 4, None, 5)], id="vi-thang-span"),
        pytest.param("Đội bóng chiến thắng 3 trận liền.", [], id="vi-thang-to-win-is-no-month"),
        pytest.param("Les familles des 4 soldats ont été reçues.", [], id="fr-des-is-no-december"),
        pytest.param("Los padres des 12 alumnos.", [], id="es-des-is-no-december"),
        pytest.param("Pasukan tiba pada 4 Des 2019.", [(2019, 12, 4, None)], id="id-des-with-a-year"),
    ],
)
def test_vietnamese_months_and_month_words(text, expected):
    found = [(d.value.year, d.value.month, d.value.day, d.value_end.month if d.value_end else None)
             for d in find_dates(text) if d.kind == "date"]
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The patrol was ambushed on the 2nd of March.", [(None, 3, 2)], id="en-the-2nd-of-march"),
        pytest.param("They arrived on the 21st of September 2019.", [(2019, 9, 21)], id="en-the-21st-of-september-year"),
        pytest.param("Three of May's convoys were late.", [], id="en-of-without-a-day-number"),
    ],
)
def test_a_day_of_a_month(text, expected):
    assert [(d.value.year, d.value.month, d.value.day) for d in find_dates(text) if d.kind == "date"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Chiều 15/6, đoàn công tác lên đường.", [(None, 6, 15)], id="vi-chieu-day-month"),
        pytest.param("Sáng 2/3, đơn vị tổ chức lễ xuất quân.", [(None, 3, 2)], id="vi-sang-day-month"),
        pytest.param("Đơn vị chuyển sang 2/3 quân số.", [], id="vi-sang-over-to-two-thirds"),
    ],
)
def test_a_vietnamese_time_of_day_before_a_day_month(text, expected):
    assert [(d.value.year, d.value.month, d.value.day) for d in find_dates(text) if d.kind == "date"] == expected

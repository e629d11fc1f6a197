"""Events: two dates joined by a dash in brackets after a name gloss the span the name
counts (an anniversary's "(30/4/1975-30/4/2025)", "(12 June 1960 – 12 June 2020)"), not two
happenings; the ceremony is dated by its own day. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate
from newsdossier.events import bracketed_years
from eventcases import body_events

ANCHOR = PartialDate(2025, 5, 3)


def dates_of(sentence: str, language: str) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Ngày 30/4, đơn vị đã tổ chức lễ kỷ niệm 50 năm ngày thống nhất (30/4/1975-30/4/2025) tại căn cứ.", "vi", id="vi"),
        pytest.param("On 30 April the unit held a ceremony for the 50th anniversary of the founding (30 April 1975 – 30 April 2025) at its base.", "en", id="en"),
    ],
)
def test_an_anniversary_span_in_brackets_dates_nothing(sentence, language):
    assert dates_of(sentence, language) == ["2025-04-30"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("la mission (1993-1995) a pris fin", True, id="years"),
        pytest.param("the founding (30 April 1975 – 30 April 2025) was marked", True, id="two-dates"),
        pytest.param("the talks (held on 30 April 2025) ended", False, id="one-date-and-words"),
    ],
)
def test_which_brackets_gloss_a_span(sentence, expected):
    assert bracketed_years(sentence, find_dates(sentence)[0]) is expected

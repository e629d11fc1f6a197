"""Events: a relative day inside a quotation ("yesterday", "hier", "ayer") counts from the
day the words were spoken when the sentence names that day outside the quotation, not from
the article's date. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2022, 6, 10)  # a Friday


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param('"The convoy was ambushed yesterday near the bridge," the colonel told reporters on Tuesday.', "en", "2022-06-06", id="en"),
        pytest.param("« Le convoi a été attaqué hier près du pont », a déclaré mardi le colonel.", "fr", "2022-06-06", id="fr"),
        pytest.param('"El convoy fue atacado ayer cerca del puente", dijo el martes el coronel.', "es", "2022-06-06", id="es"),
    ],
)
def test_a_quoted_yesterday_counts_from_the_day_it_was_said(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == [expected]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param('"The convoy was ambushed yesterday near the bridge," the colonel told reporters.', "en", "2022-06-09", id="en-no-day"),
        pytest.param('"The convoy was ambushed yesterday near the bridge," the colonel said on Friday.', "en", "2022-06-09", id="en-said-today"),
    ],
)
def test_without_a_day_of_its_own_the_quote_counts_from_the_article(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == [expected]

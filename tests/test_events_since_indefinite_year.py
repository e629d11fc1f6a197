"""Events: a year right after "since a" / "depuis un" / "desde un" modifies the happening's noun
after it ("since a 2012 coup that toppled the president", "depuis un soulèvement de 2012"), as
after "since the": the since-word opens no since-phrase in passing (vocabulary
since_phrase_articles), and the coup is dated by its year. A year right after "since" alone
stays a bound in passing. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import dates_between

ANCHOR = PartialDate(2016, 5, 30)


@pytest.mark.parametrize(
    "sentence, language, year",
    [
        pytest.param("The province has been in turmoil since a 2011 coup that toppled the governor.", "en", "2011",
                     id="en-coup-relative"),
        pytest.param("The province has been unstable since a 2011 rebellion that split the army.", "en", "2011",
                     id="en-rebellion-relative"),
        pytest.param("The province has been in turmoil since a 2011 coup.", "en", "2011", id="en-coup"),
        pytest.param("Violence has spread since a 2011 uprising that drove the police out of the east.", "en", "2011",
                     id="en-uprising"),
        pytest.param("Police have been deployed there since a 2012 offensive that pushed the rebels back.", "en", "2012",
                     id="en-offensive"),
    ],
)
def test_the_year_of_the_happening_after_since_a_dates_it(sentence, language, year):
    assert year in dates_between(sentence, language, ANCHOR)


@pytest.mark.parametrize(
    "sentence, language, year",
    [
        pytest.param("The force has been deployed in the province since 2011.", "en", "2011", id="en-since-year"),
        pytest.param("The force has grown since a decision in 2011 to expand it.", "en", "2011", id="en-decision"),
    ],
)
def test_a_bound_in_passing_stays_no_event(sentence, language, year):
    assert year not in dates_between(sentence, language, ANCHOR)

"""Events: an English month named alone before an event noun ("the September rotation", "the
March visit", "the July attack") dates that happening by its month, the last such month for a
past one and the next for a planned one, as "in September" does; the month before a word that
names no happening ("the June heat") dates nothing (vocabulary month_attributive_leads,
events.month_mentions). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2019, 10, 15)


@pytest.mark.parametrize(
    "sentence, kind, month",
    [
        pytest.param("The September rotation of the engineering company went smoothly.", "rotation", "2019-09",
                     id="past-rotation"),
        pytest.param("The July attack on the camp killed three guards.", "attack", "2019-07", id="past-attack"),
        pytest.param("The December visit of the minister will focus on training.", "visit", "2019-12",
                     id="planned-visit"),
    ],
)
def test_a_month_before_an_event_noun_dates_it(sentence, kind, month):
    events = [(str(e.date), e.kind) for e in body_events(sentence, "en", ANCHOR)]
    assert (month, kind) in events, events


def test_a_month_before_no_event_noun_dates_nothing():
    events = [str(e.date) for e in body_events("The June heat slowed the patrols.", "en", ANCHOR)]
    assert "2019-06" not in events, events


@pytest.mark.parametrize(
    "sentence",
    [
        # a capitalised noun after the month makes the name of a happening of its own year
        pytest.param("The October War reshaped the region, the professor said.", id="october-war"),
        pytest.param("Veterans of the October War laid a wreath at the memorial.", id="veterans-october-war"),
        pytest.param("The March Uprising is remembered in the north.", id="march-uprising"),
        pytest.param("The August Offensive ended in defeat for the allies.", id="august-offensive"),
    ],
)
def test_a_month_in_a_name_of_a_happening_dates_nothing(sentence):
    events = [str(e.date) for e in body_events(sentence, "en", ANCHOR)]
    assert not any(d.startswith("2019-") for d in events), events


@pytest.mark.parametrize(
    "sentence",
    [
        # a year printed in the sentence is the month's, not the article's: the month alone dates
        # nothing of the article's year
        pytest.param("The September attack of 2016 killed three guards.", id="of-year"),
        pytest.param("The September attack in 2016 killed three guards.", id="in-year"),
        pytest.param("The September attack killed three guards in 2016.", id="year-later"),
    ],
)
def test_a_month_before_an_event_noun_is_not_of_the_articles_year_when_a_year_is_printed(sentence):
    events = [str(e.date) for e in body_events(sentence, "en", ANCHOR)]
    assert "2019-09" not in events and "2018-09" not in events, events


@pytest.mark.parametrize(
    "sentence",
    [
        # a month before an event noun in a sentence of a yearly custom tells no happening
        pytest.param("The September rotation takes place every year.", id="every-year"),
        pytest.param("The September rotation brings fresh troops each year.", id="each-year"),
        pytest.param("The September rotation is held annually.", id="annually"),
    ],
)
def test_a_month_before_an_event_noun_in_a_yearly_custom_dates_nothing(sentence):
    events = [str(e.date) for e in body_events(sentence, "en", ANCHOR)]
    assert not any(d.startswith("2019-") for d in events), events

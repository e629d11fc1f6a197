"""The registries: one event told by several articles, merges followed, ids never reused."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import EventFinding
from newsdossier.registry import Registry, merge_event


def _finding(place, code, sentence="The ministerial meeting opened.", day=7):
    return EventFinding("ministerial", "Ministerial meeting", sentence, start=PartialDate(2021, 12, day), place=place, place_code=code)


@pytest.mark.parametrize(
    "first,second",
    [
        pytest.param(("South Korea", "KR"), ("Seoul", "KR"), id="country-then-city"),
        pytest.param(("Seoul", "KR"), ("South Korea", "KR"), id="city-then-country"),
        pytest.param(("Seoul", "KR"), ("Séoul", "KR"), id="two-spellings"),
    ],
)
def test_one_event_reported_at_a_city_and_at_its_country_is_one_event(first, second):
    events = Registry()
    a = merge_event(events, _finding(*first), "article-a", [], [])
    b = merge_event(events, _finding(*second, sentence="Le sommet s'est ouvert."), "article-b", [], [])
    assert a == b and len(events.entries) == 1
    assert events.by_id[a]["articles"] == ["article-a", "article-b"]


def test_the_same_kind_of_event_in_two_countries_stays_two_events():
    events = Registry()
    merge_event(events, _finding("Seoul", "KR"), "article-a", [], [])
    merge_event(events, _finding("Accra", "GH"), "article-b", [], [])
    assert len(events.entries) == 2


def test_a_new_event_never_takes_an_existing_id():
    events = Registry()
    first = merge_event(events, _finding("Seoul", "KR"), "article-a", [], [])
    second = merge_event(events, _finding("Seoul", "KR", day=20), "article-b", [], [])
    assert first != second and set(events.by_id) == {first, second}

"""Events: a country after a word of origin set off by commas (", from Chad,", ", de
Tchad,") tells where a person comes from, not where the event took place; "arrived from
Juba" still places the event by its origin. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2018, 7, 4)


def places_of(sentences: list[str], language: str) -> list[tuple[str, str | None]]:
    return [(e.date, e.place) for e in article_events(sentences, language, ANCHOR, wire_day=False)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("One soldier, from Chad, was killed on Monday near the camp.", "en", id="en"),
        pytest.param("Un soldat, originaire du Tchad, a été tué lundi près du camp.", "fr", id="fr-du"),
    ],
)
def test_an_origin_in_apposition_is_not_the_place(sentence, language):
    assert places_of([sentence], language) == [("2018-07-02", None)]


def test_two_tellings_of_one_loss_are_one_event():
    lead = "Two soldiers of the force were killed on Monday in Mali."
    later = "One soldier, from Chad, was killed by gunfire during Monday's attack near the camp."
    assert [date for date, _place in places_of([lead, later], "en")] == ["2018-07-02"]


def test_an_origin_without_commas_still_places_the_event():
    assert places_of(["The convoy arrived from Kenya on Monday."], "en") == [("2018-07-02", "Kenya")]

"""Events: a toll over a year told in a clause of its own beside the main event word ("The
mission, which saw 20 peacekeepers killed in 2023, was attacked on Sunday", "La mission,
dont 20 casques bleus ont été tués en 2023, a été attaquée dimanche") is a figure of that
year, no happening (events.toll_over_year, as for a toll told by the main word): the main
word keeps its day, and no casualty is dated to the year. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 7, 15)  # a Monday: the Sunday before is the 14th


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The mission, which saw 20 peacekeepers killed in 2023, was attacked on Sunday.", "en",
                     [("2024-07-14", "attack")], id="en-toll-year"),
        pytest.param("La mission, dont 20 casques bleus ont été tués en 2023, a été attaquée dimanche.", "fr",
                     [("2024-07-14", "attack")], id="fr-toll-year"),
        # a day, not a year: one happening of its own, as before
        pytest.param("The mission, which saw two peacekeepers killed on 3 May, was attacked on Sunday.", "en",
                     [("2024-05-03", "casualty"), ("2024-07-14", "attack")], id="en-toll-day-kept"),
    ],
)
def test_a_toll_of_the_year_in_a_clause_is_no_happening(sentence, language, expected):
    assert sorted((e.date, e.kind) for e in body_events(sentence, language, ANCHOR)) == expected

"""A lead's day is not taken for the start of a long story just because a since-phrase
earlier in its clause governs another year ("troops deployed since 2019 were attacked on
Tuesday 14 March"): the since-word must stand before the day itself, with no other date
between ("since the attack of 7 October" still starts a story). Every sentence is written for
these tests."""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

TODAY = datetime.date(2026, 1, 1)


def article_date(*blocks: str) -> str:
    return extract("\n\n".join(blocks), today=TODAY).fields["date"]


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("Two engineers posted there since 2019 were hurt on Tuesday 14 March near the ferry, the board said.", id="en-weekday-day"),
        pytest.param("Two engineers posted there since 2019 were hurt on Tuesday (14 March) near the ferry, the board said.", id="en-bracketed-day"),
        pytest.param("Deux ingénieurs affectés là-bas depuis 2019 ont été blessés le mardi 14 mars près du bac, a indiqué la direction.", id="fr"),
        pytest.param("Dos ingenieros destinados allí desde 2019 resultaron heridos el martes 14 de marzo cerca del ferry, informó la junta.", id="es"),
    ],
)
def test_a_since_year_earlier_in_the_clause_leaves_the_day_to_the_lead(lead):
    assert article_date("Engineers hurt near the ferry", lead, "The board opened an inquiry.") == "2023-03-14"


def test_a_day_right_after_a_since_word_still_starts_a_story():
    # (must not change) the day the since-phrase names is no day of the news
    assert article_date("Ferry closed", "The ferry has stayed closed since Tuesday, 14 March, the board said.",
                        "The board opened an inquiry.") != "2023-03-14"

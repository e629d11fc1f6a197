"""Events: a happening dated only by a relative day inside a quotation whose speaking has no
day ('"A patrol hit a mine today," the force wrote') is the agreeing happening told before
it in the week up to that day, not another one; with no such happening, or with the day
named outside the quotation, it stays its own. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events

ANCHOR = PartialDate(2023, 5, 10)  # a Wednesday


def dates(sentences: list[str], language: str) -> list[str]:
    return [e.date for e in find_events([(s, []) for s in sentences], ANCHOR, None, language, wire_day=False)[0]]


@pytest.mark.parametrize(
    "first, second, language",
    [
        pytest.param("Two soldiers of the force were killed on Tuesday when their truck hit a mine.",
                     "\u201cA patrol of the force hit a mine today,\u201d the force wrote in a post.", "en", id="en"),
        pytest.param("Deux soldats de la force ont été tués mardi quand leur camion a heurté une mine.",
                     "\u00ab Une patrouille de la force a heurté une mine aujourd'hui \u00bb, a écrit la force.", "fr", id="fr"),
        pytest.param("Dos soldados de la fuerza murieron el martes cuando su camión pisó una mina.",
                     "\u201cUna patrulla de la fuerza pisó una mina hoy\u201d, escribió la fuerza.", "es", id="es"),
    ],
)
def test_a_quotations_today_of_a_happening_told_before_is_that_happening(first, second, language):
    assert dates([first, second], language) == ["2023-05-09"]


def test_a_quotations_today_with_nothing_told_before_stays():
    assert dates(["Nothing here.", "\u201cA patrol of the force hit a mine today,\u201d the force wrote."], "en") == ["2023-05-10"]


def test_a_day_named_outside_the_quotation_keeps_its_happening():
    first = "Two soldiers of the force were killed on Tuesday when their truck hit a mine."
    second = "Separately, the force said a depot sustained \u201cdamage from shelling\u201d on Wednesday night."
    assert dates([first, second], "en") == ["2023-05-09", "2023-05-10"]


@pytest.mark.parametrize(
    "lead, then, language",
    [
        pytest.param("The force said Wednesday that soldiers fired on its posts and wounded two guards.",
                     "A day earlier, soldiers fired at the cameras of a post, the force said.", "en", id="en-a-day-earlier"),
        pytest.param("La force a indiqué mercredi que des soldats ont tiré sur ses postes et blessé deux gardes.",
                     "La veille, des soldats ont tiré sur les caméras d'un poste.", "fr", id="fr-la-veille"),
    ],
)
def test_a_happening_dated_from_the_one_before_is_not_the_leads_retelling(lead, then, language):
    # the lead is dated by the day it was told (no day of its own), the happening before it its own day
    assert sorted(dates([lead, then], language)) == ["2023-05-09", "2023-05-10"]

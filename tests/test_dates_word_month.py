"""A month abbreviation that is an everyday French word ("des", and "dès" folded alike:
reference dates.yaml "word_months") is a month only with a day and a year ("4 Des 2019"),
never beside a year alone nor after a word leading a month ("fin des années 1990");
sentences written for the test."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.dates import find_dates
from newsdossier.events import find_events


def months(text: str) -> list[tuple]:
    return [(d.value.year, d.value.month, d.value.day) for d in find_dates(text) if d.kind == "date"]


@pytest.mark.parametrize("text", [
    pytest.param("Le groupe armé s'est installé dans la région à la fin des années 1990.", id="fin-des-annees"),
    pytest.param("Au début des années 2000, la force comptait peu de soldats.", id="debut-des-annees"),
    pytest.param("La moitié des 2000 casques bleus sont rentrés chez eux.", id="des-count"),
    pytest.param("Le pays fournit des soldats à la mission dès 2014.", id="des-since"),
    pytest.param("Dès 2016, le bataillon a patrouillé dans le nord.", id="des-since-capitalised"),
])
def test_french_des_is_no_december(text):
    assert months(text) == []


def test_a_day_and_a_year_still_make_it_a_month():
    assert months("Pasukan tiba pada 4 Des 2019.") == [(2019, 12, 4)]


def test_no_happening_dated_in_december_from_des():
    sentence = "Le groupe rebelle ougandais s’est installé dans l’est du pays dès la fin des années 1990."
    found = find_events([(sentence, [])], PartialDate(2018, 11, 16), None, "fr", wire_day=False)[0]
    assert not any(e.date.endswith("-12") for e in found)

"""Dates: two days listed each with its own contracted "of the" article ("du 3 et du 5
août", "del 3 y del 5 de agosto"; dates.yaml "listed_day_of_articles") are two days, the
first read with the second's month, as "le 3 et le 5 août" and "el 3 y el 5 de agosto"
are (dates.find_dates, listed_days); each dates a happening. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 8, 20)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Les attaques du 3 et du 5 août ont fait dix morts.", [(8, 3), (8, 5)], id="fr-du-du"),
        pytest.param("Los ataques del 3 y del 5 de agosto dejaron diez muertos.", [(8, 3), (8, 5)], id="es-del-del"),
        pytest.param("Les attaques du 3 et du 25 août 2023 ont fait dix morts.", [(8, 3), (8, 25)], id="fr-with-year"),
    ],
)
def test_two_listed_days_with_their_article(text, expected):
    assert [(d.value.month, d.value.day) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "between" before the first: a span, as before
        pytest.param("Les combats ont duré entre le 3 et le 5 août.", [((8, 3), (8, 5))], id="fr-between-span"),
        # an "of the" article before a day after "and" alone, with no day before: one day
        pytest.param("Le rapport et du 5 août.", [((8, 5), None)], id="fr-no-first-day"),
    ],
)
def test_what_stays_as_it_was(text, expected):
    assert [((d.value.month, d.value.day), (d.value_end.month, d.value_end.day) if d.value_end else None)
            for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Les attaques du 3 et du 5 août ont fait dix morts.", "fr", id="fr"),
        pytest.param("Los ataques del 3 y del 5 de agosto dejaron diez muertos.", "es", id="es"),
    ],
)
def test_each_day_dates_a_happening(sentence, language):
    assert sorted(str(e.date) for e in body_events(sentence, language, ANCHOR)) == ["2024-08-03", "2024-08-05"]

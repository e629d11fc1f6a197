"""Events: a happening told on a list of days ("le 29 mars, le 7 avril et le 8 avril") is one
event per day; a listed day with its article ("le 8 avril", "el 8 de abril") stands on its own
date, it is no noun told again with "the". Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)

THREE = ["2023-03-29", "2023-04-07", "2023-04-08"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Des hommes armés ont pillé l'entrepôt le 29 mars, le 7 avril et le 8 avril.", "fr", id="fr-le-le-le"),
        pytest.param("Unos hombres armados asaltaron el almacén el 29 de marzo, el 7 de abril y el 8 de abril.", "es", id="es-el-el-el"),
        pytest.param("Gunmen raided the warehouse on March 29, April 7 and April 8.", "en", id="en-month-first"),
    ],
)
def test_each_listed_day_is_an_event(sentence, language):
    assert sorted(e.date for e in body_events(sentence, language, ANCHOR)) == THREE


LATE = PartialDate(2024, 11, 14)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The board deplored the raids on October 29, November 7 and November 8, which injured several guards.", "en",
                     ["2024-10-29", "2024-11-07", "2024-11-08"], id="en-which-clause"),
        pytest.param("Gunmen raided the warehouse on March 29, April 7 and April 8, which injured several guards.", "en",
                     ["2024-03-29", "2024-04-07", "2024-04-08"], id="en-which-clause-spring"),
    ],
)
def test_listed_days_before_a_relative_clause_are_each_an_event(sentence, language, expected):
    assert sorted(e.date for e in body_events(sentence, language, LATE)) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Gunmen raided the warehouse on March 29, April 7 and April 8.", "en", id="en"),
        pytest.param("Des hommes armés ont pillé l'entrepôt le 29 mars, le 7 avril et le 8 avril.", "fr", id="fr"),
        pytest.param("Unos hombres armados asaltaron el almacén el 29 de marzo, el 7 de abril y el 8 de abril.", "es", id="es"),
    ],
)
def test_days_listed_beside_a_past_one_are_past(sentence, language):
    assert sorted(e.date for e in body_events(sentence, language, LATE)) == ["2024-03-29", "2024-04-07", "2024-04-08"]


def test_days_listed_for_a_planned_happening_stay_ahead():
    dates = sorted(e.date for e in body_events("The board will meet on March 29, April 7 and April 8.", "en", LATE))
    assert dates == ["2025-03-29", "2025-04-07", "2025-04-08"]

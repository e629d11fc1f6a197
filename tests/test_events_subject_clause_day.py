"""Events: a relative clause describing the subject with a day of its own tells its own
happening even when the main verb has another day ("Troops who were attacked on Monday were
killed on Tuesday": an attack on Monday, deaths on Tuesday), restrictive or set off by commas.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 3)  # a Wednesday


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Guards who were attacked on Monday near the bridge were killed on Tuesday.", "en",
                     [("attack", "2023-05-01"), ("casualty", "2023-05-02")], id="en-restrictive"),
        pytest.param("The patrol that was ambushed on Monday reached the camp on Tuesday.", "en",
                     [("attack", "2023-05-01"), ("deployment", "2023-05-02")], id="en-that"),
        pytest.param("The envoy, who arrived in the capital on Monday, met the president on Tuesday.", "en",
                     [("deployment", "2023-05-01"), ("meeting", "2023-05-02")], id="en-comma"),
        pytest.param("Les gardes qui ont été attaqués lundi près du pont ont été tués mardi.", "fr",
                     [("attack", "2023-05-01"), ("casualty", "2023-05-02")], id="fr-restrictive"),
    ],
)
def test_a_subject_clause_with_its_own_day_is_its_own_happening(sentence, language, expected):
    assert sorted((e.kind, e.date) for e in body_events(sentence, language, ANCHOR)) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The guards who were attacked on Monday near the bridge will be flown home on Friday.", "en", id="en-planned"),
        pytest.param("The mission said on Tuesday that the guards were attacked on Monday.", "en", id="en-said-that"),
    ],
)
def test_no_clause_happening_beside_a_planned_main_or_a_telling(sentence, language):
    dates = [e.date for e in body_events(sentence, language, ANCHOR) if not e.announced]
    assert dates.count("2023-05-01") <= 1 and "2023-05-02" not in dates

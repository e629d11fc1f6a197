"""Events: a count of times before a week that carries its weekday ("voted for the second time
this week on Thursday", "la deuxième fois cette semaine, jeudi,") is no recap period alone:
the weekday dates the happening, as it would without the count (vocabulary
recap_count_words; dates.relative_spans reads the week and its weekday as one span). Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import dates_between

ANCHOR = PartialDate(2023, 9, 15)  # a Friday


@pytest.mark.parametrize("sentence, language, expected", [
    pytest.param("The council voted for the second time this week on Thursday.", "en", ["2023-09-14"], id="en-week-on-weekday"),
    pytest.param("The base was shelled for the third time this week on Wednesday night.", "en", ["2023-09-13"],
                 id="en-week-on-weekday-night"),
    pytest.param("It was the second time this week, on Tuesday, that the convoy was attacked.", "en", ["2023-09-12"],
                 id="en-week-comma-weekday"),
])
def test_a_weekday_after_the_counted_week_dates_the_happening(sentence, language, expected):
    assert dates_between(sentence, language, ANCHOR) == expected


@pytest.mark.parametrize("sentence, language", [
    pytest.param("It was the second time this month that a convoy was attacked near Gao.", "en", id="en-month"),
    pytest.param("C'est la troisième fois cette semaine qu'une patrouille est attaquée.", "fr", id="fr-week"),
])
def test_the_counted_period_alone_stays_a_recap(sentence, language):
    assert all(len(d) == 10 for d in dates_between(sentence, language, ANCHOR))  # days only, no counted period

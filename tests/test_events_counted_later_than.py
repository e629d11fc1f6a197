"""A count of days or weeks "later than" something ("two weeks later than planned", "three
days later than the timetable set") compares with a plan; it counts from no happening told
before, so it dates nothing, as "plus tard que prévu" and "más tarde de lo previsto" date
nothing. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, sentence_start",
    [
        pytest.param("New York, 20 May 2022 - Gunmen attacked a camp near Gao on 2 May.\n\n"
                     "The relief convoy was attacked near Kidal two weeks later than planned.",
                     "The relief convoy", id="en-weeks-than-planned"),
        pytest.param("New York, 20 May 2022 - Gunmen attacked a camp near Gao on 2 May.\n\n"
                     "Three days later than the timetable set, a peacekeeper was killed near Kidal.",
                     "Three days later than", id="en-days-than-timetable"),
    ],
)
def test_later_than_dates_nothing_from_the_happening_before(text, sentence_start):
    dated = [e for e in extract(text).events if e.sentence.startswith(sentence_start) and e.start is not None]
    assert dated == []


def test_a_count_later_standing_alone_still_dates_from_the_happening_before():
    text = ("New York, 20 May 2022 - Gunmen attacked a camp near Gao on 2 May.\n\n"
            "Two weeks later, a peacekeeper was killed near Kidal.")
    starts = {(e.start.month, e.start.day) for e in extract(text).events
              if e.sentence.startswith("Two weeks later") and e.start is not None}
    assert starts == {(5, 16)}

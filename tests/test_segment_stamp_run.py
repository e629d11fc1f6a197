"""Below the start of the text, a run of date lines one after another is a list of other
stories' stamps ("2024-02-11 08:15 431 views", line after line), not the article's date line;
a page's own stamps under the text, one or two together (published, updated), still date it.
Every text here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_TEXT = ("Rescue crews reached the flooded villages along the river on Tuesday after two days of "
         "heavy rain cut the only road, the district office said in a statement.\n"
         "Boats carried food and medicine to the families who stayed on their roofs, and the "
         "army sent two helicopters to lift the sick to the hospital in the capital.\n"
         "The office said the water was falling slowly and the road could open within a week.")


@pytest.mark.parametrize(
    "after, expected",
    [
        pytest.param(["2024-02-11 08:15 431 views", "2024-02-11 07:50 1,020 views", "2024-02-10 22:03 87 views"],
                     "", id="three-stamps-of-a-list"),
        pytest.param(["12/02/2024 09:10", "11/02/2024 18:45", "11/02/2024 07:30", "10/02/2024 21:00"],
                     "", id="four-numeric-stamps"),
        # (must not change) the page's own stamps under the text
        pytest.param(["Published: February 9, 2024"], "2024-02-09", id="one-stamp"),
        pytest.param(["Published: February 9, 2024", "Updated: February 10, 2024"], "2024-02-09", id="published-and-updated"),
    ],
)
def test_a_run_of_stamps_below_the_text_is_no_date_line(after, expected):
    text = "\n".join(["Crews reach flooded villages", "", _TEXT, "", *after]) + "\n"
    assert extract(text).determined_date == expected

"""The English dates in words that tell the order of a page's numeric dates
(extract._written_date_orders), their ordinal endings and the word between day and month
read from dates.yaml: the month before the day ("June 2nd, 2019") or the day before the month,
with or without "of" ("the 21st of June 2019"). Made-up dates."""
from __future__ import annotations

import pytest

from newsdossier.extract import _written_date_orders
from newsdossier.reference import reference


@pytest.mark.parametrize(
    "text, month_first",
    [
        pytest.param("Posted June 2nd, 2019", True, id="month-first-ordinal"),
        pytest.param("Posted Sept. 21 2019", True, id="month-first-plain"),
        pytest.param("Posted on the 21st of June 2019", False, id="day-first-of"),
        pytest.param("Posted 3rd November, 2019", False, id="day-first-ordinal"),
        pytest.param("Posted 13 March 2019", False, id="day-first-plain"),
    ],
)
def test_a_written_date_tells_its_order(text, month_first):
    before, after = _written_date_orders()
    assert bool(before.search(text)) == month_first
    assert bool(after.search(text)) == (not month_first)


def test_the_ordinal_endings_and_joiners_are_reference_data():
    words = reference().date_words
    assert {"st", "nd", "rd", "th"} <= set(words["written_date_day_endings"]["en"])
    assert "of" in words["written_date_day_joiners"]["en"]

"""Events: people hurt in an attack or an accident, told in the passive or with how badly
("two guards were hurt", "has been hurt", "were seriously hurt"), are casualties of the day the
sentence gives, as "wounded" and "injured" are; the lead's telling day dates them where they
have none of their own. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events, dates_between

ANCHOR = PartialDate(2023, 9, 15)  # a Friday


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Two guards were hurt near Gao on Wednesday when their truck hit a ditch.", ["2023-09-13"], id="were-hurt"),
        pytest.param("Three soldiers were seriously hurt in a fall on Tuesday.", ["2023-09-12"], id="seriously-hurt"),
        pytest.param("A nurse was slightly hurt on Monday near the camp.", ["2023-09-11"], id="was-slightly-hurt"),
    ],
)
def test_hurt_is_a_casualty_of_its_day(sentence, expected):
    assert dates_between(sentence, "en", ANCHOR) == expected


def test_a_lead_dated_by_its_telling():
    lead = "Two guards have been hurt near Gao, the mission said on Thursday, as the army's offensive went on."
    assert [(e.kind, str(e.date)) for e in article_events([lead, "Nothing else was said."], "en", ANCHOR)] == [
        ("casualty", "2023-09-14")]


def test_hurt_feelings_are_no_casualty():
    assert dates_between("The decision taken on Wednesday hurt the mission's standing.", "en", ANCHOR) == []

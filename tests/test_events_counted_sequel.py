"""Events: a link telling another, earlier happening after one named again ("came after",
"survient après") still does so with a count of days or weeks inside it ("came just two days
after", "survient deux jours après"): the day printed after it is that earlier happening's,
not the one named again. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The raid came just two days after officials reported three guards shot dead Friday near the port.", "en", id="en-just-two-days-reported"),
        pytest.param("The raid came two days after three guards were shot dead on Friday.", "en", id="en-two-days"),
        pytest.param("Le raid survient deux jours après que trois gardes ont été tués vendredi.", "fr", id="fr-deux-jours-que"),
        pytest.param("Le raid survient deux jours après la mort de trois gardes vendredi.", "fr", id="fr-deux-jours-nom"),
    ],
)
def test_the_day_after_a_counted_link_is_the_earlier_happenings(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("casualty", "2023-04-28")]

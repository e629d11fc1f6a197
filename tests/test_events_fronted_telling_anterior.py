"""Events: a lead opening on the day of its telling ("On 16 May, the ministry said two soldiers
had been killed") tells a happening of before that day; when the clause told is in the past
before the past, the text gives it no day, and the article's later day is not it either, as
when the date follows the verb of saying ("said on 16 May that ... had been killed"). Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 5, 17)  # a Friday, the day after the telling


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On 16 May, the ministry said two soldiers had been killed in an ambush near the border.", "en", id="en"),
        pytest.param("Le 16 mai, le ministère a indiqué que deux soldats avaient été tués dans une embuscade.", "fr", id="fr"),
        pytest.param("El 16 de mayo, el ministerio informó que dos soldados habían muerto en una emboscada.", "es", id="es"),
        pytest.param("The ministry said on 16 May that two soldiers had been killed in an ambush near the border.", "en",
                     id="en-date-after-verb"),
    ],
)
def test_a_happening_told_before_a_fronted_telling_day_is_not_dated_after_it(sentence, language):
    dates = [e.date for e in body_events(sentence, language, ANCHOR, lead=True)]
    assert not any(d > "2024-05-16" for d in dates), dates

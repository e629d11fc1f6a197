"""Events: two or more days next to each other, each printed with its month and listed for one
happening that runs over days (a summit, a conference, a visit: vocabulary "lasting_kinds"),
are that happening's span ("held on April 7 and April 8", "le 7 avril et le 8 avril"), as "on
7 and 8 April" is; days listed for a raid, or days apart, stay one event each. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The regional summit was held on April 7 and April 8 in Lusaka.", "en", ["2023-04-07/2023-04-08"], id="en-two"),
        pytest.param("The donors' conference met on April 6, April 7 and April 8 in Lusaka.", "en", ["2023-04-06/2023-04-08"], id="en-three"),
        pytest.param("Le sommet régional s'est tenu le 7 avril et le 8 avril à Lusaka.", "fr", ["2023-04-07/2023-04-08"], id="fr-two"),
        pytest.param("La cumbre regional se reunió el 30 de marzo y el 31 de marzo en Lusaka.", "es", ["2023-03-30/2023-03-31"], id="es-two"),
    ],
)
def test_next_days_listed_for_a_lasting_happening_are_its_span(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Rebels raided the depot on April 7 and April 8.", "en", ["2023-04-07", "2023-04-08"], id="en-raids"),
        pytest.param("The regional summit was held on April 7 and April 9 in Lusaka.", "en", ["2023-04-07", "2023-04-09"], id="en-days-apart"),
    ],
)
def test_other_listed_days_stay_apart(sentence, language, expected):
    assert sorted(e.date for e in body_events(sentence, language, ANCHOR)) == expected

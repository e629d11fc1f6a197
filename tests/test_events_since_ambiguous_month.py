"""Events: a month whose name is also a word ("March", "May"; French "mars", "mai"), named
alone after a word bounding a span ("since March, when the mission withdrew", "until May",
"depuis mars, quand"), dates what the sentence tells as any other month so led does ("since
April, when" already did). Before, such a month counted only beside a day or a year, so the
happening had no date. The English names count so only printed with a capital ("since may
be" is the verb); other leads ("in May", read by events itself) and the short forms ("mar",
"sept") are left as they were.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate
from eventcases import dates_between

ANCHOR = PartialDate(2024, 5, 8)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Calm has returned to the town since March, when the mission withdrew from its camp.", "en",
                     ["2024-03"], id="en-since-march-when"),
        pytest.param("Trade has picked up since May, when the blue helmets withdrew from the valley.", "en",
                     ["2024-05"], id="en-since-may-when"),
        pytest.param("Le marché a rouvert depuis mars, quand la mission s'est retirée de la ville.", "fr",
                     ["2024-03"], id="fr-depuis-mars-quand"),
        pytest.param("Les écoles sont fermées depuis mai, quand les casques bleus se sont retirés du district.", "fr",
                     ["2024-05"], id="fr-depuis-mai-quand"),
        # the control the lead word already dated
        pytest.param("Calm has returned to the town since April, when the mission withdrew from its camp.", "en",
                     ["2024-04"], id="en-since-april-when-control"),
    ],
)
def test_a_led_month_that_is_also_a_word_dates_the_happening(sentence, language, expected):
    assert dates_between(sentence, language, ANCHOR) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("This may take weeks, the officer told the villagers.", id="en-this-may-verb"),
        pytest.param("It has not changed since may be the answer.", id="en-since-may-lowercase"),
        pytest.param("The patrols will resume in early March, or may not.", id="en-other-lead-left-to-events"),
        pytest.param("Les pêcheurs sont restés en mar ouvert, disent-ils.", id="short-form-mar"),
        pytest.param("Le camp sera démonté en sept jours.", id="short-form-sept"),
        # one language's name after the other's lead, and a person named May
        pytest.param("Nothing has been seen since Mars was last in view.", id="en-lead-fr-name-the-planet"),
        pytest.param("Relations have cooled since May took office in London.", id="en-since-may-a-person"),
        pytest.param("The talks stalled until May met the president.", id="en-until-may-a-person"),
    ],
)
def test_no_month_where_the_name_is_a_word(text):
    assert [str(d.value) for d in find_dates(text) if d.kind == "date"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The patrols stopped in the area since March.", (3, None), id="en-since-march"),
        pytest.param("Talks are suspended until May.", (5, None), id="en-until-may"),
        pytest.param("Les patrouilles sont suspendues jusqu'en mai.", (5, None), id="fr-jusqu-en-mai"),
        pytest.param("La route est coupée depuis mars.", (3, None), id="fr-depuis-mars"),
    ],
)
def test_the_led_month_is_found(text, expected):
    assert [(d.value.month, d.value.year) for d in find_dates(text) if d.kind == "date"] == [expected]

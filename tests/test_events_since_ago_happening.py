"""Events: a since-phrase telling a past happening dated by a count back ("the heaviest loss
since rebels killed fifteen soldiers nearly a year ago", "depuis que des rebelles ont tué quinze
soldats il y a un an", "desde que los rebeldes mataron a quince soldados hace un año", "kể từ khi
15 binh sĩ thiệt mạng một năm trước") names that happening in passing, dated by the count, as
it is with a printed date ("since rebels killed fifteen soldiers in December 2017"). A
since-phrase of the subject's setting-up ("since its deployment two years ago") or with no
happening's word before the count stays a bound. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

FRIDAY = PartialDate(2018, 11, 16)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("It was the heaviest loss for the force since rebels killed fifteen soldiers nearly a year ago.",
                     "en", [("2017", "casualty")], id="en-since-ago"),
        pytest.param("C'est la perte la plus lourde depuis que des rebelles ont tué quinze soldats il y a un an.",
                     "fr", [("2017", "casualty")], id="fr-depuis-que-il-y-a"),
        pytest.param("Es la mayor pérdida desde que los rebeldes mataron a quince soldados hace un año.",
                     "es", [("2017", "casualty")], id="es-desde-que-hace"),
        pytest.param("Đây là tổn thất lớn nhất kể từ khi 15 binh sĩ thiệt mạng một năm trước.",
                     "vi", [("2017", "casualty")], id="vi-ke-tu-khi-truoc"),
    ],
)
def test_a_happening_in_a_since_phrase_is_dated_by_its_count_back(sentence, language, expected):
    assert [(e.date, e.kind) for e in body_events(sentence, language, FRIDAY, lead=True)] == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Since it was set up a year ago, the hospital has treated 2,000 patients.", "en", id="en-set-up"),
        pytest.param("Since its deployment two years ago, the battalion has built 40 km of road.", "en",
                     id="en-own-deployment"),
        pytest.param("Depuis son déploiement il y a deux ans, le bataillon a construit 40 km de route.", "fr",
                     id="fr-own-deployment"),
    ],
)
def test_a_since_phrase_of_the_setting_up_stays_a_bound(sentence, language):
    assert [e.date for e in body_events(sentence, language, FRIDAY)] == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("It is the first election since the mission was deployed two years ago.", "en",
                     id="en-mission-was-deployed"),
        pytest.param("C'est la première élection depuis que la mission a été déployée il y a deux ans.", "fr",
                     id="fr-mission-a-ete-deployee"),
        pytest.param("Es la primera elección desde que la misión fue desplegada hace dos años.", "es",
                     id="es-mision-fue-desplegada"),
    ],
)
def test_the_missions_setting_up_since_a_count_back_stays_a_bound(sentence, language):
    """"since the mission was deployed two years ago" is its setting-up in passing, as "since
    the mission was deployed in 2019" is: no deployment dated."""
    assert [e.date for e in body_events(sentence, language, FRIDAY)] == []

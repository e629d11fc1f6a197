"""Events: a time clause opened right after the date of the main happening ("deployed in 2012,
when armed groups seized the north", "déployée en 2013, lorsque des groupes armés ont pris le
contrôle du nord", "se desplegó en 2013, cuando grupos armados tomaron el control del norte",
"triển khai năm 2013, khi các nhóm vũ trang giành quyền kiểm soát miền Bắc") tells a second
happening of that date. Not when the clause tells the same happening again (an attack and its
dead), nor the mission's own setting-up. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

WEDNESDAY = PartialDate(2021, 3, 10)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The mission was deployed in 2012, when armed groups seized the north of the country.", "en",
                     [("2012", "deployment"), ("2012", "conflict")], id="en-when-seized"),
        pytest.param("The battalion arrived in Juba on 3 March, when fighting broke out in the city.", "en",
                     [("2021-03-03", "deployment"), ("2021-03-03", "conflict")], id="en-day-when-broke-out"),
        pytest.param("La mission a été déployée en 2013, lorsque des groupes armés ont pris le contrôle du nord.", "fr",
                     [("2013", "deployment"), ("2013", "conflict")], id="fr-lorsque"),
        pytest.param("La misión se desplegó en 2013, cuando grupos armados tomaron el control del norte del país.",
                     "es", [("2013", "deployment"), ("2013", "conflict")], id="es-cuando"),
        pytest.param("Phái bộ được triển khai năm 2013, khi các nhóm vũ trang giành quyền kiểm soát miền Bắc.", "vi",
                     [("2013", "deployment"), ("2013", "conflict")], id="vi-khi"),
    ],
)
def test_a_when_clause_after_the_date_tells_a_second_happening(sentence, language, expected):
    assert sorted((e.date, e.kind) for e in body_events(sentence, language, WEDNESDAY)) == sorted(expected)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Two peacekeepers were killed on 3 March, when gunmen attacked their convoy.", "en",
                     [("2021-03-03", "casualty")], id="en-same-attack"),
        pytest.param("The troops were deployed in 2012, when fighting was already raging.", "en",
                     [("2012", "deployment")], id="en-state-no-event-word"),
    ],
)
def test_a_when_clause_telling_the_same_happening_adds_none(sentence, language, expected):
    assert [(e.date, e.kind) for e in body_events(sentence, language, WEDNESDAY)] == expected

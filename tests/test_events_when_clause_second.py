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


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The mission was deployed in 2013, when the country was still reeling from the coup.", "en",
                     [("2013", "deployment")], id="en-reeling-from-coup"),
        pytest.param("The troops arrived in 2014, when fears of a new offensive were growing.", "en",
                     [("2014", "deployment")], id="en-fears-of-offensive"),
        pytest.param("The battalion was deployed in 2012, when rebels threatened to attack the capital.", "en",
                     [("2012", "deployment")], id="en-threatened-to-attack"),
        pytest.param("The base was shelled on Monday, when peacekeepers were preparing for the medal ceremony.", "en",
                     [("2021-03-08", "attack")], id="en-preparing-for-ceremony"),
        pytest.param("La mission a été déployée en 2013, lorsque le pays se remettait à peine du coup d'État.", "fr",
                     [("2013", "deployment")], id="fr-se-remettait-du-coup"),
        pytest.param("Le contingent est arrivé en 2015, où la guerre faisait rage.", "fr",
                     [("2015", "deployment")], id="fr-guerre-faisait-rage"),
        pytest.param("La misión se desplegó en 2013, cuando el país aún se recuperaba del golpe de Estado.", "es",
                     [("2013", "deployment")], id="es-se-recuperaba-del-golpe"),
        pytest.param("Phái bộ được triển khai năm 2013, khi đất nước vẫn chưa hồi phục sau cuộc đảo chính.", "vi",
                     [("2013", "deployment")], id="vi-chua-hoi-phuc-sau"),
    ],
)
def test_a_when_clause_of_a_state_adds_none(sentence, language, expected):
    """A clause telling how things stood then names a happening only in passing (a noun after
    a preposition, a threat, a fear): none of that date. Only a verb of the clause, or a noun
    a verb of happening puts first, tells one."""
    assert sorted((e.date, e.kind) for e in body_events(sentence, language, WEDNESDAY)) == sorted(expected)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("La misión se desplegó en 2013, cuando se produjo el golpe de Estado.", "es",
                     [("2013", "conflict"), ("2013", "deployment")], id="es-se-produjo-el-golpe"),
        pytest.param("El contingente llegó el 3 de marzo, cuando se celebró la ceremonia de bienvenida.", "es",
                     [("2021-03-03", "ceremony"), ("2021-03-03", "deployment")], id="es-se-celebro-la-ceremonia"),
        pytest.param("Phái bộ được triển khai năm 2013, khi xảy ra cuộc đảo chính.", "vi",
                     [("2013", "conflict"), ("2013", "deployment")], id="vi-xay-ra-cuoc-dao-chinh"),
        pytest.param("La mission a été déployée en 2013, quand a éclaté la guerre.", "fr",
                     [("2013", "conflict"), ("2013", "deployment")], id="fr-quand-a-eclate-la-guerre"),
    ],
)
def test_a_when_clause_putting_its_happening_after_its_verb_tells_it(sentence, language, expected):
    assert sorted((e.date, e.kind) for e in body_events(sentence, language, WEDNESDAY)) == sorted(expected)

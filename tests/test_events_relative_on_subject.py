"""Events: a relative clause on the sentence's subject with no comma to close it ends where
the main clause's verb begins ("The battalion that will deploy in the coming weeks held a
ceremony on Friday": the ceremony is the happening, on the Friday past), and the tense of a
relative clause describing another noun is none of the happening's ("visited the battalion
that will deploy next month": the visit is done, not planned). In Vietnamese, where a particle
before each verb tells its tense, a future particle in the clause marks another verb when the
particle nearest before the main word is a past one.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 3, 15)  # a Wednesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The battalion that will deploy in the coming weeks held a ceremony on Friday in Bamako.", "en", id="en"),
        pytest.param("The company that was sent to the border last spring held a ceremony on Friday in Bamako.", "en",
                     id="en-past-relative"),
        pytest.param("Le bataillon qui sera déployé dans les prochaines semaines a organisé une cérémonie vendredi à Bamako.",
                     "fr", id="fr"),
        pytest.param("El batallón que será desplegado en las próximas semanas celebró una ceremonia el viernes en Bamako.",
                     "es", id="es"),
    ],
)
def test_the_main_clause_after_a_relative_on_the_subject_tells_the_happening(sentence, language):
    found = [(e.kind, e.date, e.announced) for e in body_events(sentence, language, ANCHOR)]
    assert found == [("ceremony", "2023-03-10", False)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On Friday the minister visited the battalion that will deploy to Juba next month.", "en", id="en"),
        pytest.param("Vendredi, le ministre a rendu visite au bataillon qui sera déployé le mois prochain à Juba.", "fr",
                     id="fr"),
        pytest.param("El viernes, el ministro visitó al batallón que se desplegará el próximo mes en Juba.", "es", id="es"),
    ],
)
def test_the_future_of_a_relative_on_the_object_makes_no_plan(sentence, language):
    found = [(e.kind, e.date, e.announced) for e in body_events(sentence, language, ANCHOR)]
    assert found == [("visit", "2023-03-10", False)]



@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a verb describing the subject, marked future by its own particle, before the main verb's past one
        pytest.param("Tiểu đoàn sẽ triển khai trong những tuần tới đã tổ chức lễ xuất quân vào ngày 10 tháng 3 tại Hà Nội.",
                     [("ceremony", "2023-03-10", False)], id="vi-subject"),
        # a verb describing the object, after the main verb's past particle
        pytest.param("Hôm thứ Sáu, Bộ trưởng đã thăm tiểu đoàn sẽ triển khai tới Nam Sudan vào tháng tới.",
                     [("visit", "2023-03-10", False)], id="vi-object"),
        # the main verb's own future particle still makes it planned
        pytest.param("Tiểu đoàn sẽ tổ chức lễ xuất quân vào ngày 20 tháng 3 tại Hà Nội.",
                     [("ceremony", "2023-03-20", True)], id="vi-planned"),
    ],
)
def test_a_vietnamese_future_particle_of_another_verb_makes_no_plan(sentence, expected):
    assert [(e.kind, e.date, e.announced) for e in body_events(sentence, "vi", ANCHOR)] == expected

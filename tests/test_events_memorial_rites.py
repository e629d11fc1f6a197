"""Events: the rites for the fallen (a memorial service, a funeral, a vigil, a burial: "were
laid to rest", "les obsèques", "ont été inhumés", "el sepelio", "fueron velados", "lễ truy
điệu", "được an táng") are ceremonies of their own day, where a statement paying tribute
stays none; and a participle describing the noun of such a noun's complement ("les
funérailles du soldat tué", "el sepelio del soldado fallecido") neither gives the kind nor
takes the day. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 10, 12)  # a Saturday: the Thursday before is the 10th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A memorial service for the two fallen observers was held at the camp on Thursday.", "en", id="en-memorial"),
        pytest.param("Hundreds of villagers attended a vigil for the dead soldiers on Thursday.", "en", id="en-vigil"),
        pytest.param("The three engineers were laid to rest in their home town on Thursday.", "en", id="en-laid-to-rest"),
        pytest.param("Les obsèques des deux gendarmes ont eu lieu jeudi à Thiès.", "fr", id="fr-obseques"),
        pytest.param("Les trois soldats ont été inhumés jeudi dans leur village natal.", "fr", id="fr-inhumes"),
        pytest.param("Les funérailles du sergent tué se sont déroulées jeudi à Bamako.", "fr", id="fr-funerailles-participle"),
        pytest.param("El sepelio del cabo fallecido se realizó el jueves en Florida.", "es", id="es-sepelio-participle"),
        pytest.param("Los restos del soldado fueron velados el jueves en su ciudad natal.", "es", id="es-velados"),
        pytest.param("Hôm thứ Năm, hai chiến sĩ đã được an táng tại quê nhà.", "vi", id="vi-an-tang"),
        pytest.param("Hôm thứ Năm, đơn vị đã tổ chức tưởng niệm các đồng đội đã hy sinh.", "vi", id="vi-tuong-niem"),
    ],
)
def test_the_rites_for_the_fallen_are_a_ceremony(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("ceremony", "2024-10-10")]


def test_a_statement_of_tribute_is_still_no_ceremony():
    events = body_events("On Thursday the mission paid tribute to the fallen peacekeepers in Bunia.", "en", ANCHOR)
    assert [e.kind for e in events] != ["ceremony"]


def test_a_finite_verb_after_the_complement_still_tells_the_toll():
    events = body_events("L'attaque du convoi a tué deux soldats jeudi.", "fr", ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("attack", "2024-10-10")]


def test_a_burial_after_the_participle_of_the_dead_is_the_clause_s_happening():
    """"were buried on Monday" is the finite verb of the clause: a ceremony (the example the
    subject-participle tests used for a verb of no kind now reads "were identified")."""
    events = body_events("Two peacekeepers killed in the ambush were buried on Thursday.", "en", ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("ceremony", "2024-10-10")]

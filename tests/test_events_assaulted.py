"""Events: people assaulted, told in the passive ("two staffers were assaulted on Sunday", "ont
été agressés", "fueron agredidos", "bị hành hung"), are attacked: a happening of its day. A
feeling ("felt assaulted by the rules") or a denial ("had never been assaulted") is none. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2008, 7, 9)  # a Wednesday: the Sunday before is the 6th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two aid workers were assaulted on Sunday near the camp gate.", "en", id="en-were-assaulted"),
        pytest.param("Deux employés humanitaires ont été agressés dimanche près de l'entrée du camp.", "fr",
                     id="fr-ont-ete-agresses"),
        pytest.param("Dos trabajadores humanitarios fueron agredidos el domingo cerca de la entrada del campamento.", "es",
                     id="es-fueron-agredidos"),
        pytest.param("Hai nhân viên cứu trợ bị hành hung hôm Chủ nhật gần cổng trại.", "vi", id="vi-bi-hanh-hung"),
    ],
)
def test_people_assaulted_are_attacked_on_their_day(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.kind, e.date) for e in events] == [("attack", "2008-07-06")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The soldiers said on Sunday they felt assaulted by the new rules.", "en", id="en-felt-assaulted"),
        pytest.param("On Sunday, he said he had never been assaulted in the camp.", "en", id="en-never-assaulted"),
        pytest.param("Ils se sont sentis agressés par les nouvelles règles, a-t-il dit dimanche.", "fr",
                     id="fr-sentis-agresses"),
        pytest.param("Se sintieron agredidos por las nuevas normas, dijo el domingo.", "es", id="es-sintieron-agredidos"),
        pytest.param("Hôm Chủ nhật, anh cho biết mình chưa từng bị hành hung trong trại.", "vi", id="vi-chua-tung"),
    ],
)
def test_a_feeling_or_a_denial_is_no_attack(sentence, language):
    assert [e for e in body_events(sentence, language, ANCHOR) if e.kind == "attack"] == []

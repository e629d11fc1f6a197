"""Events: verb forms of a planned happening after a modal or in the subjunctive ("devraient
arriver", "se espera que lleguen") and the Vietnamese verb of meeting ("sẽ họp"). Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events
from eventcases import FILLER

ANCHOR = PartialDate(2024, 3, 15)  # a Friday


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Les Casques bleus devraient arriver le mois prochain.", "fr", ("deployment", "2024-04", True), id="fr-arriver"),
        pytest.param("Se espera que los cascos azules lleguen el próximo mes.", "es", ("deployment", "2024-04", True), id="es-lleguen"),
        pytest.param("The peacekeepers are expected to arrive next month.", "en", ("deployment", "2024-04", True), id="en-arrive"),
        pytest.param("Hội đồng Bảo an sẽ họp vào thứ Năm để thảo luận về nhiệm vụ.", "vi", ("meeting", "2024-03-21", True), id="vi-se-hop"),
        pytest.param("Hội đồng Bảo an đã họp hôm thứ Ba.", "vi", ("meeting", "2024-03-12", False), id="vi-da-hop"),
    ],
)
def test_planned_verb_forms(sentence, language, expected):
    assert [(e.kind, e.date, e.announced) for e in find_events(FILLER + [(sentence, [])], ANCHOR, None, language)[0]] == [expected]


def test_a_press_conference_stays_one():
    sentence = "Bộ Quốc phòng tổ chức họp báo hôm thứ Ba."
    assert [e.kind for e in find_events(FILLER + [(sentence, [])], ANCHOR, None, "vi")[0]] == ["announcement"]

"""Events: verb forms the kind lists lacked.

- Fighting that broke out is told in the plural as often as in the singular ("de violents
  combats ont éclaté mardi", "estallaron intensos combates el martes", "fighting erupted on
  Tuesday"): a conflict, on its day.
- Vietnamese tells troops going or sent to a mission with "đã sang" (went over to), "sẽ
  sang", "sẽ cử" / "đã cử" (will send, sent): a deployment, planned when told in the future.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2021, 6, 10)  # a Thursday: the Tuesday before is the 8th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Mardi, de violents combats ont éclaté entre deux groupes armés près de Bria.", "fr", id="fr-ont-eclate"),
        pytest.param("El martes estallaron intensos combates entre dos grupos armados cerca de Bria.", "es", id="es-estallaron"),
        pytest.param("Los combates han estallado el martes en las afueras de Bria.", "es", id="es-han-estallado"),
        pytest.param("Heavy fighting erupted on Tuesday between two armed groups near Bria.", "en", id="en-erupted"),
    ],
)
def test_fighting_that_broke_out_is_a_conflict(sentence, language):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [("2021-06-08", "conflict")]


@pytest.mark.parametrize(
    "sentence, date, announced",
    [
        pytest.param("Ngày 5/6, 12 sĩ quan Việt Nam đã sang Nam Sudan làm nhiệm vụ.", "2021-06-05", False, id="da-sang"),
        pytest.param("Tháng 8 tới, Việt Nam sẽ cử 20 sỹ quan sang Phái bộ Abyei.", "2021-08", True, id="se-cu"),
        pytest.param("Ngày 20/7, đơn vị sẽ sang Abyei thay thế đội cũ.", "2021-07-20", True, id="se-sang"),
    ],
)
def test_vietnamese_going_or_sending_is_a_deployment(sentence, date, announced):
    assert [(e.date, e.kind, e.announced) for e in body_events(sentence, "vi", ANCHOR)] == [(date, "deployment", announced)]

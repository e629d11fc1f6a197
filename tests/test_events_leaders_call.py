"""Events: a talk between leaders, by phone or not ("mantuvo este lunes una conversación con el
secretario general", "sostuvieron una conversación telefónica", "đã điện đàm") is a meeting of
its day. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 5, 3)  # a Friday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El presidente mantuvo este lunes una conversación con el secretario general sobre la crisis.", "es",
                     id="es-mantuvo"),
        pytest.param("Los dos presidentes conversaron el lunes por teléfono sobre la crisis.", "es", id="es-conversaron"),
        pytest.param("El lunes, ambos mandatarios sostuvieron una conversación telefónica.", "es", id="es-telefonica"),
        pytest.param("Hôm thứ Hai, hai nhà lãnh đạo đã điện đàm về cuộc khủng hoảng.", "vi", id="vi-dien-dam"),
    ],
)
def test_a_talk_between_leaders_is_a_meeting(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("meeting", "2019-04-29")]

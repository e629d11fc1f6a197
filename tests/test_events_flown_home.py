"""Events: troops, or the bodies of the fallen, flown home ("were flown home on Thursday",
"flew home on Friday") return, a happening dated by its day, as "repatriated" is; the other
languages' words of repatriation already tell it ("ont été rapatriés jeudi", "fueron
repatriados el jueves", "được đưa về nước hôm thứ Năm").

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2024, 10, 12)  # a Saturday: Thursday is the 10th, Friday the 11th


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The bodies of the two peacekeepers were flown home on Thursday.", "en", "2024-10-10", id="en-flown-home"),
        pytest.param("The last 120 soldiers of the battalion flew home on Friday.", "en", "2024-10-11", id="en-flew-home"),
        pytest.param("Les corps des deux Casques bleus ont été rapatriés jeudi.", "fr", "2024-10-10", id="fr-unchanged"),
        pytest.param("Los cuerpos de los dos cascos azules fueron repatriados el jueves.", "es", "2024-10-10", id="es-unchanged"),
        pytest.param("Thi hài hai binh sĩ đã được đưa về nước hôm thứ Năm.", "vi", "2024-10-10", id="vi-unchanged"),
    ],
)
def test_flown_home_is_a_return_of_its_day(sentence, language, expected):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("return", expected)]

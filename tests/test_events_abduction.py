"""Events: peacekeepers or observers abducted, taken hostage or detained, and their release
("were abducted on Thursday", "ont été enlevés jeudi", "fueron secuestrados el jueves", "bị
bắt cóc hôm thứ Năm"; "were freed on Friday", "ont été libérés vendredi", "fueron liberados
el viernes", "được trả tự do") are happenings of the abduction kind, dated by their day, which
no word list named before, so a relative day dated nothing. A statement released names none.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2024, 10, 12)  # a Saturday: Thursday is the 10th, Friday the 11th


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Two peacekeepers were abducted by gunmen near the border on Thursday.", "en", "2024-10-10", id="en-abducted"),
        pytest.param("The three observers were freed on Friday after four days in captivity.", "en", "2024-10-11", id="en-freed"),
        pytest.param("Deux Casques bleus ont été enlevés jeudi par des hommes armés près de la frontière.", "fr", "2024-10-10",
                     id="fr-enleves"),
        pytest.param("Les trois observateurs ont été libérés vendredi après quatre jours de captivité.", "fr", "2024-10-11",
                     id="fr-liberes"),
        pytest.param("Dos cascos azules fueron secuestrados el jueves por hombres armados cerca de la frontera.", "es", "2024-10-10",
                     id="es-secuestrados"),
        pytest.param("Los tres observadores fueron liberados el viernes tras cuatro días de cautiverio.", "es", "2024-10-11",
                     id="es-liberados"),
        pytest.param("Hai binh sĩ gìn giữ hòa bình bị bắt cóc hôm thứ Năm gần biên giới.", "vi", "2024-10-10", id="vi-bat-coc"),
        pytest.param("Ba quan sát viên đã được trả tự do hôm thứ Sáu sau bốn ngày bị giam giữ.", "vi", "2024-10-11",
                     id="vi-tra-tu-do"),
    ],
)
def test_an_abduction_or_a_release_is_dated(sentence, language, expected):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("abduction", expected)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The mission released a statement on Friday about the patrol.", "en", id="en-statement"),
        pytest.param("La mission a publié vendredi un communiqué sur la patrouille.", "fr", id="fr-statement"),
    ],
)
def test_a_statement_released_is_no_abduction(sentence, language):
    assert "abduction" not in [e.kind for e in body_events(sentence, language, ANCHOR)]

"""Events: a statement issued on a day whose content is opened right after its noun ("emitió
el jueves un comunicado en el que indicó que ...", "difundió un comunicado según el cual
...", "đã đưa ra một tuyên bố nói rằng ...", "ra thông cáo hôm thứ Năm cho biết ...") is
how the news was told: the statement is no happening of its own, and what it tells keeps
the day printed in it, as "said on Thursday in a statement that ..." does. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2023, 9, 15)  # a Friday
LEAD = {"es": "Nada de nada.", "vi": "Không có gì cả."}
AFTER = {"es": "No se dijo nada más.", "vi": "Không ai nói gì thêm."}


def _dates(sentence: str, language: str) -> list[str]:
    told = [LEAD[language], sentence, AFTER[language]]
    return sorted(str(e.date) for e in article_events(told, language, ANCHOR))


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        pytest.param("es", "La misión emitió el jueves un comunicado en el que indicó que dos guardias murieron el martes cerca de Gao.",
                     ["2023-09-12"], id="es-en-el-que-indico"),
        pytest.param("es", "El ejército publicó el jueves un comunicado en el que aseguró que una patrulla fue atacada el miércoles por la noche.",
                     ["2023-09-13"], id="es-en-el-que-aseguro"),
        pytest.param("es", "La fuerza difundió el jueves un comunicado según el cual un soldado murió el martes en Kidal.",
                     ["2023-09-12"], id="es-segun-el-cual"),
        pytest.param("es", "La misión emitió un comunicado el jueves en la que la fuerza precisó que dos guardias murieron el martes.",
                     ["2023-09-12"], id="es-subject-between"),
        pytest.param("vi", "Phái bộ hôm thứ Năm đã đưa ra một tuyên bố nói rằng hai lính canh đã thiệt mạng hôm thứ Ba gần Gao.",
                     ["2023-09-12"], id="vi-noi-rang"),
        pytest.param("vi", "Quân đội ra thông cáo hôm thứ Năm cho biết một đoàn xe bị tấn công hôm thứ Tư.",
                     ["2023-09-13"], id="vi-cho-biet"),
    ],
)
def test_the_told_happening_keeps_its_own_day(language, sentence, expected):
    assert _dates(sentence, language) == expected


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        # a statement about a topic, with no content opened after it, stays a happening of its day
        pytest.param("es", "La misión emitió el jueves un comunicado sobre la situación en Gao.", ["2023-09-14"], id="es-topic"),
        pytest.param("vi", "Phái bộ hôm thứ Năm đã đưa ra một tuyên bố về tình hình ở Gao.", ["2023-09-14"], id="vi-topic"),
        # a relative clause after the noun that tells no speech ("en el que participaron") is no content
        pytest.param("es", "El Consejo aprobó el jueves un comunicado en el que trabajaron diez países.", ["2023-09-14"], id="es-relative-not-speech"),
    ],
)
def test_guards(language, sentence, expected):
    assert _dates(sentence, language) == expected

"""Events: a sentence opened by a phrase setting what it tells at the time of the happening told
just before it, later that day ("That afternoon", "Dans la soirée", "Por la tarde", "Tối cùng
ngày") or on that same occasion ("On that occasion", "À cette occasion", "En esa ocasión", "En
ese entonces", "Nhân dịp này"; vocabulary "same_day_openers"), tells another happening of that
day: it takes that day, not the article's. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

MONDAY = PartialDate(2023, 6, 12)  # Saturday is 10 June


def dates_of(sentences: list[str], language: str) -> list[str]:
    return [e.date for e in article_events(sentences, language, MONDAY)]


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["On Saturday, a hundred peacekeepers landed at the capital's airport after a year abroad.",
                      "That afternoon, the minister welcomed the contingent at a ceremony in the barracks."],
                     "en", id="en-that-afternoon"),
        pytest.param(["On Saturday, a hundred peacekeepers landed at the capital's airport after a year abroad.",
                      "Later that day, the minister welcomed the contingent at a ceremony in the barracks."],
                     "en", id="en-later-that-day"),
        pytest.param(["On Saturday, a hundred peacekeepers landed at the capital's airport after a year abroad.",
                      "On that occasion, the minister held a farewell ceremony for the next contingent."],
                     "en", id="en-on-that-occasion"),
        pytest.param(["Samedi, une centaine de casques bleus ont atterri à l'aéroport de la capitale.",
                      "Dans la soirée, le ministre a accueilli le contingent lors d'une cérémonie à la caserne."],
                     "fr", id="fr-dans-la-soiree"),
        pytest.param(["Samedi, une centaine de casques bleus ont atterri à l'aéroport de la capitale.",
                      "À cette occasion, le ministre a organisé une cérémonie d'adieu pour le contingent suivant."],
                     "fr", id="fr-a-cette-occasion"),
        pytest.param(["El sábado, un centenar de cascos azules aterrizaron en el aeropuerto de la capital.",
                      "Por la tarde, el ministro recibió al contingente en una ceremonia en el cuartel."],
                     "es", id="es-por-la-tarde"),
        pytest.param(["El sábado, un centenar de cascos azules aterrizaron en el aeropuerto de la capital.",
                      "En horas de la noche, el ministro recibió al contingente en una ceremonia en el cuartel."],
                     "es", id="es-en-horas-de-la-noche"),
        pytest.param(["El sábado, un centenar de cascos azules aterrizaron en el aeropuerto de la capital.",
                      "En esa ocasión se realizó también la ceremonia de despedida del nuevo contingente."],
                     "es", id="es-en-esa-ocasion"),
        pytest.param(["El sábado, un centenar de cascos azules aterrizaron en el aeropuerto de la capital.",
                      "En ese entonces también se celebró la ceremonia de despedida del nuevo contingente."],
                     "es", id="es-en-ese-entonces"),
        pytest.param(["Hôm thứ Bảy, một trăm quân nhân gìn giữ hòa bình đã về nước sau một năm làm nhiệm vụ.",
                      "Tối cùng ngày, Bộ trưởng tổ chức lễ đón đoàn tại doanh trại."],
                     "vi", id="vi-toi-cung-ngay"),
        pytest.param(["Hôm thứ Bảy, một trăm quân nhân gìn giữ hòa bình đã về nước sau một năm làm nhiệm vụ.",
                      "Nhân dịp này, Bộ trưởng tổ chức lễ tiễn đoàn quân nhân tiếp theo."],
                     "vi", id="vi-nhan-dip-nay"),
    ],
)
def test_an_opener_of_the_same_time_dates_by_the_happening_before(sentences, language):
    assert dates_of(sentences, language) == ["2023-06-10", "2023-06-10"]

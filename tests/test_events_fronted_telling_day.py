"""Events: a date opening a sentence whose verb is one of saying ("On 16 June, the ministry said
all members had arrived", "Le 16 juin, le ministère a indiqué que...", "Ngày 16/6, Bộ ... cho
biết") dates the telling, not the happening told: the happening takes the day a later sentence
gives it, not the day it was told. A fronted date of a happening's own verb stays its date.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2022, 6, 16)


def dates_of(sentences: list[str], language: str) -> list[str]:
    return sorted(e.date for e in article_events(sentences, language, ANCHOR))


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["On 16 June, the defence ministry said all members of the unit had arrived safely in Abyei.",
                      "The last group arrived in Abyei on 14 June 2022 aboard a helicopter, ending the march."],
                     "en", id="en"),
        pytest.param(["Le 16 juin, le ministère de la Défense a indiqué que tous les membres de l'unité étaient "
                      "arrivés à Abyei.",
                      "Le dernier groupe est arrivé à Abyei le 14 juin 2022 à bord d'un hélicoptère."], "fr", id="fr"),
        pytest.param(["El 16 de junio, el ministerio de Defensa informó que todos los miembros de la unidad llegaron "
                      "a Abyei.",
                      "El último grupo llegó a Abyei el 14 de junio de 2022 a bordo de un helicóptero."], "es", id="es"),
        pytest.param(["Ngày 16/6, Bộ Quốc phòng cho biết tất cả thành viên của đơn vị đã hành quân an toàn tới Abyei.",
                      "Ngày 14/6/2022, chuyến bay cuối cùng đã đưa nhóm cuối cùng tới Abyei, kết thúc cuộc hành quân."],
                     "vi", id="vi"),
    ],
)
def test_a_fronted_day_of_the_telling_does_not_date_the_happening(sentences, language):
    dates = dates_of(sentences, language)
    assert "2022-06-16" not in dates, dates
    assert "2022-06-14" in dates, dates  # the happening is found, with the day the later sentence gives it


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On 15 June, engineers reopened the bridge to traffic, the ministry said.", "en", id="en"),
        pytest.param("Le 15 juin, les ingénieurs ont rouvert le pont, a indiqué le ministère.", "fr", id="fr"),
    ],
)
def test_a_fronted_day_of_the_happening_stays(sentence, language):
    assert "2022-06-15" in dates_of([sentence], language)

"""Events: a toll told as taking place in a happening dated by a count back from the article
("killed in an attack three days ago", "murieron en un ataque hace tres días", "tués dans une
attaque il y a trois jours", "thiệt mạng trong vụ tấn công cách đây ba ngày") is on that day:
the deaths were in the attack. A toll whose cause stands further off ("died of wounds suffered
in an ambush three months ago") keeps its own time. In EN, FR, ES, VI. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

FRIDAY = PartialDate(2023, 6, 9)


def dates_of(sentence: str, language: str) -> list[str]:
    """The dates of the events one sentence tells, deep in an article's body, sorted."""
    sentences = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    return sorted(e.date for e in find_events(sentences, FRIDAY, None, language)[0])


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("Two peacekeepers were killed in an attack three days ago.", "en", "2023-06-06", id="en"),
        pytest.param("Dos cascos azules murieron en un ataque hace tres días.", "es", "2023-06-06", id="es"),
        pytest.param("Deux casques bleus ont été tués dans une attaque il y a trois jours.", "fr", "2023-06-06", id="fr"),
        pytest.param("Hai binh sĩ đã thiệt mạng trong vụ tấn công cách đây ba ngày.", "vi", "2023-06-06", id="vi"),
        pytest.param("Bốn quân nhân đã tử vong trong vụ rơi trực thăng cách đây 2 tuần.", "vi", "2023-05-26", id="vi-weeks"),
    ],
)
def test_a_toll_in_a_happening_counted_back_takes_its_day(sentence, language, date):
    assert dates_of(sentence, language) == [date]


def test_a_toll_of_wounds_suffered_earlier_keeps_its_own_time():
    assert "2023-03" not in dates_of("A police adviser died of wounds suffered in an ambush three months ago.", "en")


def test_a_vietnamese_count_back_in_a_since_phrase_still_dates_nothing():
    sentence = "Kể từ khi được triển khai cách đây hai năm, bệnh viện đã điều trị cho 1.800 bệnh nhân."
    assert all(not d.startswith("2021") for d in dates_of(sentence, "vi"))

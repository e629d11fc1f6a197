"""Events: a sentence opened by a phrase of the very time of the happening told before
("Al mismo tiempo, ...", "Au même moment, ...", "Simultaneously, ...", "Cùng lúc đó, ...")
tells another happening of that day (vocabulary same_day_openers). Near miss: English "At
the same time," most often links an argument ("however"), and a sentence with no event word
after it dates nothing. In EN, FR, ES, VI. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

FRIDAY = PartialDate(2025, 7, 4)  # a Friday


def dates_of(sentences: list[str], language: str) -> list[str]:
    """The EDTF dates, in text order, of the events found in an article of a sentence that
    names nothing and then `sentences`, dated FRIDAY."""
    told = [("Une phrase sans rien.", [])] + [(s, find_in_sentence(s, language)) for s in sentences]
    return [str(e.date) for e in find_events(told, FRIDAY, None, language)[0]]


@pytest.mark.parametrize(
    "first, second, language",
    [
        pytest.param("Doscientos soldados regresaron este viernes a Montevideo desde el Congo.",
                     "Al mismo tiempo, otro grupo de 200 efectivos partió rumbo al Congo.", "es", id="es-al-mismo-tiempo"),
        pytest.param("Deux cents soldats sont rentrés vendredi à Dakar.",
                     "Au même moment, un autre groupe de 200 militaires est parti pour le Congo.", "fr", id="fr-au-meme-moment"),
        pytest.param("Two hundred soldiers returned to Dakar on Friday.",
                     "Simultaneously, another group of 200 left for Congo.", "en", id="en-simultaneously"),
        pytest.param("Ngày 4/7, 200 binh sĩ đã về nước.",
                     "Cùng lúc đó, một nhóm 200 binh sĩ khác lên đường sang Congo.", "vi", id="vi-cung-luc-do"),
    ],
)
def test_a_same_time_opener_tells_another_happening_of_that_day(first, second, language):
    assert dates_of([first, second], language) == ["2025-07-04", "2025-07-04"]


def test_at_the_same_time_before_a_state_dates_nothing():
    assert dates_of(["Two hundred soldiers returned to Dakar on Friday.",
                     "At the same time, the army faces a shortage of trucks."], "en") == ["2025-07-04"]


@pytest.mark.parametrize(
    "first, second, language",
    [
        pytest.param("Deux cents soldats sont rentrés vendredi à Dakar.",
                     "Simultanément, les attaques contre les civils se sont multipliées dans le nord.", "fr", id="fr-trend"),
        pytest.param("Ngày 4/7, 200 binh sĩ đã về nước.",
                     "Cùng lúc đó, các vụ tấn công nhằm vào dân thường đã gia tăng ở miền bắc.", "vi", id="vi-trend"),
    ],
)
def test_a_trend_after_a_same_time_opener_is_no_happening_of_that_day(first, second, language):
    # "the attacks have multiplied": a count growing over a time (vocabulary trend_verbs)
    assert dates_of([first, second], language) == ["2025-07-04"]


@pytest.mark.parametrize(
    "first, second, language",
    [
        pytest.param("Deux cents soldats sont rentrés vendredi à Dakar.",
                     "Simultanément, une attaque a visé un convoi de la mission dans le nord.", "fr", id="fr-one-attack"),
        pytest.param("Ngày 4/7, 200 binh sĩ đã về nước.",
                     "Cùng lúc đó, một vụ tấn công nhằm vào đoàn xe của phái bộ đã xảy ra ở miền bắc.", "vi", id="vi-one-attack"),
    ],
)
def test_one_happening_after_a_same_time_opener_takes_that_day(first, second, language):
    assert dates_of([first, second], language) == ["2025-07-04", "2025-07-04"]

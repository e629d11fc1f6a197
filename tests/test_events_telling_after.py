"""Events: a day given in the telling clause after the news ("..., a spokesperson said on
Wednesday", "..., a indiqué mercredi le porte-parole", "..., informó el miércoles la misión",
"..., the mission said in a statement on Wednesday", "..., người phát ngôn cho biết hôm thứ
Tư") dates the telling; the lead's happening, with no day of its own, is dated by it (its
latest day), as when the telling stands before it, where that day is before the article's
(else the lead was lost); told on the article's own day, the lead keeps the article's date
(its month, or its day for a wire). A day the sentence gives the happening wins. In EN, FR, ES, VI. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

FRIDAY = PartialDate(2023, 6, 9)  # Monday is 5 June, Wednesday 7 June


def events_of(sentences: list[str], language: str, wire_day: bool = False) -> list[tuple[str, str]]:
    """(date, kind) of the events of an article of these sentences, dated FRIDAY."""
    return [(e.date, e.kind) for e in article_events(sentences, language, FRIDAY, wire_day=wire_day)]


@pytest.mark.parametrize("wire_day", [False, True], ids=["month-lead", "wire"])
@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two posts of the mission came under fire near the river, a spokesperson said on Wednesday.", "en", id="en-said-on"),
        pytest.param("A supply convoy was ambushed north of the capital, the mission said in a statement on Wednesday.", "en", id="en-in-a-statement"),
        pytest.param("A supply convoy was ambushed north of the capital, officials said Wednesday.", "en", id="en-said-bare"),
        pytest.param("Un convoi de ravitaillement a été attaqué au nord de la capitale, a indiqué mercredi le porte-parole.", "fr", id="fr-a-indique"),
        pytest.param("Une base de la mission a essuyé des tirs près du fleuve, a précisé la mission mercredi.", "fr", id="fr-a-precise"),
        pytest.param("Un convoy de suministros fue atacado al norte de la capital, informó el miércoles la misión.", "es", id="es-informo"),
        pytest.param("Una base de la misión fue atacada cerca del río, dijo un portavoz el miércoles.", "es", id="es-dijo"),
        pytest.param("Một đoàn xe tiếp tế bị tấn công ở phía bắc thủ đô, người phát ngôn cho biết hôm thứ Tư.", "vi", id="vi-cho-biet"),
    ],
)
def test_a_telling_day_after_the_news_dates_the_leads_happening(sentence, language, wire_day):
    assert events_of([sentence], language, wire_day) == [("2023-06-07", "attack")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A supply convoy was ambushed north of the capital, a spokesperson said on Friday.", "en", id="en"),
        pytest.param("Un convoi de ravitaillement a été attaqué au nord de la capitale, a indiqué vendredi le porte-parole.", "fr", id="fr"),
        pytest.param("Un convoy de suministros fue atacado al norte de la capital, informó el viernes la misión.", "es", id="es"),
    ],
)
def test_a_telling_on_the_articles_day_leaves_the_article_date(sentence, language):
    assert events_of([sentence], language) == [("2023-06", "attack")]
    assert events_of([sentence], language, wire_day=True) == [("2023-06-09", "attack")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A supply convoy was ambushed on Monday north of the capital, a spokesperson said on Wednesday.", "en", id="en"),
        pytest.param("Un convoi de ravitaillement a été attaqué lundi au nord de la capitale, a indiqué mercredi le porte-parole.", "fr", id="fr"),
        pytest.param("Un convoy de suministros fue atacado el lunes al norte de la capital, informó el miércoles la misión.", "es", id="es"),
    ],
)
def test_a_day_of_the_happening_itself_wins_over_the_telling_day(sentence, language):
    assert events_of([sentence], language) == [("2023-06-05", "attack")]

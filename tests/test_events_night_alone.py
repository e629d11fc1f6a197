"""A night told alone ("overnight", "dans la nuit", "durante la noche", "trong đêm") in an
article whose day is known is the night before that day: the span of the day before and the
article's day, as a night told by its two days is; not the article's month. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.dates import relative_night_spans
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

ANCHOR = PartialDate(2019, 3, 15)  # a Friday


def dates_of(sentence: str, language: str) -> list[str]:
    told = [("Une phrase sans rien.", []), (sentence, find_in_sentence(sentence, language))]
    # no wire's dateline: a lead with no day of its own would be dated by the article's month
    return [e.date for e in find_events(told, ANCHOR, None, language, wire_day=False)[0]]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two peacekeepers were killed overnight when gunmen stormed a UN camp near Beni.", "en", id="en"),
        pytest.param("Des hommes armés ont attaqué dans la nuit un camp de l'ONU près de Beni, tuant deux Casques bleus.",
                     "fr", id="fr"),
        pytest.param("Hombres armados atacaron durante la noche un campamento de la ONU cerca de Beni y mataron a dos cascos azules.",
                     "es", id="es"),
        pytest.param("Các tay súng đã tấn công trong đêm một doanh trại của Liên hợp quốc gần Beni, làm hai binh sĩ thiệt mạng.",
                     "vi", id="vi"),
    ],
)
def test_a_night_alone_is_the_night_before_the_article(sentence, language):
    assert dates_of(sentence, language) == ["2019-03-14/2019-03-15"]


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("Des hommes armés ont attaqué un camp de l'ONU près de Beni dans la nuit de mercredi, tuant deux Casques bleus.",
                     "fr", "2019-03-13", id="fr-night-of-a-weekday"),
        pytest.param("Gunmen stormed a UN camp near Beni late on Thursday, killing two peacekeepers.", "en", "2019-03-14",
                     id="en-late-on-a-weekday"),
    ],
)
def test_a_night_of_a_named_day_is_that_day(sentence, language, date):
    assert dates_of(sentence, language) == [date]


@pytest.mark.parametrize(
    "text, alone",
    [
        pytest.param("the convoy was hit overnight near the border", True, id="en-alone"),
        pytest.param("dans la nuit du 13 au 14 mars", False, id="fr-numbered"),
        pytest.param("en la noche del miércoles al jueves", False, id="es-weekdays"),
    ],
)
def test_relative_night_spans(text, alone):
    assert bool(relative_night_spans(text)) is alone


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["On Tuesday, rebels attacked an army post near Beni, killing three soldiers.",
                      "Overnight, they burned a nearby village, killing two civilians."], "en", id="en"),
        pytest.param(["Mardi, des rebelles ont attaqué un poste de l'armée près de Beni, tuant trois soldats.",
                      "Dans la nuit, ils ont incendié un village voisin, tuant deux civils."], "fr", id="fr"),
    ],
)
def test_a_night_after_a_named_day_is_not_the_article_night(sentences, language):
    told = [("Une phrase sans rien.", [])] + [(s, find_in_sentence(s, language)) for s in sentences]
    dates = [e.date for e in find_events(told, ANCHOR, None, language, wire_day=False)[0]]
    assert "2019-03-14/2019-03-15" not in dates


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Hombres armados atacaron durante la madrugada un campamento de la ONU cerca de Beni y mataron a dos cascos azules.",
                     "es", id="es-durante-la-madrugada"),
        pytest.param("Hombres armados atacaron en la madrugada un campamento de la ONU cerca de Beni y mataron a dos cascos azules.",
                     "es", id="es-en-la-madrugada"),
        pytest.param("Hombres armados atacaron de madrugada un campamento de la ONU cerca de Beni y mataron a dos cascos azules.",
                     "es", id="es-de-madrugada"),
    ],
)
def test_the_small_hours_alone_are_the_night_before_the_article(sentence, language):
    assert dates_of(sentence, language) == ["2019-03-14/2019-03-15"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Hombres armados atacaron en la madrugada del jueves un campamento de la ONU cerca de Beni.", "es",
                     id="es-en-la-madrugada-del"),
        pytest.param("Hombres armados atacaron la madrugada de este jueves un campamento de la ONU cerca de Beni.", "es",
                     id="es-madrugada-de-este"),
        pytest.param("Gunmen stormed a UN camp near Beni in the early hours of Thursday, killing two peacekeepers.", "en",
                     id="en-early-hours-of"),
        pytest.param("Des hommes armés ont attaqué aux premières heures de jeudi un camp de l'ONU près de Beni.", "fr",
                     id="fr-premieres-heures-de"),
    ],
)
def test_the_small_hours_of_a_weekday_are_the_night_to_that_day(sentence, language):
    assert dates_of(sentence, language) == ["2019-03-13/2019-03-14"]

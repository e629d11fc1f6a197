"""Events dated by a weekday told with a part of the day or across a night, in an article
whose date is known: the day before an after-clause is the main event's ("killed late
Thursday after gunmen overran the base"), and a night told by the two days it runs across
("dans la nuit de mercredi à jeudi") spans both days, as "la nuit du 13 au 14" does. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.dates import weekday_night_span
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

ANCHOR = PartialDate(2019, 3, 15)  # a Friday


def dates_of(sentence: str, language: str) -> list[str]:
    sentences = [("Une phrase sans rien.", []), (sentence, find_in_sentence(sentence, language))]
    return [e.date for e in find_events(sentences, ANCHOR, None, language)[0]]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Twelve peacekeepers were killed in the east late Thursday after gunmen overran their base.", "en", id="en-late"),
        pytest.param("A patrol was ambushed in a remote area of the north on Thursday after rebels seized the town.", "en", id="en-on"),
        pytest.param("Une patrouille a été attaquée dans une région reculée du nord du pays jeudi après que des combats ont éclaté.",
                     "fr", id="fr"),
        pytest.param("Una patrulla fue atacada en una región remota del norte del país el jueves después de que estallaran combates.",
                     "es", id="es"),
        pytest.param("Một đội tuần tra bị phục kích tại một khu vực hẻo lánh ở miền bắc hôm thứ Năm sau khi phiến quân chiếm được thị trấn.",
                     "vi", id="vi"),
    ],
)
def test_a_day_before_an_after_clause_dates_the_main_event(sentence, language):
    assert dates_of(sentence, language) == ["2019-03-14"]


def test_a_day_inside_the_after_clause_is_not_the_main_events():
    # the day is the seizing's; the ambush is told without a day of its own
    assert "2019-03-14" not in dates_of("After rebels seized the town on Thursday, a patrol was ambushed in a remote area of the north.", "en")


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("The attack took place on the night of Wednesday to Thursday near the camp, wounding two soldiers.", "en",
                     "2019-03-13/2019-03-14", id="en-to"),
        pytest.param("Gunmen attacked the camp overnight Wednesday into Thursday, wounding two soldiers.", "en",
                     "2019-03-13/2019-03-14", id="en-into"),
        pytest.param("L'attaque a eu lieu dans la nuit de mercredi à jeudi près du camp, blessant deux soldats.", "fr",
                     "2019-03-13/2019-03-14", id="fr"),
        pytest.param("L'attaque a eu lieu dans la nuit de jeudi à vendredi près du camp, blessant deux soldats.", "fr",
                     "2019-03-14/2019-03-15", id="fr-ending-on-the-article-day"),
        pytest.param("El ataque ocurrió en la noche del miércoles al jueves cerca del campamento, hiriendo a dos soldados.", "es",
                     "2019-03-13/2019-03-14", id="es"),
        pytest.param("Vụ tấn công xảy ra vào đêm thứ Tư rạng sáng thứ Năm gần doanh trại, làm hai binh sĩ bị thương.", "vi",
                     "2019-03-13/2019-03-14", id="vi"),
    ],
)
def test_a_night_across_two_weekdays_spans_both_days(sentence, language, date):
    assert dates_of(sentence, language) == [date]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        pytest.param("la nuit de mercredi à jeudi", "fr", (2, 3), id="fr"),
        pytest.param("la noche del domingo al lunes", "es", (6, 0), id="es-across-the-week"),
        pytest.param("mercredi à jeudi", "fr", None, id="fr-no-night-word"),
        pytest.param("moved from Wednesday to Thursday", "en", None, id="en-move"),
        pytest.param("hoãn từ thứ Tư sang thứ Năm", "vi", None, id="vi-sang-is-no-sáng"),
        pytest.param("Monday to Wednesday", "en", None, id="en-not-the-next-day"),
        pytest.param("Mercredi, le ministre est arrivé ; jeudi, il a visité le camp.", "fr", None, id="fr-two-clauses"),
    ],
)
def test_weekday_night_span(text, language, expected):
    assert weekday_night_span(text, language) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The vote on the mandate was moved from Wednesday to Thursday, a diplomat said.", "en", id="en-moved"),
        pytest.param("The talks were postponed from Wednesday to Thursday after clashes in the capital.", "en", id="en-postponed"),
        pytest.param("Le vote a été reporté de mercredi à jeudi après des heurts dans la capitale.", "fr", id="fr"),
        pytest.param("La votación fue aplazada del miércoles al jueves tras los enfrentamientos en la capital.", "es", id="es"),
        pytest.param("Cuộc bỏ phiếu bị hoãn từ thứ Tư sang thứ Năm sau các vụ đụng độ ở thủ đô.", "vi", id="vi"),
    ],
)
def test_a_day_moved_to_the_next_is_no_night(sentence, language):
    # a move from one day to the next tells one happening on one day, not a night across both
    assert not any("/" in d for d in dates_of(sentence, language))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The vote on the mandate was moved from Wednesday to Thursday, a diplomat said.", "en", id="en-moved"),
        pytest.param("The talks were postponed from Monday to Thursday after clashes in the capital.", "en", id="en-postponed"),
        pytest.param("La réunion a été reportée de lundi à jeudi après des heurts dans la capitale.", "fr", id="fr"),
        pytest.param("La votación fue aplazada del lunes al jueves tras los enfrentamientos en la capital.", "es", id="es"),
        pytest.param("Cuộc bỏ phiếu bị hoãn từ thứ Hai sang thứ Năm sau các vụ đụng độ ở thủ đô.", "vi", id="vi"),
    ],
)
def test_a_day_moved_to_another_dates_by_the_new_day(sentence, language):
    # the happening is on the day it was moved to, as "postponed to Thursday" dates it
    moved_to = sentence.replace("from Wednesday to", "to").replace("from Monday to", "to").replace("de lundi à", "à") \
        .replace("del lunes al", "al").replace("từ thứ Hai sang", "sang")
    assert dates_of(sentence, language) == dates_of(moved_to, language) == ["2019-03-14"]

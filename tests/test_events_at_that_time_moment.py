"""Events: "At that time" names the very time of the date the text just gave, as precise as it
was given (dates.yaml anaphoric_moments): after a day ("The convoy left Gao on Monday. At that
time, gunmen fired on the camp") the happening it opens takes that day, after a month that
month, after a year that year. Before, it took the year alone, as the era phrases ("à cette
époque", "en aquella época", "por aquel entonces") still do. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2021, 9, 16)  # a Thursday: Monday is the 13th
LEAD = {"en": "Nothing at all.", "fr": "Rien du tout.", "es": "Nada de nada.", "vi": "Không có gì cả."}
AFTER = {"en": "Nothing else was said.", "fr": "Rien d'autre n'a été dit.", "es": "No se dijo nada más.",
         "vi": "Không ai nói gì thêm."}


def dates(sentences: list[str], language: str) -> list[str]:
    told = [LEAD[language], *sentences, AFTER[language]]
    return [str(e.date) for e in article_events(told, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentences, language, expected",
    [
        pytest.param(["The new battalion arrived at the river port on Monday.",
                      "At that time, gunmen fired on the camp near the bridge."], "en",
                     ["2021-09-13", "2021-09-13"], id="en-weekday"),
        pytest.param(["The engineers reached the airfield on 2 August.",
                      "At that time, militiamen attacked the village of the valley."], "en",
                     ["2021-08-02", "2021-08-02"], id="en-printed-day"),
        pytest.param(["The engineers reached the airfield in May 2019.",
                      "At that time, militiamen attacked the village of the valley."], "en",
                     ["2019-05", "2019-05"], id="en-month"),
        # a span given before is that span, not its first day
        pytest.param(["The talks ran from 2 to 5 August in the capital.",
                      "At that time, militiamen attacked the village of the valley."], "en",
                     ["2021-08-02/2021-08-05", "2021-08-02/2021-08-05"], id="en-span-from-to"),
        pytest.param(["The talks were held between 2 and 5 August in the capital.",
                      "At that time, militiamen attacked the village of the valley."], "en",
                     ["2021-08-02/2021-08-05", "2021-08-02/2021-08-05"], id="en-span-between"),
        # a day to come given before is that day ahead, not the one a year back
        pytest.param(["The battalion will leave the airfield on 30 September.",
                      "At that time, the police will take over the camp near the bridge."], "en",
                     ["2021-09-30", "2021-09-30"], id="en-planned-day-ahead"),
        # the same moment in the other languages
        pytest.param(["Les ingénieurs ont atteint l'aérodrome le 2 août.",
                      "À ce moment-là, les miliciens ont attaqué le village de la vallée."], "fr",
                     ["2021-08-02", "2021-08-02"], id="fr-a-ce-moment-la"),
        pytest.param(["Los ingenieros llegaron al aeródromo el 2 de agosto.",
                      "En ese momento, los milicianos atacaron la aldea del valle."], "es",
                     ["2021-08-02", "2021-08-02"], id="es-en-ese-momento"),
        pytest.param(["Los ingenieros llegaron al aeródromo el 2 de agosto.",
                      "En aquel momento, los milicianos atacaron la aldea del valle."], "es",
                     ["2021-08-02", "2021-08-02"], id="es-en-aquel-momento"),
        pytest.param(["Các kỹ sư đã đến sân bay vào ngày 2/8.",
                      "Vào thời điểm đó, dân quân đã tấn công ngôi làng trong thung lũng."], "vi",
                     ["2021-08-02", "2021-08-02"], id="vi-vao-thoi-diem-do"),
        # the phrase inside a clause about a holder: the sentence's own day stays its
        pytest.param(["Los ingenieros llegaron al aeródromo el 2 de agosto.",
                      "El general, que en ese momento dirigía la misión, firmó el acuerdo el 5 de agosto."], "es",
                     ["2021-08-02", "2021-08-05"], id="es-aside-own-day"),
        # an era phrase names the year of the day given, not the day
        pytest.param(["Les ingénieurs ont atteint l'aérodrome le 2 août.",
                      "À cette époque, les miliciens ont attaqué le village de la vallée."], "fr",
                     ["2021-08-02", "2021"], id="fr-era-keeps-year"),
        pytest.param(["Los ingenieros llegaron al aeródromo el 2 de agosto.",
                      "Por aquel entonces, los milicianos atacaron la aldea del valle."], "es",
                     ["2021-08-02", "2021"], id="es-era-keeps-year"),
    ],
)
def test_at_that_time_takes_the_date_as_given_and_an_era_its_year(sentences, language, expected):
    assert dates(sentences, language) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("At that time, gunmen fired on the camp near the bridge.", "en", id="en"),
        pytest.param("À ce moment-là, les miliciens ont attaqué le village de la vallée.", "fr", id="fr"),
        pytest.param("En ese momento, los milicianos atacaron la aldea del valle.", "es", id="es"),
    ],
)
def test_at_that_time_with_no_date_before_still_dates_nothing(sentence, language):
    assert dates([sentence], language) == []

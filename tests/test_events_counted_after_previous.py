"""Events: a sentence whose happening is dated only by a count of days or weeks after the
happening told before it ("Two days later, the force commander visited the camp", "Trois
jours plus tard", "Una semana después", "Hai ngày sau đó") takes its day from that happening's
printed day, that many days on; not from the article's date, and not left out. A count that
opens a clause telling another happening ("hai ngày sau khi đoàn xe bị phục kích") is
offset_back's, and a count in a sentence telling no happening dates nothing. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2022, 6, 30)  # the article's day, weeks after what it tells

FIRST = {
    "en": "Armed men ambushed a supply convoy of the mission near Kalemie on 6 June, wounding four soldiers.",
    "fr": "Le 6 juin, des hommes armés ont pris en embuscade un convoi de la mission près de Kalemie, blessant quatre soldats.",
    "es": "El 6 de junio, hombres armados emboscaron un convoy de la misión cerca de Kalemie e hirieron a cuatro soldados.",
    "vi": "Ngày 6/6, các tay súng đã phục kích một đoàn xe tiếp tế của phái bộ gần Kalemie, làm bị thương bốn binh sĩ.",
}


@pytest.mark.parametrize(
    "language, second, day",
    [
        pytest.param("en", "Two days later, the force commander visited the wounded at the base in Kalemie.", "2022-06-08",
                     id="en-days-later"),
        pytest.param("en", "The force commander visited the wounded in Kalemie three days later.", "2022-06-09",
                     id="en-days-later-closing"),
        pytest.param("en", "A week later, the force commander visited the wounded at the base in Kalemie.", "2022-06-13",
                     id="en-week-later"),
        pytest.param("fr", "Deux jours plus tard, le commandant de la force a visité le camp de Kalemie.", "2022-06-08",
                     id="fr-plus-tard"),
        pytest.param("fr", "Trois jours après, le commandant de la force a visité le camp de Kalemie.", "2022-06-09",
                     id="fr-apres-comma"),
        pytest.param("fr", "Une semaine plus tard, le commandant de la force a visité le camp de Kalemie.", "2022-06-13",
                     id="fr-semaine"),
        pytest.param("es", "Dos días después, el comandante de la fuerza visitó el campamento de Kalemie.", "2022-06-08",
                     id="es-despues"),
        pytest.param("es", "Tres días más tarde, el comandante de la fuerza visitó el campamento de Kalemie.", "2022-06-09",
                     id="es-mas-tarde"),
        pytest.param("vi", "Hai ngày sau, Tư lệnh lực lượng đã đến thăm các binh sĩ bị thương tại Kalemie.", "2022-06-08",
                     id="vi-sau-comma"),
        pytest.param("vi", "Ba ngày sau đó, Tư lệnh lực lượng đã đến thăm các binh sĩ bị thương tại Kalemie.", "2022-06-09",
                     id="vi-sau-do"),
    ],
)
def test_counted_days_after_the_happening_told_before(language, second, day):
    dates = sorted(e.date for e in article_events([FIRST[language], second], language, ANCHOR))
    assert dates == ["2022-06-06", day]


@pytest.mark.parametrize(
    "language, second",
    [
        # the count opens a clause telling the happening it counts from: offset_back's, not this
        # (a count before a noun, "Deux jours après l'embuscade, ...", names the happening told
        # before again: tests/test_events_count_after_named_noun.py)
        pytest.param("vi", "Hai ngày sau khi đoàn xe bị phục kích, một cuộc tấn công khác đã xảy ra tại Moba.", id="vi-khi"),
    ],
)
def test_a_count_naming_its_own_happening_is_not_counted_from_the_one_before(language, second):
    dates = [e.date for e in article_events([FIRST[language], second], language, ANCHOR)]
    assert "2022-06-08" not in dates

"""Events: a since-phrase naming how a unit came to be, dated by a year named relative to the
article's and then the day ("since its deployment last year on August 13", "depuis son
déploiement l'an dernier, le 13 août"), dates no happening, as the same phrase with a printed
year does ("since its deployment on 13 August 2020"): the setting-up said in passing
(labelling rules). relative_year_before still reads the year right before a day. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import relative_year_before
from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2021, 7, 29)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The battalion has run many patrols since its deployment in the region last year on August 13.", "en", id="en-on"),
        pytest.param("Le bataillon a mené de nombreuses patrouilles depuis son déploiement dans la région l'an dernier, le 13 août.", "fr", id="fr-comma-le"),
        pytest.param("El batallón ha realizado muchas patrullas desde su despliegue en la región el año pasado, el 13 de agosto.", "es", id="es-comma-el"),
        pytest.param("Tiểu đoàn đã thực hiện nhiều cuộc tuần tra kể từ khi được triển khai tới khu vực năm ngoái vào ngày 13/8.", "vi", id="vi-vao-ngay"),
    ],
)
def test_a_setup_in_passing_dated_by_a_relative_year_and_day_dates_nothing(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "text, language, expected",
    [
        pytest.param("deployed last year on August 13", "en", True, id="en-year"),
        pytest.param("deployed last month on August 13", "en", False, id="en-month-is-no-year"),
        pytest.param("deployed last year and then on August 13", "en", False, id="en-words-between"),
        pytest.param("déployé l'année dernière, le 13 août", "fr", True, id="fr-year"),
    ],
)
def test_relative_year_before_reads_only_a_year_right_before(text, language, expected):
    assert relative_year_before(text, text.index("13") if language == "fr" else text.index("August"), language) is expected
